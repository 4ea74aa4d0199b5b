// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.TemplateId;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DocumentSection;
import org.civicplan.template.Parameters;
import org.civicplan.template.AnnexType;
import org.civicplan.template.DataCatalogue;
import org.civicplan.template.DataTemplate;
import org.civicplan.template.DerivedMeasurement;
import org.civicplan.template.ValidationRule;

/**
 * The accessibility strategy template, id {@code accessibility}: the local strategy for making the
 * city accessible to persons with disabilities, and the accessibility audits of the
 * infrastructure works it builds.
 *
 * <p>Written as data ({@code org/civicplan/accessibility/template.yaml} and its catalogues, read
 * by {@link org.civicplan.template.TemplateData}); sources in {@code DOMAIN.md} §2. The skeleton
 * follows UN CRPD (2006): {@code OG-1} built environment and public spaces, {@code OG-2}
 * transport, {@code OG-3} information and communication (with the European Accessibility Act,
 * Directive (EU) 2019/882), {@code OG-4} public services (all art. 9), {@code OG-5} independent
 * living (art. 19), {@code OG-6} personal mobility (art. 20), {@code OG-7} participation in
 * public, cultural and sporting life (art. 29-30) and {@code OG-8} awareness and training of
 * staff. The catalogues are indicators, reference frameworks and the audit criteria ({@link
 * #criteria()}, after NP 051-2012, Law 448/2006, ISO 23599 and, marked non-EU, US MUTCD 2009 and
 * PROWAAC).
 *
 * <p>This class adds what computes: the {@link AccessibilityAudit} annex and the rules, all of
 * them shared with strategies of every template (codes in {@link AccessibilityCodes}).
 *
 * <p>Immutable and thread-safe; ServiceLoader creates it through the public no-argument constructor.
 */
public final class AccessibilityTemplate extends DataTemplate {

  /** The template id, {@code accessibility}. */
  public static final TemplateId ID = TemplateId.of("accessibility");

  private volatile List<ValidationRule> shared;
  private volatile List<AnnexType<?>> annexTypes;
  private volatile List<AuditCriterion> criteria;

  /** The template; called by {@link java.util.ServiceLoader}. */
  public AccessibilityTemplate() {
    super(ID, AccessibilityTemplate.class::getResourceAsStream, "/org/civicplan/accessibility/");
  }

  /**
   * The rules that public works declare their accessibility ({@value
   * AccessibilityCodes#RULE_PUBLIC_WORKS}), that failed critical criteria are remedied ({@value
   * AccessibilityCodes#RULE_CRITICAL}) and that audit references resolve ({@value
   * AccessibilityCodes#RULE_REFERENCES}); they run on strategies of every template.
   */
  @Override
  public List<ValidationRule> sharedRules() {
    List<ValidationRule> r = shared;
    if (r == null) {
      r = AccessibilityRules.shared(messages(), criteria());
      shared = r;
    }
    return r;
  }

  /**
   * The values of {@code ACC-I03} (crossings with accessible signals) and {@code ACC-I04}
   * (crossings with tactile indicators) computed from the audited crossings, per year of the audit
   * dates, with this template's default parameters; see {@code docs/templates/accessibility.md}.
   */
  @Override
  public List<DerivedMeasurement> derivedMeasurements(Strategy strategy) {
    return AuditMeasurements.of(strategy, Compliance.of(criteria(), parameters()));
  }


  /**
   * The summary of the accessibility audits ({@code accessibility.audit-summary}): one row per
   * audit with the works it audits, its date, its elements, the compliance score and the counts of
   * compliant and non-compliant criteria, then the scores per district, with the criteria and
   * parameters in force; none when the strategy has no audit.
   */
  @Override
  public List<DocumentSection> documentSections(Strategy strategy, Parameters parameters) {
    return AccessibilityDocument.sections(strategy, Compliance.of(criteria(), parameters));
  }
  @Override
  public List<AnnexType<?>> annexTypes() {
    List<AnnexType<?>> a = annexTypes;
    if (a == null) {
      a = List.of(annex(AccessibilityAudit.KIND, AccessibilityAudit.class),
          annex(RemediationProgramme.KIND, RemediationProgramme.class));
      annexTypes = a;
    }
    return a;
  }

  /**
   * {@return the criteria catalogue ({@code criteria.csv}), in catalogue order}
   *
   * @throws IllegalStateException if the template's data has errors
   */
  public List<AuditCriterion> criteria() {
    List<AuditCriterion> c = criteria;
    if (c == null) {
      c = read(catalogue("criteria"));
      criteria = c;
    }
    return c;
  }

  /**
   * {@return the criteria set the remediation programme ranks on, {@value Remediation#CRITERIA_SET}}
   *
   * @throws IllegalStateException if the template's data lacks it
   */
  public CriteriaSet remediationCriteria() {
    return criteriaSets().stream().filter(c -> c.id().value().equals(Remediation.CRITERIA_SET)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the accessibility template has no criteria set " + Remediation.CRITERIA_SET));
  }

  /**
   * {@return the remediation planner with this template's criteria catalogue, default parameters
   * and criteria set}
   */
  public Remediation remediation() {
    return Remediation.of(Compliance.of(criteria(), parameters()), remediationCriteria());
  }

  private static List<AuditCriterion> read(DataCatalogue catalogue) {
    List<AuditCriterion> out = new ArrayList<>();
    for (DataCatalogue.Row row : catalogue.rows()) {
      out.add(new AuditCriterion(
          row.text("id"),
          ElementType.fromLabel(row.text("element")).orElseThrow(),
          row.localized("name"),
          Comparison.valueOf(row.text("comparison").toUpperCase(java.util.Locale.ROOT)),
          decimal(row, "value"),
          decimal(row, "max_value"),
          row.text("unit"),
          row.optionalText("parameter"),
          row.text("source"),
          row.flag("verified"),
          row.flag("non_eu")));
    }
    return List.copyOf(out);
  }

  private static Optional<BigDecimal> decimal(DataCatalogue.Row row, String column) {
    return row.optionalText(column).map(t -> new BigDecimal(t.strip()));
  }
}
