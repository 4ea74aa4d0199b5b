package org.civicplan.template;

import org.civicplan.base.TemplateId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.fixture.TestTemplate;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.junit.jupiter.api.Test;

/** Applying overlays to the test-only template and to a deeper skeleton. */
class OverlaysTest {

  static final StrategyTemplate BASE = new TestTemplate();
  static final ObjectiveId OS1 = StrategyFixture.MITIGATION;
  static final ObjectiveId OS2 = StrategyFixture.GREENING;
  static final IndicatorId CO2 = StrategyFixture.CO2;
  static final IndicatorId TREES = StrategyFixture.TREES;
  static final Locale RO = Locale.forLanguageTag("ro");

  static TemplateOverlay.Builder overlay() {
    return TemplateOverlay.builder(TestTemplate.ID);
  }

  static ObjectiveEdits objectives(List<ObjectiveId> remove, List<ObjectiveChange> change, List<ObjectiveAddition> add) {
    return new ObjectiveEdits(remove, change, add);
  }

  static IndicatorEdits indicators(List<IndicatorId> remove, List<IndicatorChange> change, List<Indicator> add) {
    return new IndicatorEdits(remove, change, add);
  }

  /** A text in one language (LocalizedText.of with two strings means English and Romanian). */
  static LocalizedText only(String tag, String text) {
    return new LocalizedText(Map.of(tag, text));
  }

  static Indicator catalogueEntry(String id) {
    return Indicator.builder(IndicatorId.of(id), LocalizedText.of(id + " en", id + " ro"), "%", Direction.INCREASE).build();
  }

  static Objective objective(String id, String... indicatorIds) {
    return new Objective(
        ObjectiveId.of(id), LocalizedText.of("T " + id, "T " + id), LocalizedText.empty(),
        java.util.Arrays.stream(indicatorIds).map(IndicatorId::of).toList(), List.of());
  }

  static StrategyTemplate applied(TemplateOverlay overlay) {
    OverlayResult r = Overlays.apply(BASE, overlay);
    assertTrue(r.isSuccess(), () -> "expected the overlay to apply but got " + r.findings());
    return r.template().orElseThrow();
  }

  static Finding onlyError(TemplateOverlay overlay) {
    OverlayResult r = Overlays.apply(BASE, overlay);
    assertFalse(r.isSuccess(), "expected an error");
    assertTrue(r.template().isEmpty(), "nothing may be half-applied");
    assertEquals(1, r.errors().size(), () -> "expected one error but got " + r.findings());
    return r.errors().get(0);
  }

  static void assertFinding(String code, String path, Finding f) {
    assertEquals(code, f.code(), f::toString);
    assertEquals(path, f.path(), f::toString);
    assertFalse(f.message(Locale.ENGLISH).isBlank());
    assertNotEquals(f.message(Locale.ENGLISH), f.message(RO), "the Romanian message must be Romanian");
  }

  static List<ObjectiveId> ids(List<Objective> objectives) {
    return objectives.stream().flatMap(Objective::flatten).map(Objective::id).toList();
  }

  // ---------------------------------------------------------------- no-op and metadata

  @Test
  void emptyOverlay_keepsEverythingButTheVersion() {
    StrategyTemplate t = applied(TemplateOverlay.empty(TestTemplate.ID));
    assertEquals(BASE.id(), t.id());
    assertEquals("1.0.0+overlay", t.version());
    assertEquals(BASE.name(), t.name());
    assertEquals(BASE.skeleton(), t.skeleton());
    assertEquals(BASE.indicatorCatalogue(), t.indicatorCatalogue());
    assertEquals(BASE.parameters(), t.parameters());
    assertEquals(BASE.criteriaSets(), t.criteriaSets());
    assertEquals(BASE.rules(), t.rules());
  }

  @Test
  void version_appendsOverlayAsBuildMetadata() {
    assertEquals("2.1.0+overlay", Overlays.adaptedVersion("2.1.0"));
    assertEquals("2.1.0+b7.overlay", Overlays.adaptedVersion("2.1.0+b7"));
  }

  @Test
  void nameAndDescription_areMergedByLanguage() {
    StrategyTemplate t =
        applied(overlay().name(LocalizedText.of("ro", "Strategia verde", "hu", "Zöld stratégia"))
            .description(LocalizedText.of("Adapted", "Adaptat")).build());
    assertEquals("Test strategy", t.name().get(Locale.ENGLISH), "English kept");
    assertEquals("Strategia verde", t.name().get(RO));
    assertEquals("Zöld stratégia", t.name().get(Locale.forLanguageTag("hu")));
    assertEquals("Adaptat", t.description().get(RO));
  }

