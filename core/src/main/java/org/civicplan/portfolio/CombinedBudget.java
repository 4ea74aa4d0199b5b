// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.civicplan.base.Money;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingSource;

/**
 * The city's budget across the strategies of a portfolio, per year, funding source and currency,
 * with each line counted once.
 *
 * <p>Actions that are the same in several strategies, declared by a {@link SharedAction} or found
 * by their title ({@link PortfolioCodes#ACTION_CLAIMED_TWICE}), form a group owned by one action:
 * the one the links point to, else the first in portfolio order. A budget line of another action
 * of the group that the owner also has (same year, funding source and currency; each of the
 * owner's lines matches at most one line of each copy) is not counted again: it is listed in
 * {@link #countedOnce()} instead. Every other line is counted. So the combined totals equal the
 * sum of all the strategies' lines minus the lines counted once, and no line is dropped.
 *
 * @param lines the totals, by year, then funding kind, then programme, then currency
 * @param countedOnce the lines left out because their owner's line is counted, in portfolio order
 */
public record CombinedBudget(List<Line> lines, List<CountedOnce> countedOnce) {

  /**
   * A combined total.
   *
   * @param year the budget year
   * @param source the funding source
   * @param planned the planned amounts added up
   * @param actual the actual amounts added up (a line without one adds zero)
   */
  public record Line(int year, FundingSource source, Money planned, Money actual) {

    /**
     * Creates an instance from its components.
     *
     * @param year the budget year
     * @param source the funding source
     * @param planned the planned amounts added up
     * @param actual the actual amounts added up (a line without one adds zero)
     * @throws NullPointerException if an argument is null
     */
    public Line {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(planned, "planned");
      Objects.requireNonNull(actual, "actual");
    }
  }

  /**
   * A budget line not counted again because the action that owns it carries the same line.
   *
   * @param action the action whose line was left out, in its strategy
   * @param line the line left out
   * @param owner the action whose line is counted
   * @param declared whether a shared link declares the two the same; otherwise they were found by
   *     their title
   */
  public record CountedOnce(CrossReference action, BudgetLine line, CrossReference owner, boolean declared) {

    /**
     * Creates an instance from its components.
     *
     * @param action the action whose line was left out, in its strategy
     * @param line the line left out
     * @param owner the action whose line is counted
     * @param declared whether a shared link declares the two the same
     * @throws NullPointerException if an argument is null
     */
    public CountedOnce {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(owner, "owner");
    }
  }

  /**
   * Creates an instance from its components.
   *
   * @param lines the totals
   * @param countedOnce the lines left out because their owner's line is counted
   * @throws NullPointerException if a list or an element is null
   */
  public CombinedBudget {
    lines = List.copyOf(lines);
    countedOnce = List.copyOf(countedOnce);
  }

  /**
   * {@return the combined budget of a portfolio}
   *
   * @param portfolio the portfolio
   * @throws NullPointerException if {@code portfolio} is null
   */
  public static CombinedBudget of(Portfolio portfolio) {
    return of(new PortfolioIndex(Objects.requireNonNull(portfolio, "portfolio")));
  }

  private record Key(int year, FundingSource source, Currency currency) {}

  private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::year)
      .thenComparing(k -> k.source().kind())
      .thenComparing(k -> k.source().programme().orElse(""))
      .thenComparing(k -> k.currency().getCurrencyCode());

  static CombinedBudget of(PortfolioIndex ix) {
    Map<Key, BigDecimal[]> sums = new TreeMap<>(ORDER);
    List<CountedOnce> once = new ArrayList<>();
    java.util.Set<PortfolioIndex.Node> undeclaredCopies = new java.util.HashSet<>();
    ix.undeclared.forEach(s -> undeclaredCopies.add(s.copy()));
    for (int m = 0; m < ix.members.size(); m++) {
      List<Action> actions = ix.members.get(m).strategy().actions();
      for (int a = 0; a < actions.size(); a++) {
        PortfolioIndex.Node node = new PortfolioIndex.Node(m, a);
        PortfolioIndex.Node owner = ix.owner(node);
        Map<Key, Integer> available = new HashMap<>();
        if (!owner.equals(node)) {
          for (BudgetLine l : ix.actionAt(owner).budget()) {
            available.merge(key(l), 1, Integer::sum);
          }
        }
        for (BudgetLine l : actions.get(a).budget()) {
          Key k = key(l);
          Integer left = available.get(k);
          if (left != null && left > 0) {
            available.put(k, left - 1);
            once.add(new CountedOnce(ref(ix, node), l, ref(ix, owner), !undeclaredCopies.contains(node)));
            continue;
          }
          BigDecimal[] s = sums.computeIfAbsent(k, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
          s[0] = s[0].add(l.planned().amount());
          if (l.actual().isPresent() && l.actual().get().currency().equals(l.planned().currency())) {
            s[1] = s[1].add(l.actual().get().amount());
          }
        }
      }
    }
    List<Line> lines = new ArrayList<>();
    sums.forEach((k, v) -> lines.add(new Line(k.year(), k.source(), Money.of(v[0], k.currency()), Money.of(v[1], k.currency()))));
    return new CombinedBudget(lines, once);
  }

  private static Key key(BudgetLine l) {
    return new Key(l.year(), l.source(), l.planned().currency());
  }

  private static CrossReference ref(PortfolioIndex ix, PortfolioIndex.Node n) {
    return new CrossReference(ix.members.get(n.member()).strategy().id(), CrossReference.Kind.ACTION,
        ix.actionAt(n).id().value());
  }

  /**
   * {@return the planned total of every year and source in one currency}
   *
   * @param currency the currency
   */
  public Money planned(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return lines.stream().filter(l -> l.planned().currency().equals(currency)).map(Line::planned)
        .reduce(Money.zero(currency), Money::plus);
  }

  /** {@return the currencies of the totals, in order of first appearance} */
  public List<Currency> currencies() {
    return lines.stream().map(l -> l.planned().currency()).distinct().toList();
  }
}
