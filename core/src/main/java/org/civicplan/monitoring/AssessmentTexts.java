// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.civicplan.monitoring.AssessmentKernel.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Severity;
import org.civicplan.indicator.Direction;

/**
 * The texts of one {@link AssessmentKernel} run, produced on demand from its codes and numbers and
 * the run's {@link AssessmentKernel.Inputs}: the formula of the branch that decided, the rule with
 * the numbers compared, and the findings. Kept apart from the arithmetic so that the kernel's run
 * stays small and allocates nothing.
 */
final class AssessmentTexts {
  private final AssessmentMethod method;
  private final LinearThresholds linear;
  private final EurostatThresholds eurostat;
  private final OpenSdgThresholds openSdg;
  private final byte branch;
  private final byte status;
  private final ProgressStatus progressStatus;
  private final byte category;
  private final int flags;
  private final double progress;
  private final double ratio;
  private final double result;

  AssessmentTexts(AssessmentKernel k) {
    method = k.method;
    linear = k.linear;
    eurostat = k.eurostat;
    openSdg = k.openSdg;
    branch = k.branch;
    status = k.status;
    progressStatus = k.status();
    category = k.category;
    flags = k.flags;
    progress = k.progress;
    ratio = k.ratio;
    result = k.result;
  }

  private ProgressStatus status() {
    return progressStatus;
  }

  /** The formula of the branch that decided, in plain notation. */
  String formula() {
    return switch (branch) {
      case RANGE_INSIDE -> "lower <= v <= upper";
      case FLAT_TARGET -> "target = baseline";
      case LINEAR -> "p = (v - b) / (T - b); e = (trajectory(t) - b) / (T - b); gap = e - p";
      case EUROSTAT ->
          "CAGR_a = (v / b)^(1 / (t - t0)) - 1; CAGR_r = (T / b)^(1 / (tT - t0)) - 1; ratio = CAGR_a / CAGR_r";
      case OPEN_SDG ->
          "CAGR_o = (v / b)^(1 / (t - t0)) - 1; CAGR_r = (T / b)^(1 / (tT - t0)) - 1; R = s * d * CAGR_o / |CAGR_r|";
      case EUROSTAT_NO_TARGET -> "g = d * ((v / b)^(1 / (t - t0)) - 1)";
      case OPEN_SDG_NO_TARGET -> "g = s * d * ((v / b)^(1 / (t - t0)) - 1)";
      default -> "none";
    };
  }

  /** The rule that decided the status, with the numbers compared. */
  String rule(Inputs in, Optional<PlanDate> baseDate, Optional<PlanDate> targetDate, PlanDate asOf) {
    return switch (branch) {
      case NO_BASELINE -> "no baseline";
      case NO_LATER_DATA -> "no observation after the baseline " + baseDate.orElseThrow() + " on or before " + asOf;
      case TARGET_NOT_AFTER -> "target date " + targetDate.orElseThrow() + " is not after the baseline date "
          + baseDate.orElseThrow();
      case LINEAR_NO_TARGET -> "the linear method needs a target";
      case RANGE_NO_TARGET -> "a target-range indicator needs its range";
      case EUROSTAT_WRONG_SIDE -> "a value is on the wrong side of zero for a growth rate";
      case OPEN_SDG_WRONG_SIDE -> "values on both sides of zero";
      case RANGE_INSIDE -> "baseline inside [" + Numbers.format(in.lo()) + ", " + Numbers.format(in.hi()) + "]; latest "
          + (status == S_ACHIEVED ? "inside" : "outside");
      case FLAT_TARGET -> status == S_ACHIEVED
          ? "latest at or beyond the target" : "latest on the wrong side of the target";
      case LINEAR -> linearRule();
      case EUROSTAT -> eurostatRule() + (progress >= 1 ? "; latest at or beyond the target" : "");
      case OPEN_SDG -> category == TARGET_ACHIEVED
          ? "latest " + Numbers.format(in.v()) + (in.decrease() ? " <= " : " >= ") + "target " + Numbers.format(in.tv())
          : openSdgRule("R", ratio, openSdg.onTrack(), openSdg.acceleration(), openSdg.limited());
      case EUROSTAT_NO_TARGET -> eurostatNoTargetRule();
      case OPEN_SDG_NO_TARGET -> openSdgRule("g", result, openSdg.noTargetOnTrack(), openSdg.noTargetAcceleration(),
          openSdg.noTargetLimited());
      default -> throw new IllegalStateException("unknown branch " + branch);
    };
  }

