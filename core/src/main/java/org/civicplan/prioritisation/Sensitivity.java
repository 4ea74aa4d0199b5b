// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One-at-a-time weight sensitivity: for each criterion j, with w_j set to t and every other weight
 * w_k set to {@code w_k (1 − t) / (1 − w_j)} (equal shares when w_j = 1), the interval of t around
 * the current weight in which the first-ranked alternative stays first. The boundary is found by a
 * scan in steps of 0.01 refined by bisection to 1e-6; a change of leader that appears and
 * disappears between two scan points narrower than a step can be missed.
 */
public final class Sensitivity {

  private Sensitivity() {}

  /**
   * The weight interval of every criterion, in criterion order.
   *
   * @param m the problem
   * @param method the ranking method, e.g. {@code x -> Mcda.topsis(x, Normalization.VECTOR)}
   * @return empty when the method cannot rank {@code m}
   * @throws NullPointerException if an argument is null
   */
  public static List<WeightInterval> weightIntervals(DecisionMatrix m, Function<DecisionMatrix, Ranking> method) {
    Objects.requireNonNull(method, "method");
    Optional<String> leader = method.apply(m).first().map(RankedAlternative::id);
    if (leader.isEmpty()) {
      return List.of();
    }
    double sum = m.criteria().stream().mapToDouble(Criterion::weight).sum();
    List<WeightInterval> out = new ArrayList<>();
    for (int j = 0; j < m.criteria().size(); j++) {
      double w = m.criteria().get(j).weight() / sum;
      final int jj = j;
      Function<Double, Boolean> same = t -> leader.equals(method.apply(reweighted(m, jj, t, sum)).first().map(RankedAlternative::id));
      out.add(new WeightInterval(m.criteria().get(j).id(), w, edge(w, 0, same), edge(w, 1, same)));
    }
    return out;
  }

  /**
   * For every criterion, in criterion order, the interval of its weight in which the first {@code
   * places} alternatives keep their order, and the order just past each end: the generalisation of
   * {@link #weightIntervals} ({@code places} = 1 gives the same intervals) to the order of the first
   * places, e.g. 2 to ask when the first two swap. Same scan and bisection as {@link
   * #weightIntervals}; the order past an end is the one at the first weight found outside.
   *
   * @param m the problem
   * @param method the ranking method, e.g. {@code x -> Mcda.topsis(x, Normalization.VECTOR)}
   * @param places how many first places must keep their order, at least 1; fewer when {@code m}
   *     has fewer alternatives
   * @return empty when the method cannot rank {@code m}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code places} is below 1
   */
  public static List<OrderInterval> orderIntervals(DecisionMatrix m, Function<DecisionMatrix, Ranking> method, int places) {
    Objects.requireNonNull(m, "m");
    Objects.requireNonNull(method, "method");
    if (places < 1) {
      throw new IllegalArgumentException("places must be at least 1 but was " + places);
    }
    Ranking current = method.apply(m);
    if (current.ranking().isEmpty() || current.hasErrors()) {
      return List.of();
    }
    List<String> order = first(current, places);
    double sum = m.criteria().stream().mapToDouble(Criterion::weight).sum();
    List<OrderInterval> out = new ArrayList<>();
    for (int j = 0; j < m.criteria().size(); j++) {
      double w = m.criteria().get(j).weight() / sum;
      final int jj = j;
      Function<Double, List<String>> at = t -> first(method.apply(reweighted(m, jj, t, sum)), places);
      double[] below = boundary(w, 0, order, at);
      double[] above = boundary(w, 1, order, at);
      out.add(new OrderInterval(m.criteria().get(j).id(), w, below[0],
          above[0], order, Double.isNaN(below[1]) ? List.of() : at.apply(below[1]),
          Double.isNaN(above[1]) ? List.of() : at.apply(above[1])));
    }
    return out;
  }

  private static List<String> first(Ranking r, int places) {
    List<String> ids = r.order();
    return ids.subList(0, Math.min(places, ids.size()));
  }

  /** The last weight keeping {@code order} and the first found outside it (NaN when none). */
  private static double[] boundary(double from, double to, List<String> order, Function<Double, List<String>> at) {
    double step = to > from ? 0.01 : -0.01;
    double good = from;
    double t = from;
    while (true) {
      double next = step > 0 ? Math.min(to, t + step) : Math.max(to, t + step);
      if (next == t) {
        return new double[] {good, Double.NaN};
      }
      if (!order.equals(at.apply(next))) {
        double lo = good;
        double hi = next;
        while (Math.abs(hi - lo) > 1e-7) {
          double mid = (lo + hi) / 2;
          if (order.equals(at.apply(mid))) {
            lo = mid;
          } else {
            hi = mid;
          }
        }
        return new double[] {lo, hi};
      }
      good = next;
      t = next;
    }
  }

  private static double edge(double from, double to, Function<Double, Boolean> same) {
    double step = to > from ? 0.01 : -0.01;
    double good = from;
    double t = from;
    while (true) {
      double next = step > 0 ? Math.min(to, t + step) : Math.max(to, t + step);
      if (next == t) {
        return good;
      }
      if (!same.apply(next)) {
        double lo = good;
        double hi = next;
        while (Math.abs(hi - lo) > 1e-7) {
          double mid = (lo + hi) / 2;
          if (same.apply(mid)) {
            lo = mid;
          } else {
            hi = mid;
          }
        }
        return lo;
      }
      good = next;
      t = next;
    }
  }

  static DecisionMatrix reweighted(DecisionMatrix m, int j, double t, double sum) {
    List<Criterion> cs = new ArrayList<>();
    int k = m.criteria().size();
    double wj = m.criteria().get(j).weight() / sum;
    for (int i = 0; i < k; i++) {
      Criterion c = m.criteria().get(i);
      double w;
      if (i == j) {
        w = t;
      } else if (wj >= 1) {
        w = (1 - t) / (k - 1);
      } else {
        w = c.weight() / sum * (1 - t) / (1 - wj);
      }
      cs.add(c.withWeight(Math.max(0, w)));
    }
    return m.withCriteria(cs);
  }
}