  @Test
  void templateMismatch_isTheOnlyFinding() {
    TemplateOverlay other =
        TemplateOverlay.builder(TemplateId.of("sport"))
            .parameters(Map.of("no-such", "1"))
            .build();
    assertFinding(OverlayCodes.TEMPLATE_MISMATCH, "/template", onlyError(other));
  }

  // ---------------------------------------------------------------- objectives

  @Test
  void objectiveChange_retitlesTranslatesAndRenames() {
    ObjectiveChange change =
        new ObjectiveChange(
            OS1, Optional.of(ObjectiveId.of("OS-1-CO2")),
            Optional.of(only("ro", "Reducerea emisiilor de GES")),
            Optional.of(LocalizedText.of("Less CO2", "Mai puțin CO2")), Optional.empty());
    StrategyTemplate t = applied(overlay().objectives(objectives(List.of(), List.of(change), List.of())).build());
    Objective o = t.skeleton().objectives().get(0);
    assertEquals(ObjectiveId.of("OS-1-CO2"), o.id());
    assertEquals("Cut emissions", o.title().get(Locale.ENGLISH));
    assertEquals("Reducerea emisiilor de GES", o.title().get(RO));
    assertEquals("Mai puțin CO2", o.description().get(RO));
    assertEquals(List.of(CO2), o.indicatorIds(), "indicators kept");
  }

  @Test
  void objectiveChange_replacesIndicatorIds() {
    ObjectiveChange change =
        new ObjectiveChange(OS1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(List.of(TREES, CO2)));
    StrategyTemplate t = applied(overlay().objectives(objectives(List.of(), List.of(change), List.of())).build());
    assertEquals(List.of(TREES, CO2), t.skeleton().objectives().get(0).indicatorIds());
  }

  @Test
  void objectiveRemove_removesItWithItsSubObjectives() {
    StrategyTemplate deep = DeepTemplate.INSTANCE;
    TemplateOverlay o =
        TemplateOverlay.builder(deep.id())
            .objectives(objectives(List.of(ObjectiveId.of("A.1")), List.of(), List.of()))
            .build();
    OverlayResult r = Overlays.apply(deep, o);
    assertEquals(List.of(ObjectiveId.of("A"), ObjectiveId.of("A.2"), ObjectiveId.of("B")),
        ids(r.template().orElseThrow().skeleton().objectives()));
  }

  @Test
  void objectiveChange_atAnyDepth() {
    StrategyTemplate deep = DeepTemplate.INSTANCE;
    TemplateOverlay o =
        TemplateOverlay.builder(deep.id())
            .objectives(objectives(List.of(),
                List.of(ObjectiveChange.retitle(ObjectiveId.of("A.1.1"), LocalizedText.of("Deep", "Adânc"))), List.of()))
            .build();
    Objective deepest = Overlays.apply(deep, o).template().orElseThrow()
        .skeleton().objectives().get(0).children().get(0).children().get(0);
    assertEquals("Adânc", deepest.title().get(RO));
  }

  @Test
  void objectiveAdd_appendsTopLevelOrUnderAParent_includingOneAddedEarlierOrRenamed() {
    ObjectiveChange rename =
        new ObjectiveChange(OS2, Optional.of(ObjectiveId.of("OS-GREEN")), Optional.empty(), Optional.empty(), Optional.empty());
    Objective heat = objective("OS-3", "street-trees").withChildren(List.of(objective("OS-3.1")));
    TemplateOverlay o =
        overlay()
            .objectives(objectives(List.of(), List.of(rename), List.of(
                ObjectiveAddition.topLevel(heat),
                ObjectiveAddition.under(ObjectiveId.of("OS-3.1"), objective("OS-3.1.1", "co2-total")),
                ObjectiveAddition.under(ObjectiveId.of("OS-GREEN"), objective("OS-2.9")))))
            .build();
    StrategyTemplate t = applied(o);
    assertEquals(
        List.of("OS-1", "OS-GREEN", "OS-2.9", "OS-3", "OS-3.1", "OS-3.1.1"),
        ids(t.skeleton().objectives()).stream().map(ObjectiveId::value).toList());
  }

