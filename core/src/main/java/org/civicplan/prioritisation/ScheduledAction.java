package org.civicplan.prioritisation;

import java.util.List;
import java.util.Objects;
import org.civicplan.base.Finding;

/**
 * Where an action landed in the plan.
 *
 * @param id the action
 * @param start its first year
 * @param end its last year
 * @param slip years later than its earliest start (0 when on time)
 * @param reasons why it slipped: {@code sequencing.slip.dependency} and/or {@code
 *     sequencing.slip.budget}; empty when on time
 */
public record ScheduledAction(String id, int start, int end, int slip, List<Finding> reasons) {

  /** @throws NullPointerException if an argument is null */
  public ScheduledAction {
    Objects.requireNonNull(id, "id");
    reasons = List.copyOf(reasons);
  }
}
