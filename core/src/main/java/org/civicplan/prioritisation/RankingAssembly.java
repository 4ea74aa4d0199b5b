// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.base.Finding;

/**
 * The closing step every ranking method shares: scores in rank order (ties within the tolerance
 * broken by id, see {@link IndexSort}), each group of tied scores reported once, and the
 * {@link Ranking} with its lazily explained alternatives.
 */
final class RankingAssembly {

  private RankingAssembly() {}

  /** A ranking of nothing: the method's error findings say why. */
  static Ranking failed(String method, List<Finding> findings) {
    return new Ranking(method, List.of(), Map.of(), Optional.empty(), Map.of(), List.of(), findings);
  }

  /** Explanations given by the method as lists by input index. */
  static RankedList.Explainer listed(List<Map<String, Double>> contributions, List<Map<String, Double>> details) {
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

  /** Ranks {@code ids} by {@code score}; adds a tie finding to {@code findings} per group of ties. */
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
    boolean[] inRun = new boolean[score.length];
    int[] order = IndexSort.rankOrder(ids, score, higherIsBetter, inRun);
    List<RankedAlternative> ranked = new RankedList(ids, order, score, explainer);
    int p = 0;
    while (p < order.length) {
      if (!inRun[p] && (p + 1 == order.length || !inRun[p + 1])) {
        // neither is in a run of ties, so the rank order found them apart, in this order: the
        // group of p is p alone (the comparison below would say the same; not reading the scores
        // keeps this scan from jumping through the score array)
        p++;
        continue;
      }
      int q = p + 1;
      while (q < order.length && Math.abs(score[order[q]] - score[order[p]]) <= IndexSort.tieTolerance(score[order[p]])) {
        q++;
      }
      if (q - p > 1) {
        List<String> tied = new ArrayList<>();
        for (int t = p; t < q; t++) {
          tied.add(ids.get(order[t]));
        }
        findings.add(Messages.info(PrioritisationCodes.TIE, "", String.join(", ", tied), Messages.number(score[order[p]])));
      }
      p = q;
    }
    return new Ranking(method, ranked, weights, consistency, local, compromise, findings);
  }
}
