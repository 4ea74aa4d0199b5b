// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.base.Finding;
import org.civicplan.base.Pointer;

/**
 * The Analytic Hierarchy Process (Saaty, <i>The Analytic Hierarchy Process</i>, McGraw-Hill 1980;
 * Saaty, "How to make a decision", EJOR 48 (1990) 9–26): priorities from reciprocal
 * pairwise-comparison matrices, their consistency, and the synthesis of a two-level hierarchy.
 *
 * <p>Judgements are read from the upper triangle; the lower triangle must be its reciprocal within
 * 1% (so that 0.33 stands for 1/3), otherwise the matrix is refused with a finding. The upper
 * triangle and its exact reciprocals are then used.
 *
 * <p>The most inconsistent judgement is the one whose ratio to the derived priorities, {@code
 * a_ij · w_j / w_i}, is farthest from 1 in log terms; the warning names it and the value the
 * priorities suggest ({@code w_i / w_j}).
 */
public final class Ahp {

  private Ahp() {}

  /** Priorities and λmax of one valid matrix. */
  record Priorities(double[] weights, double lambdaMax) {}

  /**
   * {@return the priorities of {@code items} from one pairwise-comparison matrix, as a ranking of
   * the items (score = priority, contribution empty) with its consistency}
   *
   * @param name names the matrix in messages (e.g. {@code "criteria"})
   * @param path the JSON Pointer of the matrix, for findings
   * @param items the items compared, in the matrix's order
   * @param matrix the pairwise-comparison matrix
   * @param options the prioritization, random-index table and synthesis
   * @throws NullPointerException if an argument is null
   */
  public static Ranking weights(String name, String path, List<String> items, double[][] matrix, AhpOptions options) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(options, "options");
    List<Finding> findings = new ArrayList<>();
    Optional<double[][]> a = check(name, path, items, matrix, findings);
    if (a.isEmpty()) {
      return new Ranking("ahp", List.of(), Map.of(), Optional.empty(), Map.of(), List.of(), findings);
    }
    Priorities p = priorities(a.get(), options.prioritization());
    Consistency c = consistency(name, path, items, a.get(), p, options, findings);
    List<Map<String, Double>> empty = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      empty.add(Map.of());
    }
    Map<String, Double> weights = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      weights.put(items.get(i), p.weights()[i]);
    }
    return RankingAssembly.assemble(
        "ahp", items, weights, p.weights(), true, RankingAssembly.listed(empty, empty), List.of(), Optional.of(c), Map.of(), findings);
  }

  /**
   * {@return a full two-level hierarchy: criteria weights from {@code criteriaMatrix}, local
   * priorities of the alternatives from one matrix per criterion, global priorities by the chosen
   * synthesis} The contribution of a criterion is its weight times the alternative's local priority
   * (scaled in the ideal mode so that contributions sum to the score). Details: {@code
   * local.<criterion>}.
   *
   * @param criteria the criteria ids, in matrix order
   * @param criteriaMatrix the criteria comparison matrix
   * @param alternatives the alternative ids, in the order of every alternatives matrix
   * @param matrices per criterion id, the alternatives matrix
   * @param options the prioritization, random-index table and synthesis
   * @throws NullPointerException if an argument is null
   */
  public static Ranking hierarchy(
      List<String> criteria,
      double[][] criteriaMatrix,
      List<String> alternatives,
      Map<String, double[][]> matrices,
      AhpOptions options) {
    Objects.requireNonNull(alternatives, "alternatives");
    Objects.requireNonNull(matrices, "matrices");
    Ranking cw = weights("criteria", "/pairwise/criteria/matrix", criteria, criteriaMatrix, options);
    if (cw.hasErrors()) {
      return cw;
    }
    return synthesise(cw.weights(), cw.consistency(), new ArrayList<>(cw.findings()), criteria, alternatives, matrices, options);
  }

  /**
   * {@return a hierarchy whose criteria weights are given directly (normalised to sum 1, with a
   * finding when they did not) instead of by a matrix}
   *
   * @param criteria the criteria with their weights
   * @param alternatives the alternatives, in the matrices' order
   * @param matrices the pairwise comparison of the alternatives, per criterion id
   * @param options the prioritization, random-index table and synthesis
   * @throws NullPointerException if an argument is null
   */
  public static Ranking hierarchy(
      List<Criterion> criteria, List<String> alternatives, Map<String, double[][]> matrices, AhpOptions options) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(alternatives, "alternatives");
    Objects.requireNonNull(matrices, "matrices");
    Objects.requireNonNull(options, "options");
    List<Finding> findings = new ArrayList<>();
    double sum = criteria.stream().mapToDouble(Criterion::weight).sum();
    if (sum <= 0) {
      findings.add(Messages.error(PrioritisationCodes.WEIGHTS_ZERO, "/criteria"));
      return new Ranking("ahp", List.of(), Map.of(), Optional.empty(), Map.of(), List.of(), findings);
    }
    if (Math.abs(sum - 1) > 1e-9) {
      findings.add(Messages.info(PrioritisationCodes.WEIGHTS_NORMALISED, "/criteria", Messages.number(sum)));
    }
    Map<String, Double> w = new TreeMap<>();
    for (Criterion c : criteria) {
      w.put(c.id(), c.weight() / sum);
    }
    return synthesise(w, Optional.empty(), findings, criteria.stream().map(Criterion::id).toList(), alternatives, matrices, options);
  }

  private static Ranking synthesise(
      Map<String, Double> weights,
      Optional<Consistency> criteriaConsistency,
      List<Finding> findings,
      List<String> criteria,
      List<String> alternatives,
      Map<String, double[][]> matrices,
      AhpOptions options) {
    int n = alternatives.size();
    Map<String, Consistency> local = new TreeMap<>();
    Map<String, double[]> localPriorities = new HashMap<>();
    boolean ok = true;
    for (String c : criteria) {
      double[][] m = matrices.get(c);
      String path = "/pairwise/alternatives/matrices/" + Pointer.escape(c);
      if (m == null) {
        findings.add(Messages.error(PrioritisationCodes.AHP_MATRIX_MISSING, path, c, String.join(", ", alternatives)));
        ok = false;
        continue;
      }
      Optional<double[][]> a = check(c, path, alternatives, m, findings);
      if (a.isEmpty()) {
        ok = false;
        continue;
      }
      Priorities p = priorities(a.get(), options.prioritization());
      local.put(c, consistency(c, path, alternatives, a.get(), p, options, findings));
      localPriorities.put(c, p.weights());
    }
    if (!ok || n == 0) {
      if (n == 0) {
        findings.add(Messages.error(PrioritisationCodes.EMPTY, ""));
      }
      return new Ranking("ahp", List.of(), weights, criteriaConsistency, local, List.of(), findings);
    }
    double[] score = new double[n];
    double[][] contrib = new double[n][criteria.size()];
    for (int j = 0; j < criteria.size(); j++) {
      double[] lp = localPriorities.get(criteria.get(j));
      double scale = options.synthesis() == AhpOptions.Synthesis.IDEAL ? Arrays.stream(lp).max().orElse(Double.NEGATIVE_INFINITY) : 1;
      for (int i = 0; i < n; i++) {
        contrib[i][j] = weights.get(criteria.get(j)) * lp[i] / scale;
        score[i] += contrib[i][j];
      }
    }
    double total = 0;
    for (double s : score) {
      total += s;
    }
    double norm = options.synthesis() == AhpOptions.Synthesis.IDEAL ? total : 1;
    List<Map<String, Double>> contributions = new ArrayList<>();
    List<Map<String, Double>> details = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      score[i] /= norm;
      Map<String, Double> c = new TreeMap<>();
      Map<String, Double> d = new TreeMap<>();
      for (int j = 0; j < criteria.size(); j++) {
        c.put(criteria.get(j), contrib[i][j] / norm);
        d.put("local." + criteria.get(j), localPriorities.get(criteria.get(j))[i]);
      }
      contributions.add(c);
      details.add(d);
    }
    if (n == 1) {
      findings.add(Messages.info(PrioritisationCodes.SINGLE_ALTERNATIVE, "", alternatives.get(0)));
    }
    return RankingAssembly.assemble(
        "ahp",
        alternatives,
        weights,
        score,
        true,
        RankingAssembly.listed(contributions, details),
        List.of(),
        criteriaConsistency,
        local,
        findings);
  }

  /**
   * Checks shape, positivity, unit diagonal and reciprocity; returns the matrix rebuilt from its
   * upper triangle, or empty with error findings.
   */
  static Optional<double[][]> check(String name, String path, List<String> items, double[][] m, List<Finding> findings) {
    Objects.requireNonNull(m, "matrix");
    int n = items.size();
    boolean square = m.length == n && n > 0;
    for (double[] row : m) {
      square &= row != null && row.length == n;
    }
    if (!square) {
      findings.add(Messages.error(PrioritisationCodes.AHP_SHAPE, path, name, String.join(", ", items), String.valueOf(m.length)));
      return Optional.empty();
    }
    boolean ok = true;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = m[i][j];
        boolean good = v > 0 && !Double.isInfinite(v) && (i != j || Math.abs(v - 1) <= 1e-9);
        if (!good) {
          findings.add(Messages.error(PrioritisationCodes.AHP_VALUE, path + "/" + i + "/" + j, name, items.get(i), items.get(j), Messages.number(v)));
          ok = false;
        }
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      a[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        if (Math.abs(m[i][j] * m[j][i] - 1) > 0.01) {
          findings.add(
              Messages.error(
                  PrioritisationCodes.AHP_NOT_RECIPROCAL,
                  path + "/" + j + "/" + i,
                  name,
                  items.get(i),
                  items.get(j),
                  Messages.number(m[i][j]),
                  Messages.number(m[j][i])));
          ok = false;
        }
        a[i][j] = m[i][j];
        a[j][i] = 1 / m[i][j];
      }
    }
    return ok ? Optional.of(a) : Optional.empty();
  }

  /** Priorities of a valid reciprocal matrix, with λmax = mean of (Aw)_i / w_i. */
  static Priorities priorities(double[][] a, AhpOptions.Prioritization how) {
    int n = a.length;
    double[] w = new double[n];
    if (how == AhpOptions.Prioritization.GEOMETRIC_MEAN) {
      for (int i = 0; i < n; i++) {
        double logSum = 0;
        for (int j = 0; j < n; j++) {
          logSum += Math.log(a[i][j]);
        }
        w[i] = Math.exp(logSum / n);
      }
      normalise(w);
    } else {
      // Power iteration: a positive matrix has a simple dominant eigenvalue (Perron), so this
      // converges; the start is the geometric mean, already close.
      w = priorities(a, AhpOptions.Prioritization.GEOMETRIC_MEAN).weights().clone();
      double[] next = new double[n];
      for (int it = 0; it < 100_000; it++) {
        for (int i = 0; i < n; i++) {
          double s = 0;
          for (int j = 0; j < n; j++) {
            s += a[i][j] * w[j];
          }
          next[i] = s;
        }
        normalise(next);
        double diff = 0;
        for (int i = 0; i < n; i++) {
          diff = Math.max(diff, Math.abs(next[i] - w[i]));
        }
        double[] t = w;
        w = next;
        next = t;
        if (diff < 1e-15) {
          break;
        }
      }
    }
    double lambda = 0;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += a[i][j] * w[j];
      }
      lambda += s / w[i];
    }
    return new Priorities(w, lambda / n);
  }

  private static void normalise(double[] w) {
    double s = 0;
    for (double v : w) {
      s += v;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= s;
    }
  }

  static Consistency consistency(
      String name, String path, List<String> items, double[][] a, Priorities p, AhpOptions options, List<Finding> findings) {
    int n = a.length;
    double ri = options.randomIndex().of(n);
    if (n <= 2) {
      return new Consistency(n, 0, 0, options.randomIndex(), ri);
    }
    double ci = Math.max(0, (p.lambdaMax() - n) / (n - 1));
    double cr = ci / ri;
    if (cr > options.threshold()) {
      double[] w = p.weights();
      int bi = 0;
      int bj = 1;
      double worst = -1;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double dev = Math.abs(Math.log(a[i][j] * w[j] / w[i]));
          if (dev > worst + 1e-12) {
            worst = dev;
            bi = i;
            bj = j;
          }
        }
      }
      findings.add(
          Messages.warning(
              PrioritisationCodes.AHP_INCONSISTENT,
              path + "/" + bi + "/" + bj,
              name,
              Messages.number(cr),
              Messages.number(options.threshold()),
              options.randomIndex().label() + " " + Messages.number(ri),
              items.get(bi),
              items.get(bj),
              Messages.number(a[bi][bj]),
              Messages.number(w[bi] / w[bj])));
    }
    return new Consistency(p.lambdaMax(), ci, cr, options.randomIndex(), ri);
  }
}
