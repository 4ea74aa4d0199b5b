// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.prioritisation.CriteriaSetId;
import org.civicplan.prioritisation.PortfolioDecision;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.PrioritisationRecord.RankedAction;
import org.civicplan.planning.StrategyPrioritisation;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.StrategyPeriod;

/**
 * Generates the prioritisation records a strategy keeps ({@code Strategy.prioritisations()}): a
 * ranking of some of the strategy's actions on invented criteria, with the method's intermediate
 * values, and sometimes the portfolio selected under yearly budgets.
 *
 * <p>The numbers are consistent the way a real run makes them: weights sum to 1; for the weighted
 * sum and AHP each contribution is weight × normalised value and the score is their sum; ranks are
 * 1..n by score (VIKOR: lower Q first), ties broken by id; the selection's cost stays within every
 * year's budget, its bound is at least its value, and every selected action is either scheduled in
 * a budget year or listed as unscheduled. Every action id refers to an action of the strategy.
 */
final class PrioritisationGenerator {

  private static final String[] METHODS = {"weighted-sum", "ahp", "topsis", "promethee-ii", "vikor"};
  private static final String[] CRITERIA = {"impact", "cost", "urgency", "co-benefits", "feasibility", "equity"};

  private final Rng rng;
  private final StrategyPeriod period;

  PrioritisationGenerator(Rng rng, StrategyPeriod period) {
    this.rng = rng;
    this.period = period;
  }

  /** None, one or two records for these actions: none when there is no action. */
  List<PrioritisationRecord> records(List<Action> actions) {
    if (actions.isEmpty() || rng.chance(0.55)) {
      return List.of();
    }
    List<PrioritisationRecord> out = new ArrayList<>();
    for (int n = rng.chance(0.2) ? 2 : 1; n > 0; n--) {
      out.add(record(actions));
    }
    return out;
  }

  private PrioritisationRecord record(List<Action> actions) {
    String method = rng.pick(METHODS);
    List<String> criteria = rng.distinct(List.of(CRITERIA), rng.between(1, 4));
    Map<String, Double> weights = weights(criteria);
    List<ActionId> ids = rng.distinct(actions, rng.between(1, Math.min(actions.size(), 8))).stream()
        .map(Action::id)
        .toList();

    List<Scored> scored = new ArrayList<>();
    for (ActionId id : ids) {
      scored.add(scored(method, id, criteria, weights));
    }
    Comparator<Scored> order = method.equals("vikor")
        ? Comparator.comparingDouble(Scored::score)
        : Comparator.comparingDouble(Scored::score).reversed();
    scored.sort(order.thenComparing(s -> s.id().value()));
    List<RankedAction> ranked = new ArrayList<>();
    for (int r = 0; r < scored.size(); r++) {
      Scored s = scored.get(r);
      ranked.add(new RankedAction(s.id(), r + 1, s.score(), s.values(), s.contributions(), s.details()));
    }
    List<ActionId> compromise = method.equals("vikor")
        ? ranked.subList(0, Math.min(ranked.size(), rng.between(1, 2))).stream().map(RankedAction::action).toList()
        : List.of();

    LocalDate decidedOn = LocalDate.of(period.startYear() - rng.between(0, 1), rng.between(1, 12), rng.between(1, 28));
    Optional<String> decidedBy = rng.chance(0.6) ? Optional.of(rng.pick("Consiliul Local", "Primar", "Local Council")) : Optional.empty();
    LocalizedText reason = rng.chance(0.5)
        ? LocalizedText.of("Budget " + period.startYear(), "Bugetul pe " + period.startYear() + ", ședința din martie")
        : LocalizedText.empty();
    Optional<PortfolioDecision> selection = rng.chance(0.6) ? Optional.of(selection(method, ranked)) : Optional.empty();
    return new PrioritisationRecord(decidedOn, decidedBy, reason, method, options(method),
        CriteriaSetId.of(rng.pick("testkit-criteria", "climate-actions", "ct.v1")), weights, ranked, compromise, selection);
  }

  private Map<String, Double> weights(List<String> criteria) {
    double[] raw = new double[criteria.size()];
    double sum = 0;
    for (int j = 0; j < raw.length; j++) {
      raw[j] = 1 + rng.below(9);
      sum += raw[j];
    }
    Map<String, Double> out = new TreeMap<>();
    for (int j = 0; j < raw.length; j++) {
      out.put(criteria.get(j), raw[j] / sum);
    }
    return out;
  }

