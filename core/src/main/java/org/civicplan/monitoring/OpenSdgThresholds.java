// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

/**
 * Thresholds of the {@linkplain AssessmentMethod#OPEN_SDG Open SDG / Statistics Canada} variant.
 *
 * <p>Source: Open SDG, <i>Progress Measurement Methodology for the Sustainable Development
 * Goals</i> (open-sdg/open-sdg {@code docs/progress-methodology.md}, method developed by
 * Statistics Canada for the Canadian Indicator Framework), and its implementation in
 * open-sdg/sdg-build ({@code get_progress_thresholds}, {@code get_progress_status}).
 *
 * <p><b>With a quantitative target</b>: {@code R = s · d · CAGR_observed / |CAGR_required|}, where
 * {@code d} is +1 for increase and −1 for decrease indicators and {@code s} is −1 when the values
 * are negative; target achieved when the latest value is at or beyond the target in the desired
 * direction; otherwise {@code R >= onTrack} on track, {@code >= acceleration} progress needs
 * acceleration, {@code >= limited} limited progress, below that deterioration. Defaults 0.95, 0.60,
 * 0.
 *
 * <p><b>Without a target</b>: the direction-adjusted rate {@code s · d · CAGR_observed} against
 * {@code noTargetOnTrack}, {@code noTargetAcceleration}, {@code noTargetLimited}: defaults 1.5 %,
 * 0.5 %, 0 per year. (The scaling factor for indicators with natural limits is not applied.)
 *
 * <p><b>Zero values</b>: "If the target value is zero, it is replaced by 0.001 … If the base value
 * is zero, it is replaced by 0.001" — {@code zeroReplacement}, default 0.001; each replacement is
 * reported as an info finding.
 *
 * @param onTrack ratio for on track
 * @param acceleration ratio for progress needs acceleration
 * @param limited ratio for limited progress (below: deterioration)
 * @param noTargetOnTrack yearly rate for on track (no target)
 * @param noTargetAcceleration yearly rate for progress needs acceleration (no target)
 * @param noTargetLimited yearly rate for limited progress (no target; below: deterioration)
 * @param zeroReplacement the value replacing a zero base or target value, non-zero
 */
public record OpenSdgThresholds(
    double onTrack,
    double acceleration,
    double limited,
    double noTargetOnTrack,
    double noTargetAcceleration,
    double noTargetLimited,
    double zeroReplacement) {

  /** The published defaults: 0.95, 0.60, 0; 0.015, 0.005, 0; zero replaced by 0.001. */
  public static final OpenSdgThresholds DEFAULTS =
      new OpenSdgThresholds(0.95, 0.60, 0.0, 0.015, 0.005, 0.0, 0.001);

  /**
   * Creates an instance from its components.
   *
   * @param onTrack ratio for on track
   * @param acceleration ratio for progress needs acceleration
   * @param limited ratio for limited progress (below: deterioration)
   * @param noTargetOnTrack yearly rate for on track (no target)
   * @param noTargetAcceleration yearly rate for progress needs acceleration (no target)
   * @param noTargetLimited yearly rate for limited progress (no target; below: deterioration)
   * @param zeroReplacement the value replacing a zero base or target value, non-zero
   * @throws IllegalArgumentException if a value is not finite, the thresholds are not ordered
   *     (descending), or {@code zeroReplacement} is zero
   */
  public OpenSdgThresholds {
    double[] all = {onTrack, acceleration, limited, noTargetOnTrack, noTargetAcceleration, noTargetLimited, zeroReplacement};
    for (double d : all) {
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("Open SDG thresholds must be finite but one was " + d);
      }
    }
    if (!(onTrack >= acceleration && acceleration >= limited)) {
      throw new IllegalArgumentException(
          "Open SDG ratio thresholds must satisfy onTrack >= acceleration >= limited but were "
              + onTrack + ", " + acceleration + ", " + limited);
    }
    if (!(noTargetOnTrack >= noTargetAcceleration && noTargetAcceleration >= noTargetLimited)) {
      throw new IllegalArgumentException(
          "Open SDG no-target thresholds must be descending but were "
              + noTargetOnTrack + ", " + noTargetAcceleration + ", " + noTargetLimited);
    }
    if (zeroReplacement == 0) {
      throw new IllegalArgumentException("zeroReplacement must not be zero");
    }
  }
}
