package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.civicplan.base.Finding;

/**
 * The result of portfolio selection.
 *
 * @param selected the selected project ids, sorted; empty when infeasible
 * @param value the total value of the selection
 * @param cost per period, the exact total cost of the selection; sorted
 * @param feasible whether the selection satisfies every constraint
 * @param optimal whether it is proven optimal (the search finished)
 * @param bound an upper bound on the optimal value (equal to value when optimal)
 * @param gap {@code (bound − value) / |bound|}, 0 when optimal
 * @param nodes the search nodes explored
 * @param findings cycles, infeasibility with its cause, the limit reached
 */
public record Selection(
    List<String> selected,
    double value,
    Map<String, BigDecimal> cost,
    boolean feasible,
    boolean optimal,
    double bound,
    double gap,
    long nodes,
    List<Finding> findings) {

  /** @throws NullPointerException if an argument is null */
  public Selection {
    selected = List.copyOf(selected);
    cost = Collections.unmodifiableSortedMap(new TreeMap<>(cost));
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
  }
}
