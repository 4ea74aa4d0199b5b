package org.civicplan.accessibility;

/** How a criterion's threshold is compared with what the auditor recorded. */
public enum Comparison {
  /** The measured value must be at least the threshold. */
  MIN,
  /** The measured value must be at most the threshold. */
  MAX,
  /** The measured value must lie between the threshold and its upper bound, both included. */
  RANGE,
  /** The feature must be observed present (a yes/no observation). */
  PRESENT
}