  @Test
  void objectiveUnknown_inRemoveChangeAndParent() {
    ObjectiveId ghost = ObjectiveId.of("OS-9");
    assertFinding(OverlayCodes.OBJECTIVE_UNKNOWN, "/objectives/remove/0",
        onlyError(overlay().objectives(objectives(List.of(ghost), List.of(), List.of())).build()));
    assertFinding(OverlayCodes.OBJECTIVE_UNKNOWN, "/objectives/change/0/id",
        onlyError(overlay().objectives(objectives(List.of(),
            List.of(ObjectiveChange.retitle(ghost, LocalizedText.of("x", "x"))), List.of())).build()));
    assertFinding(OverlayCodes.OBJECTIVE_UNKNOWN, "/objectives/add/0/parent",
        onlyError(overlay().objectives(objectives(List.of(), List.of(),
            List.of(ObjectiveAddition.under(ghost, objective("OS-3"))))).build()));
  }

  @Test
  void objectiveUnknown_messageListsKnownIds() {
    Finding f = onlyError(overlay().objectives(objectives(List.of(ObjectiveId.of("OS-9")), List.of(), List.of())).build());
    assertTrue(f.message(Locale.ENGLISH).contains("OS-1, OS-2"), f::toString);
    assertTrue(f.message(RO).contains("Obiectivul „OS-9” nu există"), () -> f.message(RO));
  }

  @Test
  void parentNamingAnOldIdAfterRename_isUnknown() {
    ObjectiveChange rename =
        new ObjectiveChange(OS1, Optional.of(ObjectiveId.of("OS-A")), Optional.empty(), Optional.empty(), Optional.empty());
    assertFinding(OverlayCodes.OBJECTIVE_UNKNOWN, "/objectives/add/0/parent",
        onlyError(overlay().objectives(objectives(List.of(), List.of(rename),
            List.of(ObjectiveAddition.under(OS1, objective("OS-1.9"))))).build()));
  }

  @Test
  void addingUnderARemovedObjective_isReferenceRemoved_namingTheRemoval() {
    Finding f =
        onlyError(overlay().objectives(objectives(List.of(OS2), List.of(),
            List.of(ObjectiveAddition.under(OS2, objective("OS-2.9"))))).build());
    assertFinding(OverlayCodes.REFERENCE_REMOVED, "/objectives/add/0/parent", f);
    assertTrue(f.message(Locale.ENGLISH).contains("/objectives/remove/0"), f::toString);
  }

  @Test
  void duplicateId_whenAddingOrRenamingToATakenId() {
    assertFinding(OverlayCodes.DUPLICATE_ID, "/objectives/add/0/objective/id",
        onlyError(overlay().objectives(objectives(List.of(), List.of(),
            List.of(ObjectiveAddition.topLevel(objective("OS-2"))))).build()));
    assertFinding(OverlayCodes.DUPLICATE_ID, "/objectives/add/0/objective/children/1/id",
        onlyError(overlay().objectives(objectives(List.of(), List.of(),
            List.of(ObjectiveAddition.topLevel(objective("OS-3").withChildren(
                List.of(objective("OS-3.1"), objective("OS-3.1"))))))).build()));
    ObjectiveChange renameOntoOther =
        new ObjectiveChange(OS1, Optional.of(OS2), Optional.empty(), Optional.empty(), Optional.empty());
    assertFinding(OverlayCodes.DUPLICATE_ID, "/objectives/change/0/newId",
        onlyError(overlay().objectives(objectives(List.of(), List.of(renameOntoOther), List.of())).build()));
  }

  @Test
  void idsFreedByRemovalOrRename_mayBeTakenAgain() {
    ObjectiveChange toOs2 = new ObjectiveChange(OS1, Optional.of(OS2), Optional.empty(), Optional.empty(), Optional.empty());
    ObjectiveChange toOs1 = new ObjectiveChange(OS2, Optional.of(OS1), Optional.empty(), Optional.empty(), Optional.empty());
    StrategyTemplate swapped = applied(overlay().objectives(objectives(List.of(), List.of(toOs2, toOs1), List.of())).build());
    assertEquals("Cut emissions", swapped.skeleton().objectives().get(0).title().get(Locale.ENGLISH));
    assertEquals(OS2, swapped.skeleton().objectives().get(0).id());

    StrategyTemplate replaced =
        applied(overlay().objectives(objectives(List.of(OS2), List.of(),
            List.of(ObjectiveAddition.topLevel(objective("OS-2"))))).build());
    assertEquals("T OS-2", replaced.skeleton().objectives().get(1).title().get(Locale.ENGLISH));
  }

