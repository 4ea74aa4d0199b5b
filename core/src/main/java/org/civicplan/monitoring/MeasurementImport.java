// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Measurement;
import org.civicplan.strategy.Strategy;

/**
 * The result of reading measurements from CSV ({@link MeasurementCsv}): the measurements accepted
 * and every rejected row. Under {@link MeasurementCsv.Mode#ALL_OR_NOTHING} (the default) nothing is
 * accepted as soon as one row is rejected, so an import is never partial without the caller
 * asking for it.
 *
 * @param accepted the measurements to import, in file order
 * @param rejected the rejected rows, by row then column order; at most {@link
 *     org.civicplan.io.CsvLimits#maxRejections()} of them
 * @param rowsRead how many data rows (after the header, blank lines excluded) were read
 * @param moreRejected how many more rows were rejected beyond those listed (counted, not kept)
 */
public record MeasurementImport(List<Accepted> accepted, List<RejectedRow> rejected, int rowsRead, int moreRejected) {

  /**
   * Creates an instance from its components.
   *
   * @param accepted the measurements to import, in file order
   * @param rejected the rejected rows, by row then column order
   * @param rowsRead how many data rows (after the header, blank lines excluded) were read
   * @param moreRejected how many more rows were rejected beyond those listed (counted, not kept)
   * @throws NullPointerException if an argument or a list element is null
   * @throws IllegalArgumentException if {@code moreRejected} is negative
   */
  public MeasurementImport {
    accepted = List.copyOf(accepted);
    rejected = List.copyOf(rejected);
    if (moreRejected < 0) {
      throw new IllegalArgumentException("moreRejected must be at least 0 but was " + moreRejected);
    }
  }

  /**
   * Creates an instance that lists every rejected row.
   *
   * @param accepted the measurements to import, in file order
   * @param rejected the rejected rows, by row then column order
   * @param rowsRead how many data rows (after the header, blank lines excluded) were read
   * @throws NullPointerException if an argument or a list element is null
   */
  public MeasurementImport(List<Accepted> accepted, List<RejectedRow> rejected, int rowsRead) {
    this(accepted, rejected, rowsRead, 0);
  }

  /** {@return whether every row was accepted} */
  public boolean isComplete() {
    return rejected.isEmpty();
  }

  /** {@return how many rows were rejected: those listed and those only counted} */
  public int rejectedCount() {
    return rejected.size() + moreRejected;
  }

  /**
   * {@return the strategy with the accepted measurements appended to their indicators} An imported
   * value with the same date as an existing one comes after it, so it counts as the correction
   * ({@link IndicatorSeries}). Ids not in the strategy are left out (they are rejected when the
   * import was read against the strategy's ids).
   *
   * @param strategy the strategy whose indicators receive the measurements
   * @throws NullPointerException if {@code strategy} is null
   */
  public Strategy applyTo(Strategy strategy) {
    Objects.requireNonNull(strategy, "strategy");
    if (accepted.isEmpty()) {
      return strategy;
    }
    Map<IndicatorId, List<Measurement>> byId = new LinkedHashMap<>();
    for (Accepted a : accepted) {
      byId.computeIfAbsent(a.indicator(), k -> new ArrayList<>()).add(a.measurement());
    }
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : strategy.indicators()) {
      List<Measurement> more = byId.get(i.id());
      if (more == null) {
        indicators.add(i);
      } else {
        List<Measurement> all = new ArrayList<>(i.measurements());
        all.addAll(more);
        indicators.add(i.withMeasurements(all));
      }
    }
    return strategy.toBuilder().indicators(indicators).build();
  }

  /**
   * An accepted row.
   *
   * @param row its line number (header = 1)
   * @param indicator the indicator it measures
   * @param measurement the value, date and source
   */
  public record Accepted(int row, IndicatorId indicator, Measurement measurement) {
    /**
     * Creates an instance from its components.
     *
     * @param row its line number (header = 1)
     * @param indicator the indicator it measures
     * @param measurement the value, date and source
     * @throws NullPointerException if an argument is null
     */
    public Accepted {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(measurement, "measurement");
    }
  }
}
