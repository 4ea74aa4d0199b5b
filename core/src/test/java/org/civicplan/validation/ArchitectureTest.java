// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps core's packages free of cycles and in their layers, frameworks out of the domain packages'
 * public API, and core free of templates and samples.
 */
class ArchitectureTest {

  private static final String[] DOMAIN = {
    "org.civicplan.strategy..", "org.civicplan.indicator..", "org.civicplan.governance..",
    "org.civicplan.template..", "org.civicplan.validation..", "org.civicplan.prioritisation..",
    "org.civicplan.monitoring..", "org.civicplan.alignment..", "org.civicplan.base..",
    "org.civicplan.planning..", "org.civicplan.lifecycle..", "org.civicplan.report.."
  };

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.civicplan");
  }

  private static boolean framework(JavaClass type) {
    String name = type.getName();
    return name.startsWith("tools.jackson.") || name.startsWith("org.hibernate.");
  }

  private static boolean mentionsFramework(Set<JavaClass> types) {
    return types.stream().anyMatch(ArchitectureTest::framework);
  }

  @Test
  void publicMethodsAndConstructorsOfDomainPackagesMentionNoJacksonOrHibernateType() {
    ArchCondition<JavaCodeUnit> noFramework =
        new ArchCondition<>("not mention Jackson or Hibernate types in their signature") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            boolean bad =
                mentionsFramework(unit.getReturnType().getAllInvolvedRawTypes())
                    || unit.getParameterTypes().stream().anyMatch(t -> mentionsFramework(t.getAllInvolvedRawTypes()))
                    || unit.getThrowsClause().getTypes().stream().anyMatch(ArchitectureTest::framework);
            events.add(new SimpleConditionEvent(unit, !bad, unit.getFullName()));
          }
        };
    codeUnits()
        .that().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN)
        .and().areDeclaredInClassesThat().arePublic()
        .should(noFramework)
        .check(core);
  }

  @Test
  void publicFieldsOfDomainPackagesHaveNoJacksonOrHibernateType() {
    fields()
        .that().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN)
        .should(
            new ArchCondition<JavaField>("not have a Jackson or Hibernate type") {
              @Override
              public void check(JavaField field, ConditionEvents events) {
                boolean bad = mentionsFramework(field.getType().getAllInvolvedRawTypes());
                events.add(new SimpleConditionEvent(field, !bad, field.getFullName()));
              }
            })
        .allowEmptyShould(true)
        .check(core);
  }

  @Test
  void publicTypesOfDomainPackagesDoNotExtendFrameworkTypes() {
    noClasses()
        .that().resideInAnyPackage(DOMAIN)
        .and().haveModifier(JavaModifier.PUBLIC)
        .should().beAssignableTo(DescribedPredicate.describe("a Jackson or Hibernate type", ArchitectureTest::framework))
        .check(core);
  }

  @Test
  void domainPackagesDoNotDependOnJackson() {
    noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat().resideInAPackage("tools.jackson..").check(core);
  }

  @Test
  void coreDependsOnNoTemplateAndNoSample() {
    noClasses()
        .that().resideInAPackage("org.civicplan..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.civicplan.cli..", "org.civicplan.samples..", "org.civicplan.climate..",
            "org.civicplan.accessibility..", "org.civicplan.sport..", "org.civicplan.social..",
            "org.civicplan.templates..", "org.civicplan.testkit..")
        .check(core);
  }

  @Test
  void packagesFormNoCycle() {
    slices().matching("org.civicplan.(*)..").should().beFreeOfCycles().check(core);
  }

  /**
   * The layers, bottom to top: value types; the sub-models and the engines that need no strategy;
   * the strategy aggregate; the template SPI; the engines that work on strategies; lifecycle,
   * reports and documents. A layer may use the layers below it, never one above.
   */
  @Test
  void packagesStayInTheirLayers() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Base").definedBy("org.civicplan.base..", "org.civicplan.io..", "org.civicplan.calendar..")
        .layer("Parts").definedBy(
            "org.civicplan.indicator..", "org.civicplan.governance..", "org.civicplan.alignment..",
            "org.civicplan.prioritisation..")
        .layer("Aggregate").definedBy("org.civicplan.strategy..")
        .layer("Spi").definedBy("org.civicplan.template..")
        .layer("Engines").definedBy("org.civicplan.validation..", "org.civicplan.monitoring..", "org.civicplan.planning..")
        .layer("Top").definedBy("org.civicplan.lifecycle..", "org.civicplan.report..", "org.civicplan.document..",
            "org.civicplan.portfolio..")
        .whereLayer("Top").mayNotBeAccessedByAnyLayer()
        .whereLayer("Engines").mayOnlyBeAccessedByLayers("Top")
        .whereLayer("Spi").mayOnlyBeAccessedByLayers("Engines", "Top")
        .whereLayer("Aggregate").mayOnlyBeAccessedByLayers("Spi", "Engines", "Top")
        .whereLayer("Parts").mayOnlyBeAccessedByLayers("Aggregate", "Spi", "Engines", "Top")
        .check(core);
  }
}
