// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The ranking of a method as an immutable list that builds each {@link RankedAlternative} (with
 * its contributions and details) only when asked for it, from the method's primitive arrays, so
 * that ranking many alternatives allocates nothing per alternative until an explanation is read.
 * Built elements are kept, so each position always gives the same object.
 */
final class RankedList extends AbstractList<RankedAlternative> implements RandomAccess {

  /** The explanation of one alternative, by its input index. */
  interface Explainer {
    /** Per-criterion contributions, sorted by criterion id (an {@link ArrayMap}). */
    Map<String, Double> contributions(int i);

    /** The method's intermediate values, sorted by key (an {@link ArrayMap} or sorted map). */
    Map<String, Double> details(int i);
  }

  private final List<String> ids;
  private final int[] order;
  private final double[] score;
  private final Explainer explainer;
  /** The elements built so far, by position; allocated when the first is read. */
  private volatile RankedAlternative[] built;

  RankedList(List<String> ids, int[] order, double[] score, Explainer explainer) {
    this.ids = ids;
    this.order = order;
    this.score = score;
    this.explainer = explainer;
  }

  @Override
  public RankedAlternative get(int position) {
    RankedAlternative[] b = built;
    if (b == null) {
      b = builtArray();
    }
    RankedAlternative r = b[position];
    if (r == null) {
      int i = order[position];
      // a race builds equal objects; records with final fields are safely published
      r = new RankedAlternative(ids.get(i), position + 1, score[i], explainer.contributions(i), explainer.details(i));
      b[position] = r;
    }
    return r;
  }

  /** The array of built elements, allocated once: a ranking whose elements are never read has none. */
  private synchronized RankedAlternative[] builtArray() {
    if (built == null) {
      built = new RankedAlternative[order.length];
    }
    return built;
  }

  @Override
  public int size() {
    return order.length;
  }

  /** The ids in rank order, without building the elements. */
  List<String> idsInOrder() {
    String[] out = new String[order.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = ids.get(order[p]);
    }
    return List.of(out);
  }
}
