// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import org.civicplan.fixture.TemplateStub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Severity;
import org.civicplan.base.TemplateId;
import org.civicplan.document.MonitoringReportJson;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.fixture.TestTemplate;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DerivedMeasurement;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.MonitoringContribution.Cell;
import org.civicplan.template.MonitoringContribution.Table;
import org.civicplan.template.Parameters;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.template.TemplateSkeleton;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the strategy's template adds to a monitoring report through the SPI: sections ({@link
 * StrategyTemplate#monitoring}) and values derived from annexes ({@link
 * StrategyTemplate#derivedMeasurements}), each switchable off by the host.
 */
class TemplateContributionsTest {

  private static final LocalDate AS_OF = LocalDate.of(2027, 6, 30);
  private static final Locale RO = Locale.forLanguageTag("ro");
  private static final String SECTION = "test.survey";

  /**
   * The test template (id "test", the fixture's) with one section and derived values from the
   * fixture's "street-survey" annex: street trees in 2025-06 and 2027 (used), at 2026-12-31 (a
   * recorded value has that date), in 2029 (after the as-of date), and a value for an indicator the
   * strategy lacks.
   */
  static class SurveyTemplate extends TemplateStub {
    final List<Strategy> seen = new ArrayList<>();
    final List<Parameters> parameters = new ArrayList<>();

    @Override
    public List<MonitoringContribution> monitoring(Strategy strategy, LocalDate asOf, Parameters parameters) {
      seen.add(strategy);
      this.parameters.add(parameters);
      Table table = new Table(LocalizedText.of("Survey", "Inventar"),
          List.of(LocalizedText.of("Street", "Stradă"), LocalizedText.of("Trees", "Arbori"),
              LocalizedText.of("Minimum", "Minim")),
          List.of(List.of(Cell.plain("Bd. Revoluției"), Cell.number(new BigDecimal("12.50")),
              Cell.text(LocalizedText.of("reduction " + parameters.text("reduction.min").orElse("-"),
                  "reducere " + parameters.text("reduction.min").orElse("-"))))));
      return List.of(new MonitoringContribution(SECTION, LocalizedText.of("Street survey", "Inventarul străzilor"),
          List.of(LocalizedText.of("Surveyed as of " + asOf, "Inventariat la " + asOf)), List.of(table),
          List.of(new Finding(Severity.WARNING, "test.survey.old", "/annexes/0",
              LocalizedText.of("The survey is old", "Inventarul este vechi")))));
    }

    @Override
    public List<org.civicplan.template.AnnexType<?>> annexTypes() {
      return List.of(org.civicplan.template.AnnexType.of("street-survey", org.civicplan.document.TestInventory.class,
          LocalizedText.of("Street survey", "Inventarul străzilor")));
    }

    @Override
    public List<DerivedMeasurement> derivedMeasurements(Strategy strategy) {
      return List.of(
          DerivedMeasurement.of(StrategyFixture.TREES, PlanDate.ofYear(2027), 1500, "street-survey", "survey 2027"),
          DerivedMeasurement.of(StrategyFixture.TREES, PlanDate.of(2026, 12, 31), 1, "street-survey", "survey 2026"),
          DerivedMeasurement.of(StrategyFixture.TREES, PlanDate.ofYear(2029), 4000, "street-survey", "survey 2029"),
          DerivedMeasurement.of(StrategyFixture.TREES, PlanDate.ofMonth(2025, 6), 40, "street-survey", "survey 2025"),
          DerivedMeasurement.of(IndicatorId.of("no-such"), PlanDate.ofYear(2026), 7, "street-survey", "survey 2026"));
    }
  }

  private static MonitoringReport report(MonitoringReporter reporter) {
    return reporter.report(ReportFixture.demo(), AS_OF);
  }

  private static List<Observation> trees(MonitoringReport r) {
    return r.indicator(StrategyFixture.TREES.value()).orElseThrow().observations();
  }

  @Nested
  @DisplayName("monitoring contributions")
  class Contributions {