  @Test
  void conflict_removedTwice_changedTwice_changedWhileRemoved() {
    assertFinding(OverlayCodes.CONFLICT, "/objectives/remove/1",
        onlyError(overlay().objectives(objectives(List.of(OS2, OS2), List.of(), List.of())).build()));
    ObjectiveChange a = ObjectiveChange.retitle(OS1, LocalizedText.of("a", "a"));
    ObjectiveChange b = ObjectiveChange.retitle(OS1, LocalizedText.of("b", "b"));
    assertFinding(OverlayCodes.CONFLICT, "/objectives/change/1/id",
        onlyError(overlay().objectives(objectives(List.of(), List.of(a, b), List.of())).build()));
    assertFinding(OverlayCodes.CONFLICT, "/objectives/change/0/id",
        onlyError(overlay().objectives(objectives(List.of(OS1), List.of(a), List.of())).build()));
  }

  @Test
  void conflict_changingASubObjectiveOfARemovedObjective() {
    StrategyTemplate deep = DeepTemplate.INSTANCE;
    TemplateOverlay o =
        TemplateOverlay.builder(deep.id())
            .objectives(objectives(List.of(ObjectiveId.of("A")),
                List.of(ObjectiveChange.retitle(ObjectiveId.of("A.1.1"), LocalizedText.of("x", "x"))), List.of()))
            .build();
    OverlayResult r = Overlays.apply(deep, o);
    assertEquals(List.of(OverlayCodes.CONFLICT), r.errors().stream().map(Finding::code).toList());
    assertEquals("/objectives/change/0/id", r.errors().get(0).path());
  }

  // ---------------------------------------------------------------- indicators

  @Test
  void indicatorChange_renamesTranslatesAndSetsDataSource_andObjectivesFollowTheNewId() {
    IndicatorChange change =
        new IndicatorChange(CO2, Optional.of(IndicatorId.of("ghg-total")),
            Optional.of(only("ro", "Emisii totale de GES")),
            Optional.of(LocalizedText.of("Scope 1 and 2", "Domeniile 1 și 2")),
            Optional.of("Inventarul emisiilor 2019"));
    StrategyTemplate t = applied(overlay().indicators(indicators(List.of(), List.of(change), List.of())).build());
    Indicator i = t.indicatorCatalogue().get(0);
    assertEquals(IndicatorId.of("ghg-total"), i.id());
    assertEquals("Total CO2 emissions", i.name().get(Locale.ENGLISH));
    assertEquals("Emisii totale de GES", i.name().get(RO));
    assertEquals("Domeniile 1 și 2", i.definition().get(RO));
    assertEquals(Optional.of("Inventarul emisiilor 2019"), i.dataSource());
    assertEquals(BASE.indicatorCatalogue().get(0).unit(), i.unit());
    assertEquals(List.of(IndicatorId.of("ghg-total")), t.skeleton().objectives().get(0).indicatorIds());
  }

  @Test
  void indicatorAdd_appendsToTheCatalogue() {
    StrategyTemplate t =
        applied(overlay().indicators(indicators(List.of(), List.of(), List.of(catalogueEntry("shade")))).build());
    assertEquals(List.of(CO2, TREES, IndicatorId.of("shade")), t.indicatorCatalogue().stream().map(Indicator::id).toList());
  }

  @Test
  void indicatorRemove_unlinksItFromObjectives_withAnInformation() {
    OverlayResult r = Overlays.apply(BASE, overlay().indicators(indicators(List.of(TREES), List.of(), List.of())).build());
    StrategyTemplate t = r.template().orElseThrow();
    assertEquals(List.of(CO2), t.indicatorCatalogue().stream().map(Indicator::id).toList());
    assertEquals(List.of(), t.skeleton().objectives().get(1).indicatorIds());
    assertEquals(1, r.findings().size());
    Finding info = r.findings().get(0);
    assertEquals(Severity.INFO, info.severity());
    assertFinding(OverlayCodes.INDICATOR_UNLINKED, "/indicators/remove/0", info);
    assertTrue(info.message(Locale.ENGLISH).contains("OS-2"), info::toString);
  }

