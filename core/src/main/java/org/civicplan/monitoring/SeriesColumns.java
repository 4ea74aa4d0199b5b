package org.civicplan.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Target;
import org.civicplan.base.PlanDate;

/**
 * Many indicator series stored column-wise in primitive arrays, for {@link
 * IndicatorAssessor#assessAll(SeriesColumns, PlanDate)}: one entry per series for direction,
 * baseline and target, and the observations and milestones of all series one after another
 * (series {@code i} owns a contiguous slice, sorted by date like {@link IndicatorSeries}).
 * Dates are kept both as decimal years (for the arithmetic) and packed (to give back the exact
 * {@link PlanDate}s).
 *
 * <p>Build with {@link #builder()}, from {@link IndicatorSeries} or value by value:
 *
 * <pre>{@code
 * SeriesColumns columns = SeriesColumns.builder()
 *     .series(Direction.DECREASE)
 *     .baseline(PlanDate.ofYear(2015), 100).target(PlanDate.ofYear(2030), 60)
 *     .observation(PlanDate.ofYear(2020), 85).observation(PlanDate.ofYear(2021), 83)
 *     .series(Direction.INCREASE)
 *     ...
 *     .build();
 * }</pre>
 *
 * <p>Immutable once built, thread-safe. About {@code 20} bytes per observation and {@code 65} per
 * series.
 */
public final class SeriesColumns {

  final int size;
  final Direction[] directions;
  final boolean[] hasBaseline;
  final double[] baseValues;
  final double[] baseTimes;
  final int[] baseDates;
  final boolean[] hasTarget;
  final double[] targetLower;
  final double[] targetUpper;
  final double[] targetTimes;
  final int[] targetDates;
  final byte[] targetKind;
  final int[] observationStart;
  final double[] times;
  final double[] values;
  final int[] dates;
  final int[] milestoneStart;
  final double[] milestoneTimes;
  final double[] milestoneValues;
  final int[] milestoneDates;

  private static final byte TARGET_SINGLE = 0;
  private static final byte TARGET_RANGE = 1;
  private static final byte TARGET_MILESTONE = 2;

  private SeriesColumns(Builder b) {
    size = b.size;
    directions = Arrays.copyOf(b.directions, size);
    hasBaseline = Arrays.copyOf(b.hasBaseline, size);
    baseValues = Arrays.copyOf(b.baseValues, size);
    baseTimes = Arrays.copyOf(b.baseTimes, size);
    baseDates = Arrays.copyOf(b.baseDates, size);
    hasTarget = Arrays.copyOf(b.hasTarget, size);
    targetLower = Arrays.copyOf(b.targetLower, size);
    targetUpper = Arrays.copyOf(b.targetUpper, size);
    targetTimes = Arrays.copyOf(b.targetTimes, size);
    targetDates = Arrays.copyOf(b.targetDates, size);
    targetKind = Arrays.copyOf(b.targetKind, size);
    observationStart = Arrays.copyOf(b.observationStart, size + 1);
    times = Arrays.copyOf(b.observations.times, b.observations.count);
    values = Arrays.copyOf(b.observations.values, b.observations.count);
    dates = Arrays.copyOf(b.observations.dates, b.observations.count);
    milestoneStart = Arrays.copyOf(b.milestoneStart, size + 1);
    milestoneTimes = Arrays.copyOf(b.milestones.times, b.milestones.count);
    milestoneValues = Arrays.copyOf(b.milestones.values, b.milestones.count);
    milestoneDates = Arrays.copyOf(b.milestones.dates, b.milestones.count);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The columns of the given series, in order.
   *
   * @throws NullPointerException if the list or an element is null
   */
  public static SeriesColumns of(List<IndicatorSeries> series) {
    Builder b = builder();
    series.forEach(b::add);
    return b.build();
  }

  /** The number of series. */
  public int size() {
    return size;
  }

  /** The number of observations of all series. */
  public int observationCount() {
    return times.length;
  }

  /**
   * Series {@code index} as an {@link IndicatorSeries}, with the same dates and values it was
   * built from.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   */
  public IndicatorSeries series(int index) {
    Objects.checkIndex(index, size);
    Optional<Observation> baseline = hasBaseline[index]
        ? Optional.of(Observation.of(unpack(baseDates[index]), baseValues[index]))
        : Optional.empty();
    Optional<Target> target = Optional.empty();
    if (hasTarget[index]) {
      PlanDate d = unpack(targetDates[index]);
      OptionalDouble upper =
          targetKind[index] == TARGET_RANGE ? OptionalDouble.of(targetUpper[index]) : OptionalDouble.empty();
      target = Optional.of(new Target(d, targetLower[index], upper, targetKind[index] == TARGET_MILESTONE));
    }
    return new IndicatorSeries(directions[index], baseline, target,
        slice(milestoneDates, milestoneValues, milestoneStart[index], milestoneStart[index + 1]),
        slice(dates, values, observationStart[index], observationStart[index + 1]));
  }

  private static List<Observation> slice(int[] dates, double[] values, int from, int to) {
    List<Observation> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(Observation.of(unpack(dates[i]), values[i]));
    }
    return out;
  }

