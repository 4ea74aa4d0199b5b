package org.civicplan.monitoring;

import java.util.Objects;
import org.civicplan.base.PlanDate;

/**
 * One reason an action is late.
 *
 * @param kind what is late
 * @param subject the task id, indicator id or action id concerned
 * @param date the due date, end date or as-of date concerned
 */
public record LatenessReason(Kind kind, String subject, PlanDate date) {

  /** What makes an action late. */
  public enum Kind {
    /** An open task is past its due date. */
    TASK_PAST_DUE,
    /** An indicator the action should move is off track or moving away. */
    INDICATOR_BEHIND,
    /** The action's end date has passed and it is not completed. */
    END_PASSED
  }

  /**
   * @throws NullPointerException if an argument is null
   */
  public LatenessReason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(date, "date");
  }
}
