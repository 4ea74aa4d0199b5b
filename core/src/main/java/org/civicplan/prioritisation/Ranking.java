package org.civicplan.prioritisation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.base.Finding;

/**
 * The result of a multi-criteria ranking.
 *
 * @param method the method's label ({@code weighted-sum}, {@code ahp}, {@code topsis}, {@code
 *     promethee-ii}, {@code vikor})
 * @param ranking the alternatives in rank order; empty when an error finding prevented ranking
 * @param weights per criterion id, the weights actually used (normalised); sorted
 * @param consistency for AHP, the consistency of the criteria matrix (or of the single matrix)
 * @param localConsistency for an AHP hierarchy, the consistency of each criterion's alternatives
 *     matrix; sorted by criterion id
 * @param compromise for VIKOR, the compromise set (Opricovic and Tzeng 2004); empty otherwise
 * @param findings what the method noticed: ties, constant criteria, normalised weights, errors
 */
public record Ranking(
    String method,
    List<RankedAlternative> ranking,
    Map<String, Double> weights,
    Optional<Consistency> consistency,
    Map<String, Consistency> localConsistency,
    List<String> compromise,
    List<Finding> findings) {

  /** @throws NullPointerException if an argument is null */
  public Ranking {
    Objects.requireNonNull(method, "method");
    // a method's own lazily built list is immutable already; anything else is copied
    ranking = ranking instanceof RankedList ? ranking : List.copyOf(ranking);
    weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
    Objects.requireNonNull(consistency, "consistency");
    localConsistency = Collections.unmodifiableSortedMap(new TreeMap<>(localConsistency));
    compromise = List.copyOf(compromise);
    findings = List.copyOf(findings);
  }

  /** Whether a finding of severity error prevented or spoils the ranking. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /** The ids in rank order. */
  public List<String> order() {
    if (ranking instanceof RankedList r) {
      return r.idsInOrder();
    }
    return ranking.stream().map(RankedAlternative::id).toList();
  }

  /** The first-ranked alternative, if any. */
  public Optional<RankedAlternative> first() {
    return ranking.isEmpty() ? Optional.empty() : Optional.of(ranking.get(0));
  }
}
