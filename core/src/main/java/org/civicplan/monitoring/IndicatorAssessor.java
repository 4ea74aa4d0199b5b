package org.civicplan.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Target;
import org.civicplan.base.PlanDate;

/**
 * Assesses indicator series at a date with one {@link AssessmentMethod} and its thresholds.
 * Immutable and thread-safe; the same series and date always give an equal assessment.
 *
 * <p>Common rules of all methods:
 *
 * <ul>
 *   <li>The latest observation counts whose date begins on or before the last day of {@code asOf}
 *       (an observation for {@code 2021} counts as of {@code 2021-03}); later observations never
 *       change the result. Among observations with the same date the last given counts.
 *   <li>No baseline, or no observation dated after the baseline: status {@link
 *       ProgressStatus#NO_DATA}, with a finding saying why.
 *   <li>Time is counted in decimal years of the dates' first days, so year dates differ by whole
 *       years as the published methods count them.
 *   <li>{@link Direction#TARGET_RANGE}: when the baseline is below the range the lower bound is the
 *       target of an increase, above it the upper bound is the target of a decrease; when the
 *       baseline is inside, a latest value inside is achieved and one outside is moving away.
 *   <li>Growth-rate methods need values on one side of zero; otherwise an error finding and
 *       {@link ProgressStatus#NO_DATA} — never a NaN.
 * </ul>
 *
 * <p>The status scale maps the published categories as follows. Eurostat: significant progress →
 * on track, moderate → at risk, insufficient → off track, movement away (and, without target,
 * moderate or significant movement away) → moving away. Open SDG: target achieved → achieved, on
 * track → on track, progress needs acceleration → at risk, limited progress → off track,
 * deterioration → moving away. A latest value at or beyond the target is always achieved.
 *
 * <p>Two ways in, one arithmetic: {@link #assess(IndicatorSeries, PlanDate)} for one series (its
 * {@link Explanation} keeps the numbers and writes its texts only when asked), and {@link
 * #assessAll(SeriesColumns, PlanDate)} for many series over primitive columns, which gives each
 * series the same status, category and numbers.
 */
public final class IndicatorAssessor {

  private static final double[] NO_MILESTONES = {};

  private final AssessmentMethod method;
  private final LinearThresholds linear;
  private final EurostatThresholds eurostat;
  private final OpenSdgThresholds openSdg;
  private final AssessmentKernel kernel;

  private IndicatorAssessor(
      AssessmentMethod method, LinearThresholds linear, EurostatThresholds eurostat, OpenSdgThresholds openSdg) {
    this.method = method;
    this.linear = Objects.requireNonNull(linear, "linear thresholds");
    this.eurostat = Objects.requireNonNull(eurostat, "eurostat thresholds");
    this.openSdg = Objects.requireNonNull(openSdg, "open-sdg thresholds");
    this.kernel = new AssessmentKernel(method, this.linear, this.eurostat, this.openSdg);
  }

  /** The linear trajectory method with its default thresholds. */
  public static IndicatorAssessor linear() {
    return linear(LinearThresholds.DEFAULTS);
  }

  /** The linear trajectory method with the given thresholds. */
  public static IndicatorAssessor linear(LinearThresholds thresholds) {
    return new IndicatorAssessor(AssessmentMethod.LINEAR, thresholds, EurostatThresholds.DEFAULTS, OpenSdgThresholds.DEFAULTS);
  }

  /** The Eurostat SDG progress assessment with the published thresholds. */
  public static IndicatorAssessor eurostat() {
    return eurostat(EurostatThresholds.DEFAULTS);
  }

  /** The Eurostat SDG progress assessment with the given thresholds. */
  public static IndicatorAssessor eurostat(EurostatThresholds thresholds) {
    return new IndicatorAssessor(AssessmentMethod.EUROSTAT, LinearThresholds.DEFAULTS, thresholds, OpenSdgThresholds.DEFAULTS);
  }

  /** The Open SDG / Statistics Canada method with the published thresholds. */
  public static IndicatorAssessor openSdg() {
    return openSdg(OpenSdgThresholds.DEFAULTS);
  }

  /** The Open SDG / Statistics Canada method with the given thresholds. */
  public static IndicatorAssessor openSdg(OpenSdgThresholds thresholds) {
    return new IndicatorAssessor(AssessmentMethod.OPEN_SDG, LinearThresholds.DEFAULTS, EurostatThresholds.DEFAULTS, thresholds);
  }

  /** The given method with its default thresholds. */
  public static IndicatorAssessor of(AssessmentMethod method) {
    return switch (Objects.requireNonNull(method, "method")) {
      case LINEAR -> linear();
      case EUROSTAT -> eurostat();
      case OPEN_SDG -> openSdg();
    };
  }

  /** The method this assessor applies. */
  public AssessmentMethod method() {
    return method;
  }