  private Map<String, String> options(String method) {
    return switch (method) {
      case "weighted-sum" -> Map.of("normalization", rng.pick("none", "min-max", "vector", "sum", "max"));
      case "topsis" -> Map.of("normalization", rng.pick("vector", "min-max", "sum"));
      case "vikor" -> Map.of("v", rng.pick("0.5", "0.625", "0.25"));
      case "ahp" -> Map.of("prioritization", rng.pick("eigenvector", "geometric-mean"), "randomIndex", "saaty-1980");
      default -> Map.of();
    };
  }

  private record Scored(
      ActionId id, double score, Map<String, Double> values, Map<String, Double> contributions, Map<String, Double> details) {}

  private Scored scored(String method, ActionId id, List<String> criteria, Map<String, Double> weights) {
    Map<String, Double> values = new TreeMap<>();
    Map<String, Double> contributions = new TreeMap<>();
    double sum = 0;
    for (String c : criteria) {
      double v = rng.decimal(0, 10);
      values.put(c, v);
      double part = weights.get(c) * v / 10;
      contributions.put(c, part);
      sum += part;
    }
    Map<String, Double> details = new TreeMap<>();
    double score;
    switch (method) {
      case "topsis" -> {
        double dPlus = rng.decimal(0, 1) + 0.01;
        double dMinus = rng.decimal(0, 1) + 0.01;
        score = dMinus / (dPlus + dMinus);
        details.put("dPlus", dPlus);
        details.put("dMinus", dMinus);
        contributions.clear();
      }
      case "promethee-ii" -> {
        double plus = rng.decimal(0, 1);
        double minus = rng.decimal(0, 1);
        score = plus - minus;
        details.put("phiPlus", plus);
        details.put("phiMinus", minus);
        details.put("phiNet", score);
        contributions.clear();
      }
      case "vikor" -> {
        double s = rng.decimal(0, 1);
        double r = Rng.round2(s * rng.unit());
        score = rng.unit();
        details.put("S", s);
        details.put("R", r);
        details.put("Q", score);
        contributions.clear();
      }
      default -> score = sum;
    }
    return new Scored(id, score, values, contributions, details);
  }

  private PortfolioDecision selection(String method, List<RankedAction> ranked) {
    boolean eur = rng.chance(0.3);
    java.util.Currency currency = eur ? Money.EUR : Money.RON;
    Map<Integer, Money> budget = new TreeMap<>();
    Map<Integer, BigDecimal> spent = new TreeMap<>();
    int years = rng.between(1, Math.min(3, period.endYear() - period.startYear() + 1));
    for (int y = 0; y < years; y++) {
      int year = period.startYear() + y;
      budget.put(year, Money.of(BigDecimal.valueOf(rng.betweenLong(100_000, 50_000_000), rng.between(0, 2)), currency));
      spent.put(year, BigDecimal.ZERO);
    }
    Map<String, BigDecimal> rates = rng.chance(0.3)
        ? Map.of(eur ? "RON" : "EUR", eur ? new BigDecimal("0.2009") : new BigDecimal("4.9771"))
        : Map.of();

    List<ActionId> selected = new ArrayList<>();
    List<PortfolioDecision.PlannedRun> schedule = new ArrayList<>();
    List<ActionId> unscheduled = new ArrayList<>();
    double value = 0;
    for (RankedAction a : ranked) {
      int year = period.startYear() + rng.below(years);
      BigDecimal left = budget.get(year).amount().subtract(spent.get(year));
      // A share of what is left in the year, so the selection never exceeds a budget.
      BigDecimal cost = left.multiply(BigDecimal.valueOf(rng.between(0, 60), 2)).setScale(2, java.math.RoundingMode.DOWN);
      if (!rng.chance(0.7)) {
        continue;
      }
      selected.add(a.action());
      spent.put(year, spent.get(year).add(cost));
      value += StrategyPrioritisation.valueOf(method, a.score());
      if (rng.chance(0.85)) {
        int slip = rng.between(0, 1);
        int start = Math.min(year + slip, period.endYear());
        schedule.add(new PortfolioDecision.PlannedRun(a.action(), start, Math.min(period.endYear(), start + rng.below(3)), start - year));
      } else {
        unscheduled.add(a.action());
      }
    }
    selected.sort(Comparator.comparing(ActionId::value));
    unscheduled.sort(Comparator.comparing(ActionId::value));
    schedule.sort(Comparator.comparingInt(PortfolioDecision.PlannedRun::start)
        .thenComparing(r -> r.action().value()));
    Map<Integer, Money> cost = new TreeMap<>();
    spent.forEach((year, amount) -> {
      if (amount.signum() > 0) {
        cost.put(year, Money.of(amount, currency));
      }
    });
    boolean optimal = rng.chance(0.8);
    double bound = optimal ? value : value + rng.decimal(0.01, 2);
    return new PortfolioDecision(budget, rates, selected, value, optimal, bound, cost, schedule, unscheduled);
  }
}
