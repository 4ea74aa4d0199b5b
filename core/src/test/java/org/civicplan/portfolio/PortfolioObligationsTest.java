// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.civicplan.fixture.TemplateStub;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.Vote;
import org.civicplan.monitoring.MonitoringReporter;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Obligation;
import org.civicplan.template.Parameters;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.validation.DecisionRules;
import org.junit.jupiter.api.Test;

/**
 * The portfolio calendar lists what templates and council decisions make due: the template's
 * obligations through {@link MonitoringReporter#obligations}, and the communication to the prefect
 * and the publication of decisions not yet done when the city set their terms.
 */
class PortfolioObligationsTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** The test template with two obligations, one overdue, one beyond the calendar's horizon. */
  static final class ReportingTemplate extends TemplateStub {
    @Override
    public List<Obligation> obligations(Strategy strategy, LocalDate asOf, Parameters parameters) {
      return List.of(
          new Obligation(LocalDate.of(2027, 12, 31), "test.report", "2027", LocalizedText.of("Report", "Raport"), "test"),
          new Obligation(LocalDate.of(2026, 5, 31), "test.data", "2025",
              LocalizedText.of("Data to the ministry", "Datele către minister"), "test"),
          new Obligation(LocalDate.of(2026, 12, 31), "test.report", "2026", LocalizedText.of("Report", "Raport"), "test"));
    }
  }

  /** A template whose obligations fail. */
  static final class BrokenTemplate extends TemplateStub {
    @Override
    public List<Obligation> obligations(Strategy strategy, LocalDate asOf, Parameters parameters) {
      throw new IllegalStateException("broken");
    }
  }

  private static List<String> due(CombinedReport r) {
    return r.calendar().stream()
        .filter(d -> d.kind() != CombinedReport.DueKind.MEASUREMENT && d.kind() != CombinedReport.DueKind.TASK)
        .map(d -> d.date() + " " + d.strategy().value() + " " + d.kind().label() + " " + d.subject()
            + (d.overdue() ? " overdue" : ""))
        .toList();
  }

  @Test
  void reporterListsTheTemplatesObligationsByDateCodeAndSubject() {
    MonitoringReporter reporter = MonitoringReporter.of(TemplateRegistry.of(new ReportingTemplate()));

    assertEquals(List.of("2026-05-31 test.data", "2026-12-31 test.report", "2027-12-31 test.report"),
        reporter.obligations(PortfolioFixture.sectoral(), AS_OF).stream().map(o -> o.date() + " " + o.code()).toList());
  }

  @Test
  void templateThatFailsContributesNoObligation() {
    MonitoringReporter reporter = MonitoringReporter.of(TemplateRegistry.of(new BrokenTemplate()));

    assertEquals(List.of(), reporter.obligations(PortfolioFixture.sectoral(), AS_OF));
  }

  @Test
  void templateOfAnotherStrategyOrSwitchedOffContributesNone() {
    MonitoringReporter none = MonitoringReporter.standard();
    MonitoringReporter off = MonitoringReporter.builder().templates(TemplateRegistry.of(new ReportingTemplate()))
        .withoutContributions(new ReportingTemplate().id()).build();

    assertEquals(List.of(), none.obligations(PortfolioFixture.sectoral(), AS_OF));
    assertEquals(List.of(), off.obligations(PortfolioFixture.sectoral(), AS_OF));
  }

  @Test
  void calendarListsObligationsWithinTheHorizonOverdueIncluded() {
    CombinedReport r = CombinedReport.of(PortfolioFixture.portfolio(),
        MonitoringReporter.of(TemplateRegistry.of(new ReportingTemplate())), AS_OF);

    assertEquals(List.of(
        "2026-05-31 tm-green-2026 obligation test.data/2025 overdue",
        "2026-12-31 tm-green-2026 obligation test.report/2026"), due(r));
  }

  @Test
  void calendarRendersAnObligationByNameAndSubjectInTheReadersLanguage() {
    CombinedReport r = CombinedReport.of(PortfolioFixture.portfolio(),
        MonitoringReporter.of(TemplateRegistry.of(new ReportingTemplate())), AS_OF);

    String ro = CombinedRendering.calendarText(r, Locale.forLanguageTag("ro"));
    assertTrue(ro.contains("Datele către minister (2025)"), ro);
    String en = CombinedRendering.calendarText(r, Locale.ENGLISH);
    assertTrue(en.contains("Report (2026)"), en);
    String json = CombinedRendering.json(r);
    assertTrue(json.replaceAll("\\s+", "").contains("\"kind\":\"obligation\",\"subject\":\"test.report/2026\""),
        json);
  }

  private static CouncilDecision decision(String number, LocalDate on) {
    return new CouncilDecision(number, on, Optional.empty(), Optional.empty(),
        Optional.of(DecisionDossier.of(List.of(), new Vote(25, 20, 3, 2, 27))));
  }

  private static Portfolio withDecisions(CouncilDecision... decisions) {
    Strategy sectoral = PortfolioFixture.sectoral();
    sectoral = sectoral.toBuilder().governance(sectoral.governance().withDecisions(List.of(decisions))).build();
    return Portfolio.of(List.of(PortfolioFixture.integrated(), sectoral));
  }

  /**
   * With terms of 10 working days to the prefect and 30 calendar days to publication (parameters
   * the city sets), a decision adopted on Friday 2026-06-19 is due at the prefect on 2026-07-03 (ten
   * working days: June 22–26 and June 29–July 3, no public holiday between) and published by
   * 2026-07-19.
   */
  @Test
  void calendarListsTheDecisionsNotYetCommunicatedOrPublishedWhenTheTermsAreSet() {
    MonitoringReporter reporter = MonitoringReporter.builder()
        .parameters(Parameters.of(Map.of(DecisionRules.PREFECT_DAYS, "10", DecisionRules.PUBLICATION_DAYS, "30",
            DecisionRules.PUBLICATION_COUNT, "calendar")))
        .build();
    CouncilDecision open = decision("212", LocalDate.of(2026, 6, 19));
    CouncilDecision done = decision("150", LocalDate.of(2026, 5, 28));
    done = done.withDossier(done.dossier().orElseThrow().communicated(LocalDate.of(2026, 6, 2), "R-1")
        .published(LocalDate.of(2026, 6, 3), "MOL 12"));

    CombinedReport r = CombinedReport.of(withDecisions(open, done), reporter, AS_OF);

    assertEquals(List.of(
        "2026-07-03 tm-green-2026 decision-prefect 212",
        "2026-07-19 tm-green-2026 decision-publication 212"), due(r));
    assertTrue(CombinedRendering.calendarText(r, Locale.forLanguageTag("ro"))
        .contains("comunicarea hotărârii consiliului nr. 212 către prefect"));
  }

  @Test
  void withoutTermsNoDecisionIsDue() {
    CombinedReport r = CombinedReport.of(withDecisions(decision("212", LocalDate.of(2026, 6, 19))),
        MonitoringReporter.standard(), AS_OF);

    assertEquals(List.of(), due(r));
  }
}
