package org.civicplan.prioritisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civicplan.base.Finding;

/**
 * Multi-criteria ranking methods over a {@link DecisionMatrix}: weighted sum, TOPSIS, PROMETHEE II
 * and VIKOR (AHP, which starts from pairwise comparisons, is in {@link Ahp}). Pure functions: no
 * state, same input gives the same output.
 *
 * <p>Common rules, decided once for every method:
 *
 * <ul>
 *   <li>Weights are normalised to sum 1; when they did not, an info finding {@code
 *       ranking.weights.normalised} says so. All-zero weights are an error.
 *   <li>A missing value (NaN) is an error finding; no ranking is produced.
 *   <li>A criterion whose values are all equal is reported (info) and contributes nothing.
 *   <li>Ties (scores within 1e-9 relative) are broken by id and reported (info).
 *   <li>A single alternative is ranked first (info).
 * </ul>
 */
public final class Mcda {

  static final double TIE_TOLERANCE = 1e-9;
  private static final String[] TOPSIS_KEYS = {"dMinus", "dPlus"};
  private static final Map<String, Double> NONE = new ArrayMap(new String[0], new double[0]);

  private Mcda() {}

  /**
   * Simple additive weighting: {@code score(a) = Σ w_j · r_aj} with {@code r} from {@code
   * normalization} (which also turns cost criteria round, see {@link Normalization}). The
   * contribution of criterion j is {@code w_j · r_aj}. Details: {@code normalised.<criterion>}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Ranking weightedSum(DecisionMatrix m, Normalization normalization) {
    List<Finding> findings = new ArrayList<>();
    boolean affine = normalization != Normalization.SUM && normalization != Normalization.MAX;
    ColumnStats st = ColumnStats.of(m, !affine, normalization == Normalization.SUM);
    double[] w = prepare(m, findings, normalization, true, st);
    if (w == null) {
      return failed("weighted-sum", m, findings);
    }
    int n = m.alternatives().size();
    int k = m.criteria().size();
    Directed[] norm = new Directed[k];
    for (int j = 0; j < k; j++) {
      norm[j] = Directed.of(m.criteria().get(j).direction(), normalization, st, j);
      affine &= norm[j].affine();
    }
    double[] score = new double[n];
    if (affine) {
      // row by row, r = sign · ((x − offset) / divisor) + shift, adding w_j · r_ij in criterion order
      double[] sg = new double[k];
      double[] off = new double[k];
      double[] div = new double[k];
      double[] sh = new double[k];
      double[] wz = new double[k];
      for (int j = 0; j < k; j++) {
        Directed d = norm[j];
        sg[j] = d.sign();
        off[j] = d.offset();
        div[j] = d.divisor();
        sh[j] = d.shift();
        // a constant min-max column gives w · 0; (x − 0) / 1 · 0 is that zero (up to its sign)
        wz[j] = d.zero() ? 0 : w[j];
      }
      for (int i = 0; i < n; i++) {
        double[] row = m.row(i);
        double t = 0;
        for (int j = 0; j < k; j++) {
          double r = sg[j] * ((row[j] - off[j]) / div[j]) + sh[j];
          t += wz[j] * r;
        }
        score[i] = t;
      }
    } else {
      // column by column over contiguous copies, adding w_j · r_ij in criterion order as before
      double[][] cols = st.columns;
      for (int j = 0; j < k; j++) {
        norm[j].addWeighted(cols[j], w[j], score);
      }
    }
    String[] ids = new String[k];
    for (int j = 0; j < k; j++) {
      ids[j] = m.criteria().get(j).id();
    }
    int[] perm = ArrayMap.sortedOrder(ids);
    String[] cKeys = new String[k];
    String[] dKeys = new String[k];
    for (int p = 0; p < k; p++) {
      cKeys[p] = ids[perm[p]];
      dKeys[p] = "normalised." + ids[perm[p]];
    }
    // contributions and normalised values are computed when an alternative's explanation is read
    RankedList.Explainer explainer =
        new RankedList.Explainer() {
          @Override
          public Map<String, Double> contributions(int i) {
            double[] row = m.row(i);
            double[] c = new double[k];
            for (int p = 0; p < k; p++) {
              c[p] = w[perm[p]] * norm[perm[p]].apply(row[perm[p]]);
            }
            return new ArrayMap(cKeys, c);
          }

          @Override
          public Map<String, Double> details(int i) {
            double[] row = m.row(i);
            double[] d = new double[k];
            for (int p = 0; p < k; p++) {
              d[p] = norm[perm[p]].apply(row[perm[p]]);
            }
            return new ArrayMap(dKeys, d);
          }
        };
    return assemble("weighted-sum", m, w, score, true, explainer, List.of(), findings);
  }

  /**
   * TOPSIS (Hwang and Yoon, <i>Multiple Attribute Decision Making</i>, Springer 1981, pp. 128–134):
   * normalise each column (vector by default), weight it, take the ideal (best per criterion) and
   * anti-ideal (worst), the Euclidean distances {@code dPlus}, {@code dMinus} of each alternative to
   * them, and rank by the closeness {@code dMinus / (dPlus + dMinus)}. Per-criterion contributions
   * are not defined (distances do not add up by criterion), so they are empty; details give
   * {@code dPlus}, {@code dMinus}. An alternative at both ideal and anti-ideal (all criteria
   * constant) gets closeness 0.5.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Ranking topsis(DecisionMatrix m, Normalization normalization) {
    List<Finding> findings = new ArrayList<>();
    ColumnStats st = ColumnStats.of(m, false, false);
    double[] w = prepare(m, findings, normalization, false, st);
    if (w == null) {
      return failed("topsis", m, findings);
    }
    int n = m.alternatives().size();
    int k = m.criteria().size();
    // every rescaling is (x − offset) / divisor: min-max, or offset 0 (x − 0 is x exactly)
    double[] off = new double[k];
    double[] div = new double[k];
    double[] wz = new double[k];
    double[] ideal = new double[k];
    double[] anti = new double[k];
    for (int j = 0; j < k; j++) {
      Directed scale = Directed.of(CriterionDirection.BENEFIT, normalization, st, j);
      off[j] = scale.offset();
      div[j] = scale.divisor();
      wz[j] = scale.zero() ? 0 : w[j];
      boolean benefit = m.criteria().get(j).direction() == CriterionDirection.BENEFIT;
      // rounding is monotone, so the best weighted value is the weighted value of the best input
      double max = w[j] * scale.apply(st.max[j]);
      double min = w[j] * scale.apply(st.min[j]);
      ideal[j] = benefit ? max : min;
      anti[j] = benefit ? min : max;
    }
    double[] score = new double[n];
    double[] dPlus = new double[n];
    double[] dMinus = new double[n];
    for (int i = 0; i < n; i++) {
      double[] row = m.row(i);
      double p = 0;
      double q = 0;
      for (int j = 0; j < k; j++) {
        double v = wz[j] * ((row[j] - off[j]) / div[j]);
        p += (v - ideal[j]) * (v - ideal[j]);
        q += (v - anti[j]) * (v - anti[j]);
      }
      double a = Math.sqrt(p);
      double b = Math.sqrt(q);
      dPlus[i] = a;
      dMinus[i] = b;
      score[i] = a + b == 0 ? 0.5 : b / (a + b);
    }
    RankedList.Explainer explainer =
        new RankedList.Explainer() {
          @Override
          public Map<String, Double> contributions(int i) {
            return NONE;
          }

          @Override
          public Map<String, Double> details(int i) {
            return new ArrayMap(TOPSIS_KEYS, new double[] {dMinus[i], dPlus[i]});
          }
        };
    return assemble("topsis", m, w, score, true, explainer, List.of(), findings);
  }

  /**
   * PROMETHEE II (Brans and Vincke, Management Science 31(6) (1985) 647–656; Brans, Vincke and
   * Mareschal, EJOR 24 (1986) 228–238): for each ordered pair, the preference degree on each
   * criterion from its {@link PreferenceFunction} (usual when none), the weighted preference index
   * π(a,b), the leaving flow φ⁺(a) = Σ π(a,x) / (n − 1), the entering flow φ⁻(a) = Σ π(x,a) / (n −
   * 1) and the net flow φ = φ⁺ − φ⁻, the score. The contribution of criterion j is its net flow
   * w_j · Σ (P_j(a,x) − P_j(x,a)) / (n − 1); contributions sum to φ. Details: {@code phiPlus},
   * {@code phiMinus}, {@code phiNet}. With one alternative all flows are 0.
   *
   * @throws NullPointerException if the matrix is null
   */
  public static Ranking promethee(DecisionMatrix m) {
    List<Finding> findings = new ArrayList<>();
    double[] w = prepare(m, findings, Normalization.NONE, false);
    if (w == null) {
      return failed("promethee-ii", m, findings);
    }
    int n = m.alternatives().size();
    int k = m.criteria().size();
    double[] plus = new double[n];
    double[] minus = new double[n];
    double[][] netByCriterion = new double[n][k];
    for (int j = 0; j < k; j++) {
      Criterion c = m.criteria().get(j);
      PreferenceFunction f = c.preferenceOrUsual();
      double sign = c.direction() == CriterionDirection.BENEFIT ? 1 : -1;
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          if (a == b) {
            continue;
          }
          double pab = f.degree(sign * (m.value(a, j) - m.value(b, j)));
          if (pab != 0) {
            double x = w[j] * pab;
            plus[a] += x;
            minus[b] += x;
            netByCriterion[a][j] += x;
            netByCriterion[b][j] -= x;
          }
        }
      }
    }
    double[] score = new double[n];
    List<Map<String, Double>> contributions = new ArrayList<>();
    List<Map<String, Double>> details = new ArrayList<>();
    double div = n > 1 ? n - 1 : 1;
    for (int a = 0; a < n; a++) {
      double phiPlus = plus[a] / div;
      double phiMinus = minus[a] / div;
      score[a] = phiPlus - phiMinus;
      Map<String, Double> c = new TreeMap<>();
      for (int j = 0; j < k; j++) {
        c.put(m.criteria().get(j).id(), netByCriterion[a][j] / div);
      }
      contributions.add(c);
      details.add(Map.of("phiPlus", phiPlus, "phiMinus", phiMinus, "phiNet", score[a]));
    }
    return assemble("promethee-ii", m, w, score, true, contributions, details, List.of(), findings);
  }

  /**
   * VIKOR (Opricovic and Tzeng, "Compromise solution by MCDM methods: A comparative analysis of
   * VIKOR and TOPSIS", EJOR 156 (2004) 445–455): with f* and f⁻ the best and worst value of each
   * criterion, {@code S = Σ w_j (f*_j − f_j) / (f*_j − f⁻_j)}, {@code R = max_j} of the same terms,
   * {@code Q = v (S − S*) / (S⁻ − S*) + (1 − v) (R − R*) / (R⁻ − R*)}; the ranking is by Q,
   * ascending (lower is better), and Q is the score. A constant criterion contributes 0 to S and R;
   * when all S (or all R) are equal, that part of Q is 0.
   *
   * <p>The compromise set: the first alternative A1 alone if it has acceptable advantage ({@code
   * Q(A2) − Q(A1) ≥ 1/(J − 1)}) and acceptable stability (it is also first by S or by R); A1 and A2
   * if only stability fails; A1..AM, the alternatives with {@code Q(AM) − Q(A1) < 1/(J − 1)}, if
   * advantage fails. Contributions: each criterion's term of S. Details: {@code S}, {@code R},
   * {@code Q}.
   *
   * @param v the weight of the strategy of the majority of criteria, in [0, 1] (0.5 by consensus)
   * @throws IllegalArgumentException if v is outside [0, 1]
   */
  public static Ranking vikor(DecisionMatrix m, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException("VIKOR strategy weight v must be in [0, 1] but was " + v);
    }
    List<Finding> findings = new ArrayList<>();
    double[] w = prepare(m, findings, Normalization.NONE, false);
    if (w == null) {
      return failed("vikor", m, findings);
    }
    int n = m.alternatives().size();
    int k = m.criteria().size();
    double[] s = new double[n];
    double[] r = new double[n];
    List<Map<String, Double>> contributions = new ArrayList<>();
    double[][] terms = new double[n][k];
    for (int j = 0; j < k; j++) {
      double[] col = column(m, j);
      boolean benefit = m.criteria().get(j).direction() == CriterionDirection.BENEFIT;
      double best = benefit ? max(col) : min(col);
      double worst = benefit ? min(col) : max(col);
      for (int i = 0; i < n; i++) {
        terms[i][j] = best == worst ? 0 : w[j] * (best - col[i]) / (best - worst);
      }
    }
    for (int i = 0; i < n; i++) {
      Map<String, Double> c = new TreeMap<>();
      double rr = 0;
      for (int j = 0; j < k; j++) {
        s[i] += terms[i][j];
        rr = Math.max(rr, terms[i][j]);
        c.put(m.criteria().get(j).id(), terms[i][j]);
      }
      r[i] = rr;
      contributions.add(c);
    }
    double sBest = min(s);
    double sWorst = max(s);
    double rBest = min(r);
    double rWorst = max(r);
    double[] q = new double[n];
    List<Map<String, Double>> details = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double qs = sWorst == sBest ? 0 : (s[i] - sBest) / (sWorst - sBest);
      double qr = rWorst == rBest ? 0 : (r[i] - rBest) / (rWorst - rBest);
      q[i] = v * qs + (1 - v) * qr;
      details.add(Map.of("S", s[i], "R", r[i], "Q", q[i]));
    }
    int[] order = order(m.alternatives(), q, false);
    List<String> compromise = new ArrayList<>();
    if (n >= 1) {
      int a1 = order[0];
      compromise.add(m.alternatives().get(a1));
      if (n >= 2) {
        double dq = 1.0 / (n - 1);
        int a2 = order[1];
        boolean advantage = q[a2] - q[a1] >= dq - 1e-12;
        boolean stable = isBest(s, a1, m.alternatives()) || isBest(r, a1, m.alternatives());
        if (!advantage) {
          for (int p = 1; p < n && q[order[p]] - q[a1] < dq - 1e-12; p++) {
            compromise.add(m.alternatives().get(order[p]));
          }
        } else if (!stable) {
          compromise.add(m.alternatives().get(a2));
        }
        if (!advantage || !stable) {
          findings.add(
              Messages.info(
                  PrioritisationCodes.VIKOR_COMPROMISE,
                  "",
                  m.alternatives().get(a1),
                  fmt(q[a2] - q[a1]),
                  fmt(dq),
                  String.valueOf(rankOf(s, a1, m.alternatives())),
                  String.valueOf(rankOf(r, a1, m.alternatives())),
                  String.join(", ", compromise)));
        }
      }
    }
    return assemble("vikor", m, w, q, false, contributions, details, compromise, findings);
  }

  private static int rankOf(double[] x, int a, List<String> ids) {
    int[] o = order(ids, x, false);
    for (int p = 0; p < o.length; p++) {
      if (o[p] == a) {
        return p + 1;
      }
    }
    throw new IllegalStateException("alternative index " + a + " not in order");
  }

  private static boolean isBest(double[] x, int a, List<String> ids) {
    for (int i = 0; i < x.length; i++) {
      if (i != a && (x[i] < x[a] - tol(x[a]) || (Math.abs(x[i] - x[a]) <= tol(x[a]) && ids.get(i).compareTo(ids.get(a)) < 0))) {
        return false;
      }
    }
    return true;
  }

  // ---- shared steps ----

  /**
   * Checks the matrix and weights; returns the normalised weights, or null when an error finding
   * prevents ranking.
   */
  static double[] prepare(DecisionMatrix m, List<Finding> findings, Normalization normalization, boolean directed) {
    return prepare(m, findings, normalization, directed, ColumnStats.of(m, false, false));
  }

  /**
   * As {@link #prepare(DecisionMatrix, List, Normalization, boolean)}, deciding from the column
   * statistics and looking at single values only to name the ones at fault.
   */
  static double[] prepare(
      DecisionMatrix m, List<Finding> findings, Normalization normalization, boolean directed, ColumnStats st) {
    int n = m.alternatives().size();
    int k = m.criteria().size();
    if (n == 0 || k == 0) {
      findings.add(Messages.error(PrioritisationCodes.EMPTY, ""));
      return null;
    }
    if (st.anyMissing) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < k; j++) {
          if (Double.isNaN(m.value(i, j))) {
            findings.add(
                Messages.error(
                    PrioritisationCodes.VALUE_MISSING,
                    "/alternatives/" + i + "/values/" + escape(m.criteria().get(j).id()),
                    m.alternatives().get(i),
                    m.criteria().get(j).id()));
          }
        }
      }
      return null;
    }
    boolean ok = true;
    for (int j = 0; j < k; j++) {
      if (n > 1 && st.min[j] == st.max[j]) {
        findings.add(Messages.info(PrioritisationCodes.CRITERION_CONSTANT, "/criteria/" + j, m.criteria().get(j).id()));
      }
      CriterionDirection dir = m.criteria().get(j).direction();
      double colMax = st.max[j];
      // admissibility is a lower limit on the value, so the column minimum decides it
      if (admissible(st.min[j], colMax, dir, normalization, directed)) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        double x = m.value(i, j);
        if (!admissible(x, colMax, dir, normalization, directed)) {
          findings.add(
              Messages.error(
                  PrioritisationCodes.VALUE_NOT_POSITIVE,
                  "/alternatives/" + i + "/values/" + escape(m.criteria().get(j).id()),
                  m.alternatives().get(i),
                  m.criteria().get(j).id(),
                  normalization.label(),
                  fmt(x)));
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
      findings.add(Messages.info(PrioritisationCodes.WEIGHTS_NORMALISED, "/criteria", fmt(sum)));
    }
    double[] w = new double[k];
    for (int j = 0; j < k; j++) {
      w[j] = m.criteria().get(j).weight() / sum;
    }
    if (n == 1) {
      findings.add(Messages.info(PrioritisationCodes.SINGLE_ALTERNATIVE, "", m.alternatives().get(0)));
    }
    return w;
  }

  private static boolean admissible(double x, double colMax, CriterionDirection dir, Normalization nz, boolean directed) {
    return switch (nz) {
      case NONE, MIN_MAX -> true;
      case VECTOR -> x >= 0 && colMax > 0;
      case SUM, MAX -> (directed && dir == CriterionDirection.COST) ? x > 0 : x >= 0 && colMax > 0;
    };
  }

  static double[] column(DecisionMatrix m, int j) {
    double[] c = new double[m.alternatives().size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = m.value(i, j);
    }
    return c;
  }

  /** Rescales a column without regard to direction (TOPSIS). */
  static double[] scaled(double[] x, Normalization nz) {
    double[] r = new double[x.length];
    switch (nz) {
      case NONE -> System.arraycopy(x, 0, r, 0, x.length);
      case MIN_MAX -> {
        double lo = min(x);
        double hi = max(x);
        for (int i = 0; i < x.length; i++) {
          r[i] = hi == lo ? 0 : (x[i] - lo) / (hi - lo);
        }
      }
      case VECTOR -> {
        double ss = 0;
        for (double v : x) {
          ss += v * v;
        }
        double norm = Math.sqrt(ss);
        for (int i = 0; i < x.length; i++) {
          r[i] = x[i] / norm;
        }
      }
      case SUM -> {
        double s = 0;
        for (double v : x) {
          s += v;
        }
        for (int i = 0; i < x.length; i++) {
          r[i] = x[i] / s;
        }
      }
      case MAX -> {
        double hi = max(x);
        for (int i = 0; i < x.length; i++) {
          r[i] = x[i] / hi;
        }
      }
    }
    return r;
  }

  /** Normalises a column so that larger is better (weighted sum). */
  static double[] directed(double[] x, CriterionDirection dir, Normalization nz) {
    boolean cost = dir == CriterionDirection.COST;
    if (!cost) {
      return scaled(x, nz);
    }
    double[] r = new double[x.length];
    switch (nz) {
      case NONE -> {
        for (int i = 0; i < x.length; i++) {
          r[i] = -x[i];
        }
      }
      case MIN_MAX -> {
        double lo = min(x);
        double hi = max(x);
        for (int i = 0; i < x.length; i++) {
          r[i] = hi == lo ? 0 : (hi - x[i]) / (hi - lo);
        }
      }
      case VECTOR -> {
        double[] s = scaled(x, nz);
        for (int i = 0; i < x.length; i++) {
          r[i] = 1 - s[i];
        }
      }
      case SUM -> {
        double s = 0;
        for (double v : x) {
          s += 1 / v;
        }
        for (int i = 0; i < x.length; i++) {
          r[i] = (1 / x[i]) / s;
        }
      }
      case MAX -> {
        double lo = min(x);
        for (int i = 0; i < x.length; i++) {
          r[i] = lo / x[i];
        }
      }
    }
    return r;
  }

  static Ranking failed(String method, DecisionMatrix m, List<Finding> findings) {
    return new Ranking(method, List.of(), Map.of(), Optional.empty(), Map.of(), List.of(), findings);
  }

  static Ranking assemble(
      String method,
      DecisionMatrix m,
      double[] w,
      double[] score,
      boolean higherIsBetter,
      List<Map<String, Double>> contributions,
      List<Map<String, Double>> details,
      List<String> compromise,
      List<Finding> findings) {
    return assemble(method, m, w, score, higherIsBetter, listed(contributions, details), compromise, findings);
  }

  static Ranking assemble(
      String method,
      DecisionMatrix m,
      double[] w,
      double[] score,
      boolean higherIsBetter,
      RankedList.Explainer explainer,
      List<String> compromise,
      List<Finding> findings) {
    Map<String, Double> weights = new TreeMap<>();
    for (int j = 0; j < w.length; j++) {
      weights.put(m.criteria().get(j).id(), w[j]);
    }
    return assemble(method, m.alternatives(), weights, score, higherIsBetter, explainer, compromise, Optional.empty(), Map.of(), findings);
  }

  static Ranking assemble(
      String method,
      List<String> ids,
      Map<String, Double> weights,
      double[] score,
      boolean higherIsBetter,
      List<Map<String, Double>> contributions,
      List<Map<String, Double>> details,
      List<String> compromise,
      Optional<Consistency> consistency,
      Map<String, Consistency> local,
      List<Finding> findings) {
    return assemble(
        method, ids, weights, score, higherIsBetter, listed(contributions, details), compromise, consistency, local, findings);
  }

  private static RankedList.Explainer listed(List<Map<String, Double>> contributions, List<Map<String, Double>> details) {
    return new RankedList.Explainer() {
      @Override
      public Map<String, Double> contributions(int i) {
        return contributions.get(i);
      }

      @Override
      public Map<String, Double> details(int i) {
        return details.get(i);
      }
    };
  }

  static Ranking assemble(
      String method,
      List<String> ids,
      Map<String, Double> weights,
      double[] score,
      boolean higherIsBetter,
      RankedList.Explainer explainer,
      List<String> compromise,
      Optional<Consistency> consistency,
      Map<String, Consistency> local,
      List<Finding> findings) {
    int[] order = order(ids, score, higherIsBetter);
    List<RankedAlternative> ranked = new RankedList(ids, order, score, explainer);
    // report each group of tied scores once
    int p = 0;
    while (p < order.length) {
      int q = p + 1;
      while (q < order.length && Math.abs(score[order[q]] - score[order[p]]) <= tol(score[order[p]])) {
        q++;
      }
      if (q - p > 1) {
        List<String> tied = new ArrayList<>();
        for (int t = p; t < q; t++) {
          tied.add(ids.get(order[t]));
        }
        findings.add(Messages.info(PrioritisationCodes.TIE, "", String.join(", ", tied), fmt(score[order[p]])));
      }
      p = q;
    }
    return new Ranking(method, ranked, weights, consistency, local, compromise, findings);
  }

  /**
   * Indices in rank order: by score (descending when higher is better), scores within the tie
   * tolerance count as equal and are ordered by id.
   */
  static int[] order(List<String> ids, double[] score, boolean higherIsBetter) {
    return IndexSort.rankOrder(ids, score, higherIsBetter);
  }

  static double tol(double x) {
    return TIE_TOLERANCE * Math.max(1, Math.abs(x));
  }

  static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }

  static double min(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : x) {
      m = Math.min(m, v);
    }
    return m;
  }

  static String fmt(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return new java.math.BigDecimal(x).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
  }

  /** Escapes a member name for a JSON Pointer (RFC 6901). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static Map<String, Double> linked(String[] keys, double[] values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      m.put(keys[i], values[i]);
    }
    return m;
  }

  static String joined(List<String> ids) {
    return ids.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
  }
}