  // A date packed into an int: epoch day of its first day times 4 plus the precision's ordinal, so
  // packed dates order like PlanDate#compareTo.
  static int pack(PlanDate date) {
    return Math.toIntExact(date.firstDay().toEpochDay() * 4 + date.precision().ordinal());
  }

  static PlanDate unpack(int packed) {
    return new PlanDate(PlanDate.Precision.values()[Math.floorMod(packed, 4)],
        LocalDate.ofEpochDay(Math.floorDiv(packed, 4)));
  }

  /** Dated values of all series one after another, growing as added. */
  private static final class Dated {
    double[] times = new double[64];
    double[] values = new double[64];
    int[] dates = new int[64];
    int count;

    void add(PlanDate date, double value) {
      if (count == times.length) {
        int n = count * 2;
        times = Arrays.copyOf(times, n);
        values = Arrays.copyOf(values, n);
        dates = Arrays.copyOf(dates, n);
      }
      times[count] = Numbers.decimalYear(date);
      values[count] = value;
      dates[count] = pack(date);
      count++;
    }

    /** Stable insertion sort of {@code [from, count)} by date: slices are short and usually sorted. */
    void sortFrom(int from) {
      for (int i = from + 1; i < count; i++) {
        int d = dates[i];
        if (dates[i - 1] <= d) {
          continue;
        }
        double t = times[i];
        double v = values[i];
        int j = i - 1;
        while (j >= from && dates[j] > d) {
          dates[j + 1] = dates[j];
          times[j + 1] = times[j];
          values[j + 1] = values[j];
          j--;
        }
        dates[j + 1] = d;
        times[j + 1] = t;
        values[j + 1] = v;
      }
    }
  }

  /**
   * Builds {@link SeriesColumns} series by series. {@link #series(Direction)} starts a series; the
   * other setters apply to the series last started. Not thread-safe.
   */
  public static final class Builder {
    private int size;
    private Direction[] directions = new Direction[16];
    private boolean[] hasBaseline = new boolean[16];
    private double[] baseValues = new double[16];
    private double[] baseTimes = new double[16];
    private int[] baseDates = new int[16];
    private boolean[] hasTarget = new boolean[16];
    private double[] targetLower = new double[16];
    private double[] targetUpper = new double[16];
    private double[] targetTimes = new double[16];
    private int[] targetDates = new int[16];
    private byte[] targetKind = new byte[16];
    private int[] observationStart = new int[17];
    private int[] milestoneStart = new int[17];
    private final Dated observations = new Dated();
    private final Dated milestones = new Dated();

    private Builder() {}

