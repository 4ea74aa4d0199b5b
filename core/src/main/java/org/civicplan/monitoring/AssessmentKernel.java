// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Target;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Finding;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of every assessment method over plain numbers, shared by the single-series and
 * the column API so that both give the same statuses and numbers by construction.
 *
 * <p>One {@link #run} fills the public fields with numbers and codes only: no text, no boxing, no
 * allocation. Texts (rule, findings, explanation) are produced afterwards, on demand, from the
 * codes and numbers kept here (see {@link AssessmentTexts}). An instance is reused across the
 * series of a batch; an instance handed to an {@link Explanation} is never run again.
 */
final class AssessmentKernel {

  // Branches: which rule of the method decided (each has its own formula and rule text).
  static final byte NO_BASELINE = 0;
  static final byte NO_LATER_DATA = 1;
  static final byte LINEAR_NO_TARGET = 2;
  static final byte RANGE_NO_TARGET = 3;
  static final byte TARGET_NOT_AFTER = 4;
  static final byte EUROSTAT_WRONG_SIDE = 5;
  static final byte OPEN_SDG_WRONG_SIDE = 6;
  static final byte RANGE_INSIDE = 7;
  static final byte FLAT_TARGET = 8;
  static final byte LINEAR = 9;
  static final byte EUROSTAT = 10;
  static final byte OPEN_SDG = 11;
  static final byte EUROSTAT_NO_TARGET = 12;
  static final byte OPEN_SDG_NO_TARGET = 13;

  // Finding bits (at most 15: a column keeps them in a short), in the order the findings are reported (the order the rules meet them).
  static final int F_BASELINE_MISSING = 1;
  static final int F_DATA_INSUFFICIENT = 1 << 1;
  static final int F_TARGET_MISSING = 1 << 2;
  static final int F_RANGE_NO_TARGET = 1 << 3;
  static final int F_TARGET_NOT_AFTER = 1 << 4;
  static final int F_WRONG_DIRECTION = 1 << 5;
  static final int F_ZERO_BASELINE = 1 << 6;
  static final int F_ZERO_TARGET = 1 << 7;
  static final int F_SIDE_BASELINE = 1 << 8;
  static final int F_SIDE_TARGET = 1 << 9;
  static final int F_SIDE_LATEST = 1 << 10;
  static final int F_ERRORS =
      F_TARGET_MISSING | F_RANGE_NO_TARGET | F_TARGET_NOT_AFTER | F_SIDE_BASELINE | F_SIDE_TARGET | F_SIDE_LATEST;

  // Bits of the numbers a result defines.
  static final int D_PROGRESS = 1;
  static final int D_EXPECTED = 1 << 1;
  static final int D_TRAJECTORY = 1 << 2;
  static final int D_ACTUAL = 1 << 3;
  static final int D_REQUIRED = 1 << 4;
  static final int D_RATIO = 1 << 5;
  static final int D_RESULT = 1 << 6;

  // Category codes; 0 is "no category".
  static final byte NONE = 0;
  static final byte SIGNIFICANT_PROGRESS = 1;
  static final byte MODERATE_PROGRESS = 2;
  static final byte INSUFFICIENT_PROGRESS = 3;
  static final byte MOVEMENT_AWAY = 4;
  static final byte MODERATE_MOVEMENT_AWAY = 5;
  static final byte SIGNIFICANT_MOVEMENT_AWAY = 6;
  static final byte TARGET_ACHIEVED = 7;
  static final byte ON_TRACK = 8;
  static final byte PROGRESS_NEEDS_ACCELERATION = 9;
  static final byte LIMITED_PROGRESS = 10;
  static final byte DETERIORATION = 11;

  static final String[] CATEGORY_NAMES = {
    "", "significant-progress", "moderate-progress", "insufficient-progress", "movement-away",
    "moderate-movement-away", "significant-movement-away", "target-achieved", "on-track",
    "progress-needs-acceleration", "limited-progress", "deterioration"
  };

  private static final List<Optional<String>> CATEGORIES = categories();

  // Status codes: the ordinals of ProgressStatus (a byte, not the enum, so that a run stores no
  // references: stores without GC barriers keep the compiled run small enough to be inlined).
  static final byte S_NO_DATA = 0;
  static final byte S_MOVING_AWAY = 1;
  static final byte S_OFF_TRACK = 2;
  static final byte S_AT_RISK = 3;
  static final byte S_ON_TRACK = 4;
  static final byte S_ACHIEVED = 5;
  private static final ProgressStatus[] STATUSES = ProgressStatus.values();

  private static final byte[] STATUS_OF_CATEGORY = {
    S_NO_DATA, S_ON_TRACK, S_AT_RISK, S_OFF_TRACK, S_MOVING_AWAY, S_MOVING_AWAY, S_MOVING_AWAY, S_ACHIEVED,
    S_ON_TRACK, S_AT_RISK, S_OFF_TRACK, S_MOVING_AWAY
  };

  final AssessmentMethod method;
  final LinearThresholds linear;
  final EurostatThresholds eurostat;
  final OpenSdgThresholds openSdg;

  // Results of the last run.
  byte branch;
  byte status;
  byte category;
  int flags;
  int defined;
  double progress;
  double expected;
  double trajectory;
  double actual;
  double required;
  double ratio;
  double result;

  // The milestones the trajectory used (for texts); everything else a text needs is recomputed
  // from the inputs, so that a run stores little.
  int milestoneFrom;
  int milestoneCount;

  AssessmentKernel(
      AssessmentMethod method, LinearThresholds linear, EurostatThresholds eurostat, OpenSdgThresholds openSdg) {
    this.method = method;
    this.linear = linear;
    this.eurostat = eurostat;
    this.openSdg = openSdg;
  }

  /** A fresh kernel with the same method and thresholds. */
  AssessmentKernel copy() {
    return new AssessmentKernel(method, linear, eurostat, openSdg);
  }

  /**
   * Assesses one series given as numbers: times are decimal years ({@link Numbers#decimalYear}).
   *
   * @param hasLatest whether an observation lies on or before the as-of date ({@code v}, {@code
   *     t} are that latest one)
   * @param hi the upper bound of a range target ({@code lo} otherwise)
   * @param mt milestone times, sorted, read from {@code mStart} (inclusive) to {@code mEnd}
   */
  void run(Direction direction, boolean hasBaseline, double b, double t0, boolean hasLatest, double v, double t,
      boolean hasTarget, double lo, double hi, double tT, double[] mt, double[] mv, int mStart, int mEnd) {
    // Kept small (and its rare branches in their own methods) so that the JIT inlines it into the
    // column loop.
    flags = 0;
    defined = 0;
    category = NONE;
    milestoneFrom = mStart;
    milestoneCount = 0;
    if (!hasBaseline) {
      stop(F_BASELINE_MISSING, NO_BASELINE);
    } else if (!hasLatest || t <= t0) {
      stop(F_DATA_INSUFFICIENT, NO_LATER_DATA);
    } else if (!hasTarget) {
      withoutTarget(direction, b, v, t0, t);
    } else if (tT <= t0) {
      stop(F_TARGET_NOT_AFTER, TARGET_NOT_AFTER);
    } else {
      if (direction == Direction.TARGET_RANGE) {
        range(b, v, lo, hi, t0, t, tT, mt, mv, mStart, mEnd);
      } else {
        withTarget(direction, b, v, lo, t0, t, tT, mt, mv, mStart, mEnd);
      }
    }
  }

  private void stop(int finding, byte why) {
    flags = finding;
    noData(why);
  }

  /** A target range: below it an increase to its lower bound, above it a decrease to its upper. */
  private void range(double b, double v, double lo, double hi, double t0, double t, double tT,
      double[] mt, double[] mv, int mStart, int mEnd) {
    if (b < lo) {
      withTarget(Direction.INCREASE, b, v, lo, t0, t, tT, mt, mv, mStart, mEnd);
    } else if (b > hi) {
      withTarget(Direction.DECREASE, b, v, hi, t0, t, tT, mt, mv, mStart, mEnd);
    } else {
      boolean inside = v >= lo && v <= hi;
      branch = RANGE_INSIDE;
      status = inside ? S_ACHIEVED : S_MOVING_AWAY;
      category = method == AssessmentMethod.LINEAR ? NONE : inside ? achievedCategory() : awayCategory();
    }
  }

  private void withTarget(Direction dir, double b, double v, double target, double t0, double t, double tT,
      double[] mt, double[] mv, int mStart, int mEnd) {
    if (dir == Direction.INCREASE ? target < b : target > b) {
      flags |= F_WRONG_DIRECTION;
    }
    if (target == b) {
      flat(dir, v, target);
      return;
    }
    switch (method) {
      case LINEAR -> linear(b, v, target, t0, t, tT, mt, mv, mStart, mEnd);
      case EUROSTAT -> eurostatWithTarget(b, v, target, t0, t, tT);
      case OPEN_SDG -> openSdgWithTarget(b, v, target, dir == Direction.DECREASE, t0, t, tT);
    }
  }

  private void flat(Direction dir, double v, double target) {
    boolean reached = dir == Direction.DECREASE ? v <= target : v >= target;
    branch = FLAT_TARGET;
    status = reached ? S_ACHIEVED : S_MOVING_AWAY;
    category = method == AssessmentMethod.LINEAR ? NONE : reached ? achievedCategory() : awayCategory();
  }

  private void linear(double b, double v, double tv, double t0, double t, double tT,
      double[] mt, double[] mv, int mStart, int mEnd) {
    double p = (v - b) / (tv - b);
    // Without milestones the trajectory is one line; the loop stays out of the common path.
    double traj = mStart == mEnd
        ? (t >= tT ? tv : b + (tv - b) * (t - t0) / (tT - t0))
        : trajectory(b, tv, t0, t, tT, mt, mv, mStart, mEnd);
    double e = Math.min(1.0, (traj - b) / (tv - b));
    double gap = e - p;
    if (p >= 1) {
      status = S_ACHIEVED;
    } else if (p < 0) {
      status = S_MOVING_AWAY;
    } else if (gap <= linear.onTrackGap()) {
      status = S_ON_TRACK;
    } else if (gap <= linear.atRiskGap()) {
      status = S_AT_RISK;
    } else {
      status = S_OFF_TRACK;
    }
    branch = LINEAR;
    progress = p;
    expected = e;
    trajectory = traj;
    result = gap;
    defined = D_PROGRESS | D_EXPECTED | D_TRAJECTORY | D_RESULT;
  }

  /** Piecewise linear through baseline, the milestones strictly between, and the target. */
  private double trajectory(double b, double tv, double t0, double t, double tT,
      double[] mt, double[] mv, int mStart, int mEnd) {
    if (t >= tT) {
      return tv;
    }
    double prevT = t0;
    double prevV = b;
    for (int k = mStart; k < mEnd; k++) {
      double m = mt[k];
      if (m <= t0 || m >= tT) {
        continue;
      }
      // Milestones strictly inside (t0, tT) are contiguous in the sorted list.
      if (milestoneCount == 0) {
        milestoneFrom = k;
      }
      milestoneCount++;
      if (t <= m) {
        return prevV + (mv[k] - prevV) * (t - prevT) / (m - prevT);
      }
      prevT = m;
      prevV = mv[k];
    }
    return prevV + (tv - prevV) * (t - prevT) / (tT - prevT);
  }

  private void eurostatWithTarget(double b, double v, double tv, double t0, double t, double tT) {
    if (!(b > 0)) {
      flags |= F_SIDE_BASELINE;
    }
    if (!(tv > 0)) {
      flags |= F_SIDE_TARGET;
    }
    if (!(v >= 0)) {
      flags |= F_SIDE_LATEST;
    }
    if ((flags & (F_SIDE_BASELINE | F_SIDE_TARGET | F_SIDE_LATEST)) != 0) {
      noData(EUROSTAT_WRONG_SIDE);
      return;
    }
    double ra = Numbers.cagr(b, v, t - t0);
    double rr = Numbers.cagr(b, tv, tT - t0);
    double q = ra / rr;
    EurostatThresholds th = eurostat;
    byte c;
    if (q >= th.significant()) {
      c = SIGNIFICANT_PROGRESS;
    } else if (q >= th.moderate()) {
      c = MODERATE_PROGRESS;
    } else if (q >= th.insufficient()) {
      c = INSUFFICIENT_PROGRESS;
    } else {
      c = MOVEMENT_AWAY;
    }
    double p = (v - b) / (tv - b);
    branch = EUROSTAT;
    growthResult(p >= 1 ? S_ACHIEVED : STATUS_OF_CATEGORY[c], c, p, b, rr, t0, t, tT, ra, q);
  }

  private void openSdgWithTarget(double b, double v, double tv, boolean decrease, double t0, double t, double tT) {
    double bz = b == 0 ? zeroReplaced(F_ZERO_BASELINE) : b;
    double tz = tv == 0 ? zeroReplaced(F_ZERO_TARGET) : tv;
    if (!sameSide(bz, tz, v)) {
      noData(OPEN_SDG_WRONG_SIDE);
      return;
    }
    double s = Math.signum(bz);
    double d = decrease ? -1 : 1;
    double ra = Numbers.cagr(bz, v, t - t0);
    double rr = Numbers.cagr(bz, tz, tT - t0);
    double q = s * d * ra / Math.abs(rr);
    OpenSdgThresholds th = openSdg;
    boolean achieved = d < 0 ? v <= tv : v >= tv;
    byte c = achieved ? TARGET_ACHIEVED : openSdgCategory(q, th.onTrack(), th.acceleration(), th.limited());
    double p = (v - b) / (tv - b);
    branch = OPEN_SDG;
    growthResult(achieved || p >= 1 ? S_ACHIEVED : STATUS_OF_CATEGORY[c], c, p, bz, rr, t0, t, tT, ra, q);
  }

  private double zeroReplaced(int finding) {
    flags |= finding;
    return openSdg.zeroReplacement();
  }

  /** Open SDG: base, target and latest value on one side of zero (a zero latest value is allowed). */
  private boolean sameSide(double bz, double tz, double v) {
    if (Math.signum(tz) != Math.signum(bz)) {
      flags |= F_SIDE_TARGET;
    }
    if (v != 0 && Math.signum(v) != Math.signum(bz)) {
      flags |= F_SIDE_LATEST;
    }
    return (flags & (F_SIDE_TARGET | F_SIDE_LATEST)) == 0;
  }

  private void withoutTarget(Direction direction, double b, double v, double t0, double t) {
    if (method == AssessmentMethod.LINEAR) {
      flags = F_TARGET_MISSING;
      noData(LINEAR_NO_TARGET);
      return;
    }
    if (direction == Direction.TARGET_RANGE) {
      flags = F_RANGE_NO_TARGET;
      noData(RANGE_NO_TARGET);
      return;
    }
    double d = direction == Direction.DECREASE ? -1 : 1;
    double ra;
    double g;
    byte c;
    if (method == AssessmentMethod.EUROSTAT) {
      if (!(b > 0)) {
        flags |= F_SIDE_BASELINE;
      }
      if (!(v >= 0)) {
        flags |= F_SIDE_LATEST;
      }
      if (flags != 0) {
        noData(EUROSTAT_WRONG_SIDE);
        return;
      }
      ra = Numbers.cagr(b, v, t - t0);
      g = d * ra;
      EurostatThresholds th = eurostat;
      if (g > th.noTargetSignificant()) {
        c = SIGNIFICANT_PROGRESS;
      } else if (g > 0) {
        c = MODERATE_PROGRESS;
      } else if (g >= th.noTargetMovementAway()) {
        c = MODERATE_MOVEMENT_AWAY;
      } else {
        c = SIGNIFICANT_MOVEMENT_AWAY;
      }
      branch = EUROSTAT_NO_TARGET;
    } else {
      double bz = b;
      if (b == 0) {
        flags |= F_ZERO_BASELINE;
        bz = openSdg.zeroReplacement();
      }
      if (v != 0 && Math.signum(v) != Math.signum(bz)) {
        flags |= F_SIDE_LATEST;
        noData(OPEN_SDG_WRONG_SIDE);
        return;
      }
      ra = Numbers.cagr(bz, v, t - t0);
      g = Math.signum(bz) * d * ra;
      OpenSdgThresholds th = openSdg;
      c = openSdgCategory(g, th.noTargetOnTrack(), th.noTargetAcceleration(), th.noTargetLimited());
      branch = OPEN_SDG_NO_TARGET;
    }
    status = STATUS_OF_CATEGORY[c];
    category = c;
    actual = ra;
    result = g;
    defined = D_ACTUAL | D_RESULT;
  }

  private void growthResult(byte st, byte c, double p, double b, double rr,
      double t0, double t, double tT, double ra, double q) {
    double tc = Math.min(t, tT);
    status = st;
    category = c;
    progress = p;
    expected = Math.min(1.0, (t - t0) / (tT - t0));
    trajectory = b * Math.pow(1 + rr, tc - t0);
    actual = ra;
    required = rr;
    ratio = q;
    result = q;
    defined = D_PROGRESS | D_EXPECTED | D_TRAJECTORY | D_ACTUAL | D_REQUIRED | D_RATIO | D_RESULT;
  }

  private static byte openSdgCategory(double x, double onTrack, double acceleration, double limited) {
    if (x >= onTrack) {
      return ON_TRACK;
    }
    if (x >= acceleration) {
      return PROGRESS_NEEDS_ACCELERATION;
    }
    if (x >= limited) {
      return LIMITED_PROGRESS;
    }
    return DETERIORATION;
  }

  private byte achievedCategory() {
    return method == AssessmentMethod.OPEN_SDG ? TARGET_ACHIEVED : SIGNIFICANT_PROGRESS;
  }

  private byte awayCategory() {
    return method == AssessmentMethod.OPEN_SDG ? DETERIORATION : MOVEMENT_AWAY;
  }

  private void noData(byte why) {
    branch = why;
    status = S_NO_DATA;
    category = NONE;
    defined = 0;
  }

  // ---- Reading results (allocation only where a caller asks for objects) ----

  /** The status of the last run. */
  ProgressStatus status() {
    return STATUSES[status];
  }

  /** Whether the last run used the latest observation. */
  boolean latestUsed() {
    return branch != NO_BASELINE && branch != NO_LATER_DATA;
  }

  /** Whether the last run used the target of a series that has one. */
  boolean targetUsed() {
    return branch != NO_BASELINE && branch != NO_LATER_DATA && branch != TARGET_NOT_AFTER;
  }

  /**
   * The values a run was given, for texts: the effective target of a range and the zero
   * replacements are recomputed from them exactly as the run computed them.
   */
  record Inputs(Direction direction, double b, double v, double lo, double hi) {

    static Inputs of(IndicatorSeries series, @Nullable Observation latest) {
      double b = series.baseline().map(Observation::value).orElse(0.0);
      double lo = series.target().map(Target::value).orElse(0.0);
      double hi = series.target().map(t -> t.upper().orElse(t.value())).orElse(0.0);
      return new Inputs(series.direction(), b, latest == null ? 0 : latest.value(), lo, hi);
    }

    boolean range() {
      return direction == Direction.TARGET_RANGE;
    }

    /** The target value the run assessed against (a range's bound on the baseline's side). */
    double tv() {
      return range() && !(b < lo) ? hi : lo;
    }

    /** Whether the run assessed a decrease (a range above its baseline's side counts as one). */
    boolean decrease() {
      return range() ? !(b < lo) : direction == Direction.DECREASE;
    }
  }


  static Optional<String> category(byte code) {
    return CATEGORIES.get(code);
  }

  static OptionalDouble optional(int defined, int bit, double value) {
    return (defined & bit) != 0 ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  private static List<Optional<String>> categories() {
    List<Optional<String>> list = new ArrayList<>();
    list.add(Optional.empty());
    for (int k = 1; k < CATEGORY_NAMES.length; k++) {
      list.add(Optional.of(CATEGORY_NAMES[k]));
    }
    return List.copyOf(list);
  }

  // ---- Texts, produced on demand by AssessmentTexts ----

  /** The formula of the branch that decided, in plain notation. */
  String formula() {
    return new AssessmentTexts(this).formula();
  }

  /** The rule that decided the status, with the numbers compared. */
  String rule(Inputs in, Optional<PlanDate> baseDate, Optional<PlanDate> targetDate, PlanDate asOf) {
    return new AssessmentTexts(this).rule(in, baseDate, targetDate, asOf);
  }

  /**
   * The findings the last run raised, in order found.
   *
   * @param latestIndex the index of the latest observation in the series' sorted observations
   */
  List<Finding> findings(Inputs in, Optional<PlanDate> baseDate, Optional<PlanDate> targetDate, PlanDate asOf, int latestIndex) {
    return new AssessmentTexts(this).findings(in, baseDate, targetDate, asOf, latestIndex);
  }
}