    @Test
    void sectionOfTheStrategysTemplateIsInTheReportAfterCoresDerivedValues() {
      MonitoringReport r = report(MonitoringReporter.of(TemplateRegistry.of(new SurveyTemplate())));

      assertEquals(List.of(MonitoringReporter.DERIVED_SECTION, SECTION),
          r.contributions().stream().map(MonitoringContribution::id).toList());
    }

    @Test
    void templateSeesTheStrategyAsKnownAtTheAsOfDateAndItsParametersOverriddenByTheHosts() {
      SurveyTemplate t = new SurveyTemplate();
      MonitoringReporter reporter = MonitoringReporter.builder().templates(TemplateRegistry.of(t))
          .parameters(Parameters.of(Map.of("reduction.min", "55"))).build();

      report(reporter);

      Strategy seen = t.seen.get(0);
      assertTrue(seen.indicators().stream().flatMap(i -> i.measurements().stream())
          .noneMatch(m -> m.date().firstDay().isAfter(AS_OF)));
      assertTrue(seen.indicators().stream().flatMap(i -> i.measurements().stream())
          .anyMatch(m -> m.source().equals(Optional.of("annex street-survey: survey 2027"))));
      assertEquals(Optional.of("55"), t.parameters.get(0).text("reduction.min"));
    }

    @Test
    void renderingsShowTheSectionInTheReadersLanguage() {
      MonitoringReport r = report(MonitoringReporter.of(TemplateRegistry.of(new SurveyTemplate())));

      String md = ReportRendering.markdown(r, RO);
      assertTrue(md.contains("## Inventarul străzilor\n\nInventariat la 2027-06-30\n\n**Inventar**\n\n"
          + "| Stradă | Arbori | Minim |\n| --- | --- | --- |\n| Bd. Revoluției | 12,5 | reducere 40 |\n"), md);
      assertTrue(md.contains("- **Avertisment** test.survey.old: Inventarul este vechi\n"), md);
      String html = ReportRendering.html(r, Locale.ENGLISH);
      assertTrue(html.contains("<section id=\"contribution-test.survey\">\n<h2>Street survey</h2>"), html);
      assertTrue(html.contains("<td>Bd. Revoluției</td><td class=\"num\">12.5</td><td>reduction 40</td>"), html);
      String json = MonitoringReportJson.write(r);
      assertTrue(json.contains("\"id\" : \"test.survey\""), json);
      assertTrue(json.contains("[ \"Bd. Revoluției\", 12.5, {"), json);
      assertTrue(json.contains("\"severity\" : \"warning\""), json);
    }

    @Test
    void anotherInstalledTemplatesContributionsAreNotAdded() {
      SurveyTemplate other = new SurveyTemplate() {
        @Override
        public TemplateId id() {
          return TemplateId.of("other");
        }
      };
      MonitoringReport r = report(MonitoringReporter.of(TemplateRegistry.of(new TestTemplate(), other)));

      assertEquals(List.of(), r.contributions());
      assertTrue(other.seen.isEmpty());
    }

    @Test
    void switchedOffByTemplate() {
      MonitoringReport r = report(MonitoringReporter.builder().templates(TemplateRegistry.of(new SurveyTemplate()))
          .withoutContributions(TestTemplate.ID).build());

      assertEquals(List.of(MonitoringReporter.DERIVED_SECTION),
          r.contributions().stream().map(MonitoringContribution::id).toList());
    }

    @Test
    void switchedOffById() {
      MonitoringReport r = report(MonitoringReporter.builder().templates(TemplateRegistry.of(new SurveyTemplate()))
          .withoutContribution(SECTION).withoutContribution(MonitoringReporter.DERIVED_SECTION).build());

      assertEquals(List.of(), r.contributions());
      assertEquals(1500, trees(r).get(trees(r).size() - 1).value());
    }