    /**
     * Starts the next series (no baseline, no target, no values yet).
     *
     * @throws NullPointerException if {@code direction} is null
     */
    public Builder series(Direction direction) {
      Objects.requireNonNull(direction, "direction");
      close();
      if (size == directions.length) {
        int n = size * 2;
        directions = Arrays.copyOf(directions, n);
        hasBaseline = Arrays.copyOf(hasBaseline, n);
        baseValues = Arrays.copyOf(baseValues, n);
        baseTimes = Arrays.copyOf(baseTimes, n);
        baseDates = Arrays.copyOf(baseDates, n);
        hasTarget = Arrays.copyOf(hasTarget, n);
        targetLower = Arrays.copyOf(targetLower, n);
        targetUpper = Arrays.copyOf(targetUpper, n);
        targetTimes = Arrays.copyOf(targetTimes, n);
        targetDates = Arrays.copyOf(targetDates, n);
        targetKind = Arrays.copyOf(targetKind, n);
        observationStart = Arrays.copyOf(observationStart, n + 1);
        milestoneStart = Arrays.copyOf(milestoneStart, n + 1);
      }
      directions[size] = direction;
      observationStart[size] = observations.count;
      milestoneStart[size] = milestones.count;
      size++;
      return this;
    }

    /**
     * Sets the baseline of the current series.
     *
     * @throws IllegalStateException if no series was started or it has a baseline already
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public Builder baseline(PlanDate date, double value) {
      int s = current("baseline");
      if (hasBaseline[s]) {
        throw new IllegalStateException("baseline of series " + s + " is already set; set it once");
      }
      Observation o = Observation.of(date, value);
      hasBaseline[s] = true;
      baseValues[s] = o.value();
      baseTimes[s] = Numbers.decimalYear(date);
      baseDates[s] = pack(date);
      return this;
    }

    /**
     * Sets the final target of the current series.
     *
     * @throws IllegalStateException if no series was started or it has a target already
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public Builder target(PlanDate date, double value) {
      return target(Target.of(date, value));
    }

    /**
     * Sets a target range of the current series (for {@link Direction#TARGET_RANGE}).
     *
     * @throws IllegalStateException if no series was started or it has a target already
     * @throws IllegalArgumentException if a bound is not finite or {@code upper < lower}
     */
    public Builder targetRange(PlanDate date, double lower, double upper) {
      return target(Target.ofRange(date, lower, upper));
    }

    private Builder target(Target target) {
      int s = current("target");
      if (hasTarget[s]) {
        throw new IllegalStateException("target of series " + s + " is already set; set it once");
      }
      hasTarget[s] = true;
      targetLower[s] = target.value();
      targetUpper[s] = target.upper().orElse(target.value());
      targetTimes[s] = Numbers.decimalYear(target.date());
      targetDates[s] = pack(target.date());
      targetKind[s] = target.upper().isPresent() ? TARGET_RANGE : target.milestone() ? TARGET_MILESTONE : TARGET_SINGLE;
      return this;
    }

    /**
     * Adds a milestone to the current series (any order: kept sorted by date).
     *
     * @throws IllegalStateException if no series was started
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public Builder milestone(PlanDate date, double value) {
      current("milestone");
      Observation.of(date, value);
      milestones.add(date, value);
      return this;
    }

    /**
     * Adds an observation to the current series (any order: kept sorted by date; of two with the
     * same date the later added counts).
     *
     * @throws IllegalStateException if no series was started
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public Builder observation(PlanDate date, double value) {
      current("observation");
      Observation.of(date, value);
      observations.add(date, value);
      return this;
    }

    /**
     * Adds a whole series.
     *
     * @throws NullPointerException if {@code series} is null
     */
    public Builder add(IndicatorSeries series) {
      series(series.direction());
      series.baseline().ifPresent(o -> baseline(o.date(), o.value()));
      series.target().ifPresent(this::target);
      series.milestones().forEach(m -> milestone(m.date(), m.value()));
      series.observations().forEach(o -> observation(o.date(), o.value()));
      return this;
    }

    /** The columns of the series added so far. The builder can go on adding. */
    public SeriesColumns build() {
      close();
      observationStart[size] = observations.count;
      milestoneStart[size] = milestones.count;
      return new SeriesColumns(this);
    }

    private int current(String what) {
      if (size == 0) {
        throw new IllegalStateException("call series(direction) before adding a " + what);
      }
      return size - 1;
    }

    private void close() {
      if (size > 0) {
        observations.sortFrom(observationStart[size - 1]);
        milestones.sortFrom(milestoneStart[size - 1]);
      }
    }
  }
}