  private String linearRule() {
    String on = Numbers.format(linear.onTrackGap());
    String risk = Numbers.format(linear.atRiskGap());
    String gap = Numbers.format(result);
    return switch (status()) {
      case ACHIEVED -> "p " + Numbers.format(progress) + " >= 1";
      case MOVING_AWAY -> "p " + Numbers.format(progress) + " < 0";
      case ON_TRACK -> "gap " + gap + " <= onTrackGap " + on;
      case AT_RISK -> "onTrackGap " + on + " < gap " + gap + " <= atRiskGap " + risk;
      default -> "gap " + gap + " > atRiskGap " + risk;
    };
  }

  private String eurostatRule() {
    EurostatThresholds th = eurostat;
    String r = Numbers.format(ratio);
    return switch (category) {
      case SIGNIFICANT_PROGRESS -> "ratio " + r + " >= " + Numbers.format(th.significant());
      case MODERATE_PROGRESS ->
          Numbers.format(th.moderate()) + " <= ratio " + r + " < " + Numbers.format(th.significant());
      case INSUFFICIENT_PROGRESS ->
          Numbers.format(th.insufficient()) + " <= ratio " + r + " < " + Numbers.format(th.moderate());
      default -> "ratio " + r + " < " + Numbers.format(th.insufficient());
    };
  }

  private String eurostatNoTargetRule() {
    EurostatThresholds th = eurostat;
    String g = Numbers.format(result);
    return switch (category) {
      case SIGNIFICANT_PROGRESS -> "g " + g + " > " + Numbers.format(th.noTargetSignificant());
      case MODERATE_PROGRESS -> "0 < g " + g + " <= " + Numbers.format(th.noTargetSignificant());
      case MODERATE_MOVEMENT_AWAY -> Numbers.format(th.noTargetMovementAway()) + " <= g " + g + " <= 0";
      default -> "g " + g + " < " + Numbers.format(th.noTargetMovementAway());
    };
  }

  private static String openSdgRule(String name, double x, double onTrack, double acceleration, double limited) {
    String f = Numbers.format(x);
    if (x >= onTrack) {
      return name + " " + f + " >= " + Numbers.format(onTrack);
    }
    if (x >= acceleration) {
      return Numbers.format(acceleration) + " <= " + name + " " + f + " < " + Numbers.format(onTrack);
    }
    if (x >= limited) {
      return Numbers.format(limited) + " <= " + name + " " + f + " < " + Numbers.format(acceleration);
    }
    return name + " " + f + " < " + Numbers.format(limited);
  }