    @Test
    void aThrowingHookGivesAnErrorSectionAndTheRestOfTheReport() {
      SurveyTemplate broken = new SurveyTemplate() {
        @Override
        public List<MonitoringContribution> monitoring(Strategy strategy, LocalDate asOf, Parameters parameters) {
          throw new IllegalStateException("no survey");
        }
      };

      MonitoringReport r = report(MonitoringReporter.of(TemplateRegistry.of(broken)));

      MonitoringContribution failed = r.contribution("test.failed").orElseThrow();
      assertEquals(MonitoringCodes.CONTRIBUTION_FAILED, failed.findings().get(0).code());
      assertEquals(Severity.ERROR, failed.findings().get(0).severity());
      assertEquals("Șablonul test nu a putut contribui la raport: IllegalStateException: no survey",
          failed.findings().get(0).message(RO));
      assertEquals(2, r.indicators().size());
    }

    @Test
    void withoutTemplatesNothingIsAdded() {
      MonitoringReport r = report(MonitoringReporter.standard());

      assertEquals(List.of(), r.contributions());
      assertFalse(ReportRendering.markdown(r, Locale.ENGLISH).contains("derived"));
    }
  }

  @Nested
  @DisplayName("derived measurements")
  class Derived {

    @Test
    void areMergedWithRecordedOnesAndARecordedValueAtTheSameDateWins() {
      MonitoringReport r = report(MonitoringReporter.of(TemplateRegistry.of(new SurveyTemplate())));

      assertEquals(List.of(Observation.of("2025-06", 40), Observation.of("2026-12-31", 900), Observation.of("2027", 1500)),
          trees(r));
    }

    @Test
    void coresSectionListsTheValuesUsedWithTheirAnnex_namedAndDatedForTheReader() {
      MonitoringReport r = report(MonitoringReporter.of(TemplateRegistry.of(new SurveyTemplate())));

      Table t = r.contribution(MonitoringReporter.DERIVED_SECTION).orElseThrow().tables().get(0);
      LocalizedText trees = LocalizedText.of("Street trees planted", "Arbori stradali plantați");
      LocalizedText survey = LocalizedText.of("Street survey", "Inventarul străzilor");
      assertEquals(List.of(
          List.of(Cell.text(trees), Cell.text(LocalizedText.of("June 2025", "iunie 2025")),
              Cell.number(BigDecimal.valueOf(40)), Cell.plain("trees"), Cell.text(survey), Cell.plain("survey 2025")),
          List.of(Cell.text(trees), Cell.text(LocalizedText.of("2027", "2027")), Cell.number(BigDecimal.valueOf(1500)),
              Cell.plain("trees"), Cell.text(survey), Cell.plain("survey 2027"))), t.rows());
    }

    @Test
    void anAnnexKindNoInstalledTemplateNamesStaysItsKind() {
      SurveyTemplate unnamed = new SurveyTemplate() {
        @Override
        public List<org.civicplan.template.AnnexType<?>> annexTypes() {
          return List.of();
        }
      };
      MonitoringReport r = report(MonitoringReporter.of(TemplateRegistry.of(unnamed)));

      Table t = r.contribution(MonitoringReporter.DERIVED_SECTION).orElseThrow().tables().get(0);
      assertEquals(Cell.plain("street-survey"), t.rows().get(0).get(4));
    }

    @Test
    void readersSeeTheDerivedValuesInTheirLanguage() {
      MonitoringReport r = report(MonitoringReporter.of(TemplateRegistry.of(new SurveyTemplate())));

      String ro = ReportRendering.markdown(r, RO);
      assertTrue(ro.contains("| Arbori stradali plantați | iunie 2025 | 40 | trees | Inventarul străzilor | survey 2025 |"),
          ro);
      assertFalse(ro.contains("| street-survey |") || ro.contains("| 2025-06 |"), ro);
    }

    @Test
    void changeTheAssessment() {
      MonitoringReport without = report(MonitoringReporter.standard());
      MonitoringReport with = report(MonitoringReporter.of(TemplateRegistry.of(new SurveyTemplate())));

      assertEquals(Observation.of("2026-12-31", 900), without.indicator("street-trees").orElseThrow().latest().get());
      assertEquals(Observation.of("2027", 1500), with.indicator("street-trees").orElseThrow().latest().get());
    }

