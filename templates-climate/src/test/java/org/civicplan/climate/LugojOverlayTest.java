// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicplan.document.OverlayDocuments;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.IndicatorKind;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.OverlayResult;
import org.civicplan.template.Overlays;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateOverlay;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Severity;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overlay example {@code samples/data/overlay-lugoj.yaml}: another municipality adapts the
 * climate template (renames and translates objectives, drops the energy-poverty pillar, adds an
 * objective and an indicator, changes criterion weights and the Covenant reduction parameter).
 */
class LugojOverlayTest {

  static final Path OVERLAY = Path.of("..", "samples", "data", "overlay-lugoj.yaml");
  private static final ClimateTemplate BASE = new ClimateTemplate();

  private static OverlayDocuments.Result read;
  private static OverlayResult applied;
  private static StrategyTemplate lugoj;

  @BeforeAll
  static void apply() {
    read = OverlayDocuments.read(OVERLAY);
    assertEquals(List.of(), read.findings(), "reading " + OVERLAY);
    applied = Overlays.apply(BASE, read.overlay().orElseThrow());
    assertEquals(List.of(), applied.errors(), () -> "applying " + OVERLAY);
    lugoj = applied.template().orElseThrow();
  }

  private static Map<ObjectiveId, Objective> objectives(StrategyTemplate t) {
    return t.skeleton().objectives().stream().flatMap(Objective::flatten)
        .collect(Collectors.toMap(Objective::id, o -> o));
  }

  private static Criterion criterion(StrategyTemplate t, String set, String id) {
    CriteriaSet s = t.criteriaSets().stream().filter(c -> c.id().value().equals(set)).findFirst().orElseThrow();
    return s.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void overlayAdaptsTheClimateTemplateWithoutErrors() {
    TemplateOverlay overlay = read.overlay().orElseThrow();
    assertEquals(ClimateTemplate.ID, overlay.template());
    assertTrue(applied.isSuccess());
    assertFalse(applied.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR), applied.findings()::toString);
    assertEquals(ClimateTemplate.ID, lugoj.id());
    assertEquals(BASE.version() + "+overlay", lugoj.version());
  }

  @Test
  void nameIsRenamedAndTranslated() {
    assertEquals("Climate change strategy of Lugoj", lugoj.name().get(Locale.ENGLISH));
    assertEquals("Strategia privind schimbările climatice a municipiului Lugoj", lugoj.name().get(Locale.forLanguageTag("ro")));
    assertEquals("Klimastrategie der Stadt Lugosch", lugoj.name().get(Locale.GERMAN));
  }

  @Test
  void energyPovertyPillarIsDroppedWithItsSpecificObjective() {
    Set<ObjectiveId> base = objectives(BASE).keySet();
    Set<ObjectiveId> adapted = objectives(lugoj).keySet();
    assertTrue(base.containsAll(List.of(ObjectiveId.of("OG-3"), ObjectiveId.of("OS-3.1"))));
    assertFalse(adapted.contains(ObjectiveId.of("OG-3")));
    assertFalse(adapted.contains(ObjectiveId.of("OS-3.1")));
    assertEquals(List.of("OG-1", "OG-2", "OG-4", "OG-5"),
        lugoj.skeleton().objectives().stream().map(o -> o.id().value()).toList());
  }

  @Test
  void objectivesAreRetitledAndTranslatedKeepingOtherLanguages() {
    Map<ObjectiveId, Objective> base = objectives(BASE);
    Map<ObjectiveId, Objective> adapted = objectives(lugoj);
    Objective og1 = adapted.get(ObjectiveId.of("OG-1"));
    // only German added: English and Romanian stay the template's
    assertEquals(base.get(ObjectiveId.of("OG-1")).title().get(Locale.ENGLISH), og1.title().get(Locale.ENGLISH));
    assertEquals("Klimaschutz: Treibhausgasemissionen senken", og1.title().get(Locale.GERMAN));
    Objective og2 = adapted.get(ObjectiveId.of("OG-2"));
    assertEquals("Adaptation: a city ready for heat waves and Timiș floods", og2.title().get(Locale.ENGLISH));
    assertEquals("Adaptare: un oraș pregătit pentru canicule și pentru inundațiile Timișului",
        og2.title().get(Locale.forLanguageTag("ro")));
    // children and indicators of a retitled objective are kept
    assertEquals(base.get(ObjectiveId.of("OG-2")).children(), og2.children());
    assertEquals(base.get(ObjectiveId.of("OG-2")).indicatorIds(), og2.indicatorIds());
    assertEquals("Green and blue infrastructure along the Timiș", adapted.get(ObjectiveId.of("OG-5")).title().get(Locale.ENGLISH));
  }