  /**
   * The rule that decided the status as a person reads it in the language of {@code f}: the same
   * comparisons as {@link #rule}, with values written by {@code f} (shares as percentages, values
   * of the indicator as numbers, dates with month names) and the conditions in words.
   */
  String readerRule(Inputs in, Optional<PlanDate> baseDate, Optional<PlanDate> targetDate, PlanDate asOf,
      ReaderTexts f) {
    return switch (branch) {
      case NO_BASELINE -> f.words("rule.no-baseline");
      case NO_LATER_DATA -> f.words("rule.no-later-data", f.date(baseDate.orElseThrow()), f.date(asOf));
      case TARGET_NOT_AFTER -> f.words("rule.target-not-after", f.date(targetDate.orElseThrow()),
          f.date(baseDate.orElseThrow()));
      case LINEAR_NO_TARGET -> f.words("rule.linear-no-target");
      case RANGE_NO_TARGET -> f.words("rule.range-no-target");
      case EUROSTAT_WRONG_SIDE -> f.words("rule.growth-wrong-side");
      case OPEN_SDG_WRONG_SIDE -> f.words("rule.both-sides-of-zero");
      case RANGE_INSIDE -> f.words(status == S_ACHIEVED ? "rule.range-inside" : "rule.range-outside",
          f.number(in.lo()), f.number(in.hi()));
      case FLAT_TARGET -> f.words(status == S_ACHIEVED ? "rule.at-or-beyond-target" : "rule.wrong-side-of-target");
      case LINEAR -> readerLinearRule(f);
      case EUROSTAT -> progress >= 1
          ? f.words("rule.then", readerEurostatRule(f), f.words("rule.at-or-beyond-target"))
          : readerEurostatRule(f);
      case OPEN_SDG -> category == TARGET_ACHIEVED
          ? f.words(in.decrease() ? "rule.latest-at-most-target" : "rule.latest-at-least-target", f.number(in.v()),
              f.number(in.tv()))
          : (readerOpenSdgRule("R", ratio, openSdg.onTrack(), openSdg.acceleration(), openSdg.limited(), f));
      case EUROSTAT_NO_TARGET -> (readerEurostatNoTargetRule(f));
      case OPEN_SDG_NO_TARGET -> (readerOpenSdgRule("g", result, openSdg.noTargetOnTrack(),
          openSdg.noTargetAcceleration(), openSdg.noTargetLimited(), f));
      default -> throw new IllegalStateException("unknown branch " + branch);
    };
  }

  private String readerLinearRule(ReaderTexts f) {
    double on = linear.onTrackGap();
    double risk = linear.atRiskGap();
    return switch (status()) {
      case ACHIEVED -> ("p " + f.share(progress, 1) + " \u2265 " + f.limit(1));
      case MOVING_AWAY -> ("p " + f.share(progress, 0) + " < " + f.limit(0));
      case ON_TRACK -> f.words("rule.linear-on-track", f.share(result, on), f.limit(on));
      case AT_RISK -> f.words("rule.linear-at-risk", f.share(result, on, risk), f.limit(on), f.limit(risk));
      default -> f.words("rule.linear-off-track", f.share(result, risk), f.limit(risk));
    };
  }

  private String readerEurostatRule(ReaderTexts f) {
    EurostatThresholds th = eurostat;
    double sig = th.significant();
    double mod = th.moderate();
    double ins = th.insufficient();
    return switch (category) {
      case SIGNIFICANT_PROGRESS -> "ratio " + f.share(ratio, sig) + " \u2265 " + f.limit(sig);
      case MODERATE_PROGRESS -> f.limit(mod) + " \u2264 ratio " + f.share(ratio, mod, sig) + " < " + f.limit(sig);
      case INSUFFICIENT_PROGRESS -> f.limit(ins) + " \u2264 ratio " + f.share(ratio, ins, mod) + " < " + f.limit(mod);
      default -> "ratio " + f.share(ratio, ins) + " < " + f.limit(ins);
    };
  }

  private String readerEurostatNoTargetRule(ReaderTexts f) {
    double sig = eurostat.noTargetSignificant();
    double away = eurostat.noTargetMovementAway();
    return switch (category) {
      case SIGNIFICANT_PROGRESS -> "g " + f.share(result, sig) + " > " + f.limit(sig);
      case MODERATE_PROGRESS -> f.limit(0) + " < g " + f.share(result, 0, sig) + " \u2264 " + f.limit(sig);
      case MODERATE_MOVEMENT_AWAY -> f.limit(away) + " \u2264 g " + f.share(result, away, 0) + " \u2264 " + f.limit(0);
      default -> "g " + f.share(result, away) + " < " + f.limit(away);
    };
  }

