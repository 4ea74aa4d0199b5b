// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One alternative's place in a ranking, with the numbers that put it there.
 *
 * @param id the alternative
 * @param rank 1 for the first; ranks are 1..n with ties broken by id
 * @param score the method's own score (weighted sum, AHP global priority, TOPSIS closeness,
 *     PROMETHEE net flow, VIKOR Q where lower is better)
 * @param contributions per criterion id, the part of the score owed to that criterion, where the
 *     method defines one (weighted sum, AHP, PROMETHEE net flow per criterion, VIKOR share of S);
 *     empty for TOPSIS; sorted by id
 * @param details the method's intermediate values ({@code dPlus}/{@code dMinus},
 *     {@code phiPlus}/{@code phiMinus}/{@code phiNet}, {@code S}/{@code R}/{@code Q}); sorted
 */
public record RankedAlternative(
    String id, int rank, double score, Map<String, Double> contributions, Map<String, Double> details) {

  /**
   * Creates an instance from its components.
   *
   * @param id the alternative
   * @param rank 1 for the first; ranks are 1..n with ties broken by id
   * @param score the method's own score (weighted sum, AHP global priority, TOPSIS closeness,
   *     PROMETHEE net flow, VIKOR Q where lower is better)
   * @param contributions per criterion id, the part of the score owed to that criterion, where the
   *     method defines one (weighted sum, AHP, PROMETHEE net flow per criterion, VIKOR share of S);
   *     empty for TOPSIS; sorted by id
   * @param details the method's intermediate values ({@code dPlus}/{@code dMinus}, {@code
   *     phiPlus}/{@code phiMinus}/{@code phiNet}, {@code S}/{@code R}/{@code Q}); sorted
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rank is below 1
   */
  public RankedAlternative {
    Objects.requireNonNull(id, "id");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be at least 1 but was " + rank + " (\"" + id + "\")");
    }
    // ArrayMap is immutable and sorted already; anything else is copied
    contributions = contributions instanceof ArrayMap ? contributions : Collections.unmodifiableSortedMap(new TreeMap<>(contributions));
    details = details instanceof ArrayMap ? details : Collections.unmodifiableSortedMap(new TreeMap<>(details));
  }
}
