// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.base.TemplateId;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

/** The template's data: it loads without findings, is found by the ServiceLoader, and holds what the issue lists. */
class AccessibilityTemplateTest {

  static final AccessibilityTemplate TEMPLATE = new AccessibilityTemplate();

  @Test
  void dataLoadsWithoutFindings() {
    assertEquals(List.of(), TEMPLATE.definitionFindings());
  }

  @Test
  void foundByTheServiceLoader() {
    StrategyTemplate t = TemplateRegistry.load().get(TemplateId.of("accessibility"));

    assertEquals(AccessibilityTemplate.class, t.getClass());
    assertEquals("Strategia de accesibilizare", t.name().get(Locale.forLanguageTag("ro")));
  }

  @Test
  void skeletonFollowsTheCrpdArticles() {
    List<String> pillars = TEMPLATE.skeleton().objectives().stream().map(o -> o.id().value()).toList();

    assertEquals(List.of("OG-1", "OG-2", "OG-3", "OG-4", "OG-5", "OG-6", "OG-7", "OG-8"), pillars);
    assertTrue(TEMPLATE.skeleton().objectives().get(5).title().get(Locale.ENGLISH).contains("art. 20"));
  }

  @Test
  void catalogueSizes() {
    assertEquals(9, TEMPLATE.indicatorCatalogue().size());
    assertEquals(28, TEMPLATE.criteria().size());
    assertEquals(List.of("eu-accessibility-act", "eu-disability-strategy", "ro-law-448-2006", "un-crpd"),
        TEMPLATE.referenceFrameworks().stream().map(ReferenceFramework::id).map(Object::toString).sorted().toList());
  }

  @Test
  void everyElementTypeHasCriteria() {
    Compliance c = Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters());
    for (ElementType type : ElementType.values()) {
      assertTrue(!c.criteriaOf(type).isEmpty(), type.label());
    }
  }

  @Test
  void unverifiedThresholdsHaveNoValueAndNameTheirParameter() {
    List<AuditCriterion> unverified = TEMPLATE.criteria().stream().filter(c -> !c.verified()).toList();

    assertEquals(List.of("ACC-31", "ACC-30", "ACC-32"), unverified.stream().map(AuditCriterion::id).toList());
    unverified.forEach(c -> assertEquals(Optional.empty(), c.value(), c.id()));
    assertEquals(Optional.empty(), TEMPLATE.parameters().text("sidewalk.min-width-m"));
  }

  @Test
  void nonEuCriteriaAreNeverBindingAndNeverCriticalByDefault() {
    List<String> nonEu = TEMPLATE.criteria().stream().filter(AuditCriterion::nonEu).map(AuditCriterion::id).toList();

    assertEquals(List.of("ACC-14", "ACC-19", "ACC-21", "ACC-23", "ACC-25", "ACC-26", "ACC-27"), nonEu);
    TEMPLATE.criteria().stream().filter(AuditCriterion::nonEu).forEach(c -> assertTrue(!c.isBinding(), c.id()));
  }

  @Test
  void theCriticalCriteriaAreCatalogueCriteria() {
    Compliance c = Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters());
    for (String id : Compliance.criticalCriteria(TEMPLATE.parameters())) {
      assertTrue(c.criterion(id).isPresent(), id);
    }
  }

  @Test
  void theDocumentationListsEveryParameterAndRuleCode() throws java.io.IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "templates", "accessibility.md"));

    TEMPLATE.parameterDefinitions().forEach(p -> assertTrue(doc.contains("| `" + p.name() + "` |"), p.name()));
    for (String code : List.of(AccessibilityCodes.RULE_PUBLIC_WORKS, AccessibilityCodes.PUBLIC_WORKS_UNDECLARED,
        AccessibilityCodes.RULE_CRITICAL, AccessibilityCodes.CRITICAL_UNREMEDIED, AccessibilityCodes.RULE_REFERENCES,
        AccessibilityCodes.ACTION_UNKNOWN, AccessibilityCodes.REMEDIATION_UNKNOWN, AccessibilityCodes.CRITERION_UNKNOWN,
        AccessibilityCodes.CRITERION_OTHER_TYPE, AccessibilityCodes.DUPLICATE)) {
      assertTrue(doc.contains("`" + code + "`"), code);
    }
  }

  @Test
  void theAuditAndProgrammeAnnexesAreNamed() {
    assertEquals(List.of(AccessibilityAudit.KIND, RemediationProgramme.KIND), TEMPLATE.annexTypes().stream().map(t -> t.kind()).toList());
  }
}
