package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.LifecycleState;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.IndicatorKind;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.ImplementationPhase;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.PartnerRole;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.TemplateId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StrategyGeneratorTest {

  @Test
  void sameSeedAndSizeGiveEqualStrategies() {
    int checked =
        PropertyRunner.forAll(
            "deterministic per seed",
            c -> {
              Strategy again = StrategyGenerator.seeded(c.seed()).strategy(c.size());
              assertEquals(c.strategy(), again);
            });
    assertEquals(PropertyRunner.cases(), checked);
  }

  @Test
  void ofUsesTheGivenRandomGenerator() {
    Strategy viaOf = StrategyGenerator.of(StrategyGenerator.random(7)).strategy(GenerationSize.medium());
    Strategy viaSeeded = StrategyGenerator.seeded(7).strategy(GenerationSize.medium());
    assertEquals(viaSeeded, viaOf);
  }

  @Test
  void generatedStrategiesBreakNoCoreRule() {
    PropertyRunner.forAll(
        "valid under the core rules",
        c -> assertEquals(List.of(), CoreRulesOracle.check(c.strategy()).findings()));
  }

  @Test
  void largeStrategiesBreakNoCoreRule() {
    for (int i = 0; i < 20; i++) {
      GeneratedCase c = new GeneratedCase(i, i, GenerationSize.large(), StrategyGenerator.seeded(i).strategy(GenerationSize.large()));
      PropertyRunner.forAll("large valid", java.util.stream.Stream.of(c),
          x -> assertEquals(List.of(), CoreRulesOracle.check(x.strategy()).findings()));
    }
  }

  @Test
  void generatedStrategiesHonourTheirSize() {
    PropertyRunner.forAll(
        "sizes honoured",
        c -> {
          Strategy s = c.strategy();
          GenerationSize z = c.size();
          assertEquals(z.objectives(), s.objectives().size());
          assertEquals(z.indicators(), s.indicators().size());
          assertEquals(z.actions(), s.actions().size());
          assertEquals(z.organisations(), s.organisations().size());
          assertEquals(z.bodies(), s.governance().bodies().size());
          assertEquals(z.annexes(), s.annexes().size());
          assertTrue(s.objectives().stream().allMatch(o -> depth(o) <= z.depth()));
          assertTrue(s.actions().stream().allMatch(a -> a.tasks().size() <= z.maxTasks()
              && a.budget().size() <= z.maxBudgetLines() && a.partners().size() <= z.maxPartners()
              && a.dependsOn().size() <= z.maxDependencies()));
        });
  }

  @Test
  void targetsStrictlyImproveOnBaselineAndMilestonesLieBetween() {
    PropertyRunner.forAll(
        "targets consistent with direction",
        c -> c.strategy().indicators().forEach(x -> x.baseline().ifPresent(b -> {
          if (x.direction() == Direction.TARGET_RANGE) {
            return;
          }
          double sign = x.direction() == Direction.INCREASE ? 1 : -1;
          double target = x.finalTargets().get(0).value();
          assertTrue(sign * (target - b.value()) > 0, () -> x.id() + " target " + target + " vs " + b);
          x.targets().stream().filter(t -> t.milestone()).forEach(m ->
              assertTrue(sign * (m.value() - b.value()) > 0 && sign * (target - m.value()) > 0,
                  () -> x.id() + " milestone " + m));
          x.measurements().forEach(m -> assertTrue(b.date().lastDay().isBefore(m.date().firstDay())));
        })));
  }

  @Test
  void rawAnnexDataIsCompactCanonicalJson() {
    JsonMapper mapper = JsonMapper.builder().build();
    PropertyRunner.forAll(
        "annex json canonical",
        c -> {
          for (Annex annex : c.strategy().annexes()) {
            String json = ((RawAnnex) annex).json();
            JsonNode tree = mapper.readTree(json);
            assertTrue(tree.isObject(), json);
            assertEquals(json, mapper.writeValueAsString(tree));
          }
        });
  }

  @Test
  void runCoversTheModel() {
    Set<FundingKind> funding = EnumSet.noneOf(FundingKind.class);
    Set<Direction> directions = EnumSet.noneOf(Direction.class);
    Set<IndicatorKind> kinds = EnumSet.noneOf(IndicatorKind.class);
    Set<ActionStatus> statuses = EnumSet.noneOf(ActionStatus.class);
    Set<ImplementationPhase> phases = EnumSet.noneOf(ImplementationPhase.class);
    Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
    Set<LifecycleState> states = EnumSet.noneOf(LifecycleState.class);
    Set<BodyKind> bodies = EnumSet.noneOf(BodyKind.class);
    Set<PlanDate.Precision> precisions = EnumSet.noneOf(PlanDate.Precision.class);
    Set<String> currencies = new HashSet<>();
    Set<String> jsonFeatures = new HashSet<>();
    int[] maxDepth = {0};
    int[] doneTasks = {0};
    int[] actuals = {0};
    StringBuilder texts = new StringBuilder();
    PropertyRunner.run().map(GeneratedCase::strategy).forEach(s -> {
      states.add(s.state());
      texts.append(s.title().values().values());
      s.objectives().forEach(o -> maxDepth[0] = Math.max(maxDepth[0], depth(o)));
      s.indicators().forEach(x -> {
        directions.add(x.direction());
        kinds.add(x.kind());
      });
      s.governance().bodies().forEach(b -> bodies.add(b.kind()));
      s.actions().forEach(a -> {
        statuses.add(a.status());
        phases.add(a.phase());
        a.start().ifPresent(d -> precisions.add(d.precision()));
        a.partners().forEach(p -> roles.add(p.role()));
        doneTasks[0] += (int) a.tasks().stream().filter(t -> t.done()).count();
        a.budget().forEach(l -> {
          funding.add(l.source().kind());
          currencies.add(l.planned().currency().getCurrencyCode());
          actuals[0] += l.actual().isPresent() ? 1 : 0;
        });
      });
      s.annexes().forEach(a -> {
        String json = ((RawAnnex) a).json();
        for (String feature : List.of("[", "{\"", "true", "null", ".", "ș", "ț", "\\\"")) {
          if (json.substring(1).contains(feature)) {
            jsonFeatures.add(feature);
          }
        }
      });
    });
    assertAll(
        () -> assertEquals(EnumSet.allOf(FundingKind.class), funding),
        () -> assertEquals(EnumSet.allOf(Direction.class), directions),
        () -> assertEquals(EnumSet.allOf(IndicatorKind.class), kinds),
        () -> assertEquals(EnumSet.allOf(ActionStatus.class), statuses),
        () -> assertEquals(EnumSet.allOf(ImplementationPhase.class), phases),
        () -> assertEquals(EnumSet.allOf(PartnerRole.class), roles),
        () -> assertEquals(EnumSet.allOf(LifecycleState.class), states),
        () -> assertEquals(EnumSet.allOf(BodyKind.class), bodies),
        () -> assertEquals(EnumSet.allOf(PlanDate.Precision.class), precisions),
        () -> assertEquals(Set.of("RON", "EUR"), currencies),
        () -> assertEquals(Set.of("[", "{\"", "true", "null", ".", "ș", "ț", "\\\""), jsonFeatures),
        () -> assertEquals(GenerationSize.MAX_DEPTH, maxDepth[0]),
        () -> assertTrue(doneTasks[0] > 0),
        () -> assertTrue(actuals[0] > 0),
        () -> assertTrue(texts.toString().chars().anyMatch(ch -> "ăâîșțĂÂÎȘȚ".indexOf(ch) >= 0)));
  }

  @Test
  void casesGrowFromTinyToMedium() {
    List<GenerationSize> sizes = PropertyRunner.run().map(GeneratedCase::size).toList();
    assertEquals(GenerationSize.tiny(), sizes.get(0));
    assertEquals(GenerationSize.medium(), sizes.get(sizes.size() - 1));
    for (int i = 1; i < sizes.size(); i++) {
      assertTrue(sizes.get(i - 1).weight() <= sizes.get(i).weight(), "case " + i);
    }
  }

  @Test
  void casesHaveDistinctSeedsAndMostlyDistinctStrategies() {
    List<GeneratedCase> cases = StrategyGenerator.cases(1, 200).toList();
    assertEquals(200, cases.stream().map(GeneratedCase::seed).collect(Collectors.toSet()).size());
    assertTrue(cases.stream().map(GeneratedCase::strategy).collect(Collectors.toSet()).size() > 190);
    assertNotEquals(
        StrategyGenerator.seeded(1).strategy(GenerationSize.small()),
        StrategyGenerator.seeded(2).strategy(GenerationSize.small()));
  }

  @Test
  void replayNamesSeedAndSize() {
    GeneratedCase c = StrategyGenerator.cases(5, 3).toList().get(2);
    assertEquals(
        "StrategyGenerator.seeded(" + c.seed() + "L).strategy(new GenerationSize(4, 3, 3, 8, 12, 5, 4, 3, 2, 2, 2, 3, 3))",
        c.replay());
    assertTrue(c.toString().contains(c.seed() + "L"));
  }

  @Test
  void withTemplateSetsTheTemplateId() {
    TemplateId climate = TemplateId.of("climate");
    assertEquals(climate, StrategyGenerator.seeded(3).withTemplate(climate).strategy(GenerationSize.small()).templateId());
    assertEquals(StrategyGenerator.DEFAULT_TEMPLATE, StrategyGenerator.seeded(3).strategy(GenerationSize.small()).templateId());
  }

  @Test
  void generationSizeRejectsImpossibleSizes() {
    IllegalArgumentException depth = assertThrows(IllegalArgumentException.class,
        () -> new GenerationSize(1, 0, 4, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1));
    assertEquals("depth must be in [1, 3] but was 4", depth.getMessage());
    IllegalArgumentException objectives = assertThrows(IllegalArgumentException.class,
        () -> new GenerationSize(0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1));
    assertEquals("objectives must be at least 1 but was 0", objectives.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new GenerationSize(1, 0, 1, 1, -1, 1, 0, 0, 0, 0, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new GenerationSize(1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 7, 1));
    assertThrows(IllegalArgumentException.class, () -> GenerationSize.smallFirst(5, 5));
    assertThrows(IllegalArgumentException.class, () -> GenerationSize.between(GenerationSize.tiny(), GenerationSize.large(), 1.5));
    assertThrows(IllegalArgumentException.class, () -> StrategyGenerator.cases(1, 0));
  }

  @Test
  void betweenInterpolatesPresets() {
    assertEquals(GenerationSize.small(), GenerationSize.between(GenerationSize.small(), GenerationSize.large(), 0));
    assertEquals(GenerationSize.large(), GenerationSize.between(GenerationSize.small(), GenerationSize.large(), 1));
    assertEquals(GenerationSize.tiny(), GenerationSize.smallFirst(0, 1));
  }

  private static int depth(Objective o) {
    return 1 + o.children().stream().mapToInt(StrategyGeneratorTest::depth).max().orElse(0);
  }

  @Test
  void prioritisationRecordsAreGeneratedConsistentlyForAShareOfStrategies() {
    Set<String> methods = new HashSet<>();
    int[] withRecords = {0};
    int[] withSelection = {0};
    PropertyRunner.forAll(
        "prioritisation records consistent",
        c -> {
          Strategy s = c.strategy();
          Set<org.civicplan.base.ActionId> actionIds =
              s.actions().stream().map(org.civicplan.strategy.Action::id).collect(Collectors.toSet());
          if (!s.prioritisations().isEmpty()) {
            withRecords[0]++;
          }
          for (org.civicplan.prioritisation.PrioritisationRecord r : s.prioritisations()) {
            methods.add(r.method());
            assertEquals(1.0, r.weights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
            List<Integer> ranks = r.actions().stream().map(a -> a.rank()).toList();
            assertEquals(java.util.stream.IntStream.rangeClosed(1, ranks.size()).boxed().toList(), ranks);
            assertTrue(r.actions().stream().allMatch(a -> actionIds.contains(a.action())), "ranked ids resolve");
            assertTrue(actionIds.containsAll(r.compromise()));
            for (var a : r.actions()) {
              assertEquals(r.weights().keySet(), a.values().keySet());
              if (r.method().equals("weighted-sum")) {
                assertEquals(a.score(), a.contributions().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
              }
            }
            r.selection().ifPresent(d -> {
              withSelection[0]++;
              assertTrue(actionIds.containsAll(d.selected()));
              assertTrue(d.bound() >= d.value());
              assertEquals(d.selected().size(), d.schedule().size() + d.unscheduled().size());
              d.cost().forEach((year, money) ->
                  assertTrue(money.amount().compareTo(d.budget().get(year).amount()) <= 0, "cost within budget " + year));
            });
          }
        });
    assertTrue(withRecords[0] > PropertyRunner.cases() / 5, "records in " + withRecords[0] + " strategies");
    assertTrue(withSelection[0] > 0);
    assertEquals(Set.of("weighted-sum", "ahp", "topsis", "promethee-ii", "vikor"), methods);
  }
}
