// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.civicplan.base.ActionId;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Severity;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.base.TaskId;
import org.civicplan.alignment.ReferenceObjective;
import org.civicplan.base.TemplateId;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.Governance;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.IndicatorId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No null crosses the API: every public constructor and static factory of the value and model
 * packages rejects a null argument with a {@link NullPointerException}, and the builders name the
 * argument they refuse.
 */
class NullArgumentsTest {

  private static final String[] PACKAGES = {
    "org.civicplan.base", "org.civicplan.indicator", "org.civicplan.governance", "org.civicplan.alignment",
    "org.civicplan.strategy"
  };

  /** Valid values for the parameters, so that a null is the only thing wrong with a call. */
  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "A-1")
        .setDefault(ActionId.class, ActionId.of("A-1"))
        .setDefault(org.civicplan.alignment.FrameworkId.class, org.civicplan.alignment.FrameworkId.of("sdg"))
        .setDefault(org.civicplan.prioritisation.CriteriaSetId.class, org.civicplan.prioritisation.CriteriaSetId.of("set-1"))
        .setDefault(ObjectiveId.class, ObjectiveId.of("O-1"))
        .setDefault(StrategyId.class, StrategyId.of("S-1"))
        .setDefault(TaskId.class, TaskId.of("T-1"))
        .setDefault(TemplateId.class, TemplateId.of("climate"))
        .setDefault(IndicatorId.class, IndicatorId.of("co2-total"))
        .setDefault(BodyId.class, BodyId.of("B-1"))
        .setDefault(OrganisationId.class, OrganisationId.of("ORG-1"))
        .setDefault(LocalizedText.class, LocalizedText.of("text", "text"))
        .setDefault(Money.class, Money.ron("1"))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Currency.class, Money.RON)
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .setDefault(PlanDate.class, PlanDate.ofYear(2026))
        .setDefault(StrategyPeriod.class, StrategyPeriod.of(2025, 2030))
        .setDefault(Governance.class, Governance.empty())
        .setDefault(MonthDay.class, MonthDay.of(3, 31))
        .setDefault(Municipality.class, Municipality.of("Timisoara", "RO"))
        .setDefault(FundingSource.class, FundingSource.of(FundingKind.LOCAL_BUDGET))
        .setDefault(ReferenceObjective.class,
            new ReferenceObjective("13.2", LocalizedText.of("Climate", "Clima"), "UN 2015", true))
        .setDefault(Finding.class, new Finding(Severity.ERROR, "code", "/", LocalizedText.of("m", "m")))
        .setDefault(org.civicplan.governance.Vote.class, new org.civicplan.governance.Vote(25, 20, 2, 3, 27));
  }

  private static Stream<Class<?>> publicClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(PACKAGES)
        .stream()
        .filter(c -> List.of(PACKAGES).contains(c.getPackageName()))
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !c.isAnnotation())
        .filter(c -> c.getEnclosingClass().map(e -> e.getModifiers().contains(JavaModifier.PUBLIC)).orElse(true))
        .sorted(Comparator.comparing(JavaClass::getName))
        .map(JavaClass::reflect);
  }

  @Test
  void theClassesAreFound() {
    assertTrue(publicClasses().count() > 50);
    assertTrue(publicClasses().anyMatch(c -> c == Strategy.Builder.class));
  }

  @TestFactory
  Stream<DynamicTest> publicConstructorsAndStaticFactoriesRejectNull() {
    return publicClasses().map(c -> DynamicTest.dynamicTest(c.getName(), () -> {
      NullPointerTester tester = tester();
      tester.testAllPublicConstructors(c);
      tester.testAllPublicStaticMethods(c);
    }));
  }

  @TestFactory
  Stream<DynamicTest> builderSettersRejectNull_namingTheArgument() {
    Strategy strategy = StrategyFixture.valid();
    return Stream.<Object>of(strategy.toBuilder(), strategy.actions().get(0).toBuilder(),
            strategy.indicators().get(0).toBuilder())
        .flatMap(builder -> Stream.of(builder.getClass().getMethods())
            .filter(m -> m.getDeclaringClass() == builder.getClass() && !Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getParameterCount() == 1 && !m.getParameterTypes()[0].isPrimitive())
            .sorted(Comparator.comparing(Method::toString))
            .map(m -> DynamicTest.dynamicTest(m.toString(), () -> {
              InvocationTargetException e =
                  assertThrows(InvocationTargetException.class, () -> m.invoke(builder, (Object) null));
              NullPointerException npe = assertInstanceOf(e.getCause());
              assertNotNull(npe.getMessage(), m + " throws an NPE that names no argument");
              assertFalse(npe.getMessage().startsWith("Cannot "), m + ": " + npe.getMessage());
            })));
  }

  private static NullPointerException assertInstanceOf(Throwable t) {
    assertTrue(t instanceof NullPointerException, () -> "expected an NPE but got " + t);
    return (NullPointerException) t;
  }
}
