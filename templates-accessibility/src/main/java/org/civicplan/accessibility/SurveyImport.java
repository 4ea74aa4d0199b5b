// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.monitoring.RejectedRow;
import org.civicplan.strategy.Strategy;

/**
 * The result of importing a field survey ({@link FieldSurvey#apply}): the strategy with the
 * surveyed observations in its audits, or every rejected row and no strategy. All or nothing: one
 * rejected row rejects the whole file, so an audit is never half updated.
 *
 * @param strategy the strategy with the observations applied; empty when a row was rejected
 * @param rejected the rejected rows, in file order and, within a row, in column order; empty
 *     when the file was applied
 * @param rowsRead how many data rows (after the header, blank lines excluded) the file had
 * @param observations how many observations were applied (0 when rejected)
 */
public record SurveyImport(Optional<Strategy> strategy, List<RejectedRow> rejected, int rowsRead, int observations) {

  /**
   * Creates an instance from its components.
   *
   * @param strategy the strategy with the observations applied; empty when a row was rejected
   * @param rejected the rejected rows, in file order; empty when the file was applied
   * @param rowsRead how many data rows the file had
   * @param observations how many observations were applied
   * @throws NullPointerException if an argument or a rejected row is null
   * @throws IllegalArgumentException if a strategy is given with rejected rows, or neither is, or
   *     a count is negative
   */
  public SurveyImport {
    Objects.requireNonNull(strategy, "strategy");
    rejected = List.copyOf(rejected);
    if (strategy.isPresent() == !rejected.isEmpty()) {
      throw new IllegalArgumentException(
          "a survey import has either a strategy or rejected rows, but had " + (strategy.isPresent() ? "both" : "neither"));
    }
    if (rowsRead < 0 || observations < 0) {
      throw new IllegalArgumentException("counts must not be negative but were " + rowsRead + " and " + observations);
    }
  }

  /** {@return whether the whole file was applied} */
  public boolean isSuccess() {
    return rejected.isEmpty();
  }
}
