// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.template.AnnexType;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.base.TemplateId;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

class ClimateTemplateTest {

  private final ClimateTemplate template = new ClimateTemplate();

  @Test
  void serviceLoaderFindsClimate() {
    StrategyTemplate found = TemplateRegistry.load().get(TemplateId.of("climate"));
    assertInstanceOf(ClimateTemplate.class, found);
  }

  @Test
  void namesAndDescriptionInBothLanguages() {
    for (LocalizedText text : List.of(template.name(), template.description())) {
      assertTrue(text.has("en") && text.has("ro"), text::toString);
    }
    assertEquals("Strategia privind schimbările climatice", template.name().get(Locale.forLanguageTag("ro")));
  }

  @Test
  void skeletonHasTheFivePillarsAndItsIndicatorsAreInTheCatalogue() {
    List<Objective> pillars = template.skeleton().objectives();
    assertEquals(List.of("OG-1", "OG-2", "OG-3", "OG-4", "OG-5"), pillars.stream().map(o -> o.id().value()).toList());
    assertEquals(List.of("OS-2.1", "OS-2.2", "OS-2.3"),
        pillars.get(1).children().stream().map(o -> o.id().value()).toList());
    Set<IndicatorId> catalogue = template.indicatorCatalogue().stream().map(Indicator::id).collect(Collectors.toSet());
    pillars.stream().flatMap(Objective::flatten).forEach(o -> {
      assertTrue(!o.indicatorIds().isEmpty(), () -> o.id() + " has no indicator");
      assertTrue(catalogue.containsAll(o.indicatorIds()), () -> o.id() + " names " + o.indicatorIds());
    });
  }

  @Test
  void indicatorCatalogueHasTheClimateRowsWithBothLanguages() {
    // 24 climate rows of indicators.csv + 3 template-defined output indicators
    List<Indicator> catalogue = template.indicatorCatalogue();
    assertEquals(27, catalogue.size());
    assertEquals(catalogue.size(), catalogue.stream().map(Indicator::id).distinct().count());
    for (Indicator i : catalogue) {
      assertTrue(i.name().has("en") && i.name().has("ro"), () -> "name of " + i.id());
      assertTrue(i.definition().has("en") && i.definition().has("ro"), () -> "definition of " + i.id());
      assertTrue(!i.unit().isBlank() && !i.references().isEmpty(), () -> i.id().value());
    }
    Indicator access = catalogue.stream().filter(i -> i.id().value().equals("CLI-12")).findFirst().orElseThrow();
    assertEquals("% of population", access.unit());
    assertEquals(org.civicplan.indicator.Direction.INCREASE, access.direction());
  }

  @Test
  void hazardAndSectorCatalogues() {
    List<Hazard> hazards = ClimateTemplate.hazards();
    assertEquals(30, hazards.size());
    Set<HazardId> ids = hazards.stream().map(Hazard::id).collect(Collectors.toSet());
    hazards.forEach(h -> h.parent().ifPresent(p -> assertTrue(ids.contains(p), h::toString)));
    assertEquals(Optional.of(HazardId.of("HZ-04")), hazards.stream().filter(h -> h.id().equals(HazardId.of("HZ-04b"))).findFirst().orElseThrow().parent());
    assertTrue(hazards.stream().filter(h -> h.id().equals(HazardId.of("HZ-08"))).findFirst().orElseThrow().source().startsWith("[NV]"));
    assertEquals(13, ClimateTemplate.vulnerableSectors().size());
    assertEquals("Sănătate publică", ClimateTemplate.vulnerableSectors().get(2).name().get(Locale.forLanguageTag("ro")));
  }

