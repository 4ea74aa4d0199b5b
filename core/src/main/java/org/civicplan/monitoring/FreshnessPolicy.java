// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Measurement;

/**
 * When an action or an indicator counts as not updated (stale). Set per strategy; the defaults are
 * this library's own choice (no published standard):
 *
 * <ul>
 *   <li>an action is stale when it has not been updated for more than {@code actionDays} (30)
 *       days;
 *   <li>an indicator with a reporting frequency is stale when no measurement arrived within its
 *       expected interval plus {@code indicatorGraceDays} (60) days for publication lag, counted
 *       from the last day of the latest measurement's date;
 *   <li>an indicator reported irregularly is stale after {@code irregularIndicatorDays} (180) days.
 * </ul>
 *
 * @param actionDays days an action may go without an update, at least 1
 * @param indicatorGraceDays days of publication lag allowed after an indicator's interval, at least 0
 * @param irregularIndicatorDays days an irregular indicator may go without a measurement, at least 1
 */
public record FreshnessPolicy(int actionDays, int indicatorGraceDays, int irregularIndicatorDays) {

  /** The defaults: 30, 60 and 180 days. */
  public static final FreshnessPolicy DEFAULTS = new FreshnessPolicy(30, 60, 180);

  /**
   * Creates an instance from its components.
   *
   * @param actionDays days an action may go without an update, at least 1
   * @param indicatorGraceDays days of publication lag allowed after an indicator's interval, at
   *     least 0
   * @param irregularIndicatorDays days an irregular indicator may go without a measurement, at
   *     least 1
   * @throws IllegalArgumentException if a number is out of its range
   */
  public FreshnessPolicy {
    if (actionDays < 1 || indicatorGraceDays < 0 || irregularIndicatorDays < 1) {
      throw new IllegalArgumentException(
          "freshness days must be actionDays >= 1, indicatorGraceDays >= 0, irregularIndicatorDays >= 1 but were "
              + actionDays + ", " + indicatorGraceDays + ", " + irregularIndicatorDays);
    }
  }

  /**
   * {@return whether an action last updated on {@code lastUpdate} is fresh at {@code asOf}: stale
   * when more than {@code actionDays} days have passed} An action never updated has freshness
   * {@link Freshness#UNKNOWN}.
   *
   * @param lastUpdate the date of the action's last update
   * @param asOf the date of the assessment
   * @throws NullPointerException if an argument is null
   */
  public Freshness action(LocalDate lastUpdate, LocalDate asOf) {
    Objects.requireNonNull(lastUpdate, "lastUpdate");
    Objects.requireNonNull(asOf, "asOf");
    return lastUpdate.plusDays(actionDays).isBefore(asOf) ? Freshness.STALE : Freshness.FRESH;
  }

  /**
   * {@return whether an indicator's latest measurement on or before {@code asOf} is recent enough}
   *
   * @param indicator the indicator
   * @param asOf the date of the assessment
   */
  public Freshness indicator(Indicator indicator, LocalDate asOf) {
    Optional<LocalDate> last =
        indicator.measurements().stream()
            .map(Measurement::date)
            .filter(d -> !d.firstDay().isAfter(asOf))
            .map(d -> d.lastDay())
            .max(LocalDate::compareTo);
    if (last.isEmpty()) {
      return Freshness.UNKNOWN;
    }
    LocalDate due =
        indicator.frequency().months().isPresent()
            ? last.get().plusMonths(indicator.frequency().months().getAsInt()).plusDays(indicatorGraceDays)
            : last.get().plusDays(irregularIndicatorDays);
    return due.isBefore(asOf) ? Freshness.STALE : Freshness.FRESH;
  }
}
