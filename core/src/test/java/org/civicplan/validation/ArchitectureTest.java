package org.civicplan.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
 * Keeps frameworks out of the domain packages' public API and keeps core free of templates and
 * samples.
 */
class ArchitectureTest {

  private static final String[] DOMAIN = {
    "org.civicplan.strategy..", "org.civicplan.indicator..", "org.civicplan.governance..",
    "org.civicplan.template..", "org.civicplan.validation..", "org.civicplan.prioritisation..",
    "org.civicplan.monitoring..", "org.civicplan.alignment.."
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
}
