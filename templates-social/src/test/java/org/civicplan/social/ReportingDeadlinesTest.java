// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.Parameters;
import org.junit.jupiter.api.Test;

/** The reporting deadlines of the sample at hand-picked dates. */
class ReportingDeadlinesTest {

  static final SocialTemplate TEMPLATE = new SocialTemplate();

  private static ReportingDeadlines at(String date, Map<String, String> overrides) {
    return ReportingDeadlines.of(SocialSample.valid(), LocalDate.parse(date), TEMPLATE.parameters().with(overrides));
  }

  private static ReportingDeadlines.State data(ReportingDeadlines d, int year) {
    return d.deadlines().stream().filter(x -> x.obligation() == ReportingDeadlines.Obligation.DATA && x.year() == year)
        .findFirst().orElseThrow().state();
  }

  @Test
  void dataIsDueByThe31stOfMayOfTheFollowingYearForEveryYearFromTheOneBeforeThePeriod() {
    ReportingDeadlines d = at("2026-01-15", Map.of());
    assertEquals(List.of(2025, 2026, 2027, 2028, 2029, 2030), d.deadlines().stream().map(ReportingDeadlines.Deadline::year).toList());
    assertEquals(LocalDate.of(2026, 5, 31), d.deadlines().get(0).due());
  }

  @Test
  void statesAtTheEdges() {
    // 2025 data sent 2026-05-20; due 2026-05-31; warning window 30 days: from 2026-05-01
    assertEquals(ReportingDeadlines.State.OPEN, data(at("2026-04-30", Map.of()), 2025));
    assertEquals(ReportingDeadlines.State.DUE, data(at("2026-05-01", Map.of()), 2025));
    assertEquals(ReportingDeadlines.State.DUE, data(at("2026-05-19", Map.of()), 2025));
    assertEquals(ReportingDeadlines.State.SENT, data(at("2026-05-20", Map.of()), 2025));
  }

  @Test
  void notSentAfterItsDayIsLate() {
    ReportingDeadlines d = ReportingDeadlines.of(SocialSample.withServices(a -> a.withDataReports(List.of())),
        LocalDate.of(2026, 6, 1), TEMPLATE.parameters());
    assertEquals(ReportingDeadlines.State.LATE, data(d, 2025));
    assertEquals(ReportingDeadlines.State.OPEN, data(d, 2026));
  }

  @Test
  void sentAfterItsDayIsSentLate() {
    ReportingDeadlines d = ReportingDeadlines.of(
        SocialSample.withServices(a -> a.withDataReports(List.of(new SocialServices.DataReport(2025, LocalDate.of(2026, 6, 2))))),
        LocalDate.of(2026, 7, 1), TEMPLATE.parameters());
    assertEquals(ReportingDeadlines.State.SENT_LATE, data(d, 2025));
  }

  @Test
  void annualPlansHaveADeadlineOnlyWithTheParameter() {
    assertEquals(0, at("2026-06-01", Map.of()).deadlines().stream()
        .filter(x -> x.obligation() == ReportingDeadlines.Obligation.ANNUAL_PLAN).count());
    ReportingDeadlines d = at("2026-06-01", Map.of(ReportingDeadlines.ANNUAL_PLAN_DUE, "03-31"));
    ReportingDeadlines.Deadline plan2026 = d.deadlines().stream()
        .filter(x -> x.obligation() == ReportingDeadlines.Obligation.ANNUAL_PLAN && x.year() == 2026).findFirst().orElseThrow();
    // sent 2026-03-10, due 2026-03-31
    assertEquals(ReportingDeadlines.State.SENT, plan2026.state());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 10)), plan2026.sentOn());
    assertEquals(0, plan2026.index());
  }

  @Test
  void aBadPlanDayNamesTheParameter() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> at("2026-06-01", Map.of(ReportingDeadlines.ANNUAL_PLAN_DUE, "31-03")));
    assertEquals("parameter reporting.annual-plan.due must be a month and day as MM-DD but was \"31-03\"", e.getMessage());
  }

  @Test
  void theMonitoringReportGetsTheGapsAndTheDeadlines() {
    List<MonitoringContribution> sections = TEMPLATE.monitoring(SocialSample.valid(), LocalDate.of(2026, 5, 10), Parameters.empty()
        .with(TEMPLATE.parameters().values()));
    assertEquals(List.of("social.gaps", "social.reporting-deadlines"), sections.stream().map(MonitoringContribution::id).toList());
    assertEquals(6, sections.get(0).tables().get(0).rows().size());
    // the 2025 data is due (sent only on 2026-05-20)
    assertEquals(List.of(SocialCodes.REPORTING_DUE), sections.get(1).findings().stream().map(f -> f.code()).toList());
  }

  @Test
  void obligationsForThePortfolioCalendarAreTheDeadlinesNotYetMet() {
    // at 2026-06-01 the 2025 data (due 2026-05-31) is sent in the sample; the later years are open
    List<String> due = TEMPLATE.obligations(SocialSample.valid(), LocalDate.of(2026, 6, 1), TEMPLATE.parameters()).stream()
        .map(o -> o.date() + " " + o.code() + "/" + o.subject()).toList();
    assertEquals(List.of("2027-05-31 social.data/2026", "2028-05-31 social.data/2027", "2029-05-31 social.data/2028",
        "2030-05-31 social.data/2029", "2031-05-31 social.data/2030"), due);
    org.civicplan.template.Obligation first =
        TEMPLATE.obligations(SocialSample.valid(), LocalDate.of(2026, 6, 1), TEMPLATE.parameters()).get(0);
    assertEquals("Law 292/2011 art. 115(3)", first.source());
    assertEquals("the social services data to the ministry", first.name().get(java.util.Locale.ENGLISH));
  }

  @Test
  void lateDataStaysAnObligation() {
    List<String> due = TEMPLATE.obligations(SocialSample.withServices(a -> a.withDataReports(List.of())),
            LocalDate.of(2026, 6, 1), TEMPLATE.parameters()).stream()
        .map(o -> o.date() + " " + o.code() + "/" + o.subject()).toList();
    assertEquals("2026-05-31 social.data/2025", due.get(0));
  }
}