  /**
   * Assesses an indicator at a date, through {@link IndicatorSeries#from(Indicator)}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Assessment assess(Indicator indicator, PlanDate asOf) {
    return assess(IndicatorSeries.from(indicator), asOf);
  }

  /**
   * Assesses a series at a date. Problems in the data are findings in the result, never
   * exceptions. The explanation keeps the numbers and produces its texts when first asked for.
   *
   * @throws NullPointerException if an argument is null
   */
  public Assessment assess(IndicatorSeries series, PlanDate asOf) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    AssessmentKernel k = kernel.copy();
    LocalDate limit = asOf.lastDay();
    List<Observation> observations = series.observations();
    int latestIndex = -1;
    for (int i = observations.size() - 1; i >= 0; i--) {
      if (!observations.get(i).date().firstDay().isAfter(limit)) {
        latestIndex = i;
        break;
      }
    }
    Observation latest = latestIndex < 0 ? null : observations.get(latestIndex);
    Optional<Observation> baseline = series.baseline();
    Optional<Target> target = series.target();
    double b = 0;
    double t0 = 0;
    if (baseline.isPresent()) {
      b = baseline.get().value();
      t0 = Numbers.decimalYear(baseline.get().date());
    }
    double v = 0;
    double t = 0;
    if (latest != null) {
      v = latest.value();
      t = Numbers.decimalYear(latest.date());
    }
    double lo = 0;
    double hi = 0;
    double tT = 0;
    if (target.isPresent()) {
      Target tg = target.get();
      lo = tg.value();
      hi = tg.upper().orElse(lo);
      tT = Numbers.decimalYear(tg.date());
    }
    List<Observation> milestones = series.milestones();
    double[] mt = NO_MILESTONES;
    double[] mv = NO_MILESTONES;
    if (!milestones.isEmpty()) {
      mt = new double[milestones.size()];
      mv = new double[milestones.size()];
      for (int i = 0; i < mt.length; i++) {
        mt[i] = Numbers.decimalYear(milestones.get(i).date());
        mv[i] = milestones.get(i).value();
      }
    }
    k.run(series.direction(), baseline.isPresent(), b, t0, latest != null, v, t, target.isPresent(), lo, hi, tT,
        mt, mv, 0, mt.length);
    int d = k.defined;
    return new Assessment(method, k.status(), AssessmentKernel.category(k.category),
        AssessmentKernel.optional(d, AssessmentKernel.D_PROGRESS, k.progress),
        AssessmentKernel.optional(d, AssessmentKernel.D_EXPECTED, k.expected),
        AssessmentKernel.optional(d, AssessmentKernel.D_TRAJECTORY, k.trajectory),
        AssessmentKernel.optional(d, AssessmentKernel.D_ACTUAL, k.actual),
        AssessmentKernel.optional(d, AssessmentKernel.D_REQUIRED, k.required),
        AssessmentKernel.optional(d, AssessmentKernel.D_RATIO, k.ratio),
        k.latestUsed() ? Optional.of(Objects.requireNonNull(latest, "latest")) : Optional.empty(), asOf,
        new Explanation(k, series, asOf, k.latestUsed() ? latest : null),
        k.findings(new AssessmentKernel.Inputs(series.direction(), b, v, lo, hi), baseline.map(Observation::date), target.map(Target::date), asOf, latestIndex));
  }

  /**
   * Assesses every series of the columns at one date, in one pass over primitive arrays, without
   * building any object per series: for reports over thousands of indicators and for data
   * warehouse jobs. Each series gets exactly the status, category and numbers that {@link
   * #assess(IndicatorSeries, PlanDate)} gives it; {@link AssessmentColumns#assessment(int)}
   * materialises the full assessment, with its explanation and findings, of any one series.
   *
   * @throws NullPointerException if an argument is null
   */
  public AssessmentColumns assessAll(SeriesColumns columns, PlanDate asOf) {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(asOf, "asOf");
    int n = columns.size();
    AssessmentColumns out = new AssessmentColumns(this, columns, asOf);
    AssessmentKernel k = kernel.copy();
    double limit = Numbers.decimalYear(asOf.lastDay());
    double[] times = columns.times;
    double[] values = columns.values;
    int[] from = columns.observationStart;
    double[] mt = columns.milestoneTimes;
    double[] mv = columns.milestoneValues;
    int[] mFrom = columns.milestoneStart;
    Direction[] directions = columns.directions;
    boolean[] hasBaseline = columns.hasBaseline;
    boolean[] hasTarget = columns.hasTarget;
    double[] base = columns.baseValues;
    double[] baseTimes = columns.baseTimes;
    double[] lower = columns.targetLower;
    double[] upper = columns.targetUpper;
    double[] targetTimes = columns.targetTimes;
    for (int s = 0; s < n; s++) {
      int latest = -1;
      int first = from[s];
      for (int i = from[s + 1] - 1; i >= first; i--) {
        if (times[i] <= limit) {
          latest = i;
          break;
        }
      }
      boolean found = latest >= 0;
      k.run(directions[s], hasBaseline[s], base[s], baseTimes[s], found, found ? values[latest] : 0,
          found ? times[latest] : 0, hasTarget[s], lower[s], upper[s], targetTimes[s], mt, mv, mFrom[s], mFrom[s + 1]);
      out.set(s, k, found ? latest - first : -1);
    }
    return out;
  }
}