  @Test
  void indicatorRemovedAndAddedAgain_keepsTheLinks_withoutInformation() {
    OverlayResult r =
        Overlays.apply(BASE, overlay().indicators(indicators(List.of(TREES), List.of(), List.of(catalogueEntry("street-trees")))).build());
    assertEquals(List.of(), r.findings());
    StrategyTemplate t = r.template().orElseThrow();
    assertEquals(List.of(TREES), t.skeleton().objectives().get(1).indicatorIds());
    assertEquals("street-trees en", t.indicatorCatalogue().get(1).name().get(Locale.ENGLISH));
  }

  @Test
  void indicatorUnknown_inRemoveChangeAndReferences() {
    IndicatorId ghost = IndicatorId.of("ghost");
    assertFinding(OverlayCodes.INDICATOR_UNKNOWN, "/indicators/remove/0",
        onlyError(overlay().indicators(indicators(List.of(ghost), List.of(), List.of())).build()));
    assertFinding(OverlayCodes.INDICATOR_UNKNOWN, "/indicators/change/0/id",
        onlyError(overlay().indicators(indicators(List.of(), List.of(IndicatorChange.rename(ghost, LocalizedText.of("x", "x"))), List.of())).build()));
    assertFinding(OverlayCodes.INDICATOR_UNKNOWN, "/objectives/add/0/objective/children/0/indicatorIds/1",
        onlyError(overlay().objectives(objectives(List.of(), List.of(), List.of(ObjectiveAddition.topLevel(
            objective("OS-3").withChildren(List.of(objective("OS-3.1", "co2-total", "ghost"))))))).build()));
    ObjectiveChange measure =
        new ObjectiveChange(OS1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(List.of(ghost)));
    assertFinding(OverlayCodes.INDICATOR_UNKNOWN, "/objectives/change/0/indicatorIds/0",
        onlyError(overlay().objectives(objectives(List.of(), List.of(measure), List.of())).build()));
  }

  @Test
  void referencingARemovedIndicator_isReferenceRemoved() {
    ObjectiveChange measure =
        new ObjectiveChange(OS1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(List.of(TREES)));
    Finding f =
        onlyError(overlay().indicators(indicators(List.of(TREES), List.of(), List.of()))
            .objectives(objectives(List.of(), List.of(measure), List.of())).build());
    assertFinding(OverlayCodes.REFERENCE_REMOVED, "/objectives/change/0/indicatorIds/0", f);
  }

  @Test
  void indicatorDuplicateId_andConflicts() {
    assertFinding(OverlayCodes.DUPLICATE_ID, "/indicators/add/0/id",
        onlyError(overlay().indicators(indicators(List.of(), List.of(), List.of(catalogueEntry("co2-total")))).build()));
    IndicatorChange ontoTrees =
        new IndicatorChange(CO2, Optional.of(TREES), Optional.empty(), Optional.empty(), Optional.empty());
    assertFinding(OverlayCodes.DUPLICATE_ID, "/indicators/change/0/newId",
        onlyError(overlay().indicators(indicators(List.of(), List.of(ontoTrees), List.of())).build()));
    assertFinding(OverlayCodes.CONFLICT, "/indicators/remove/1",
        onlyError(overlay().indicators(indicators(List.of(CO2, CO2), List.of(), List.of())).build()));
    assertFinding(OverlayCodes.CONFLICT, "/indicators/change/0/id",
        onlyError(overlay().indicators(indicators(List.of(CO2),
            List.of(IndicatorChange.rename(CO2, LocalizedText.of("x", "x"))), List.of())).build()));
  }

  // ---------------------------------------------------------------- weights and parameters

  @Test
  void criteriaWeights_changeNamedCriteriaOnly() {
    StrategyTemplate t = applied(overlay().criteriaWeights(Map.of("default", Map.of("impact", 0.8))).build());
    CriteriaSet set = t.criteriaSets().get(0);
    assertEquals(List.of(0.8, 0.4), set.criteria().stream().map(Criterion::weight).toList());
    assertEquals(BASE.criteriaSets().get(0).name(), set.name());
  }

  @Test
  void criteriaSetAndCriterionUnknown() {
    assertFinding(OverlayCodes.CRITERIA_SET_UNKNOWN, "/criteriaWeights/equity",
        onlyError(overlay().criteriaWeights(Map.of("equity", Map.of("impact", 0.5))).build()));
    assertFinding(OverlayCodes.CRITERION_UNKNOWN, "/criteriaWeights/default/risk",
        onlyError(overlay().criteriaWeights(Map.of("default", Map.of("risk", 0.5))).build()));
  }

