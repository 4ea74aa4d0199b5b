package org.civicplan.lifecycle;

import org.civicplan.governance.ChangeRecord;
import org.civicplan.governance.Consultation;
import org.civicplan.strategy.DocumentPaths;
import static org.civicplan.lifecycle.LifecycleMessages.CATALOG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Measurement;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.Task;

/**
 * Computes the {@link StrategyEvent}s of a strategy: pure functions of the document and dates.
 *
 * <p>When each event happens:
 *
 * <ul>
 *   <li>status changed: on the date of a change record that touches {@code /state};
 *   <li>task overdue: the day after the last day of an open task's due date;
 *   <li>consultation closed: on its closing date;
 *   <li>measurement missing: the day after a reporting period ends with no measurement in it.
 *       Periods follow the indicator's reporting frequency from 1 January of the first year of the
 *       strategy period, inside that period; irregular indicators have none. A measurement counts
 *       for a period when its date (year, month or day) overlaps it.
 * </ul>
 *
 * <p>A host calling {@link #on(Strategy, LocalDate)} every day, or {@link #between} for the days
 * since its last call, sees each event once. Events are ordered by date, kind, then path.
 */
public final class StrategyEvents {

  private StrategyEvents() {}

  /** The events happening on {@code day}. */
  public static List<StrategyEvent> on(Strategy strategy, LocalDate day) {
    return between(strategy, day.minusDays(1), day);
  }

  /**
   * The events happening after {@code after} up to and including {@code until}.
   *
   * @throws IllegalArgumentException if {@code until} is before {@code after}
   */
  public static List<StrategyEvent> between(Strategy strategy, LocalDate after, LocalDate until) {
    if (until.isBefore(after)) {
      throw new IllegalArgumentException("event range must end (" + until + ") on or after its start (" + after + ")");
    }
    List<StrategyEvent> events = new ArrayList<>();
    for (ChangeRecord record : strategy.history()) {
      if (in(record.on(), after, until) && record.touches("/state")) {
        events.add(new StrategyEvent(EventKind.STATUS_CHANGED, record.on(), "/state",
            CATALOG.text("event.status-changed", record.on().toString(), record.reason())));
      }
    }
    for (int a = 0; a < strategy.actions().size(); a++) {
      Action action = strategy.actions().get(a);
      for (int t = 0; t < action.tasks().size(); t++) {
        Task task = action.tasks().get(t);
        if (task.done() || task.due().isEmpty()) {
          continue;
        }
        LocalDate overdueOn = task.due().get().lastDay().plusDays(1);
        if (in(overdueOn, after, until)) {
          events.add(new StrategyEvent(EventKind.TASK_OVERDUE, overdueOn, "/actions/" + a + "/tasks/" + t,
              CATALOG.text("event.task-overdue", task.id().value(), action.id().value(), task.due().get().toString())));
        }
      }
    }
    List<Consultation> consultations = strategy.governance().consultations();
    for (int c = 0; c < consultations.size(); c++) {
      Consultation consultation = consultations.get(c);
      if (consultation.closedOn().isPresent() && in(consultation.closedOn().get(), after, until)) {
        events.add(new StrategyEvent(EventKind.CONSULTATION_CLOSED, consultation.closedOn().get(), DocumentPaths.consultation(c),
            CATALOG.text("event.consultation-closed", consultation.announcedOn().toString(),
                consultation.closedOn().get().toString(), consultation.proposals().size())));
      }
    }
    LocalDate periodStart = LocalDate.of(strategy.period().startYear(), 1, 1);
    LocalDate periodEnd = LocalDate.of(strategy.period().endYear(), 12, 31);
    for (int i = 0; i < strategy.indicators().size(); i++) {
      Indicator indicator = strategy.indicators().get(i);
      if (indicator.frequency().months().isEmpty()) {
        continue;
      }
      int months = indicator.frequency().months().getAsInt();
      for (LocalDate start = periodStart; !start.isAfter(periodEnd); start = start.plusMonths(months)) {
        LocalDate end = start.plusMonths(months).minusDays(1);
        LocalDate missingOn = end.plusDays(1);
        if (end.isAfter(periodEnd) || !in(missingOn, after, until)) {
          continue;
        }
        LocalDate s = start;
        boolean measured = indicator.measurements().stream().anyMatch(m -> overlaps(m, s, end));
        if (!measured) {
          events.add(new StrategyEvent(EventKind.MEASUREMENT_MISSING, missingOn, "/indicators/" + i + "/measurements",
              CATALOG.text("event.measurement-missing", indicator.id().value(), start.toString(), end.toString())));
        }
      }
    }
    events.sort(Comparator.comparing(StrategyEvent::on).thenComparing(StrategyEvent::kind).thenComparing(StrategyEvent::path));
    return List.copyOf(events);
  }

  private static boolean in(LocalDate day, LocalDate after, LocalDate until) {
    return day.isAfter(after) && !day.isAfter(until);
  }

  private static boolean overlaps(Measurement m, LocalDate start, LocalDate end) {
    return !m.date().lastDay().isBefore(start) && !m.date().firstDay().isAfter(end);
  }
}
