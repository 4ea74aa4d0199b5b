// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.indicator.Indicator;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.ImplementationPhase;
import org.civicplan.strategy.IndicatorEffect;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.Task;

/**
 * Tracks actions at a date: progress, automatic lateness with every reason, and freshness.
 *
 * <p>Progress, in order of preference: entered by hand; else done tasks over all tasks; else the
 * mean progress of the indicators in the action's effects, each clamped to [0, 1] and assessed
 * with this tracker's {@link IndicatorAssessor}. Lateness reasons: each open task whose due date
 * ended before the as-of date; each effect indicator assessed {@linkplain ProgressStatus#OFF_TRACK
 * off track} or {@linkplain ProgressStatus#MOVING_AWAY moving away}; the end date ended before the
 * as-of date while the action is neither completed nor cancelled.
 */
public final class ActionTracker {

  private final IndicatorAssessor assessor;
  private final FreshnessPolicy freshness;

  private ActionTracker(IndicatorAssessor assessor, FreshnessPolicy freshness) {
    this.assessor = Objects.requireNonNull(assessor, "assessor");
    this.freshness = Objects.requireNonNull(freshness, "freshness");
  }

  /** {@return a tracker with the linear method and the default freshness policy} */
  public static ActionTracker standard() {
    return new ActionTracker(IndicatorAssessor.linear(), FreshnessPolicy.DEFAULTS);
  }

  /**
   * {@return a tracker with the given indicator assessor and freshness policy}
   *
   * @param assessor the method that assesses the action's indicators
   * @param freshness when an update counts as recent
   */
  public static ActionTracker of(IndicatorAssessor assessor, FreshnessPolicy freshness) {
    return new ActionTracker(assessor, freshness);
  }

  /**
   * Assesses an action of {@code strategy} at {@code asOf}.
   *
   * @param strategy the strategy the action belongs to
   * @param action the action
   * @param asOf the date of the assessment
   * @param update progress entered by hand and the date of the last update, each if known; without
   *     an update date, the latest task completion date
   * @return the action's assessment
   * @throws NullPointerException if an argument is null
   */
  public ActionAssessment assess(Strategy strategy, Action action, LocalDate asOf, ManualUpdate update) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(asOf, "asOf");
    OptionalDouble manualProgress = Objects.requireNonNull(update, "update").progress();
    Optional<LocalDate> lastUpdate = update.updatedOn();
    PlanDate asOfDate = PlanDate.of(asOf);
    List<Assessment> effects = new ArrayList<>();
    List<String> effectIds = new ArrayList<>();
    for (IndicatorEffect e : action.effects()) {
      Optional<Indicator> ind = strategy.indicator(e.indicator());
      if (ind.isPresent()) {
        effects.add(assessor.assess(ind.get(), asOfDate));
        effectIds.add(e.indicator().value());
      }
    }
    OptionalDouble progress;
    ProgressSource source;
    if (manualProgress.isPresent()) {
      progress = manualProgress;
      source = ProgressSource.MANUAL;
    } else if (!action.tasks().isEmpty()) {
      long done = action.tasks().stream().filter(Task::done).count();
      progress = OptionalDouble.of(done / (double) action.tasks().size());
      source = ProgressSource.TASKS;
    } else {
      progress = effects.stream().filter(a -> a.progress().isPresent())
          .mapToDouble(a -> Math.max(0, Math.min(1, a.progress().getAsDouble()))).average();
      source = progress.isPresent() ? ProgressSource.INDICATORS : ProgressSource.NONE;
    }
    List<LatenessReason> reasons = new ArrayList<>();
    for (Task t : action.tasks()) {
      if (!t.done() && t.due().isPresent() && t.due().get().lastDay().isBefore(asOf)) {
        reasons.add(new LatenessReason(LatenessReason.Kind.TASK_PAST_DUE, t.id().toString(), t.due().get()));
      }
    }
    for (int i = 0; i < effects.size(); i++) {
      ProgressStatus s = effects.get(i).status();
      if (s == ProgressStatus.OFF_TRACK || s == ProgressStatus.MOVING_AWAY) {
        reasons.add(new LatenessReason(LatenessReason.Kind.INDICATOR_BEHIND, effectIds.get(i), asOfDate));
      }
    }
    boolean finished = action.status() == ActionStatus.COMPLETED || action.phase() == ImplementationPhase.COMPLETED;
    boolean closed = finished || action.status() == ActionStatus.CANCELLED;
    if (!closed && action.end().isPresent() && action.end().get().lastDay().isBefore(asOf)) {
      reasons.add(new LatenessReason(LatenessReason.Kind.END_PASSED, action.id().toString(), action.end().get()));
    }
    ActionStatus status;
    if (finished) {
      status = ActionStatus.COMPLETED;
    } else if (action.status() == ActionStatus.CANCELLED || action.status() == ActionStatus.POSTPONED) {
      status = action.status();
    } else {
      status = reasons.isEmpty() ? action.status() : ActionStatus.LATE;
    }
    Optional<LocalDate> updated = lastUpdate.isPresent() ? lastUpdate
        : action.tasks().stream().flatMap(t -> t.completedOn().stream()).map(PlanDate::lastDay)
            .filter(d -> !d.isAfter(asOf)).max(LocalDate::compareTo);
    return new ActionAssessment(action.id(), progress, source, status, reasons, updated.map(d -> freshness.action(d, asOf)).orElse(Freshness.UNKNOWN));
  }

  /**
   * Assesses an action with no manual progress and no separate update date.
   *
   * @param strategy the strategy the action belongs to
   * @param action the action
   * @param asOf the date of the assessment
   * @return the action's assessment
   */
  public ActionAssessment assess(Strategy strategy, Action action, LocalDate asOf) {
    return assess(strategy, action, asOf, ManualUpdate.none());
  }
}
