package org.civicplan.prioritisation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.civicplan.base.IdSyntax;

/**
 * The input of a multi-criteria ranking: alternatives (rows) judged on criteria (columns).
 *
 * <p>A missing value is {@link Double#NaN}; the ranking methods report it as a finding rather than
 * compute with it. The matrix is copied on the way in and out.
 *
 * @param criteria the criteria, with distinct ids; their weights are used (normalised to sum 1 by
 *     the methods, with a finding when they did not)
 * @param alternatives the alternative ids, distinct
 * @param values {@code values[i][j]} is alternative i on criterion j; NaN when missing
 */
public record DecisionMatrix(List<Criterion> criteria, List<String> alternatives, double[][] values) {

  /**
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if ids repeat, an id is invalid, the shape does not match, or
   *     a value is infinite
   */
  public DecisionMatrix {
    criteria = List.copyOf(criteria);
    alternatives = List.copyOf(alternatives);
    Set<String> seen = new HashSet<>();
    for (Criterion c : criteria) {
      if (!seen.add(c.id())) {
        throw new IllegalArgumentException("criterion id \"" + c.id() + "\" appears twice");
      }
    }
    seen.clear();
    for (String a : alternatives) {
      IdSyntax.requireValid(a, "alternative");
      if (!seen.add(a)) {
        throw new IllegalArgumentException("alternative id \"" + a + "\" appears twice");
      }
    }
    Objects.requireNonNull(values, "values");
    if (values.length != alternatives.size()) {
      throw new IllegalArgumentException(
          "values must have one row per alternative (" + alternatives.size() + ") but had " + values.length);
    }
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      Objects.requireNonNull(values[i], "values row " + i);
      if (values[i].length != criteria.size()) {
        throw new IllegalArgumentException(
            "row of alternative \"" + alternatives.get(i) + "\" must have " + criteria.size()
                + " values but had " + values[i].length);
      }
      for (int j = 0; j < values[i].length; j++) {
        if (Double.isInfinite(values[i][j])) {
          throw new IllegalArgumentException(
              "value must be finite or NaN (missing) but was " + values[i][j] + " (alternative \""
                  + alternatives.get(i) + "\", criterion \"" + criteria.get(j).id() + "\")");
        }
      }
      copy[i] = values[i].clone();
    }
    values = copy;
  }

  /** A copy of the values. */
  @Override
  public double[][] values() {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }

  /** The value of alternative {@code i} on criterion {@code j} (NaN when missing). */
  public double value(int i, int j) {
    return values[i][j];
  }

  /** Row {@code i} itself, not a copy: callers in this package must not change it. */
  double[] row(int i) {
    return values[i];
  }

  /** A copy with other criteria (same ids in the same order, e.g. with other weights). */
  public DecisionMatrix withCriteria(List<Criterion> newCriteria) {
    return new DecisionMatrix(newCriteria, alternatives, values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DecisionMatrix m
        && criteria.equals(m.criteria)
        && alternatives.equals(m.alternatives)
        && Arrays.deepEquals(values, m.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(criteria, alternatives, Arrays.deepHashCode(values));
  }

  @Override
  public String toString() {
    return "DecisionMatrix[criteria=" + criteria + ", alternatives=" + alternatives + ", values="
        + Arrays.deepToString(values) + "]";
  }
}