  private static String readerOpenSdgRule(String name, double x, double onTrack, double acceleration, double limited,
      ReaderTexts f) {
    if (x >= onTrack) {
      return name + " " + f.share(x, onTrack) + " \u2265 " + f.limit(onTrack);
    }
    if (x >= acceleration) {
      return f.limit(acceleration) + " \u2264 " + name + " " + f.share(x, acceleration, onTrack) + " < " + f.limit(onTrack);
    }
    if (x >= limited) {
      return f.limit(limited) + " \u2264 " + name + " " + f.share(x, limited, acceleration) + " < " + f.limit(acceleration);
    }
    return name + " " + f.share(x, limited) + " < " + f.limit(limited);
  }

  /**
   * The findings the last run raised, in order found.
   *
   * @param latestIndex the index of the latest observation in the series' sorted observations
   */
  List<Finding> findings(Inputs in, Optional<PlanDate> baseDate, Optional<PlanDate> targetDate, PlanDate asOf, int latestIndex) {
    if (flags == 0) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>(2);
    String label = method.label();
    String latestPath = "/observations/" + latestIndex + "/value";
    boolean eu = method == AssessmentMethod.EUROSTAT;
    double b = in.b();
    double b1 = zeroed(b);
    double tv = in.tv();
    double tv1 = zeroed(tv);
    double v = in.v();
    boolean decrease = in.decrease();
    if ((flags & F_BASELINE_MISSING) != 0) {
      out.add(finding(Severity.WARNING, MonitoringCodes.BASELINE_MISSING, "/baseline"));
    }
    if ((flags & F_DATA_INSUFFICIENT) != 0) {
      out.add(finding(Severity.INFO, MonitoringCodes.DATA_INSUFFICIENT, "/observations", baseDate.orElseThrow(), asOf));
    }
    if ((flags & F_TARGET_MISSING) != 0) {
      out.add(finding(Severity.ERROR, MonitoringCodes.TARGET_MISSING, "/target", label));
    }
    if ((flags & F_RANGE_NO_TARGET) != 0) {
      out.add(finding(Severity.ERROR, MonitoringCodes.RANGE_WITHOUT_TARGET, "/target"));
    }
    if ((flags & F_TARGET_NOT_AFTER) != 0) {
      out.add(finding(Severity.ERROR, MonitoringCodes.TARGET_NOT_AFTER_BASELINE, "/target/date",
          targetDate.orElseThrow(), baseDate.orElseThrow()));
    }
    if ((flags & F_WRONG_DIRECTION) != 0) {
      out.add(finding(Severity.WARNING, MonitoringCodes.TARGET_WRONG_DIRECTION, "/target/value",
          Numbers.format(tv), Numbers.format(b), (decrease ? Direction.DECREASE : Direction.INCREASE).name()
              .toLowerCase(Locale.ROOT)));
    }
    String zero = Numbers.format(openSdg.zeroReplacement());
    if ((flags & F_ZERO_BASELINE) != 0) {
      out.add(finding(Severity.INFO, MonitoringCodes.GROWTH_ZERO_REPLACED, "/baseline/value", zero));
    }
    if ((flags & F_ZERO_TARGET) != 0) {
      out.add(finding(Severity.INFO, MonitoringCodes.GROWTH_ZERO_REPLACED, "/target/value", zero));
    }
    if ((flags & F_SIDE_BASELINE) != 0) {
      out.add(finding(Severity.ERROR, MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO, "/baseline/value",
          Numbers.format(b), label, "> 0"));
    }
    if ((flags & F_SIDE_TARGET) != 0) {
      out.add(finding(Severity.ERROR, MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO, "/target/value",
          Numbers.format(eu ? tv : tv1), label, eu || b1 > 0 ? "> 0" : "< 0"));
    }
    if ((flags & F_SIDE_LATEST) != 0) {
      out.add(finding(Severity.ERROR, MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO, latestPath,
          Numbers.format(v), label, eu || b1 > 0 ? ">= 0" : "<= 0"));
    }
    return List.copyOf(out);
  }

  private static Finding finding(Severity severity, String code, String path, Object... args) {
    return Messages.CATALOG.finding(severity, code, path, args);
  }

  private double zeroed(double x) {
    return x == 0 ? openSdg.zeroReplacement() : x;
  }
}