  @Test
  void newObjectiveAndIndicatorAreAdded() {
    Objective og5 = objectives(lugoj).get(ObjectiveId.of("OG-5"));
    Objective added = og5.children().get(og5.children().size() - 1);
    assertEquals(ObjectiveId.of("OS-5.4"), added.id());
    assertEquals(List.of(IndicatorId.of("LGJ-01")), added.indicatorIds());
    Indicator indicator = lugoj.indicatorCatalogue().stream().filter(i -> i.id().value().equals("LGJ-01")).findFirst().orElseThrow();
    assertEquals("km", indicator.unit());
    assertEquals(IndicatorKind.OUTPUT, indicator.kind());
    assertEquals(Direction.INCREASE, indicator.direction());
    assertEquals(BASE.indicatorCatalogue().size() + 1, lugoj.indicatorCatalogue().size());
  }

  @Test
  void criterionWeightsChangeAndTheOthersStay() {
    assertEquals(0.20, criterion(BASE, "climate-default", "risk-reduction").weight());
    assertEquals(0.30, criterion(lugoj, "climate-default", "risk-reduction").weight());
    assertEquals(0.25, criterion(BASE, "climate-default", "co2-avoided").weight());
    assertEquals(0.15, criterion(lugoj, "climate-default", "co2-avoided").weight());
    for (String unchanged : List.of("cost-per-tco2", "co-benefits", "feasibility", "time-to-impact")) {
      assertEquals(criterion(BASE, "climate-default", unchanged), criterion(lugoj, "climate-default", unchanged), unchanged);
    }
    double sum = lugoj.criteriaSets().get(0).criteria().stream().mapToDouble(Criterion::weight).sum();
    assertEquals(1.0, sum, 1e-9);
  }

  @Test
  void reductionParameterChangesAndTheRulesUseIt() {
    assertEquals("40", BASE.parameters().text(ClimateTemplate.COM_REDUCTION_MIN).orElseThrow());
    assertEquals("55", lugoj.parameters().text(ClimateTemplate.COM_REDUCTION_MIN).orElseThrow());
    assertEquals(BASE.parameters().values().keySet(), lugoj.parameters().values().keySet());
    // the sample's 45 % target meets the template's 40 % but not Lugoj's 55 %
    Strategy sample = ClimateSample.valid();
    TemplateRegistry installed = TemplateRegistry.load();
    assertFalse(StrategyValidator.of(installed).validate(sample).has(ClimateCodes.COM_TARGET_BELOW_COMMITMENT));
    ValidationReport adapted = StrategyValidator.of(installed.replacing(lugoj)).validate(sample);
    assertEquals(1, adapted.byCode(ClimateCodes.COM_TARGET_BELOW_COMMITMENT).size(), adapted::toString);
  }

  @Test
  void newStrategyOfTheAdaptedTemplateValidatesWithoutErrors() {
    TemplateRegistry registry = TemplateRegistry.load().replacing(lugoj);
    Strategy draft =
        registry.get(ClimateTemplate.ID)
            .newStrategy(NewStrategyRequest.of(StrategyId.of("lugoj-climate-2026"),
                Municipality.of("Municipiul Lugoj", "RO"), StrategyPeriod.of(2026, 2030)));
    Set<String> ids = new TreeSet<>();
    draft.objectives().stream().flatMap(Objective::flatten).forEach(o -> ids.add(o.id().value()));
    assertTrue(ids.contains("OS-5.4"), ids::toString);
    assertFalse(ids.contains("OG-3"), ids::toString);
    assertTrue(draft.indicators().stream().anyMatch(i -> i.id().value().equals("LGJ-01")));
    assertEquals("Climate change strategy of Lugoj — Municipiul Lugoj", draft.title().get(Locale.ENGLISH));
    ValidationReport report = StrategyValidator.of(registry).validate(draft);
    assertEquals(List.of(), report.bySeverity(Severity.ERROR), report::toString);
  }
}
