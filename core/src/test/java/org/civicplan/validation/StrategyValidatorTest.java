// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import org.civicplan.fixture.TemplateStub;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import static org.civicplan.fixture.StrategyFixture.text;
import static org.civicplan.validation.Findings.RO;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.fixture.TestTemplate;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.template.Parameters;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.base.TemplateId;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.template.TemplateSkeleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StrategyValidatorTest {

  /** Reports one info finding carrying the value of parameter "reduction.min". */
  private static ValidationRule parameterEcho(String id) {
    return new ValidationRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public void check(Strategy strategy, RuleContext context) {
        String value = context.parameters().text("reduction.min").orElse("none");
        context.report(new Finding(Severity.INFO, id, "", LocalizedText.of("min " + value, "min " + value)));
      }
    };
  }

  /** The test template with one rule. */
  private static StrategyTemplate templateWithRule(ValidationRule rule) {
    return new TemplateStub() {
      @Override
      public List<ValidationRule> rules() {
        return List.of(rule);
      }
    };
  }

  @Test
  void validFixtureHasNoFindingsWithTheInstalledTestTemplate() {
    assertEquals(List.of(), StrategyValidator.of(TemplateRegistry.load()).validate(StrategyFixture.valid()).findings());
  }

  @Test
  void warnsWhenTheTemplateIsNotInstalled() {
    ValidationReport r = StrategyValidator.of(TemplateRegistry.empty()).validate(StrategyFixture.valid());
    Finding f = Findings.single(r, FindingCodes.TEMPLATE_UNKNOWN, Severity.WARNING, "/templateId", "test");
    assertTrue(r.isValid());
    assertTrue(f.message(RO).contains("șablonul"), f::toString);
  }

  @Test
  void coreOnlyIgnoresTemplates() {
    Strategy s = StrategyFixture.builder().templateId(TemplateId.of("nowhere")).build();
    assertEquals(List.of(), StrategyValidator.coreOnly().validate(s).findings());
  }

  @Test
  void templateRulesRunWithTheTemplateParametersOverriddenByTheBuilder() {
    TemplateRegistry registry = TemplateRegistry.of(templateWithRule(parameterEcho("test.echo")));
    ValidationReport defaults = StrategyValidator.of(registry).validate(StrategyFixture.valid());
    assertEquals("min 40", defaults.byCode("test.echo").get(0).message(Locale.ENGLISH));

    StrategyValidator overridden =
        StrategyValidator.builder()
            .templates(registry)
            .parameters(Parameters.of(Map.of("reduction.min", "55")))
            .rule(parameterEcho("extra.echo"))
            .build();
    ValidationReport r = overridden.validate(StrategyFixture.valid());
    assertEquals(List.of("test.echo", "extra.echo"), r.findings().stream().map(Finding::code).toList());
    assertEquals("min 55", r.findings().get(0).message(Locale.ENGLISH));
    assertEquals("min 55", r.findings().get(1).message(Locale.ENGLISH));
  }

  @Test
  void findingsComeInRuleOrderCoreThenBeanValidationThenTemplate() {
    Strategy s = StrategyFixture.builder().title(LocalizedText.of("t".repeat(501), "t")).build();
    s = s.toBuilder().action(s.actions().get(0)).build();
    TemplateRegistry registry = TemplateRegistry.of(templateWithRule(parameterEcho("test.echo")));
    List<String> codes = StrategyValidator.of(registry).validate(s).findings().stream().map(Finding::code).toList();
    assertEquals(List.of(FindingCodes.ID_DUPLICATE, FindingCodes.TEXT_TOO_LONG, "test.echo"), codes);
  }

  @Test
  void aThrowingRuleIsReportedByIdAndTheOthersStillRun() {
    ValidationRule broken =
        new ValidationRule() {
          @Override
          public String id() {
            return "extra.broken";
          }

          @Override
          public void check(Strategy strategy, RuleContext context) {
            context.report(new Finding(Severity.INFO, "extra.partial", "", LocalizedText.of("half", "jumătate")));
            throw new IllegalStateException("bug in rule");
          }
        };
    ValidationReport r =
        StrategyValidator.builder().rule(broken).rule(parameterEcho("extra.after")).build().validate(StrategyFixture.valid());
    Finding f = Findings.single(r, FindingCodes.RULE_FAILED, Severity.ERROR, "", "extra.broken");
    assertTrue(f.message(Locale.ENGLISH).contains("IllegalStateException: bug in rule"), f::toString);
    assertFalse(r.has("extra.partial"), "the half-finished rule's findings are dropped");
    assertTrue(r.has("extra.after"));
    assertFalse(r.isValid());
  }

  @Test
  void aRuleReportingNullFails() {
    ValidationRule nullReporter =
        new ValidationRule() {
          @Override
          public String id() {
            return "extra.null";
          }

          @Override
          public void check(Strategy strategy, RuleContext context) {
            context.report(null);
          }
        };
    ValidationReport r = StrategyValidator.builder().rule(nullReporter).build().validate(StrategyFixture.valid());
    Findings.single(r, FindingCodes.RULE_FAILED, Severity.ERROR, "", "extra.null");
  }

  @Test
  void builderRefusesRepeatedAndConflictingSettings() {
    StrategyValidator.Builder b = StrategyValidator.builder().rule(parameterEcho("x.one"));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> b.rule(parameterEcho("x.one")));
    assertTrue(twice.getMessage().contains("\"x.one\""), twice::getMessage);
    IllegalArgumentException core =
        assertThrows(IllegalArgumentException.class, () -> b.rule(parameterEcho("core.references")));
    assertTrue(core.getMessage().contains("core rule"), core::getMessage);
    b.templates(TemplateRegistry.empty());
    assertThrows(IllegalStateException.class, () -> b.templates(TemplateRegistry.empty()));
    b.parameters(Parameters.empty());
    assertThrows(IllegalStateException.class, () -> b.parameters(Parameters.empty()));
    assertThrows(NullPointerException.class, () -> StrategyValidator.coreOnly().validate(null));
  }

  @Test
  void coreRuleIdsAreListedInOrder() {
    List<String> ids = StrategyValidator.coreRuleIds();
    assertEquals("core.ids.unique", ids.get(0));
    assertEquals("core.bean-validation", ids.get(ids.size() - 1));
    assertEquals(ids.size(), ids.stream().distinct().count());
  }

  @Test
  void coreRuleIdsAreExactlyTheDocumentedOnesInTheirRunningOrder() {
    // Rule ids are public: hosts switch rules off and read RULE_FAILED messages by them.
    assertEquals(
        List.of(
            "core.ids.unique", "core.references", "core.action.dates", "core.indicator.dates",
            "core.indicator.targets", "core.action.dependencies", "core.budget.years", "core.tasks.completion",
            "core.objectives.coverage", "core.text.languages",
            "governance.body.coordinator", "governance.consultative.civil-society",
            "governance.working-group.coverage", "governance.body.references", "governance.body.independence",
            "governance.body.chair-separation", "governance.consultation", "governance.dossier",
            "governance.minutes", "governance.engagement", "governance.memberships-projects",
            "alignment.links", "core.bean-validation"),
        StrategyValidator.coreRuleIds());
  }

  static Stream<Strategy> oddStrategies() {
    Strategy empty =
        Strategy.builder(StrategyId.of("empty"), TemplateId.of("none"), Municipality.of("X", "RO"),
                LocalizedText.empty(), StrategyPeriod.of(2026, 2026))
            .build();
    Objective deep = Objective.of("D-0", text("d", "d"));
    for (int i = 1; i < 3000; i++) {
      deep = Objective.of("D-" + i, text("d", "d")).withChildren(List.of(deep));
    }
    Objective shared = Objective.of("S", LocalizedText.empty());
    Objective wide = Objective.of("W", text("w", "w")).withChildren(List.of(shared, shared, shared));
    List<Action> loops = new ArrayList<>();
    List<ActionId> all = IntStream.range(0, 40).mapToObj(i -> ActionId.of("L-" + i)).toList();
    for (int i = 0; i < 40; i++) {
      loops.add(Action.builder(all.get(i), LocalizedText.empty()).dependsOn(all).build());
    }
    List<Action> chain = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      chain.add(Action.builder("C-" + i, text("c", "c")).dependsOn(ActionId.of("C-" + ((i + 1) % 5000))).build());
    }
    return Stream.of(
        empty,
        StrategyFixture.builder().objectives(List.of(deep)).build(),
        StrategyFixture.builder().objectives(List.of(wide, wide)).build(),
        StrategyFixture.builder().actions(loops).build(),
        StrategyFixture.builder().actions(chain).build(),
        StrategyFixture.builder().actions(List.of(StrategyFixture.plant(), StrategyFixture.plant())).build());
  }

  @ParameterizedTest
  @MethodSource("oddStrategies")
  void neverThrowsAndIsDeterministic(Strategy strategy) {
    StrategyValidator validator = StrategyValidator.of(TemplateRegistry.load());
    ValidationReport first = assertDoesNotThrow(() -> validator.validate(strategy));
    assertEquals(first, validator.validate(strategy));
    first.findings().forEach(f -> Findings.assertBilingual(f.message()));
  }

  /** Far deeper than any template's tree (two or three levels) and than documents may nest. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {100, 250, 500})
  void aDeepObjectiveTreeIsFullyChecked(int depth) {
    Objective deep = Objective.of("D-0", text("d", "d"));
    for (int i = 1; i < depth; i++) {
      deep = Objective.of("D-" + i, text("d", "d")).withChildren(List.of(deep));
    }
    Strategy s = StrategyFixture.builder().objectives(List.of(deep)).build();
    ValidationReport r = StrategyValidator.coreOnly().validate(s);
    assertFalse(r.has(FindingCodes.RULE_FAILED), () -> r.byCode(FindingCodes.RULE_FAILED).toString());
    assertEquals(depth, r.byCode(FindingCodes.OBJECTIVE_UNMEASURED).size());
  }

  @Test
  void aLongDependencyRingIsOneCycle() {
    Strategy ring = oddStrategies().skip(4).findFirst().orElseThrow();
    List<Finding> cycles = StrategyValidator.coreOnly().validate(ring).byCode(FindingCodes.ACTION_DEPENDENCY_CYCLE);
    assertEquals(1, cycles.size());
    assertTrue(cycles.get(0).message(Locale.ENGLISH).contains("C-0 → C-1 → C-2"));
    assertEquals("/actions/0/dependsOn/0", cycles.get(0).path());
  }

  @Test
  void denseLoopsGiveOneCyclePlusEachSelfDependency() {
    Strategy loops = oddStrategies().skip(3).findFirst().orElseThrow();
    List<Finding> cycles = StrategyValidator.coreOnly().validate(loops).byCode(FindingCodes.ACTION_DEPENDENCY_CYCLE);
    assertEquals(41, cycles.size());
    assertTrue(cycles.get(40).message(Locale.ENGLISH).contains("L-0 → L-1 → L-0"), cycles.get(40)::toString);
  }

  static Stream<Long> seeds() {
    return Stream.of(1L, 7L, 42L, 2026L, 31337L);
  }

  /** Random shuffles of the fixture's actions give the same findings, re-ordered only by position. */
  @ParameterizedTest
  @MethodSource("seeds")
  void randomDependencyGraphsNeverThrow(long seed) {
    RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    int n = 1 + random.nextInt(30);
    List<ActionId> ids = IntStream.range(0, n).mapToObj(i -> ActionId.of("R-" + i)).toList();
    List<Action> actions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<ActionId> deps = new ArrayList<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        deps.add(ids.get(random.nextInt(n)));
      }
      actions.add(Action.builder(ids.get(i), text("r", "r")).dependsOn(deps).build());
    }
    Strategy s = StrategyFixture.builder().actions(actions).build();
    ValidationReport r = assertDoesNotThrow(() -> StrategyValidator.coreOnly().validate(s), () -> "seed " + seed);
    assertFalse(r.has(FindingCodes.RULE_FAILED), () -> "seed " + seed + ": " + r.findings());
    for (Finding f : r.byCode(FindingCodes.ACTION_DEPENDENCY_CYCLE)) {
      String listed = f.message(Locale.ENGLISH).replaceAll(".*: ((?:R-\\d+ → )+R-\\d+)\\..*", "$1");
      String[] cycle = listed.split(" → ");
      assertEquals(cycle[0], cycle[cycle.length - 1], () -> "seed " + seed + ": closed cycle " + listed);
      for (int i = 0; i + 1 < cycle.length; i++) {
        Action from = s.action(ActionId.of(cycle[i])).orElseThrow();
        String to = cycle[i + 1];
        assertTrue(from.dependsOn().contains(ActionId.of(to)), () -> "seed " + seed + ": edge in " + listed);
      }
    }
  }
}
