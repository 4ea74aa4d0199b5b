// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.base.Finding;
import org.civicplan.base.Pointer;

/**
 * The opening steps every matrix method shares, decided once (see {@link Mcda}): the column
 * statistics, the check of the matrix (empty, missing values, values the normalisation cannot
 * take, constant criteria reported), the weights normalised to sum 1 (reported when they did not,
 * refused when all zero) and a single alternative reported. A method asks {@link #failed()} first;
 * then it computes its scores and hands them to {@link #ranked}.
 */
final class CheckedMatrix {
  final DecisionMatrix m;
  final ColumnStats stats;
  /** The findings so far; the method may add its own before {@link #ranked}. */
  final List<Finding> findings = new ArrayList<>();
  final int n;
  final int k;
  private final String method;
  private final double[] w;

  private CheckedMatrix(String method, DecisionMatrix m, Normalization normalization, boolean directed, ColumnStats stats) {
    this.method = method;
    this.m = m;
    this.stats = stats;
    this.n = m.alternatives().size();
    this.k = m.criteria().size();
    this.w = checkedWeights(normalization, directed);
  }

  /** The matrix as a method that needs no normalisation sees it. */
  static CheckedMatrix of(String method, DecisionMatrix m) {
    return of(method, m, Normalization.NONE, false, ColumnStats.of(m, false, Normalization.NONE, false));
  }

  /**
   * The matrix checked for {@code normalization}, from statistics the method gathered as it needs
   * them; {@code directed} when cost criteria are turned round by the normalisation itself (the
   * weighted sum), which then needs positive values for sum and max.
   */
  static CheckedMatrix of(String method, DecisionMatrix m, Normalization normalization, boolean directed, ColumnStats stats) {
    return new CheckedMatrix(method, m, normalization, directed, stats);
  }

  /** Whether an error finding prevents ranking. */
  boolean failed() {
    return w == null;
  }

  /** The ranking of nothing, with the findings that say why. */
  Ranking failure() {
    return RankingAssembly.failed(method, findings);
  }

  /** The weight of criterion {@code j}, normalised. */
  double weight(int j) {
    return w[j];
  }

  /** The normalised weights (the array itself: methods only read it). */
  double[] weights() {
    return w;
  }

  boolean benefit(int j) {
    return m.criteria().get(j).direction() == CriterionDirection.BENEFIT;
  }

  String criterion(int j) {
    return m.criteria().get(j).id();
  }

  /** The ranking by {@code score}, explained lazily by {@code explainer}. */
  Ranking ranked(double[] score, boolean higherIsBetter, RankedList.Explainer explainer, List<String> compromise) {
    Map<String, Double> weights = new TreeMap<>();
    for (int j = 0; j < k; j++) {
      weights.put(criterion(j), w[j]);
    }
    return RankingAssembly.assemble(method, m.alternatives(), weights, score, higherIsBetter, explainer, compromise, Optional.empty(), Map.of(), findings);
  }

  /** The ranking by {@code score}, explained by lists by input index. */
  Ranking ranked(
      double[] score,
      boolean higherIsBetter,
      List<Map<String, Double>> contributions,
      List<Map<String, Double>> details,
      List<String> compromise) {
    return ranked(score, higherIsBetter, RankingAssembly.listed(contributions, details), compromise);
  }

  /**
   * The normalised weights, or null when an error finding prevents ranking. Decides from the column
   * statistics and looks at single values only to name the ones at fault.
   */
  private double[] checkedWeights(Normalization normalization, boolean directed) {
    if (n == 0 || k == 0) {
      findings.add(Messages.error(PrioritisationCodes.EMPTY, ""));
      return null;
    }
    if (stats.anyMissing) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < k; j++) {
          if (Double.isNaN(m.value(i, j))) {
            findings.add(Messages.error(PrioritisationCodes.VALUE_MISSING, valuePath(i, j), m.alternatives().get(i), criterion(j)));
          }
        }
      }
      return null;
    }
    boolean ok = true;
    for (int j = 0; j < k; j++) {
      if (n > 1 && stats.min[j] == stats.max[j]) {
        findings.add(Messages.info(PrioritisationCodes.CRITERION_CONSTANT, "/criteria/" + j, criterion(j)));
      }
      CriterionDirection dir = m.criteria().get(j).direction();
      double colMax = stats.max[j];
      // admissibility is a lower limit on the value, so the column minimum decides it
      if (admissible(stats.min[j], colMax, dir, normalization, directed)) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        double x = m.value(i, j);
        if (!admissible(x, colMax, dir, normalization, directed)) {
          findings.add(
              Messages.error(
                  PrioritisationCodes.VALUE_NOT_POSITIVE,
                  valuePath(i, j),
                  m.alternatives().get(i),
                  criterion(j),
                  normalization.label(),
                  Messages.number(x)));
          ok = false;
        }
      }
    }
    if (!ok) {
      return null;
    }
    double sum = 0;
    for (Criterion c : m.criteria()) {
      sum += c.weight();
    }
    if (sum <= 0) {
      findings.add(Messages.error(PrioritisationCodes.WEIGHTS_ZERO, "/criteria"));
      return null;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      findings.add(Messages.info(PrioritisationCodes.WEIGHTS_NORMALISED, "/criteria", Messages.number(sum)));
    }
    double[] weights = new double[k];
    for (int j = 0; j < k; j++) {
      weights[j] = m.criteria().get(j).weight() / sum;
    }
    if (n == 1) {
      findings.add(Messages.info(PrioritisationCodes.SINGLE_ALTERNATIVE, "", m.alternatives().get(0)));
    }
    return weights;
  }

  private String valuePath(int i, int j) {
    return "/alternatives/" + i + "/values/" + Pointer.escape(criterion(j));
  }

  private static boolean admissible(double x, double colMax, CriterionDirection dir, Normalization nz, boolean directed) {
    return switch (nz) {
      case NONE, MIN_MAX -> true;
      case VECTOR -> x >= 0 && colMax > 0;
      case SUM, MAX -> (directed && dir == CriterionDirection.COST) ? x > 0 : x >= 0 && colMax > 0;
    };
  }
}
