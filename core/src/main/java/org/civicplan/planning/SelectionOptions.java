// SPDX-License-Identifier: Apache-2.0
package org.civicplan.planning;

import org.civicplan.prioritisation.PortfolioDecision;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.FundingKind;

/**
 * How {@link StrategyPrioritisation#select} turns a strategy's budget lines into costs.
 *
 * <p><b>Currencies.</b> The budget is in one currency. A budget line in another currency is
 * refused with the finding {@code prioritisation.currency.mixed} unless {@code rates} gives that
 * currency's exact rate into the budget's currency; the amount is then {@code amount × rate},
 * computed exactly, and the rate is recorded in the {@link PortfolioDecision}. civicplan never
 * looks rates up: the rate is the city's decision (e.g. the InforEuro rate of the month).
 *
 * <p><b>Minimum shares.</b> Each {@link ActionShare} asks that, in every year of the budget, the
 * selected actions it lists cost at least its share of that year's budget (e.g. half of each
 * year's sport budget for sport for all); it becomes one {@link
 * org.civicplan.prioritisation.MinimumShare} per budget year.
 *
 * @param rates per currency, the exact rate into the budget's currency; positive
 * @param funding the funding kinds whose lines count against the budget; empty means all (e.g.
 *     only {@code LOCAL_BUDGET} when the budget is the city's own money and EU grants are secured)
 * @param mandatory actions that must be selected (legal obligations, signed contracts)
 * @param maxNodes the selection search's node limit
 * @param maxTime the selection search's time limit
 * @param minimumShares the minimum shares of every year's budget for listed actions
 */
public record SelectionOptions(
    Map<Currency, BigDecimal> rates, Set<FundingKind> funding, Set<ActionId> mandatory, long maxNodes, Duration maxTime,
    List<ActionShare> minimumShares) {

  /**
   * Creates an instance from its components.
   *
   * @param rates per currency, the exact rate into the budget's currency; positive
   * @param funding the funding kinds whose lines count against the budget; empty means all (e.g.
   *     only {@code LOCAL_BUDGET} when the budget is the city's own money and EU grants are
   *     secured)
   * @param mandatory actions that must be selected (legal obligations, signed contracts)
   * @param maxNodes the selection search's node limit
   * @param maxTime the selection search's time limit
   * @param minimumShares the minimum shares of every year's budget for listed actions
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a rate is not positive or a limit is not positive
   */
  public SelectionOptions {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(funding, "funding");
    Objects.requireNonNull(mandatory, "mandatory");
    Objects.requireNonNull(maxTime, "maxTime");
    Objects.requireNonNull(minimumShares, "minimumShares");
    TreeMap<Currency, BigDecimal> r = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
    rates.forEach((c, v) -> {
      if (v.signum() <= 0) {
        throw new IllegalArgumentException("exchange rate must be positive but was " + v + " (currency " + c + ")");
      }
      r.put(Objects.requireNonNull(c, "c"), v);
    });
    rates = Collections.unmodifiableSortedMap(r);
    funding = Collections.unmodifiableSet(Set.copyOf(funding));
    mandatory = Collections.unmodifiableSortedSet(new TreeSet<>(mandatory));
    Objects.requireNonNull(maxTime, "maxTime");
    if (maxNodes <= 0 || maxTime.isNegative() || maxTime.isZero()) {
      throw new IllegalArgumentException("search limits must be positive but were " + maxNodes + " nodes and " + maxTime);
    }
    minimumShares = List.copyOf(minimumShares);
  }

  /**
   * Options with no minimum share.
   *
   * @param rates per currency, the exact rate into the budget's currency; positive
   * @param funding the funding kinds whose lines count against the budget; empty means all
   * @param mandatory actions that must be selected
   * @param maxNodes the selection search's node limit
   * @param maxTime the selection search's time limit
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a rate is not positive or a limit is not positive
   */
  public SelectionOptions(
      Map<Currency, BigDecimal> rates, Set<FundingKind> funding, Set<ActionId> mandatory, long maxNodes, Duration maxTime) {
    this(rates, funding, mandatory, maxNodes, maxTime, List.of());
  }

  /** {@return the defaults: no rates, every funding kind, nothing mandatory, 10⁹ nodes, 10 s, no minimum share} */
  public static SelectionOptions defaults() {
    return new SelectionOptions(Map.of(), Set.of(), Set.of(), 1_000_000_000L, Duration.ofSeconds(10), List.of());
  }

  /**
   * {@return a copy with these exchange rates}
   *
   * @param newRates the rates of the copy
   */
  public SelectionOptions withRates(Map<Currency, BigDecimal> newRates) {
    return new SelectionOptions(newRates, funding, mandatory, maxNodes, maxTime, minimumShares);
  }

  /**
   * {@return a copy counting only these funding kinds}
   *
   * @param kinds the funding kinds to count
   */
  public SelectionOptions withFunding(Set<FundingKind> kinds) {
    return new SelectionOptions(rates, kinds, mandatory, maxNodes, maxTime, minimumShares);
  }

  /**
   * {@return a copy with these mandatory actions}
   *
   * @param actions the actions that must be selected
   */
  public SelectionOptions withMandatory(Set<ActionId> actions) {
    return new SelectionOptions(rates, funding, actions, maxNodes, maxTime, minimumShares);
  }

  /**
   * {@return a copy that also asks, in every budget year, for at least {@code share} of the
   * year's budget to go to the selected actions among {@code actions}}
   *
   * @param actions the actions that count
   * @param share in [0, 1]
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public SelectionOptions withMinimumShare(Set<ActionId> actions, BigDecimal share) {
    List<ActionShare> shares = new ArrayList<>(minimumShares);
    shares.add(new ActionShare(actions, share));
    return new SelectionOptions(rates, funding, mandatory, maxNodes, maxTime, shares);
  }

  /**
   * A minimum share of every budget year for some actions: {@code Σ cost in year of the selected
   * listed actions ≥ share × budget(year)}, compared exactly.
   *
   * @param actions the actions that count
   * @param share in [0, 1]
   */
  public record ActionShare(Set<ActionId> actions, BigDecimal share) {

    /**
     * Creates an instance from its components.
     *
     * @param actions the actions that count
     * @param share in [0, 1]
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    public ActionShare {
      actions = Collections.unmodifiableSortedSet(new TreeSet<>(actions));
      Objects.requireNonNull(share, "share");
      if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("minimum share must be in [0, 1] but was " + share + " (actions " + actions + ")");
      }
    }
  }
}
