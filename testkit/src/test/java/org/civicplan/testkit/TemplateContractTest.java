// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.Severity;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.base.TemplateId;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.AnnexType;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.ParameterDefinition;
import org.civicplan.template.ParameterKind;
import org.civicplan.template.Parameters;
import org.civicplan.template.RuleContext;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateSkeleton;
import org.civicplan.template.ValidationRule;
import org.civicplan.testkit.TemplateContract.Clause;
import org.civicplan.testkit.TemplateContract.Violation;
import org.civicplan.testkit.heat.HeatSample;
import org.civicplan.testkit.heat.HeatTemplate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TemplateContractTest {

  private static final String MESSAGES = "heat.plan.missing=The strategy has no heatwave plan (heat-plan annex)\n"
      + "heat.centres.too-few=The heatwave plan has {0} cooling centres, fewer than the {1} required\n";
  private static final String MESSAGES_RO = "heat.plan.missing=Strategia nu are un plan pentru caniculă (anexa heat-plan)\n"
      + "heat.centres.too-few=Planul pentru caniculă are {0} centre de răcire, mai puține decât cele {1} cerute\n";

  /** The heat template's subject with its sample, messages and one mutant per rule code. */
  static TemplateContract.Subject.Builder subject(StrategyTemplate template) {
    return TemplateContract.subject(template)
        .sample(HeatSample.valid())
        .messages((template instanceof HeatTemplate heat && heat.definitionFindings().isEmpty() ? heat : new HeatTemplate()).ruleMessages())
        .mutant("heat.plan.missing", HeatSample::withoutPlan)
        .mutant("heat.centres.too-few", HeatSample::valid, Map.of("heat.centres.min", "5"));
  }

  static List<Violation> check(TemplateContract.Subject.Builder subject) {
    return TemplateContract.check(subject.build());
  }

  /** Asserts that a violation of {@code clause} names {@code item} and says {@code problem}. */
  static void assertViolation(List<Violation> violations, Clause clause, String item, String problem) {
    Predicate<Violation> wanted = v -> v.clause() == clause && v.item().contains(item) && v.problem().contains(problem);
    assertTrue(violations.stream().anyMatch(wanted), () -> "expected a violation [" + clause.label() + "] " + item
        + ": ..." + problem + "... but got:\n  " + String.join("\n  ", violations.stream().map(Violation::toString).toList()));
  }

  /** A reading series held in an array: records compare arrays by identity, so it cannot round-trip. */
  public record Readings(int[] celsius) implements Annex {
    @Override
    public String kind() {
      return "heat-readings";
    }
  }

  static Strategy heatSampleWith(Annex annex) {
    return HeatSample.valid().toBuilder().annex(annex).build();
  }

  @Test
  void aTemplateWrittenAsDataKeepsTheContract() {
    assertEquals(List.of(), check(subject(new HeatTemplate())));
  }

  @Test
  void verifyIsSilentOnAGoodTemplate() {
    TemplateContract.verify(subject(new HeatTemplate()).build());
  }

  @Nested
  @DisplayName("all at once")
  class AllAtOnce {

    @Test
    void verifyListsEveryViolationInClauseOrderNamingWhatBroke() {
      HeatTemplate template = new HeatTemplate(Map.of("messages_ro.properties", MESSAGES_RO.replace("puține", "puţine")));
      TemplateContract.Subject subject = TemplateContract.subject(template)
          .sample(HeatSample.withCentres(1))
          .messages(template.ruleMessages())
          .mutant("heat.plan.missing", HeatSample::withoutPlan)
          .build();

      TemplateContractViolation e = assertThrows(TemplateContractViolation.class, () -> TemplateContract.verify(subject));

      assertEquals(TemplateId.of("heat"), e.templateId());
      List<Clause> clauses = e.violations().stream().map(Violation::clause).toList();
      List<Clause> sorted = new ArrayList<>(clauses);
      sorted.sort(null);
      assertEquals(sorted, clauses);
      assertViolation(e.violations(), Clause.TEXTS, "message \"heat.centres.too-few\"", "cedilla");
      assertViolation(e.violations(), Clause.RULES, "rule code \"heat.centres.too-few\"", "the sample triggers it");
      assertViolation(e.violations(), Clause.RULES, "rule code \"heat.centres.too-few\"", "no mutant triggers it");
      for (Violation v : e.violations()) {
        assertTrue(e.getMessage().contains(v.toString()), () -> e.getMessage() + " lacks " + v);
      }
      assertTrue(e.getMessage().startsWith("template heat breaks its contract in " + e.violations().size() + " ways:"),
          e::getMessage);
    }

    @Test
    void aViolationReadsClauseItemAndProblem() {
      assertEquals("[rules] rule code \"x.y\": no mutant triggers it",
          new Violation(Clause.RULES, "rule code \"x.y\"", "no mutant triggers it").toString());
    }
  }

  @Nested
  @DisplayName("the subject")
  class SubjectBuilder {

    @Test
    void needsASample() {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> TemplateContract.subject(new HeatTemplate()).build());
      assertTrue(e.getMessage().contains("needs a sample"), e::getMessage);
    }

    @Test
    void refusesASecondSample() {
      TemplateContract.Subject.Builder b = TemplateContract.subject(new HeatTemplate()).sample(HeatSample.valid());
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.sample(HeatSample.withoutPlan()));
      assertTrue(e.getMessage().contains("arad-heat-2026"), e::getMessage);
    }

    @Test
    void refusesSecondMessages() {
      TemplateContract.Subject.Builder b = subject(new HeatTemplate());
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.messages(new HeatTemplate().ruleMessages()));
      assertTrue(e.getMessage().contains("messages are already set"), e::getMessage);
    }

    @Test
    void refusesNoDraftsAndSecondDrafts() {
      TemplateContract.Subject.Builder b = subject(new HeatTemplate());
      assertThrows(IllegalArgumentException.class, () -> b.drafts(List.of()));
      b.drafts(List.of(NewStrategyRequest.of(StrategyId.of("d"), Municipality.of("Arad", "RO"), StrategyPeriod.of(2026, 2030))));
      assertThrows(IllegalStateException.class, () -> b.drafts(List.of(
          NewStrategyRequest.of(StrategyId.of("e"), Municipality.of("Arad", "RO"), StrategyPeriod.of(2026, 2030)))));
    }

    @Test
    void refusesABlankMutantCode() {
      assertThrows(IllegalArgumentException.class,
          () -> TemplateContract.subject(new HeatTemplate()).mutant(" ", HeatSample::valid));
    }

    @Test
    void isImmutable() {
      TemplateContract.Subject.Builder b = subject(new HeatTemplate());
      TemplateContract.Subject built = b.build();
      b.mutant("heat.plan.missing", HeatSample::withoutPlan);

      assertEquals(2, built.mutants().size());
      assertThrows(UnsupportedOperationException.class, () -> built.mutants().clear());
      assertThrows(UnsupportedOperationException.class, () -> built.mutants().get(1).parameters().clear());
      assertEquals(2, built.drafts().size());
    }
  }

  @Nested
  @DisplayName("1. the template loads with no finding")
  class Loads {

    @Test
    void brokenDataIsNamedAndTheOtherClausesAreNotChecked() {
      HeatTemplate broken = new HeatTemplate(Map.of("indicators.csv",
          "id,name_en,name_ro,unit,direction,kind,reference,definition_en,definition_ro\n"
              + "HT-01,Hot days,Zile caniculare,days,downward,impact,illustrative,,\n"
              + "HT-02,Shaded streets,Străzi umbrite,km,increase,output,illustrative,,\n"));

      List<Violation> violations = check(subject(broken));

      assertViolation(violations, Clause.LOADS, "definition", "indicators.csv");
      assertViolation(violations, Clause.LOADS, "definition", "downward");
      assertViolation(violations, Clause.LOADS, "registry", "the other clauses were not checked");
      assertTrue(violations.stream().allMatch(v -> v.clause() == Clause.LOADS), violations::toString);
    }
  }

  @Nested
  @DisplayName("2. names and messages in English and Romanian")
  class Texts {

    @Test
    void romanianWithCedillaIsNamed() {
      HeatTemplate template = new HeatTemplate(Map.of("messages_ro.properties", MESSAGES_RO.replace("puține", "puţine")));

      List<Violation> violations = check(subject(template));

      assertViolation(violations, Clause.TEXTS, "message \"heat.centres.too-few\"", "writes ţ with a cedilla (U+0163)");
      assertViolation(violations, Clause.TEXTS, "message \"heat.centres.too-few\"", "comma-below ț (U+021B)");
    }

    @Test
    void anApostropheThatQuotesAnArgumentIsNamed() {
      HeatTemplate template = new HeatTemplate(Map.of("messages.properties",
          MESSAGES.replace("The heatwave plan has {0}", "The heatwave plan's count {0} means")));

      List<Violation> violations = check(subject(template));

      assertViolation(violations, Clause.TEXTS, "message \"heat.centres.too-few\"", "leaves an argument unformatted");
      assertViolation(violations, Clause.TEXTS, "message \"heat.centres.too-few\"", "write ''");
    }

    @Test
    void aRomanianMessageThatDropsAnArgumentIsNamed() {
      HeatTemplate template = new HeatTemplate(Map.of("messages_ro.properties",
          MESSAGES_RO.replace(", mai puține decât cele {1} cerute", "")));

      List<Violation> violations = check(subject(template));

      assertViolation(violations, Clause.TEXTS, "message \"heat.centres.too-few\"",
          "the English text uses 2 arguments [{0}, {1}] but the Romanian one 1 [{0}]");
    }

    @Test
    void aPatternWithANumberFormatIsFormattedWithNumbers() {
      HeatTemplate template = new HeatTemplate(Map.of(
          "messages.properties", MESSAGES.replace("has {0} cooling", "has {0,number,integer} cooling"),
          "messages_ro.properties", MESSAGES_RO.replace("are {0} centre", "are {0,number,integer} centre")));

      List<Violation> violations = check(subject(template));

      assertFalse(violations.stream().anyMatch(v -> v.clause() == Clause.TEXTS), violations::toString);
    }

    @Test
    void aReportedMessageWithoutRomanianIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public List<ValidationRule> rules() {
          List<ValidationRule> rules = new ArrayList<>(super.rules());
          rules.add(rule("heat.districts", (s, c) -> {
            if (s.annexes().stream().anyMatch(a -> a instanceof HeatTemplate.HeatPlan p && p.districts().isEmpty())) {
              c.report(new Finding(Severity.WARNING, "heat.districts.none", "/annexes",
                  LocalizedText.in("en", "The heatwave plan names no district")));
            }
          }));
          return rules;
        }
      };

      List<Violation> violations = check(subject(template).mutant("heat.districts.none",
          () -> HeatSample.withoutPlan().toBuilder().annex(new HeatTemplate.HeatPlan(3, List.of())).build()));

      assertViolation(violations, Clause.TEXTS, "message \"heat.districts.none\"", "has no Romanian text");
      assertViolation(violations, Clause.RULES, "rule code \"heat.districts.none\"", "the message catalogue has no key for it");
    }

    @Test
    void aDescriptionWithoutRomanianIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public LocalizedText description() {
          return LocalizedText.in("en", "Keep residents safe in heatwaves");
        }
      };

      assertViolation(check(subject(template)), Clause.TEXTS, "template description", "has no Romanian text");
    }
  }

  @Nested
  @DisplayName("3. drafts validate with no error")
  class Drafts {

    @Test
    void aDraftWithAnErrorIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public Strategy newStrategy(NewStrategyRequest request) {
          return super.newStrategy(request).toBuilder()
              .objective(Objective.of("OG-1", LocalizedText.of("Twice", "De două ori"))).build();
        }
      };

      List<Violation> violations = check(subject(template));

      assertViolation(violations, Clause.DRAFTS, "draft for Timișoara 2021/2030", "the draft does not validate: error");
      assertViolation(violations, Clause.DRAFTS, "draft for Lugoj 2026/2027", "OG-1");
    }

    @Test
    void aDraftThatThrowsIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public Strategy newStrategy(NewStrategyRequest request) {
          throw new IllegalStateException("no skeleton for " + request.municipality().name());
        }
      };

      assertViolation(check(subject(template)), Clause.DRAFTS, "draft for Lugoj",
          "newStrategy throws java.lang.IllegalStateException: no skeleton for Lugoj");
    }

    @Test
    void theSubjectsDraftsReplaceTheContractsOwn() {
      List<Violation> violations = check(subject(new HeatTemplate()).drafts(List.of(
          NewStrategyRequest.of(StrategyId.of("cluj-heat"), Municipality.of("Cluj-Napoca", "RO"), StrategyPeriod.of(2027, 2032)))));

      assertEquals(List.of(), violations);
    }
  }

  @Nested
  @DisplayName("4. catalogue ids are unique and references resolve")
  class Catalogues {

    @Test
    void aRepeatedIndicatorIdIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public List<Indicator> indicatorCatalogue() {
          List<Indicator> catalogue = new ArrayList<>(super.indicatorCatalogue());
          catalogue.add(catalogue.get(0));
          return catalogue;
        }
      };

      assertViolation(check(subject(template)), Clause.CATALOGUES, "indicator \"HT-01\"",
          "the id is used twice, at positions 1 and 3");
    }

    @Test
    void aSkeletonIndicatorOutsideTheCatalogueIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public TemplateSkeleton skeleton() {
          List<Objective> objectives = new ArrayList<>(super.skeleton().objectives());
          objectives.set(1, objectives.get(1).withIndicators(List.of(IndicatorId.of("HT-99"))));
          return TemplateSkeleton.of(objectives);
        }
      };

      assertViolation(check(subject(template)), Clause.CATALOGUES, "objective \"OG-2\"",
          "names indicator \"HT-99\", which is not in the indicator catalogue (catalogue: HT-01, HT-02)");
    }

    @Test
    void anObjectiveIdRepeatedAtAnotherLevelIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public TemplateSkeleton skeleton() {
          List<Objective> objectives = new ArrayList<>(super.skeleton().objectives());
          Objective og2 = objectives.get(1);
          objectives.set(1, og2.withChildren(List.of(Objective.of("OS-1.1", LocalizedText.of("Again", "Din nou")))));
          return TemplateSkeleton.of(objectives);
        }
      };

      assertViolation(check(subject(template)), Clause.CATALOGUES, "skeleton objective \"OS-1.1\"", "used twice");
    }
  }

  @Nested
  @DisplayName("5. parameters are declared with accepted defaults")
  class ParametersClause {

    private final ParameterDefinition centres = new HeatTemplate().parameterDefinitions().get(0);

    @Test
    void aDefaultOutsideItsRangeIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public List<ParameterDefinition> parameterDefinitions() {
          return List.of(centres.withRange(new BigDecimal("5"), new BigDecimal("100")));
        }
      };

      assertViolation(check(subject(template)), Clause.PARAMETERS, "parameter \"heat.centres.min\"",
          "its default \"2\" is not accepted by its declaration, which allows a whole number from 5 to 100");
    }

    @Test
    void aParameterThatIsNotDeclaredIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public Parameters parameters() {
          return super.parameters().with(Map.of("heat.warning.hours", "24"));
        }
      };

      assertViolation(check(subject(template)), Clause.PARAMETERS, "parameter \"heat.warning.hours\"",
          "parameters() gives it the value \"24\" but parameterDefinitions() does not declare it (declared: heat.centres.min)");
    }

    @Test
    void aDefaultThatParametersDoesNotGiveIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public Parameters parameters() {
          return super.parameters().with(Map.of("heat.centres.min", "3"));
        }
      };

      assertViolation(check(subject(template)), Clause.PARAMETERS, "parameter \"heat.centres.min\"",
          "declares the default \"2\" but parameters() gives \"3\"");
    }

    @Test
    void aMutantThatSetsAnUndeclaredOrRefusedValueIsNamed() {
      List<Violation> violations = check(subject(new HeatTemplate())
          .mutant("heat.centres.too-few", HeatSample::valid, Map.of("heat.centres.min", "4.5"))
          .mutant("heat.centres.too-few", HeatSample::valid, Map.of("heat.centre.min", "5")));

      assertViolation(violations, Clause.PARAMETERS, "mutant 3 (\"heat.centres.too-few\" with {heat.centres.min=4.5})",
          "sets parameter \"heat.centres.min\" to \"4.5\", which its declaration does not accept");
      assertViolation(violations, Clause.PARAMETERS, "mutant 4",
          "overrides parameter \"heat.centre.min\", which the template does not declare (declared: heat.centres.min)");
    }

    @Test
    void aParameterWithoutDefaultNeedsNoValue() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public List<ParameterDefinition> parameterDefinitions() {
          return List.of(centres, ParameterDefinition.of("heat.as-of", ParameterKind.DATE,
              LocalizedText.of("Date of the check", "Data verificării")));
        }
      };

      assertEquals(List.of(), check(subject(template)));
    }
  }

  @Nested
  @DisplayName("6. every rule code is triggered by a mutant and silent on the sample")
  class Rules {

    @Test
    void aCodeWithoutMutantIsNamed() {
      HeatTemplate template = new HeatTemplate();
      List<Violation> violations = check(TemplateContract.subject(template)
          .sample(HeatSample.valid())
          .messages(template.ruleMessages())
          .mutant("heat.plan.missing", HeatSample::withoutPlan));

      assertViolation(violations, Clause.RULES, "rule code \"heat.centres.too-few\"",
          "no mutant triggers it; add a mutant(\"heat.centres.too-few\", ...) to the subject");
      assertViolation(violations, Clause.RULES, "rule \"heat.centres\"", "fires on no mutant");
    }

    @Test
    void aSampleThatTriggersARuleIsNamed() {
      HeatTemplate template = new HeatTemplate();
      List<Violation> violations = check(TemplateContract.subject(template)
          .sample(HeatSample.withCentres(1))
          .messages(template.ruleMessages())
          .mutant("heat.plan.missing", HeatSample::withoutPlan)
          .mutant("heat.centres.too-few", HeatSample::valid, Map.of("heat.centres.min", "5")));

      assertViolation(violations, Clause.RULES, "rule code \"heat.centres.too-few\"",
          "the sample triggers it: warning heat.centres.too-few at /annexes/0/data/coolingCentres");
    }

    @Test
    void aMutantThatTriggersAnotherCodeOrNothingIsNamed() {
      List<Violation> violations = check(subject(new HeatTemplate())
          .mutant("heat.centres.too-few", HeatSample::valid)
          .mutant("heat.centres.too-few", HeatSample::withoutPlan));

      assertViolation(violations, Clause.RULES, "mutant 3 (\"heat.centres.too-few\")",
          "the template's rules report nothing, not \"heat.centres.too-few\"");
      assertViolation(violations, Clause.RULES, "mutant 4 (\"heat.centres.too-few\")",
          "the template's rules report [heat.plan.missing], not \"heat.centres.too-few\"");
    }

    @Test
    void aMutantCodeWithoutMessageIsNamed() {
      List<Violation> violations = check(subject(new HeatTemplate()).mutant("heat.plan.late", HeatSample::withoutPlan));

      assertViolation(violations, Clause.RULES, "rule code \"heat.plan.late\"",
          "a mutant names it but the message catalogue has no key for it");
    }

    @Test
    void aRuleThatThrowsIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public List<ValidationRule> rules() {
          List<ValidationRule> rules = new ArrayList<>(super.rules());
          rules.add(rule("heat.districts", (s, c) -> {
            throw new IllegalStateException("districts not loaded");
          }));
          return rules;
        }
      };

      List<Violation> violations = check(subject(template));

      assertViolation(violations, Clause.RULES, "sample",
          "rule \"heat.districts\" throws java.lang.IllegalStateException: districts not loaded");
      assertViolation(violations, Clause.RULES, "mutant 1", "rule \"heat.districts\" throws");
    }

    @Test
    void aSharedRuleCountsAsTheTemplatesOwn() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public List<ValidationRule> sharedRules() {
          return List.of(rule("heat.shared", (s, c) -> {
            throw new IllegalStateException("shared rule ran");
          }));
        }
      };

      List<Violation> violations = check(subject(template));

      assertViolation(violations, Clause.RULES, "sample", "rule \"heat.shared\" throws java.lang.IllegalStateException: shared rule ran");
      assertViolation(violations, Clause.RULES, "rule \"heat.shared\"", "fires on no mutant");
    }

    @Test
    void aMutantThatCannotBeBuiltIsNamed() {
      List<Violation> violations = check(subject(new HeatTemplate()).mutant("heat.plan.missing", () -> {
        throw new IndexOutOfBoundsException("annex 7");
      }));

      assertViolation(violations, Clause.RULES, "mutant 3 (\"heat.plan.missing\")",
          "cannot be built: java.lang.IndexOutOfBoundsException: annex 7");
    }

    @Test
    void rulesWithNeitherMutantsNorMessagesAreNamed() {
      List<Violation> violations = check(TemplateContract.subject(new HeatTemplate()).sample(HeatSample.valid()));

      assertViolation(violations, Clause.RULES, "rules",
          "the template has 2 rules [heat.plan, heat.centres] but the subject names no mutant and no message catalogue");
    }

    @Test
    void aSampleOfAnotherTemplateIsNamed() {
      List<Violation> violations = check(TemplateContract.subject(new HeatTemplate())
          .sample(Fixtures.greenStreets())
          .mutant("heat.plan.missing", HeatSample::withoutPlan)
          .mutant("heat.centres.too-few", HeatSample::valid, Map.of("heat.centres.min", "5")));

      assertViolation(violations, Clause.RULES, "sample", "is of template " + Fixtures.TEMPLATE + ", not heat");
    }
  }

  @Nested
  @DisplayName("7. documents round-trip with and without the template")
  class Documents {

    @Test
    void anAnnexTypeThatDoesNotRoundTripIsNamed() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public List<AnnexType<?>> annexTypes() {
          List<AnnexType<?>> types = new ArrayList<>(super.annexTypes());
          types.add(AnnexType.of("heat-readings", Readings.class, LocalizedText.of("Readings", "Citiri")));
          return types;
        }
      };

      List<Violation> violations = check(subject(template));
      List<Violation> withReadings = TemplateContract.check(TemplateContract.subject(template)
          .sample(heatSampleWith(new Readings(new int[] {31, 34})))
          .messages(new HeatTemplate().ruleMessages())
          .mutant("heat.plan.missing", HeatSample::withoutPlan)
          .mutant("heat.centres.too-few", HeatSample::valid, Map.of("heat.centres.min", "5"))
          .build());

      assertViolation(violations, Clause.DOCUMENTS, "annex type \"heat-readings\"", "the sample has no annex of this kind");
      assertViolation(withReadings, Clause.DOCUMENTS, "JSON document of the sample", "reads back different from the sample: annexes[1]");
      assertViolation(withReadings, Clause.DOCUMENTS, "YAML document of the sample", "reads back different from the sample");
    }

    @Test
    void aSampleHoldingARawAnnexOfATypedKindIsNamed() {
      List<Violation> violations = check(TemplateContract.subject(new HeatTemplate())
          .sample(HeatSample.withoutPlan().toBuilder()
              .annex(new RawAnnex("heat-plan", "{\"coolingCentres\":3,\"districts\":[\"Centru\"]}")).build())
          .mutant("heat.plan.missing", HeatSample::withoutPlan));

      assertViolation(violations, Clause.DOCUMENTS, "JSON document of the sample", "reads back different from the sample");
    }

    @Test
    void documentsAreCheckedWithoutTheTemplateToo() {
      List<Violation> violations = check(subject(new HeatTemplate()));

      assertFalse(violations.stream().anyMatch(v -> v.clause() == Clause.DOCUMENTS), violations::toString);
    }
  }

  @Nested
  @DisplayName("8. overlays rename, drop and add every kind of skeleton item")
  class OverlaysClause {

    @Test
    void aRuleThatHardCodesASkeletonIdBreaksTheOverlaysThatRenameOrDropIt() {
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public List<ValidationRule> rules() {
          List<ValidationRule> rules = new ArrayList<>(super.rules());
          rules.add(rule("heat.skeleton", (s, c) -> {
            if (s.allObjectives().noneMatch(o -> o.id().equals(ObjectiveId.of("OS-1.1")))) {
              c.report(new Finding(Severity.ERROR, "heat.shade.missing", "/objectives",
                  LocalizedText.of("The strategy has no objective OS-1.1", "Strategia nu are obiectivul OS-1.1")));
            }
          }));
          return rules;
        }
      };

      List<Violation> violations = check(subject(template));

      assertViolation(violations, Clause.OVERLAYS, "overlay renaming level 2 objective \"OS-1.1\" to \"OS-1.1-renamed\"",
          "a draft of the adapted template does not validate: error heat.shade.missing");
      assertViolation(violations, Clause.OVERLAYS, "overlay dropping level 1 objective \"OG-1\"", "heat.shade.missing");
      assertFalse(violations.stream().anyMatch(v -> v.item().contains("adding")), violations::toString);
    }

    @Test
    void everyLevelAndTheIndicatorsAreExercised() {
      List<String> items = new ArrayList<>();
      StrategyTemplate template = new ForwardingTemplate(new HeatTemplate()) {
        @Override
        public List<ValidationRule> rules() {
          List<ValidationRule> rules = new ArrayList<>(super.rules());
          // Records every draft the contract validates, by its objectives and indicators.
          rules.add(rule("heat.record", (s, c) -> items.add(
              s.allObjectives().map(o -> o.id().value()).toList() + " " + s.indicators().stream().map(i -> i.id().value()).toList())));
          return rules;
        }
      };

      check(subject(template));

      assertTrue(items.contains("[OG-1-renamed, OS-1.1, OS-1.1.1, OG-2] [HT-01, HT-02]"), items::toString);
      assertTrue(items.contains("[OG-1, OS-1.1, OS-1.1.1-renamed, OG-2] [HT-01, HT-02]"), items::toString);
      assertTrue(items.contains("[OG-1, OS-1.1, OS-1.1.1, OS-1.1.1-added, OG-2] [HT-01, HT-02]"), items::toString);
      assertTrue(items.contains("[OG-2] []"), items::toString);
      assertTrue(items.contains("[OG-1, OS-1.1, OS-1.1.1, OG-2] [HT-01-renamed, HT-02]"), items::toString);
      assertTrue(items.contains("[OG-1, OS-1.1, OS-1.1.1, OG-2] [HT-02]"), items::toString);
    }
  }

  /** A rule with this id and body. */
  static ValidationRule rule(String id, java.util.function.BiConsumer<Strategy, RuleContext> body) {
    return new ValidationRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public void check(Strategy strategy, RuleContext context) {
        body.accept(strategy, context);
      }
    };
  }
}
