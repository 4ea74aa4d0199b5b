// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import org.civicplan.planning.StrategyPrioritisation;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;

/**
 * What was decided when a strategy's actions were prioritised, and how: kept in the strategy
 * document ({@code Strategy.prioritisations()}) so the council and the public see the method, the
 * weights actually used, every action's inputs, score and rank, and the portfolio chosen under
 * the budget. Written by {@link StrategyPrioritisation}; a plain value otherwise.
 *
 * @param decidedOn the date of the prioritisation
 * @param decidedBy who decided or ran it (a body, a person); empty when not recorded
 * @param reason why, or under which mandate; may be empty
 * @param method the ranking method's label ({@code weighted-sum}, {@code topsis}, {@code
 *     promethee-ii}, {@code vikor}, {@code ahp})
 * @param options the method's options as text ({@code normalization}, {@code v}...); sorted
 * @param criteriaSet the id of the criteria set ranked on
 * @param weights per criterion id, the weights actually used (normalised to sum 1); sorted
 * @param actions every ranked action, in rank order
 * @param compromise for VIKOR, the compromise set; empty otherwise
 * @param selection the portfolio selected under a budget; empty until one is selected
 */
public record PrioritisationRecord(
    LocalDate decidedOn,
    Optional<String> decidedBy,
    LocalizedText reason,
    String method,
    Map<String, String> options,
    CriteriaSetId criteriaSet,
    Map<String, Double> weights,
    List<RankedAction> actions,
    List<ActionId> compromise,
    Optional<PortfolioDecision> selection) {

  /**
   * Creates an instance from its components.
   *
   * @param decidedOn the date of the prioritisation
   * @param decidedBy who decided or ran it (a body, a person); empty when not recorded
   * @param reason why, or under which mandate; may be empty
   * @param method the ranking method's label ({@code weighted-sum}, {@code topsis}, {@code
   *     promethee-ii}, {@code vikor}, {@code ahp})
   * @param options the method's options as text ({@code normalization}, {@code v}...); sorted
   * @param criteriaSet the id of the criteria set ranked on
   * @param weights per criterion id, the weights actually used (normalised to sum 1); sorted
   * @param actions every ranked action, in rank order
   * @param compromise for VIKOR, the compromise set; empty otherwise
   * @param selection the portfolio selected under a budget; empty until one is selected
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a weight is not finite
   */
  public PrioritisationRecord {
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(method, "method");
    options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
    Objects.requireNonNull(criteriaSet, "criteriaSet");
    weights = finiteSorted(weights, "weight");
    actions = List.copyOf(actions);
    compromise = List.copyOf(compromise);
    Objects.requireNonNull(selection, "selection");
  }

  /**
   * {@return a copy with a selection}
   *
   * @param decision the portfolio selection
   */
  public PrioritisationRecord withSelection(PortfolioDecision decision) {
    return new PrioritisationRecord(decidedOn, decidedBy, reason, method, options, criteriaSet, weights, actions,
        compromise, Optional.of(decision));
  }

  /**
   * {@return a copy saying who decided and why}
   *
   * @param who who decided
   * @param why why
   */
  public PrioritisationRecord decidedBy(String who, LocalizedText why) {
    return new PrioritisationRecord(decidedOn, Optional.of(who), why, method, options, criteriaSet, weights, actions,
        compromise, selection);
  }

  /**
   * {@return the ranked action with this id, if it was ranked}
   *
   * @param id the action's id
   */
  public Optional<RankedAction> action(ActionId id) {
    return actions.stream().filter(a -> a.action().equals(id)).findFirst();
  }

  static Map<String, Double> finiteSorted(Map<String, Double> map, String what) {
    TreeMap<String, Double> copy = new TreeMap<>();
    map.forEach((k, v) -> {
      Objects.requireNonNull(k, what);
      Objects.requireNonNull(v, what);
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(what + " must be finite but was " + v + " (\"" + k + "\")");
      }
      copy.put(k, v);
    });
    return Collections.unmodifiableSortedMap(copy);
  }

  /**
   * One action's place in the ranking, with the numbers that put it there.
   *
   * @param action the action
   * @param rank 1 for the first
   * @param score the method's own score (VIKOR Q: lower is better)
   * @param values per criterion id, the input values ranked on; sorted
   * @param contributions per criterion id, the part of the score owed to it, where the method
   *     defines one; sorted
   * @param details the method's intermediate values ({@code dPlus}, {@code phiNet}, {@code S}...);
   *     sorted
   */
  public record RankedAction(
      ActionId action, int rank, double score, Map<String, Double> values, Map<String, Double> contributions,
      Map<String, Double> details) {

    /**
     * Creates an instance from its components.
     *
     * @param action the action
     * @param rank 1 for the first
     * @param score the method's own score (VIKOR Q: lower is better)
     * @param values per criterion id, the input values ranked on; sorted
     * @param contributions per criterion id, the part of the score owed to it, where the method
     *     defines one; sorted
     * @param details the method's intermediate values ({@code dPlus}, {@code phiNet}, {@code
     *     S}...); sorted
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the rank is below 1 or a number is not finite
     */
    public RankedAction {
      Objects.requireNonNull(action, "action");
      if (rank < 1) {
        throw new IllegalArgumentException("rank must be at least 1 but was " + rank + " (action \"" + action + "\")");
      }
      if (!Double.isFinite(score)) {
        throw new IllegalArgumentException("score must be finite but was " + score + " (action \"" + action + "\")");
      }
      values = finiteSorted(values, "value");
      contributions = finiteSorted(contributions, "contribution");
      details = finiteSorted(details, "detail");
    }
  }
}
