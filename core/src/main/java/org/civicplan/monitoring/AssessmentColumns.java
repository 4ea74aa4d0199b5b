package org.civicplan.monitoring;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.civicplan.base.PlanDate;

/**
 * The assessments of all series of a {@link SeriesColumns} at one date, kept column-wise in
 * primitive arrays: status and category codes, the numbers of {@link Assessment} and the index
 * of the latest observation used. Made by {@link IndicatorAssessor#assessAll(SeriesColumns,
 * PlanDate)}; series {@code i} has exactly the status, category and numbers that {@link
 * IndicatorAssessor#assess(IndicatorSeries, PlanDate)} gives {@code columns.series(i)}.
 *
 * <p>Every assessment still explains itself: {@link #assessment(int)} materialises the full
 * {@link Assessment} of one series, with its explanation and findings. Immutable once made,
 * thread-safe.
 */
public final class AssessmentColumns {

  /** The numbers an assessment may define, one column each. */
  public enum Measure {
    /** {@link Assessment#progress()}. */
    PROGRESS,
    /** {@link Assessment#expectedProgress()}. */
    EXPECTED_PROGRESS,
    /** {@link Assessment#trajectoryValue()}. */
    TRAJECTORY_VALUE,
    /** {@link Assessment#actualRate()}. */
    ACTUAL_RATE,
    /** {@link Assessment#requiredRate()}. */
    REQUIRED_RATE,
    /** {@link Assessment#ratio()}. */
    RATIO
  }

  private static final ProgressStatus[] STATUSES = ProgressStatus.values();
  private static final double[] NONE = {};

  private final IndicatorAssessor assessor;
  private final SeriesColumns series;
  private final PlanDate asOf;
  private final byte[] status;
  private final byte[] category;
  private final byte[] defined;
  private final short[] flags;
  private final int[] latest;
  private final double[] progress;
  private final double[] expected;
  private final double[] trajectory;
  private final double[] actual;
  private final double[] required;
  private final double[] ratio;

  AssessmentColumns(IndicatorAssessor assessor, SeriesColumns series, PlanDate asOf) {
    this.assessor = assessor;
    this.series = series;
    this.asOf = asOf;
    int n = series.size();
    status = new byte[n];
    category = new byte[n];
    defined = new byte[n];
    flags = new short[n];
    latest = new int[n];
    progress = new double[n];
    expected = new double[n];
    trajectory = new double[n];
    // The linear method defines no rates: no columns for them (the defined bits say so).
    boolean rates = assessor.method() != AssessmentMethod.LINEAR;
    actual = rates ? new double[n] : NONE;
    required = rates ? new double[n] : NONE;
    ratio = rates ? new double[n] : NONE;
  }

  /** Copies one finished kernel run into row {@code s}. */
  void set(int s, AssessmentKernel k, int latestIndex) {
    int d = k.defined;
    status[s] = k.status;
    category[s] = k.category;
    defined[s] = (byte) d;
    flags[s] = (short) k.flags;
    latest[s] = k.latestUsed() ? latestIndex : -1;
    // Progress, expected progress and trajectory value come together, as do required rate and ratio.
    if ((d & AssessmentKernel.D_PROGRESS) != 0) {
      progress[s] = k.progress;
      expected[s] = k.expected;
      trajectory[s] = k.trajectory;
    }
    if ((d & AssessmentKernel.D_ACTUAL) != 0) {
      actual[s] = k.actual;
    }
    if ((d & AssessmentKernel.D_REQUIRED) != 0) {
      required[s] = k.required;
      ratio[s] = k.ratio;
    }
  }

  /** The number of series assessed. */
  public int size() {
    return status.length;
  }

  /** The method used. */
  public AssessmentMethod method() {
    return assessor.method();
  }

  /** The date assessed. */
  public PlanDate asOf() {
    return asOf;
  }

  /** The series assessed. */
  public SeriesColumns series() {
    return series;
  }

  /**
   * The status of series {@code index}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   */
  public ProgressStatus status(int index) {
    return STATUSES[status[Objects.checkIndex(index, size())]];
  }

  /**
   * The method's own category of series {@code index}, as {@link Assessment#category()}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   */
  public Optional<String> category(int index) {
    return AssessmentKernel.category(category[Objects.checkIndex(index, size())]);
  }

  /**
   * A number of series {@code index}, empty where the method does not define it (as in {@link
   * Assessment}).
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   * @throws NullPointerException if {@code measure} is null
   */
  public OptionalDouble value(Measure measure, int index) {
    Objects.checkIndex(index, size());
    return (defined[index] & bit(measure)) != 0
        ? OptionalDouble.of(column0(measure)[index])
        : OptionalDouble.empty();
  }

  /**
   * One number of every series as a new array, {@code NaN} where the method does not define it:
   * the shape a spreadsheet or a warehouse table wants.
   *
   * @throws NullPointerException if {@code measure} is null
   */
  public double[] column(Measure measure) {
    double[] source = column0(measure);
    int bit = bit(measure);
    double[] out = Arrays.copyOf(source, size());
    for (int i = 0; i < out.length; i++) {
      if ((defined[i] & bit) == 0) {
        out[i] = Double.NaN;
      }
    }
    return out;
  }

  /**
   * The index of the latest observation used within series {@code index}'s observations (sorted
   * by date), empty when none was used.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   */
  public OptionalInt latestObservation(int index) {
    int k = latest[Objects.checkIndex(index, size())];
    return k < 0 ? OptionalInt.empty() : OptionalInt.of(k);
  }

  /**
   * Whether the assessment of series {@code index} raised a finding of severity error, as {@link
   * Assessment#hasErrors()}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   */
  public boolean hasErrors(int index) {
    return (flags[Objects.checkIndex(index, size())] & AssessmentKernel.F_ERRORS) != 0;
  }

  /**
   * Whether the assessment of series {@code index} raised any finding.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   */
  public boolean hasFindings(int index) {
    return flags[Objects.checkIndex(index, size())] != 0;
  }

  /**
   * The full assessment of series {@code index}, with its explanation and findings: equal to
   * {@code assessor.assess(series().series(index), asOf())}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   */
  public Assessment assessment(int index) {
    return assessor.assess(series.series(index), asOf);
  }

  /** The number of series per status, indexed by {@link ProgressStatus#ordinal()}. */
  public int[] statusCounts() {
    int[] counts = new int[STATUSES.length];
    for (byte s : status) {
      counts[s]++;
    }
    return counts;
  }

  private double[] column0(Measure measure) {
    return switch (Objects.requireNonNull(measure, "measure")) {
      case PROGRESS -> progress;
      case EXPECTED_PROGRESS -> expected;
      case TRAJECTORY_VALUE -> trajectory;
      case ACTUAL_RATE -> actual;
      case REQUIRED_RATE -> required;
      case RATIO -> ratio;
    };
  }

  private static int bit(Measure measure) {
    return switch (Objects.requireNonNull(measure, "measure")) {
      case PROGRESS -> AssessmentKernel.D_PROGRESS;
      case EXPECTED_PROGRESS -> AssessmentKernel.D_EXPECTED;
      case TRAJECTORY_VALUE -> AssessmentKernel.D_TRAJECTORY;
      case ACTUAL_RATE -> AssessmentKernel.D_ACTUAL;
      case REQUIRED_RATE -> AssessmentKernel.D_REQUIRED;
      case RATIO -> AssessmentKernel.D_RATIO;
    };
  }
}
