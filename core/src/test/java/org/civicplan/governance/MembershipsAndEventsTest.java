// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import org.civicplan.alignment.FrameworkId;
import org.civicplan.lifecycle.EventKind;
import org.civicplan.lifecycle.StrategyEvent;
import org.civicplan.lifecycle.StrategyEvents;
import static org.civicplan.fixture.StrategyFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceFrameworks;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.indicator.ReportingFrequency;
import org.civicplan.base.Money;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

class MembershipsAndEventsTest {

  private static final Membership ENERGY_CITIES = Membership.of("energy-cities", text("Energy Cities", "Energy Cities"),
      Money.eur("1500"), MonthDay.of(3, 31), 2024);

  @Test
  void scheduleListsOverdueAndUpcomingContributions() {
    Membership m = ENERGY_CITIES
        .withPayment(new ContributionPayment(2024, LocalDate.of(2024, 3, 1), Money.eur("1500")))
        .withPayment(new ContributionPayment(2025, LocalDate.of(2025, 5, 1), Money.eur("1000")));
    ContributionSchedule s = ContributionSchedule.of(List.of(m), LocalDate.of(2026, 3, 10), 30);
    assertEquals(List.of(2025), s.overdue().stream().map(ScheduledContribution::year).toList());
    assertEquals(Money.eur("500"), s.overdue().get(0).outstanding());
    assertEquals(List.of(2026), s.upcoming().stream().map(ScheduledContribution::year).toList());
    assertEquals(LocalDate.of(2026, 3, 31), s.upcoming().get(0).dueOn());
    assertEquals(List.of(2025), ContributionSchedule.of(List.of(m), LocalDate.of(2026, 3, 10), 20).entries().stream()
        .map(ScheduledContribution::year).toList());
    assertThrows(IllegalArgumentException.class, () -> ContributionSchedule.of(List.of(m), LocalDate.of(2026, 3, 10), -1));
  }

  @Test
  void endedMembershipOwesNothingAfterItsLastYear() {
    Membership ended = new Membership("old", text("Old network", "Rețea veche"), Money.ron("100"), MonthDay.of(2, 29),
        2023, Optional.of(2023), List.of());
    ContributionSchedule s = ContributionSchedule.of(List.of(ended), LocalDate.of(2026, 1, 1), 365);
    assertEquals(1, s.entries().size());
    assertEquals(LocalDate.of(2023, 2, 28), s.entries().get(0).dueOn());
  }

  @Test
  void eventsAreComputedFromTheDocumentAndTheDate() {
    Strategy base = StrategyFixture.valid();
    // T-2 of A-1 is due in December 2026 and open; neither annual indicator was measured in 2026
    assertEquals(List.of("TASK_OVERDUE /actions/0/tasks/1", "MEASUREMENT_MISSING /indicators/0/measurements",
            "MEASUREMENT_MISSING /indicators/1/measurements"),
        StrategyEvents.on(base, LocalDate.of(2027, 1, 1)).stream().map(e -> e.kind() + " " + e.path()).toList());
    assertEquals(List.of(), StrategyEvents.on(base, LocalDate.of(2027, 1, 2)));
    Strategy s = base.toBuilder()
        .governance(base.governance().withConsultations(List.of(
            Consultation.announced(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 12)).closedOn(LocalDate.of(2026, 4, 1)))))
        .historyRecord(new ChangeRecord(2, LocalDate.of(2026, 4, 1), Optional.empty(), "submitted",
            List.of(new DocumentChange(ChangeOperation.REPLACE, "/state", Optional.of("\"submitted\""), Optional.of("\"public-consultation\""))),
            Optional.empty()))
        .build();
    assertEquals(List.of(EventKind.STATUS_CHANGED, EventKind.CONSULTATION_CLOSED),
        StrategyEvents.on(s, LocalDate.of(2026, 4, 1)).stream().map(StrategyEvent::kind).toList());
    // co2-total is measured for 2024 only; annual periods of 2026..2030 end without one
    Strategy annual = s.toBuilder().indicators(List.of(StrategyFixture.co2().toBuilder().frequency(ReportingFrequency.ANNUAL).build())).build();
    List<StrategyEvent> missing = StrategyEvents.between(annual, LocalDate.of(2026, 12, 31), LocalDate.of(2028, 1, 1)).stream()
        .filter(e -> e.kind() == EventKind.MEASUREMENT_MISSING).toList();
    assertEquals(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)), missing.stream().map(StrategyEvent::on).toList());
    assertThrows(IllegalArgumentException.class, () -> StrategyEvents.between(s, LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1)));
  }

  @Test
  void shippedFrameworksFollowTheCatalogue() {
    List<ReferenceFramework> all = ReferenceFrameworks.standard();
    assertEquals(9, all.size());
    assertEquals(43, all.stream().mapToInt(f -> f.objectives().size()).sum());
    ReferenceFramework crpd = ReferenceFrameworks.find(FrameworkId.of("un-crpd")).orElseThrow();
    assertEquals("Art. 9", crpd.objectives().get(0).id());
    assertEquals(false, crpd.objectives().stream().filter(o -> o.id().equals("Art. 20")).findFirst().orElseThrow().verified());
    assertEquals("COM(2021) 82 final, 24.2.2021 (eumonitor.eu; caro.ie summary)",
        ReferenceFrameworks.find(FrameworkId.of("eu-adaptation-strategy")).orElseThrow().objectives().get(0).source());
  }
}
