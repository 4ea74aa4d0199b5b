package org.civicplan.lifecycle;

/** What a {@link StrategyEvent} tells. */
public enum EventKind {
  /** The lifecycle state changed (from the change history). */
  STATUS_CHANGED,
  /** A task passed its due date without being done. */
  TASK_OVERDUE,
  /** A public consultation closed. */
  CONSULTATION_CLOSED,
  /** A reporting period of an indicator ended with no measurement in it. */
  MEASUREMENT_MISSING
}