  @Test
  void weightInvalid_negativeNotFiniteOrAllZero() {
    assertFinding(OverlayCodes.WEIGHT_INVALID, "/criteriaWeights/default/cost",
        onlyError(overlay().criteriaWeights(Map.of("default", Map.of("cost", -0.1))).build()));
    assertFinding(OverlayCodes.WEIGHT_INVALID, "/criteriaWeights/default/cost",
        onlyError(overlay().criteriaWeights(Map.of("default", Map.of("cost", Double.NaN))).build()));
    assertFinding(OverlayCodes.WEIGHT_INVALID, "/criteriaWeights/default/impact",
        onlyError(overlay().criteriaWeights(Map.of("default", Map.of("impact", Double.POSITIVE_INFINITY))).build()));
    assertFinding(OverlayCodes.WEIGHT_INVALID, "/criteriaWeights/default",
        onlyError(overlay().criteriaWeights(Map.of("default", Map.of("impact", 0.0, "cost", 0.0))).build()));
    assertTrue(Overlays.apply(BASE, overlay().criteriaWeights(Map.of("default", Map.of("impact", 0.0))).build()).isSuccess(),
        "one zero weight is fine while another stays positive");
  }

  @Test
  void parameters_changeKnownParameters() {
    StrategyTemplate t = applied(overlay().parameters(Map.of("reduction.min", "45.5")).build());
    assertEquals(new java.math.BigDecimal("45.5"), t.parameters().decimal("reduction.min", java.math.BigDecimal.ZERO));
  }

  @Test
  void parameterUnknown_andInvalid() {
    assertFinding(OverlayCodes.PARAMETER_UNKNOWN, "/parameters/reduction.max",
        onlyError(overlay().parameters(Map.of("reduction.max", "60")).build()));
    Finding f = onlyError(overlay().parameters(Map.of("reduction.min", "forty")).build());
    assertFinding(OverlayCodes.PARAMETER_INVALID, "/parameters/reduction.min", f);
    assertTrue(f.message(Locale.ENGLISH).contains("decimal number"), f::toString);
  }

  @Test
  void parameterInvalid_forAFlagParameter() {
    StrategyTemplate flagged = new DeepTemplate(Parameters.of(Map.of("strict", "true")));
    TemplateOverlay bad = TemplateOverlay.builder(flagged.id()).parameters(Map.of("strict", "yes")).build();
    Finding f = Overlays.apply(flagged, bad).errors().get(0);
    assertFinding(OverlayCodes.PARAMETER_INVALID, "/parameters/strict", f);
    assertTrue(f.message(RO).contains("true sau false"), () -> f.message(RO));
    TemplateOverlay good = TemplateOverlay.builder(flagged.id()).parameters(Map.of("strict", "false")).build();
    assertFalse(Overlays.apply(flagged, good).template().orElseThrow().parameters().flag("strict", true));
  }

  @Test
  void jsonPointerTokensAreEscaped() {
    assertFinding(OverlayCodes.PARAMETER_UNKNOWN, "/parameters/a~1b~0c",
        onlyError(overlay().parameters(Map.of("a/b~c", "1")).build()));
  }

  // ---------------------------------------------------------------- nothing half-applied

  @Test
  void oneErrorAmongValidOperations_appliesNothing_andReportsEveryError() {
    TemplateOverlay o =
        overlay()
            .name(LocalizedText.of("Renamed", "Redenumit"))
            .objectives(objectives(List.of(OS2), List.of(), List.of(ObjectiveAddition.topLevel(objective("OS-3")))))
            .indicators(indicators(List.of(), List.of(), List.of(catalogueEntry("shade"))))
            .criteriaWeights(Map.of("default", Map.of("impact", 0.9, "risk", 0.1)))
            .parameters(Map.of("reduction.min", "45", "nope", "1"))
            .build();
    OverlayResult r = Overlays.apply(BASE, o);
    assertTrue(r.template().isEmpty());
    assertEquals(
        List.of(OverlayCodes.CRITERION_UNKNOWN, OverlayCodes.PARAMETER_UNKNOWN),
        r.errors().stream().map(Finding::code).toList());
  }

  // ---------------------------------------------------------------- registry and newStrategy

