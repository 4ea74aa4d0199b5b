package org.civicplan.validation;

import static org.civicplan.validation.Findings.RO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.civicplan.base.Finding;
import org.civicplan.base.Money;
import org.civicplan.base.Severity;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * civicplan's Bean Validation messages next to a host application's own {@code
 * ValidationMessages.properties} (a test resource here, ahead of core's classes on the class path).
 */
class HostValidationMessagesTest {

  private static final BudgetLine NEGATIVE =
      BudgetLine.planned(2027, Money.ron("-5"), FundingSource.of(FundingKind.LOCAL_BUDGET));

  private static final String ENGLISH = "The amount must be zero or more but was -5 RON.";
  private static final String ROMANIAN = "Suma trebuie să fie zero sau mai mare, dar este -5 RON.";

  /** A host's own bean, with a message from the host's bundle. */
  record HostForm(@NotNull(message = "{host.name.required}") String name) {}

  @Test
  void theHostBundleIsOnTheClassPath() {
    assertEquals("Please give a name.", ResourceBundle.getBundle("ValidationMessages", Locale.ROOT).getString("host.name.required"));
  }

  @Nested
  class OurValidator {

    @Test
    void findingsKeepCivicplanMessages_inEnglishAndRomanian() {
      Strategy s = StrategyFixture.valid();
      List<Action> actions = new ArrayList<>(s.actions());
      actions.set(2, actions.get(2).toBuilder().budgetLine(NEGATIVE).build());
      Finding f = Findings.single(Findings.validate(s.toBuilder().actions(actions).build()),
          FindingCodes.BUDGET_NEGATIVE, Severity.ERROR, "/actions/2/budget/0/planned/amount", "A-3");
      assertEquals("budget.amount.negative", f.code());
      assertEquals("Action \"A-3\": " + ENGLISH, f.message(Locale.ENGLISH));
      assertEquals(ROMANIAN, f.message(RO).substring(f.message(RO).indexOf(": ") + 2));
    }
  }

  @Nested
  class TheHostsOwnValidator {

    /** Validates as a host does: the default factory, built on a machine whose locale is {@code locale}. */
    private <T> List<String> messages(T bean, Locale locale) {
      Locale before = Locale.getDefault();
      Locale.setDefault(locale);
      try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
        Set<ConstraintViolation<T>> violations = factory.getValidator().validate(bean);
        return violations.stream().map(ConstraintViolation::getMessage).sorted().toList();
      } finally {
        Locale.setDefault(before);
      }
    }

    @Test
    void getsCivicplanMessagesWithTheValidatedValue_inEnglish() {
      assertEquals(List.of(ENGLISH), messages(NEGATIVE, Locale.ENGLISH));
    }

    @Test
    void getsCivicplanMessagesWithTheValidatedValue_inRomanian() {
      assertEquals(List.of(ROMANIAN), messages(NEGATIVE, RO));
    }

    @Test
    void stillGetsItsOwnMessages() {
      assertEquals(List.of("Please give a name."), messages(new HostForm(null), Locale.ENGLISH));
      assertEquals(List.of("Dați un nume."), messages(new HostForm(null), RO));
    }
  }
}
