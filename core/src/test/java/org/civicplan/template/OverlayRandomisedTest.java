package org.civicplan.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.civicplan.fixture.TestTemplate;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random overlays over the test template, with ids drawn from small pools so that known,
 * unknown, removed and repeated ids all occur. A failure prints the seed and the overlay.
 */
class OverlayRandomisedTest {

  private static final StrategyTemplate BASE = new TestTemplate();
  private static final List<String> OBJECTIVES = List.of("OS-1", "OS-2", "OS-3", "OS-4", "OS-9");
  private static final List<String> INDICATORS = List.of("co2-total", "street-trees", "shade", "heat", "ghost");

  static Stream<Long> seeds() {
    return LongStream.range(0, 500).boxed();
  }

  static RandomGenerator random(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  static <T> T pick(RandomGenerator r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  static TemplateOverlay overlay(RandomGenerator r) {
    List<ObjectiveId> removeO = new ArrayList<>();
    List<ObjectiveChange> changeO = new ArrayList<>();
    List<ObjectiveAddition> addO = new ArrayList<>();
    List<IndicatorId> removeI = new ArrayList<>();
    List<IndicatorChange> changeI = new ArrayList<>();
    List<Indicator> addI = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      removeO.add(ObjectiveId.of(pick(r, OBJECTIVES)));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      changeO.add(new ObjectiveChange(
          ObjectiveId.of(pick(r, OBJECTIVES)),
          r.nextBoolean() ? Optional.of(ObjectiveId.of(pick(r, OBJECTIVES))) : Optional.empty(),
          Optional.of(LocalizedText.of("t" + i, "t" + i)), Optional.empty(),
          r.nextBoolean() ? Optional.of(List.of(IndicatorId.of(pick(r, INDICATORS)))) : Optional.empty()));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      Objective o = OverlaysTest.objective(pick(r, OBJECTIVES), r.nextBoolean() ? new String[] {pick(r, INDICATORS)} : new String[0]);
      addO.add(r.nextBoolean() ? ObjectiveAddition.topLevel(o) : ObjectiveAddition.under(ObjectiveId.of(pick(r, OBJECTIVES)), o));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      removeI.add(IndicatorId.of(pick(r, INDICATORS)));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      changeI.add(new IndicatorChange(IndicatorId.of(pick(r, INDICATORS)),
          r.nextBoolean() ? Optional.of(IndicatorId.of(pick(r, INDICATORS))) : Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.of("source " + i)));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      addI.add(OverlaysTest.catalogueEntry(pick(r, INDICATORS)));
    }
    Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
    if (r.nextBoolean()) {
      Map<String, Double> w = new LinkedHashMap<>();
      w.put(pick(r, List.of("impact", "cost", "risk")), r.nextInt(5) / 4.0 - (r.nextInt(6) == 0 ? 1 : 0));
      weights.put(pick(r, List.of("default", "default", "other")), w);
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (r.nextBoolean()) {
      params.put(pick(r, List.of("reduction.min", "reduction.min", "nope")), pick(r, List.of("45", "4.5", "many")));
    }
    return TemplateOverlay.builder(TestTemplate.ID)
        .objectives(new ObjectiveEdits(removeO, changeO, addO))
        .indicators(new IndicatorEdits(removeI, changeI, addI))
        .criteriaWeights(weights)
        .parameters(params)
        .build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void apply_neverThrows_andAnAppliedTemplateIsConsistent(long seed) {
    TemplateOverlay overlay = overlay(random(seed));
    String replay = "seed " + seed + ", overlay " + overlay;
    OverlayResult result = Overlays.apply(BASE, overlay);
    assertEquals(result.template().isEmpty(), !result.errors().isEmpty(), replay);
    if (result.template().isEmpty()) {
      return;
    }
    StrategyTemplate t = result.template().get();
    List<ObjectiveId> objectiveIds =
        t.skeleton().objectives().stream().flatMap(Objective::flatten).map(Objective::id).toList();
    assertEquals(new HashSet<>(objectiveIds).size(), objectiveIds.size(), () -> "objective ids unique; " + replay);
    Set<IndicatorId> catalogue = new HashSet<>();
    t.indicatorCatalogue().forEach(i -> assertTrue(catalogue.add(i.id()), () -> "indicator ids unique; " + replay));
    t.skeleton().objectives().stream().flatMap(Objective::flatten)
        .forEach(o -> assertTrue(catalogue.containsAll(o.indicatorIds()),
            () -> o.id() + " names " + o.indicatorIds() + " outside " + catalogue + "; " + replay));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void apply_isDeterministic_andIndependentOfMapInsertionOrder(long seed) {
    TemplateOverlay overlay = overlay(random(seed));
    Map<String, String> reversed = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(overlay.parameters().keySet());
    Collections.reverse(keys);
    keys.forEach(k -> reversed.put(k, overlay.parameters().get(k)));
    TemplateOverlay reordered =
        new TemplateOverlay(overlay.template(), overlay.name(), overlay.description(), overlay.objectives(),
            overlay.indicators(), overlay.criteriaWeights(), reversed);
    OverlayResult a = Overlays.apply(BASE, overlay);
    OverlayResult b = Overlays.apply(BASE, reordered);
    assertEquals(a.findings(), b.findings(), "seed " + seed);
    assertEquals(a.template().map(OverlaysTest.Snapshot::of), b.template().map(OverlaysTest.Snapshot::of), "seed " + seed);
  }
}
