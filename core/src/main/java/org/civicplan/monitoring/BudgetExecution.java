// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingSource;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;

/**
 * Budget execution of an action plan per action, objective, funding source and year, with exact
 * money: one {@link BudgetFigure} per group and currency; currencies are never mixed or converted.
 *
 * <p>An action serving several objectives has each of its lines split equally among them, to the
 * currency's minor unit (or the amount's own scale when finer), the units left over going one each
 * to the objectives it lists first: an action is counted once, and the objective totals add up to
 * the total of the lines of actions that serve an objective. A line whose actual amount is in
 * another currency than its plan is left out with a warning finding.
 *
 * @param figures per dimension (action, objective, source, year), then key, then currency code
 * @param findings problems found in the lines
 */
public record BudgetExecution(List<BudgetFigure> figures, List<Finding> findings) {

  private static final List<String> DIMENSIONS = List.of("action", "objective", "source", "year");

  /**
   * Creates an instance from its components.
   *
   * @param figures per dimension (action, objective, source, year), then key, then currency code
   * @param findings problems found in the lines
   * @throws NullPointerException if an argument is null
   */
  public BudgetExecution {
    figures = List.copyOf(figures);
    findings = List.copyOf(findings);
  }

  /**
   * Computes the execution of the given actions' budget lines.
   *
   * @param actions the actions
   * @return the budget execution
   */
  public static BudgetExecution of(List<Action> actions) {
    // dimension -> key -> currency -> [planned, actual, overspend]
    Map<String, Map<String, Map<String, BigDecimal[]>>> sums = new TreeMap<>(Comparator.comparing(DIMENSIONS::indexOf));
    List<Finding> findings = new ArrayList<>();
    for (int a = 0; a < actions.size(); a++) {
      Action action = actions.get(a);
      for (int l = 0; l < action.budget().size(); l++) {
        BudgetLine line = action.budget().get(l);
        Money planned = line.planned();
        Money actual = line.actual().orElse(Money.zero(planned.currency()));
        if (!actual.currency().equals(planned.currency())) {
          findings.add(Messages.CATALOG.finding(Severity.WARNING, MonitoringCodes.BUDGET_CURRENCY_MISMATCH,
              "/actions/" + a + "/budget/" + l + "/actual", actual, planned));
          continue;
        }
        BigDecimal over = actual.amount().subtract(planned.amount()).max(BigDecimal.ZERO);
        String currency = planned.currency().getCurrencyCode();
        add(sums, "action", action.id().value(), currency, planned.amount(), actual.amount(), over);
        List<ObjectiveId> served = action.objectiveIds();
        int scale = Math.max(planned.currency().getDefaultFractionDigits(),
            Math.max(planned.amount().scale(), Math.max(actual.amount().scale(), 0)));
        BigDecimal[] plannedShares = split(planned.amount(), served.size(), scale);
        BigDecimal[] actualShares = split(actual.amount(), served.size(), scale);
        BigDecimal[] overShares = split(over, served.size(), scale);
        for (int o = 0; o < served.size(); o++) {
          add(sums, "objective", served.get(o).value(), currency, plannedShares[o], actualShares[o], overShares[o]);
        }
        add(sums, "source", sourceKey(line.source()), currency, planned.amount(), actual.amount(), over);
        add(sums, "year", String.valueOf(line.year()), currency, planned.amount(), actual.amount(), over);
      }
    }
    List<BudgetFigure> figures = new ArrayList<>();
    sums.forEach((dim, byKey) -> byKey.forEach((key, byCurrency) -> byCurrency.forEach((cur, s) -> {
      Optional<BigDecimal> rate = s[0].signum() == 0 ? Optional.empty()
          : Optional.of(s[1].divide(s[0], 4, RoundingMode.HALF_EVEN));
      figures.add(new BudgetFigure(dim, key, Money.of(s[0].toPlainString(), cur), Money.of(s[1].toPlainString(), cur),
          rate, Money.of(s[2].toPlainString(), cur)));
    })));
    return new BudgetExecution(figures, findings);
  }

  /**
   * {@return the figures of one dimension: {@code action}, {@code objective}, {@code source} or
   * {@code year}}
   *
   * @param dimension the dimension
   */
  public List<BudgetFigure> figures(String dimension) {
    return figures.stream().filter(f -> f.dimension().equals(dimension)).toList();
  }

  /**
   * {@code amount} in {@code parts} equal shares at {@code scale} decimals, the units left over
   * going one each to the first shares; the shares add up to {@code amount} exactly.
   */
  static BigDecimal[] split(BigDecimal amount, int parts, int scale) {
    BigDecimal[] shares = new BigDecimal[parts];
    if (parts == 0) {
      return shares;
    }
    BigDecimal base = amount.divide(BigDecimal.valueOf(parts), scale, RoundingMode.DOWN);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    int left = amount.subtract(base.multiply(BigDecimal.valueOf(parts))).divide(unit).intValueExact();
    for (int i = 0; i < parts; i++) {
      shares[i] = i < left ? base.add(unit) : base;
    }
    return shares;
  }

  /**
   * {@return an action's overspent years: per year and currency, the planned and actual amounts of
   * that year's lines and their overspend, for the years where a line was overspent} The figures'
   * dimension is {@code year}; the report quotes them so that an overspend is never shown next to
   * figures of another period.
   *
   * @param action the action
   */
  static List<BudgetFigure> overspentYears(Action action) {
    BudgetExecution e = of(List.of(action));
    return e.figures("year").stream().filter(BudgetFigure::isOverspent).toList();
  }

  private static String sourceKey(FundingSource source) {
    String kind = source.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return source.programme().map(p -> kind + ":" + p).orElse(kind);
  }

  private static void add(Map<String, Map<String, Map<String, BigDecimal[]>>> sums, String dim, String key,
      String currency, BigDecimal planned, BigDecimal actual, BigDecimal over) {
    BigDecimal[] s = sums.computeIfAbsent(dim, d -> new TreeMap<>())
        .computeIfAbsent(key, k -> new TreeMap<>())
        .computeIfAbsent(currency, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
    s[0] = s[0].add(planned);
    s[1] = s[1].add(actual);
    s[2] = s[2].add(over);
  }
}