  @Test
  void registryReplacing_servesTheAdaptedTemplate() {
    TemplateRegistry registry = TemplateRegistry.of(BASE);
    StrategyTemplate adapted = applied(overlay().name(LocalizedText.of("Green", "Verde")).build());
    TemplateRegistry replaced = registry.replacing(adapted);
    assertEquals(List.of(TestTemplate.ID), replaced.ids());
    assertEquals("1.0.0+overlay", replaced.get(TestTemplate.ID).version());
    assertEquals("1.0.0", registry.get(TestTemplate.ID).version(), "the original registry is unchanged");
  }

  @Test
  void newStrategy_reflectsRenamesRemovalsAndAdditions() {
    ObjectiveChange rename =
        new ObjectiveChange(OS1, Optional.of(ObjectiveId.of("OS-CO2")),
            Optional.of(only("en", "Cut greenhouse gases")), Optional.empty(), Optional.empty());
    TemplateOverlay o =
        overlay()
            .name(LocalizedText.of("Green city", "Orașul verde"))
            .objectives(objectives(List.of(OS2), List.of(rename),
                List.of(ObjectiveAddition.topLevel(objective("OS-3", "shade")))))
            .indicators(indicators(List.of(), List.of(), List.of(catalogueEntry("unused"), catalogueEntry("shade"))))
            .build();
    Strategy s =
        applied(o).newStrategy(NewStrategyRequest.of(
            StrategyId.of("lugoj-2027"), Municipality.of("Lugoj", "RO"), StrategyPeriod.of(2027, 2032)));
    assertEquals(TestTemplate.ID, s.templateId());
    assertEquals(List.of("OS-CO2", "OS-3"), s.objectives().stream().map(x -> x.id().value()).toList());
    assertEquals("Cut greenhouse gases", s.objectives().get(0).title().get(Locale.ENGLISH));
    assertEquals(List.of(CO2, IndicatorId.of("shade")), s.indicators().stream().map(Indicator::id).toList(),
        "catalogue entries named by the adapted objectives, in catalogue order; trees went with OS-2");
    assertEquals("Orașul verde — Lugoj", s.title().get(RO));
  }

  // ---------------------------------------------------------------- determinism

  @Test
  void sameInputs_giveEqualResults() {
    TemplateOverlay o =
        overlay()
            .indicators(indicators(List.of(TREES), List.of(), List.of()))
            .criteriaWeights(Map.of("default", Map.of("impact", 0.5, "cost", 0.5)))
            .parameters(Map.of("reduction.min", "41"))
            .build();
    OverlayResult a = Overlays.apply(BASE, o);
    OverlayResult b = Overlays.apply(BASE, o);
    assertEquals(a.findings(), b.findings());
    assertEquals(Snapshot.of(a.template().orElseThrow()), Snapshot.of(b.template().orElseThrow()));
  }

  /** The data of a template, comparable with equals. */
  record Snapshot(
      TemplateId id, LocalizedText name, LocalizedText description, String version, TemplateSkeleton skeleton,
      List<Indicator> catalogue, Parameters parameters, List<CriteriaSet> criteriaSets) {
    static Snapshot of(StrategyTemplate t) {
      return new Snapshot(t.id(), t.name(), t.description(), t.version(), t.skeleton(), t.indicatorCatalogue(),
          t.parameters(), t.criteriaSets());
    }
  }

  /** A template with three levels of objectives: A (A.1 (A.1.1), A.2), B. */
  static final class DeepTemplate implements StrategyTemplate {
    static final DeepTemplate INSTANCE = new DeepTemplate(Parameters.empty());
    private final Parameters parameters;

    DeepTemplate(Parameters parameters) {
      this.parameters = parameters;
    }

    @Override
    public TemplateId id() {
      return TemplateId.of("deep");
    }

    @Override
    public LocalizedText name() {
      return LocalizedText.of("Deep", "Adânc");
    }

    @Override
    public String version() {
      return "0.1";
    }

    @Override
    public Parameters parameters() {
      return parameters;
    }

    @Override
    public TemplateSkeleton skeleton() {
      Objective a11 = objective("A.1.1");
      Objective a1 = objective("A.1").withChildren(List.of(a11));
      Objective a = objective("A").withChildren(List.of(a1, objective("A.2")));
      return TemplateSkeleton.of(List.of(a, objective("B")));
    }
  }
}
