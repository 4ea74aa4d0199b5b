package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicplan.base.Finding;

/**
 * A multi-year plan of selected actions.
 *
 * @param scheduled the actions placed, in the order they were placed (priority, then id, after
 *     what they require)
 * @param unscheduled the ids that could not be placed by the last budget year, sorted
 * @param spending per year, the exact total spent; sorted
 * @param findings every slip, every unscheduled action, every invalid reference
 */
public record Schedule(List<ScheduledAction> scheduled, List<String> unscheduled, Map<Integer, BigDecimal> spending, List<Finding> findings) {

  /** @throws NullPointerException if an argument is null */
  public Schedule {
    scheduled = List.copyOf(scheduled);
    unscheduled = List.copyOf(unscheduled);
    spending = Collections.unmodifiableSortedMap(new TreeMap<>(spending));
    findings = List.copyOf(findings);
  }
}
