package org.civicplan.prioritisation;

import org.civicplan.planning.StrategyPrioritisation;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.civicplan.base.ActionId;
import org.civicplan.base.Money;

/**
 * The portfolio selected from ranked actions under yearly budgets, and when each selected action
 * is planned to run; part of a {@link PrioritisationRecord}.
 *
 * @param budget per year, the money available (one currency); sorted
 * @param rates per ISO currency code, the exact rate used to convert other currencies into the
 *     budget's (amount × rate); empty when every amount was in the budget's currency; sorted
 * @param selected the selected actions, sorted by id
 * @param value the total value of the selection (see {@link StrategyPrioritisation#valueOf})
 * @param optimal whether the selection is proven optimal
 * @param bound an upper bound on the best value (equal to value when optimal)
 * @param cost per budget year, the exact cost of the selection in the budget's currency; sorted
 * @param schedule the selected actions' planned runs, by start year then id
 * @param unscheduled selected actions the yearly budgets could not fit in time, sorted
 */
public record PortfolioDecision(
    Map<Integer, Money> budget,
    Map<String, BigDecimal> rates,
    List<ActionId> selected,
    double value,
    boolean optimal,
    double bound,
    Map<Integer, Money> cost,
    List<PlannedRun> schedule,
    List<ActionId> unscheduled) {

  /**
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if value or bound is not finite
   */
  public PortfolioDecision {
    budget = Collections.unmodifiableSortedMap(new TreeMap<>(budget));
    rates = Collections.unmodifiableSortedMap(new TreeMap<>(rates));
    selected = List.copyOf(selected);
    if (!Double.isFinite(value) || !Double.isFinite(bound)) {
      throw new IllegalArgumentException("value and bound must be finite but were " + value + " and " + bound);
    }
    cost = Collections.unmodifiableSortedMap(new TreeMap<>(cost));
    schedule = List.copyOf(schedule);
    unscheduled = List.copyOf(unscheduled);
  }

  /**
   * When a selected action runs.
   *
   * @param action the action
   * @param start its first year in the plan
   * @param end its last year in the plan
   * @param slip years later than it could have started (0 when on time)
   */
  public record PlannedRun(ActionId action, int start, int end, int slip) {

    /**
     * @throws NullPointerException if the action is null
     * @throws IllegalArgumentException if end is before start or slip is negative
     */
    public PlannedRun {
      Objects.requireNonNull(action, "action");
      if (end < start || slip < 0) {
        throw new IllegalArgumentException(
            "a run must end no earlier than it starts and slip must be non-negative but was " + start + "–" + end
                + " with slip " + slip + " (action \"" + action + "\")");
      }
    }
  }
}
