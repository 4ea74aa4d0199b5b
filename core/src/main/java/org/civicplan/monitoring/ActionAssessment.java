package org.civicplan.monitoring;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.ActionStatus;

/**
 * An action's progress and schedule status at a date, with every lateness reason.
 *
 * @param action the action
 * @param progress share done, in [0, 1]; empty when {@code source} is {@link ProgressSource#NONE}
 * @param source where the progress comes from
 * @param status the derived status: the action's own when completed, cancelled or postponed,
 *     otherwise {@link ActionStatus#LATE} whenever a reason is listed, else the action's own
 * @param reasons why it is late, in the order tasks, indicators, end date
 * @param freshness whether it was updated recently enough
 */
public record ActionAssessment(
    ActionId action,
    OptionalDouble progress,
    ProgressSource source,
    ActionStatus status,
    List<LatenessReason> reasons,
    Freshness freshness) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public ActionAssessment {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(freshness, "freshness");
  }

  /** Whether any lateness reason applies. */
  public boolean isLate() {
    return !reasons.isEmpty();
  }
}
