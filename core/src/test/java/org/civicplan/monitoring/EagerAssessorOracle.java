package org.civicplan.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Target;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;

/**
 * The assessor as it was before the column API: builds every explanation text eagerly. Kept, test
 * only, as the oracle the faster assessor must reproduce exactly (statuses, numbers, findings and
 * every explanation text).
 */
final class EagerAssessorOracle {

  private final AssessmentMethod method;
  private final LinearThresholds linear;
  private final EurostatThresholds eurostat;
  private final OpenSdgThresholds openSdg;

  EagerAssessorOracle(
      AssessmentMethod method, LinearThresholds linear, EurostatThresholds eurostat, OpenSdgThresholds openSdg) {
    this.method = method;
    this.linear = Objects.requireNonNull(linear, "linear thresholds");
    this.eurostat = Objects.requireNonNull(eurostat, "eurostat thresholds");
    this.openSdg = Objects.requireNonNull(openSdg, "open-sdg thresholds");
  }

  /**
   * Assesses a series at a date. Problems in the data are findings in the result, never
   * exceptions.
   *
   * @throws NullPointerException if an argument is null
   */
  public Assessment assess(IndicatorSeries series, PlanDate asOf) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    return new Run(series, asOf).assess();
  }

  /** One assessment in progress: collects findings and used values. */
  private final class Run {
    final IndicatorSeries series;
    final PlanDate asOf;
    final List<Finding> findings = new ArrayList<>();
    final List<Explanation.UsedValue> used = new ArrayList<>();
    Observation latest;

    Run(IndicatorSeries series, PlanDate asOf) {
      this.series = series;
      this.asOf = asOf;
    }

    Assessment assess() {
      if (series.baseline().isEmpty()) {
        finding(Severity.WARNING, MonitoringCodes.BASELINE_MISSING, "/baseline");
        return noData("no baseline");
      }
      Observation base = series.baseline().get();
      used.add(new Explanation.UsedValue("baseline", base));
      Optional<Observation> last = latestOnOrBefore();
      if (last.isEmpty() || Numbers.decimalYear(last.get().date()) <= Numbers.decimalYear(base.date())) {
        finding(Severity.INFO, MonitoringCodes.DATA_INSUFFICIENT, "/observations", base.date(), asOf);
        return noData("no observation after the baseline " + base.date() + " on or before " + asOf);
      }
      latest = last.get();
      used.add(new Explanation.UsedValue("latest", latest));
      if (series.target().isEmpty()) {
        return withoutTarget(base);
      }
      Target target = series.target().get();
      if (Numbers.decimalYear(target.date()) <= Numbers.decimalYear(base.date())) {
        finding(Severity.ERROR, MonitoringCodes.TARGET_NOT_AFTER_BASELINE, "/target/date", target.date(), base.date());
        return noData("target date " + target.date() + " is not after the baseline date " + base.date());
      }
      double b = base.value();
      double v = latest.value();
      Direction dir = series.direction();
      double tv = target.value();
      if (dir == Direction.TARGET_RANGE) {
        double lo = target.value();
        double hi = target.upper().orElse(lo);
        used.add(new Explanation.UsedValue("target-lower", Observation.of(target.date(), lo)));
        used.add(new Explanation.UsedValue("target-upper", Observation.of(target.date(), hi)));
        if (b < lo) {
          dir = Direction.INCREASE;
          tv = lo;
        } else if (b > hi) {
          dir = Direction.DECREASE;
          tv = hi;
        } else {
          boolean inside = v >= lo && v <= hi;
          String rule = "baseline inside [" + Numbers.format(lo) + ", " + Numbers.format(hi) + "]; latest "
              + (inside ? "inside" : "outside");
          return result(inside ? ProgressStatus.ACHIEVED : ProgressStatus.MOVING_AWAY,
              Optional.of(inside ? achievedCategory() : awayCategory()).filter(c -> method != AssessmentMethod.LINEAR),
              OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
              OptionalDouble.empty(), OptionalDouble.empty(), "lower <= v <= upper", OptionalDouble.empty(), rule);
        }
      } else {
        used.add(new Explanation.UsedValue("target", Observation.of(target.date(), tv)));
      }
      if ((dir == Direction.INCREASE && tv < b) || (dir == Direction.DECREASE && tv > b)) {
        finding(Severity.WARNING, MonitoringCodes.TARGET_WRONG_DIRECTION, "/target/value",
            Numbers.format(tv), Numbers.format(b), dir.name().toLowerCase(java.util.Locale.ROOT));
      }
      if (tv == b) {
        boolean reached = dir == Direction.DECREASE ? v <= tv : v >= tv;
        return result(reached ? ProgressStatus.ACHIEVED : ProgressStatus.MOVING_AWAY,
            Optional.of(reached ? achievedCategory() : awayCategory()).filter(c -> method != AssessmentMethod.LINEAR),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), "target = baseline", OptionalDouble.empty(),
            reached ? "latest at or beyond the target" : "latest on the wrong side of the target");
      }
      double t0 = Numbers.decimalYear(base.date());
      double t = Numbers.decimalYear(latest.date());
      double tT = Numbers.decimalYear(target.date());
      return switch (method) {
        case LINEAR -> linear(b, v, tv, t0, t, tT, target.date());
        case EUROSTAT -> eurostatWithTarget(b, v, tv, t0, t, tT);
        case OPEN_SDG -> openSdgWithTarget(b, v, tv, dir, t0, t, tT);
      };
    }

    private Assessment linear(double b, double v, double tv, double t0, double t, double tT, PlanDate targetDate) {
      double p = (v - b) / (tv - b);
      double traj = trajectory(b, tv, t0, t, tT, targetDate);
      double e = Math.min(1.0, (traj - b) / (tv - b));
      double gap = e - p;
      ProgressStatus status;
      String rule;
      if (p >= 1) {
        status = ProgressStatus.ACHIEVED;
        rule = "p " + Numbers.format(p) + " >= 1";
      } else if (p < 0) {
        status = ProgressStatus.MOVING_AWAY;
        rule = "p " + Numbers.format(p) + " < 0";
      } else if (gap <= linear.onTrackGap()) {
        status = ProgressStatus.ON_TRACK;
        rule = "gap " + Numbers.format(gap) + " <= onTrackGap " + Numbers.format(linear.onTrackGap());
      } else if (gap <= linear.atRiskGap()) {
        status = ProgressStatus.AT_RISK;
        rule = "onTrackGap " + Numbers.format(linear.onTrackGap()) + " < gap " + Numbers.format(gap)
            + " <= atRiskGap " + Numbers.format(linear.atRiskGap());
      } else {
        status = ProgressStatus.OFF_TRACK;
        rule = "gap " + Numbers.format(gap) + " > atRiskGap " + Numbers.format(linear.atRiskGap());
      }
      return result(status, Optional.empty(), OptionalDouble.of(p), OptionalDouble.of(e), OptionalDouble.of(traj),
          OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
          "p = (v - b) / (T - b); e = (trajectory(t) - b) / (T - b); gap = e - p", OptionalDouble.of(gap), rule);
    }

    /** Piecewise linear through baseline, the milestones strictly between, and the target. */
    private double trajectory(double b, double tv, double t0, double t, double tT, PlanDate targetDate) {
      if (t >= tT) {
        return tv;
      }
      double prevT = t0;
      double prevV = b;
      for (Observation m : series.milestones()) {
        double mt = Numbers.decimalYear(m.date());
        if (mt <= t0 || mt >= tT) {
          continue;
        }
        used.add(new Explanation.UsedValue("milestone", m));
        if (t <= mt) {
          return prevV + (m.value() - prevV) * (t - prevT) / (mt - prevT);
        }
        prevT = mt;
        prevV = m.value();
      }
      return prevV + (tv - prevV) * (t - prevT) / (tT - prevT);
    }

    private Assessment eurostatWithTarget(double b, double v, double tv, double t0, double t, double tT) {
      if (!positive(b, "/baseline/value") | !positive(tv, "/target/value") | !nonNegative(v)) {
        return noData("a value is on the wrong side of zero for a growth rate");
      }
      double ra = Numbers.cagr(b, v, t - t0);
      double rr = Numbers.cagr(b, tv, tT - t0);
      double ratio = ra / rr;
      EurostatThresholds th = eurostat;
      String category;
      String rule;
      if (ratio >= th.significant()) {
        category = "significant-progress";
        rule = "ratio " + Numbers.format(ratio) + " >= " + Numbers.format(th.significant());
      } else if (ratio >= th.moderate()) {
        category = "moderate-progress";
        rule = Numbers.format(th.moderate()) + " <= ratio " + Numbers.format(ratio) + " < " + Numbers.format(th.significant());
      } else if (ratio >= th.insufficient()) {
        category = "insufficient-progress";
        rule = Numbers.format(th.insufficient()) + " <= ratio " + Numbers.format(ratio) + " < " + Numbers.format(th.moderate());
      } else {
        category = "movement-away";
        rule = "ratio " + Numbers.format(ratio) + " < " + Numbers.format(th.insufficient());
      }
      double p = (v - b) / (tv - b);
      ProgressStatus status = p >= 1 ? ProgressStatus.ACHIEVED : statusOf(category);
      if (p >= 1) {
        rule += "; latest at or beyond the target";
      }
      return growthResult(status, category, p, b, rr, t0, t, tT, ra, ratio,
          "CAGR_a = (v / b)^(1 / (t - t0)) - 1; CAGR_r = (T / b)^(1 / (tT - t0)) - 1; ratio = CAGR_a / CAGR_r", rule);
    }

    private Assessment openSdgWithTarget(double b, double v, double tv, Direction dir, double t0, double t, double tT) {
      double b1 = replaceZero(b, "/baseline/value");
      double tv1 = replaceZero(tv, "/target/value");
      if (!sameSide(b1, tv1, v)) {
        return noData("values on both sides of zero");
      }
      double s = Math.signum(b1);
      double d = dir == Direction.DECREASE ? -1 : 1;
      double ra = Numbers.cagr(b1, v, t - t0);
      double rr = Numbers.cagr(b1, tv1, tT - t0);
      double ratio = s * d * ra / Math.abs(rr);
      OpenSdgThresholds th = openSdg;
      boolean achieved = d < 0 ? v <= tv : v >= tv;
      String category;
      String rule;
      if (achieved) {
        category = "target-achieved";
        rule = "latest " + Numbers.format(v) + (d < 0 ? " <= " : " >= ") + "target " + Numbers.format(tv);
      } else {
        category = openSdgCategory(ratio, th.onTrack(), th.acceleration(), th.limited());
        rule = openSdgRule("R", ratio, th.onTrack(), th.acceleration(), th.limited());
      }
      double p = (v - b) / (tv - b);
      ProgressStatus status = achieved || p >= 1 ? ProgressStatus.ACHIEVED : statusOf(category);
      return growthResult(status, category, p, b1, rr, t0, t, tT, ra, ratio,
          "CAGR_o = (v / b)^(1 / (t - t0)) - 1; CAGR_r = (T / b)^(1 / (tT - t0)) - 1; R = s * d * CAGR_o / |CAGR_r|", rule);
    }

    private Assessment withoutTarget(Observation base) {
      if (method == AssessmentMethod.LINEAR) {
        finding(Severity.ERROR, MonitoringCodes.TARGET_MISSING, "/target", method.label());
        return noData("the linear method needs a target");
      }
      if (series.direction() == Direction.TARGET_RANGE) {
        finding(Severity.ERROR, MonitoringCodes.RANGE_WITHOUT_TARGET, "/target");
        return noData("a target-range indicator needs its range");
      }
      double b = base.value();
      double v = latest.value();
      double t0 = Numbers.decimalYear(base.date());
      double t = Numbers.decimalYear(latest.date());
      double d = series.direction() == Direction.DECREASE ? -1 : 1;
      String category;
      String rule;
      double ra;
      double g;
      String formula;
      if (method == AssessmentMethod.EUROSTAT) {
        if (!positive(b, "/baseline/value") | !nonNegative(v)) {
          return noData("a value is on the wrong side of zero for a growth rate");
        }
        ra = Numbers.cagr(b, v, t - t0);
        g = d * ra;
        formula = "g = d * ((v / b)^(1 / (t - t0)) - 1)";
        EurostatThresholds th = eurostat;
        if (g > th.noTargetSignificant()) {
          category = "significant-progress";
          rule = "g " + Numbers.format(g) + " > " + Numbers.format(th.noTargetSignificant());
        } else if (g > 0) {
          category = "moderate-progress";
          rule = "0 < g " + Numbers.format(g) + " <= " + Numbers.format(th.noTargetSignificant());
        } else if (g >= th.noTargetMovementAway()) {
          category = "moderate-movement-away";
          rule = Numbers.format(th.noTargetMovementAway()) + " <= g " + Numbers.format(g) + " <= 0";
        } else {
          category = "significant-movement-away";
          rule = "g " + Numbers.format(g) + " < " + Numbers.format(th.noTargetMovementAway());
        }
      } else {
        double b1 = replaceZero(b, "/baseline/value");
        if (!sameSide(b1, b1, v)) {
          return noData("values on both sides of zero");
        }
        ra = Numbers.cagr(b1, v, t - t0);
        g = Math.signum(b1) * d * ra;
        formula = "g = s * d * ((v / b)^(1 / (t - t0)) - 1)";
        OpenSdgThresholds th = openSdg;
        category = openSdgCategory(g, th.noTargetOnTrack(), th.noTargetAcceleration(), th.noTargetLimited());
        rule = openSdgRule("g", g, th.noTargetOnTrack(), th.noTargetAcceleration(), th.noTargetLimited());
      }
      return result(statusOf(category), Optional.of(category), OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), OptionalDouble.of(ra), OptionalDouble.empty(), OptionalDouble.empty(),
          formula, OptionalDouble.of(g), rule);
    }

    private Assessment growthResult(ProgressStatus status, String category, double p, double b, double rr,
        double t0, double t, double tT, double ra, double ratio, String formula, String rule) {
      double tc = Math.min(t, tT);
      double traj = b * Math.pow(1 + rr, tc - t0);
      double e = Math.min(1.0, (t - t0) / (tT - t0));
      return result(status, Optional.of(category), OptionalDouble.of(p), OptionalDouble.of(e), OptionalDouble.of(traj),
          OptionalDouble.of(ra), OptionalDouble.of(rr), OptionalDouble.of(ratio), formula, OptionalDouble.of(ratio), rule);
    }

    private String openSdgCategory(double x, double onTrack, double acceleration, double limited) {
      if (x >= onTrack) {
        return "on-track";
      }
      if (x >= acceleration) {
        return "progress-needs-acceleration";
      }
      if (x >= limited) {
        return "limited-progress";
      }
      return "deterioration";
    }

    private String openSdgRule(String name, double x, double onTrack, double acceleration, double limited) {
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

    private ProgressStatus statusOf(String category) {
      return switch (category) {
        case "target-achieved" -> ProgressStatus.ACHIEVED;
        case "significant-progress", "on-track" -> ProgressStatus.ON_TRACK;
        case "moderate-progress", "progress-needs-acceleration" -> ProgressStatus.AT_RISK;
        case "insufficient-progress", "limited-progress" -> ProgressStatus.OFF_TRACK;
        default -> ProgressStatus.MOVING_AWAY;
      };
    }

    private String achievedCategory() {
      return method == AssessmentMethod.OPEN_SDG ? "target-achieved" : "significant-progress";
    }

    private String awayCategory() {
      return method == AssessmentMethod.OPEN_SDG ? "deterioration" : "movement-away";
    }

    private boolean positive(double x, String path) {
      if (x > 0) {
        return true;
      }
      finding(Severity.ERROR, MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO, path, Numbers.format(x), method.label(), "> 0");
      return false;
    }

    private boolean nonNegative(double v) {
      if (v >= 0) {
        return true;
      }
      finding(Severity.ERROR, MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO, latestPath(), Numbers.format(v), method.label(), ">= 0");
      return false;
    }

    private boolean sameSide(double b, double tv, double v) {
      boolean ok = true;
      if (Math.signum(tv) != Math.signum(b)) {
        finding(Severity.ERROR, MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO, "/target/value", Numbers.format(tv),
            method.label(), b > 0 ? "> 0" : "< 0");
        ok = false;
      }
      if (v != 0 && Math.signum(v) != Math.signum(b)) {
        finding(Severity.ERROR, MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO, latestPath(), Numbers.format(v),
            method.label(), b > 0 ? ">= 0" : "<= 0");
        ok = false;
      }
      return ok;
    }

    private double replaceZero(double x, String path) {
      if (x != 0) {
        return x;
      }
      finding(Severity.INFO, MonitoringCodes.GROWTH_ZERO_REPLACED, path, Numbers.format(openSdg.zeroReplacement()));
      return openSdg.zeroReplacement();
    }

    private String latestPath() {
      return "/observations/" + series.observations().lastIndexOf(latest) + "/value";
    }

    private Optional<Observation> latestOnOrBefore() {
      Observation found = null;
      for (Observation o : series.observations()) {
        if (!o.date().firstDay().isAfter(asOf.lastDay())) {
          found = o;
        }
      }
      return Optional.ofNullable(found);
    }

    private void finding(Severity severity, String code, String path, Object... args) {
      findings.add(Messages.CATALOG.finding(severity, code, path, args));
    }

    private Assessment noData(String reason) {
      return result(ProgressStatus.NO_DATA, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
          "none", OptionalDouble.empty(), reason);
    }

    private Assessment result(ProgressStatus status, Optional<String> category, OptionalDouble progress,
        OptionalDouble expected, OptionalDouble trajectory, OptionalDouble actual, OptionalDouble required,
        OptionalDouble ratio, String formula, OptionalDouble formulaResult, String rule) {
      String values = used.isEmpty() ? "-" : String.join(", ", used.stream().map(Object::toString).toList());
      String resultText = formulaResult.isPresent() ? Numbers.format(formulaResult.getAsDouble()) : "-";
      String shown = category.map(c -> status.label() + " (" + c + ")").orElse(status.label());
      LocalizedText en = Messages.CATALOG.text("explain.summary", method.label(), values, formula, resultText, rule, shown);
      LocalizedText statusText = Messages.CATALOG.text("status." + status.label());
      String ro = Messages.CATALOG.text("explain.summary", method.label(), values, formula, resultText, rule,
          category.map(c -> statusText.get(java.util.Locale.forLanguageTag("ro")) + " (" + c + ")")
              .orElse(statusText.get(java.util.Locale.forLanguageTag("ro"))))
          .get(java.util.Locale.forLanguageTag("ro"));
      LocalizedText text = LocalizedText.of(en.get(java.util.Locale.ENGLISH), ro);
      Explanation explanation = new Explanation(used, formula, formulaResult, rule, text);
      return new Assessment(method, status, category, progress, expected, trajectory, actual, required, ratio,
          Optional.ofNullable(latest), asOf, explanation, findings);
    }
  }
}
