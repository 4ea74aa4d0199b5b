package org.civicplan.planning;

import org.civicplan.prioritisation.PortfolioDecision;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.Currency;
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
 * @param rates per currency, the exact rate into the budget's currency; positive
 * @param funding the funding kinds whose lines count against the budget; empty means all (e.g.
 *     only {@code LOCAL_BUDGET} when the budget is the city's own money and EU grants are secured)
 * @param mandatory actions that must be selected (legal obligations, signed contracts)
 * @param maxNodes the selection search's node limit
 * @param maxTime the selection search's time limit
 */
public record SelectionOptions(
    Map<Currency, BigDecimal> rates, Set<FundingKind> funding, Set<ActionId> mandatory, long maxNodes, Duration maxTime) {

  /**
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a rate is not positive or a limit is not positive
   */
  public SelectionOptions {
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
  }

  /** No rates, every funding kind, nothing mandatory, 10⁹ nodes, 10 s. */
  public static SelectionOptions defaults() {
    return new SelectionOptions(Map.of(), Set.of(), Set.of(), 1_000_000_000L, Duration.ofSeconds(10));
  }

  /** A copy with these exchange rates. */
  public SelectionOptions withRates(Map<Currency, BigDecimal> newRates) {
    return new SelectionOptions(newRates, funding, mandatory, maxNodes, maxTime);
  }

  /** A copy counting only these funding kinds. */
  public SelectionOptions withFunding(Set<FundingKind> kinds) {
    return new SelectionOptions(rates, kinds, mandatory, maxNodes, maxTime);
  }

  /** A copy with these mandatory actions. */
  public SelectionOptions withMandatory(Set<ActionId> actions) {
    return new SelectionOptions(rates, funding, actions, maxNodes, maxTime);
  }
}
