package org.civicplan.validation;

import org.civicplan.fixture.TemplateStub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Severity;
import org.civicplan.base.TemplateId;
import org.civicplan.fixture.AccessibilityTestTemplate;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.fixture.TestTemplate;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.template.RuleContext;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.template.TemplateSkeleton;
import org.civicplan.template.ValidationRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Shared rules: a template's rules that apply to strategies of every template while it is
 * installed, and that the host can switch off.
 */
class SharedRulesTest {

  private static final TemplateRegistry BOTH =
      TemplateRegistry.of(new TestTemplate(), new AccessibilityTestTemplate());

  /** The fixture strategy (template "test"): action A-1 is tagged "buildings" and declares no accessibility. */
  private static Strategy strategy() {
    return StrategyFixture.valid();
  }

  private static List<Finding> shared(ValidationReport report) {
    return report.byCode(AccessibilityTestTemplate.RULE);
  }

  @Nested
  @DisplayName("with the contributing template installed")
  class Installed {

    @Test
    void sharedRuleFiresOnAStrategyOfAnotherTemplate() {
      List<Finding> found = shared(StrategyValidator.of(BOTH).validate(strategy()));

      assertEquals(1, found.size());
      assertEquals(Severity.ERROR, found.get(0).severity());
      assertEquals("/actions/0/tags", found.get(0).path());
      assertEquals("Acțiunea A-1 este o lucrare publică și nu își declară accesibilitatea.",
          found.get(0).message(Locale.forLanguageTag("ro")));
    }

    @Test
    void sharedRuleRunsWhenTheStrategysTemplateIsNotInstalled() {
      ValidationReport report =
          StrategyValidator.of(TemplateRegistry.of(new AccessibilityTestTemplate())).validate(strategy());

      assertTrue(report.has(FindingCodes.TEMPLATE_UNKNOWN));
      assertEquals(1, shared(report).size());
    }

    @Test
    void sharedRulesRunAfterTheRulesOfTheStrategysTemplate() {
      ValidationRule own = rule("test.own", (s, c) -> c.report(info("test.own")));
      TemplateRegistry registry = TemplateRegistry.of(withRules(List.of(own)), new AccessibilityTestTemplate());

      List<String> codes =
          StrategyValidator.of(registry).validate(strategy()).findings().stream().map(Finding::code)
              .filter(c -> c.equals("test.own") || c.equals(AccessibilityTestTemplate.RULE)).toList();

      assertEquals(List.of("test.own", AccessibilityTestTemplate.RULE), codes);
    }

    @Test
    void sharedRuleReadsTheParametersOfItsOwnTemplateOverriddenByTheHosts() {
      Strategy tagged = StrategyFixture.builder()
          .actions(List.of(StrategyFixture.retrofit().toBuilder().tags(List.of("roads")).build()))
          .build();

      assertEquals(List.of(), shared(StrategyValidator.of(BOTH).validate(tagged)));
      ValidationReport hostTag = StrategyValidator.builder().templates(BOTH)
          .parameters(Parameters.of(Map.of(AccessibilityTestTemplate.PUBLIC_WORKS_TAG, "roads"))).build()
          .validate(tagged);
      assertEquals(1, shared(hostTag).size());
    }

    @Test
    void sharedRuleIsSilentOnAStrategyThatDeclaresAccessibility() {
      Strategy declared = StrategyFixture.builder()
          .actions(List.of(StrategyFixture.retrofit().toBuilder()
              .tags(List.of("buildings", "accessibility:step-free")).build()))
          .build();

      assertEquals(List.of(), shared(StrategyValidator.of(BOTH).validate(declared)));
    }

    @Test
    void aThrowingSharedRuleBecomesARuleFailedFindingAndTheOthersStillRun() {
      ValidationRule broken = rule("broken.shared", (s, c) -> {
        throw new IllegalStateException("boom");
      });
      TemplateRegistry registry =
          TemplateRegistry.of(new TestTemplate(), new AccessibilityTestTemplate(), sharing("broken", broken));

      ValidationReport report = StrategyValidator.of(registry).validate(strategy());

      assertEquals(1, shared(report).size());
      assertEquals(1, report.byCode(FindingCodes.RULE_FAILED).size());
      assertTrue(report.byCode(FindingCodes.RULE_FAILED).get(0).message(Locale.ENGLISH).contains("broken.shared"));
    }
  }