    @Test
    void switchedOff() {
      MonitoringReport r = report(MonitoringReporter.builder().templates(TemplateRegistry.of(new SurveyTemplate()))
          .withoutDerivedMeasurements(TestTemplate.ID).build());

      assertEquals(List.of(Observation.of("2026-12-31", 900)), trees(r));
      assertEquals(List.of(SECTION), r.contributions().stream().map(MonitoringContribution::id).toList());
    }

    @Test
    void aThrowingHookGivesAnErrorSectionAndOnlyRecordedValues() {
      SurveyTemplate broken = new SurveyTemplate() {
        @Override
        public List<DerivedMeasurement> derivedMeasurements(Strategy strategy) {
          throw new ArithmeticException("/ by zero");
        }
      };

      MonitoringReport r = report(MonitoringReporter.of(TemplateRegistry.of(broken)));

      assertEquals(List.of("test.failed", SECTION), r.contributions().stream().map(MonitoringContribution::id).toList());
      assertEquals(List.of(Observation.of("2026-12-31", 900)), trees(r));
    }
  }

  @Nested
  @DisplayName("the status of an indicator with values but no assessment")
  class NotAssessed {

    @Test
    void readsNotAssessedWhereAnIndicatorWithoutValuesReadsNoData() {
      Strategy s = ReportFixture.demo();
      Strategy noBaseline = s.toBuilder().indicators(s.indicators().stream()
          .map(i -> i.id().equals(StrategyFixture.TREES) ? i.toBuilder().noBaseline().build()
              : i.withMeasurements(List.of()).toBuilder().noBaseline().build())
          .toList()).build();

      MonitoringReport r = MonitoringReporter.standard().report(noBaseline, AS_OF);
      String md = ReportRendering.markdown(r, Locale.ENGLISH);

      assertEquals(ProgressStatus.NO_DATA, r.indicator("street-trees").orElseThrow().status());
      assertTrue(md.contains("| street-trees | Street trees planted | not assessed |"), md);
      assertTrue(md.contains("| co2-total | Total CO2 emissions | no data |"), md);
      assertTrue(ReportRendering.markdown(r, RO).contains("| neevaluat |"));
    }
  }

  @Nested
  @DisplayName("the builder refuses")
  class Refusals {

    @Test
    void repeatedSettings() {
      MonitoringReporter.Builder b = MonitoringReporter.builder().templates(TemplateRegistry.empty())
          .withoutContribution("x.y").withoutContributions(TestTemplate.ID).withoutDerivedMeasurements(TestTemplate.ID)
          .assessor(IndicatorAssessor.linear()).freshness(FreshnessPolicy.DEFAULTS);

      assertThrows(IllegalStateException.class, () -> b.templates(TemplateRegistry.empty()));
      assertThrows(IllegalArgumentException.class, () -> b.withoutContribution("x.y"));
      assertThrows(IllegalArgumentException.class, () -> b.withoutContributions(TestTemplate.ID));
      assertThrows(IllegalArgumentException.class, () -> b.withoutDerivedMeasurements(TestTemplate.ID));
      assertThrows(IllegalStateException.class, () -> b.assessor(IndicatorAssessor.linear()));
      assertThrows(IllegalStateException.class, () -> b.freshness(FreshnessPolicy.DEFAULTS));
    }

    @Test
    void aTemplateThatIsNotInstalled() {
      MonitoringReporter.Builder b = MonitoringReporter.builder().templates(TemplateRegistry.of(new TestTemplate()))
          .withoutContributions(TemplateId.of("sport"));

      IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
      assertTrue(e.getMessage().contains("\"sport\"") && e.getMessage().contains("test"), e.getMessage());
    }

    @Test
    void switchingOffWithoutTemplates() {
      assertThrows(IllegalStateException.class,
          () -> MonitoringReporter.builder().withoutDerivedMeasurements(TestTemplate.ID).build());
    }
  }
}
