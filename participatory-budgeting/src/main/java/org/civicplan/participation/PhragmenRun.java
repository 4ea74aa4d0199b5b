// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.ArrayList;
import java.util.List;

/**
 * One run of sequential Phragmén on an indexed election, with loads held per {@link MoneyLevels
 * level}: every supporter of a bought project ends with the same load.
 */
final class PhragmenRun {

  final Election election;
  final List<Integer> bought = new ArrayList<>();
  final List<Rational> loads = new ArrayList<>();
  final boolean[] funded;
  Rational totalCost = Rational.ZERO;
  /** The project the rule stopped at (least new load, but over the remaining budget), or -1. */
  int stoppedAt = -1;
  Rational stoppedLoad = Rational.ZERO;
  final Rational[] lastLoad;

  private PhragmenRun(Election election) {
    this.election = election;
    funded = new boolean[election.size()];
    lastLoad = new Rational[election.size()];
  }

  static PhragmenRun run(Election e, Rational budget) {
    PhragmenRun r = new PhragmenRun(e);
    MoneyLevels load = new MoneyLevels(e.weight.length, Affine.ZERO);
    List<Integer> remaining = new ArrayList<>();
    for (int p = 0; p < e.size(); p++) {
      if (e.support[p] > 0 && e.cost[p].compareTo(budget) <= 0) {
        remaining.add(p);
      }
    }
    while (!remaining.isEmpty()) {
      int best = -1;
      Rational bestLoad = null;
      for (int p : remaining) {
        MoneyLevels.Grouped g = load.group(e.supporters[p], e.weight, (x, y) -> x.a().compareTo(y.a()));
        Rational l = e.cost[p].plus(g.total().a()).dividedBy(e.support[p]);
        r.lastLoad[p] = l;
        int c = best < 0 ? -1 : l.compareTo(bestLoad);
        if (c < 0 || (c == 0 && p < best)) {
          best = p;
          bestLoad = l;
        }
      }
      if (r.totalCost.plus(e.cost[best]).compareTo(budget) > 0) {
        r.stoppedAt = best;
        r.stoppedLoad = bestLoad;
        return r;
      }
      int level = load.level(Affine.constant(bestLoad));
      for (int c : e.supporters[best]) {
        load.classLevel[c] = level;
      }
      r.funded[best] = true;
      r.bought.add(best);
      r.loads.add(bestLoad);
      r.totalCost = r.totalCost.plus(e.cost[best]);
      remaining.remove(Integer.valueOf(best));
    }
    return r;
  }
}