  @Test
  void referenceFrameworks() {
    Map<String, ReferenceFramework> byId =
        template.referenceFrameworks().stream().collect(Collectors.toMap(f -> f.id().value(), f -> f));
    assertEquals(Set.of("eu-adaptation-strategy", "european-climate-law", "covenant-of-mayors", "sdg",
        "who-urban-green-space", "ro-cresc"), byId.keySet());
    assertEquals(List.of("EUAS-1", "EUAS-2", "EUAS-3", "EUAS-3a", "EUAS-3b", "EUAS-3c", "EUAS-4", "EUAS-V"),
        byId.get("eu-adaptation-strategy").objectives().stream().map(o -> o.id()).toList());
    assertTrue(byId.get("sdg").objectives().stream().map(o -> o.id()).toList().containsAll(List.of("13.1", "13.2", "13.3")));
    assertTrue(byId.get("covenant-of-mayors").objectives().stream()
        .filter(o -> o.id().equals("COM-2030-55")).findFirst().orElseThrow().source().contains("not verified"));
  }

  @Test
  void defaultCriteriaWeightsSumToOne() {
    CriteriaSet set = template.criteriaSets().get(0);
    assertEquals("climate-default", set.id().value());
    assertEquals(1.0, set.criteria().stream().mapToDouble(Criterion::weight).sum(), 1e-12);
  }

  @Test
  void annexTypesCoverEveryAnnexRecord() {
    assertEquals(
        List.of(RiskAssessment.KIND, EmissionInventory.KIND, CovenantCommitment.KIND, AwarenessCampaigns.KIND, GreenSpace.KIND,
            MitigationImpacts.KIND),
        template.annexTypes().stream().map(AnnexType::kind).toList());
    for (AnnexType<?> type : template.annexTypes()) {
      assertTrue(type.type().isRecord(), type::toString);
    }
    ClimateSample.valid().annexes().forEach(a ->
        assertTrue(template.annexTypes().stream().anyMatch(t -> t.type().isInstance(a) && t.kind().equals(a.kind())), a::kind));
  }

  @Test
  void defaultParametersParse() {
    assertEquals(RiskMatrix.DEFAULT, ClimateTemplate.riskMatrix(template.parameters()));
    assertEquals("40", template.parameters().text(ClimateTemplate.COM_REDUCTION_MIN).orElseThrow());
    assertTrue(template.parameters().text(ClimateTemplate.COM_AS_OF).isEmpty());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ClimateTemplate.riskMatrix(template.parameters().with(Map.of(ClimateTemplate.RISK_MATRIX, "low"))));
    assertTrue(e.getMessage().startsWith("parameter risk.matrix: "), e.getMessage());
  }

  @Test
  void everyCodeHasMessagesInBothLanguages() throws IllegalAccessException {
    Set<String> codes = new HashSet<>();
    for (Field f : ClimateCodes.class.getFields()) {
      String code = (String) f.get(null);
      assertTrue(code.startsWith("climate."), code);
      assertTrue(codes.add(code), () -> "duplicate code " + code);
      assertTrue(ClimateTemplate.sharedMessages().has(code), code);
    }
  }

  @Test
  void newStrategyDraftRaisesNoClimateFinding() {
    Strategy draft =
        template.newStrategy(
            NewStrategyRequest.of(StrategyId.of("lugoj-2026"), Municipality.of("Lugoj", "RO"), StrategyPeriod.of(2026, 2030)));
    assertEquals(TemplateId.of("climate"), draft.templateId());
    assertEquals(5, draft.objectives().size());
    assertEquals("Strategia privind schimbările climatice — Lugoj", draft.title().get(Locale.forLanguageTag("ro")));
    assertEquals(List.of(), Findings.of(draft).findings());
    // a draft flagged as Covenant signatory lacks the commitment, the inventory and the assessment
    assertEquals(
        Set.of(ClimateCodes.COM_COMMITMENT_MISSING, ClimateCodes.COM_INVENTORY_MISSING, ClimateCodes.COM_RISK_ASSESSMENT_MISSING),
        Findings.of(draft, Map.of(ClimateTemplate.COM_SIGNATORY, "true")).codes());
  }
}