  @Nested
  @DisplayName("switched off by the host")
  class SwitchedOff {

    @Test
    void byTemplateId() {
      StrategyValidator validator =
          StrategyValidator.builder().templates(BOTH).withoutSharedRules(AccessibilityTestTemplate.ID).build();

      assertEquals(List.of(), shared(validator.validate(strategy())));
    }

    @Test
    void byRuleId() {
      StrategyValidator validator =
          StrategyValidator.builder().templates(BOTH).withoutSharedRule(AccessibilityTestTemplate.RULE).build();

      assertEquals(List.of(), shared(validator.validate(strategy())));
    }

    @Test
    void switchingOffOneRuleKeepsTheOtherSharedRules() {
      ValidationRule other = rule("other.shared", (s, c) -> c.report(info("other.shared")));
      TemplateRegistry registry = TemplateRegistry.of(new AccessibilityTestTemplate(), sharing("other", other));

      ValidationReport report = StrategyValidator.builder().templates(registry)
          .withoutSharedRule(AccessibilityTestTemplate.RULE).build().validate(strategy());

      assertEquals(List.of(), shared(report));
      assertTrue(report.has("other.shared"));
    }

    @Test
    void aValidatorWithoutTemplatesRunsNoSharedRule() {
      assertFalse(StrategyValidator.coreOnly().validate(strategy()).has(AccessibilityTestTemplate.RULE));
    }
  }

  @Nested
  @DisplayName("the builder refuses")
  class Refusals {

    @Test
    void switchingOffTheSameTemplateTwice() {
      StrategyValidator.Builder b = StrategyValidator.builder().withoutSharedRules(AccessibilityTestTemplate.ID);

      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> b.withoutSharedRules(AccessibilityTestTemplate.ID));
      assertTrue(e.getMessage().contains("\"access\""), e.getMessage());
    }

    @Test
    void switchingOffTheSameRuleTwice() {
      StrategyValidator.Builder b = StrategyValidator.builder().withoutSharedRule(AccessibilityTestTemplate.RULE);

      assertThrows(IllegalArgumentException.class, () -> b.withoutSharedRule(AccessibilityTestTemplate.RULE));
    }

    @Test
    void aTemplateThatIsNotInstalled() {
      StrategyValidator.Builder b = StrategyValidator.builder().templates(BOTH).withoutSharedRules(TemplateId.of("sport"));

      IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
      assertTrue(e.getMessage().contains("\"sport\"") && e.getMessage().contains("access"), e.getMessage());
    }

    @Test
    void aRuleIdNoTemplateShares() {
      StrategyValidator.Builder b = StrategyValidator.builder().templates(BOTH).withoutSharedRule("access.typo");

      IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
      assertTrue(e.getMessage().contains("access.typo") && e.getMessage().contains(AccessibilityTestTemplate.RULE),
          e.getMessage());
    }

    @Test
    void switchingOffWithoutTemplates() {
      StrategyValidator.Builder b = StrategyValidator.builder().withoutSharedRules(AccessibilityTestTemplate.ID);

      assertThrows(IllegalStateException.class, b::build);
    }

    @Test
    void nulls() {
      assertThrows(NullPointerException.class, () -> StrategyValidator.builder().withoutSharedRules(null));
      assertThrows(NullPointerException.class, () -> StrategyValidator.builder().withoutSharedRule(null));
    }
  }

  private interface Check {
    void check(Strategy strategy, RuleContext context);
  }

  private static ValidationRule rule(String id, Check check) {
    return new ValidationRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public void check(Strategy strategy, RuleContext context) {
        check.check(strategy, context);
      }
    };
  }

  private static Finding info(String code) {
    return new Finding(Severity.INFO, code, "", LocalizedText.of(code, code));
  }

  /** The test template with these rules of its own. */
  private static StrategyTemplate withRules(List<ValidationRule> rules) {
    return new TemplateStub() {
      @Override
      public List<ValidationRule> rules() {
        return rules;
      }
    };
  }

  /** A template with no skeleton that shares one rule. */
  private static StrategyTemplate sharing(String id, ValidationRule rule) {
    return new TemplateStub(id) {
      @Override
      public List<ValidationRule> sharedRules() {
        return List.of(rule);
      }
    };
  }
}
