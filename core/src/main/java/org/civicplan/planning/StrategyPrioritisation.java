// SPDX-License-Identifier: Apache-2.0
package org.civicplan.planning;

import org.civicplan.base.Severity;
import org.civicplan.base.MessageCatalog;
import org.civicplan.prioritisation.ActionScores;
import org.civicplan.prioritisation.Ahp;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.DecisionMatrix;
import org.civicplan.prioritisation.MinimumShare;
import org.civicplan.prioritisation.PlannedAction;
import org.civicplan.prioritisation.Portfolio;
import org.civicplan.prioritisation.PortfolioDecision;
import org.civicplan.prioritisation.PortfolioProblem;
import org.civicplan.prioritisation.PrioritisationCodes;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.Project;
import org.civicplan.prioritisation.RankedAlternative;
import org.civicplan.prioritisation.Ranking;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.prioritisation.Schedule;
import org.civicplan.prioritisation.ScheduledAction;
import org.civicplan.prioritisation.Selection;
import org.civicplan.prioritisation.Sequencer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.Finding;

/**
 * Prioritises a strategy's actions: ranks them on a template's criteria set from the scores the
 * city entered, selects the portfolio of greatest value under yearly budgets from their budget
 * lines, sequences it, and records what was decided and how in the strategy ({@link
 * Strategy#prioritisations()}).
 *
 * <pre>{@code
 * CriteriaSet criteria = registry.get(TemplateId.of("climate")).criteriaSets().get(0);
 * StrategyRanking ranked = StrategyPrioritisation.rank(strategy, criteria, scores, RankingMethod.topsis(), today);
 * StrategySelection chosen = StrategyPrioritisation.select(
 *     ranked.strategy(), ranked.record().orElseThrow(), Map.of(2026, Money.ron("5000000")), SelectionOptions.defaults());
 * Strategy decided = chosen.strategy();   // its last record holds ranking, selection and schedule
 * }</pre>
 *
 * <p>Bad user data (a missing score, a budget line in a currency without a rate) gives findings,
 * never exceptions. Pure functions: same input, same output.
 */
public final class StrategyPrioritisation {

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(StrategyPrioritisation.class::getResourceAsStream, "/org/civicplan/prioritisation/messages");


  private StrategyPrioritisation() {}

  /**
   * Ranks every action of {@code strategy} on {@code criteria} by {@code method}, with the values
   * from {@code scores}, and appends a {@link PrioritisationRecord} dated {@code on}.
   *
   * <p>Every action needs a value for every criterion: a missing one is an error finding ({@code
   * prioritisation.score.missing}, path {@code /actions/<i>}) and nothing is ranked. Scores for
   * actions the strategy lacks, or for criteria the set lacks, are ignored with a warning. Actions
   * sharing an id are ranked once (the first) with an error finding, as the validator also reports.
   *
   * @param strategy the strategy whose actions are ranked
   * @param criteria the criteria set
   * @param scores the actions' values on the criteria
   * @param method the ranking method
   * @param on the date of the ranking
   * @return the ranking, with its record to store with the strategy
   * @throws NullPointerException if an argument is null
   */
  public static StrategyRanking rank(
      Strategy strategy, CriteriaSet criteria, ActionScores scores, RankingMethod method, LocalDate on) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(on, "on");
    List<Finding> findings = new ArrayList<>();
    Set<String> criterionIds = new HashSet<>();
    criteria.criteria().forEach(c -> criterionIds.add(c.id()));
    Set<ActionId> actionIds = new HashSet<>();
    strategy.actions().forEach(a -> actionIds.add(a.id()));
    scores.values().forEach((action, row) -> {
      if (!actionIds.contains(action)) {
        findings.add(MESSAGES.finding(Severity.WARNING, PrioritisationCodes.SCORES_UNKNOWN_ACTION, "/scores/" + action.value(), action.value()));
      }
    });
    Set<String> unknownCriteria = new TreeSet<>();
    scores.values().values().forEach(row -> row.keySet().stream().filter(c -> !criterionIds.contains(c)).forEach(unknownCriteria::add));
    for (String c : unknownCriteria) {
      findings.add(MESSAGES.finding(Severity.WARNING, PrioritisationCodes.SCORES_UNKNOWN_CRITERION, "/criteria/" + c, c, criteria.id()));
    }
    List<String> alternatives = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    Set<ActionId> seen = new HashSet<>();
    boolean missing = false;
    for (int i = 0; i < strategy.actions().size(); i++) {
      Action a = strategy.actions().get(i);
      if (!seen.add(a.id())) {
        findings.add(MESSAGES.finding(Severity.ERROR, PrioritisationCodes.ACTION_DUPLICATE, "/actions/" + i + "/id", a.id().value()));
        continue;
      }
      double[] row = new double[criteria.criteria().size()];
      for (int j = 0; j < row.length; j++) {
        String c = criteria.criteria().get(j).id();
        Optional<Double> v = scores.value(a.id(), c);
        if (v.isEmpty()) {
          findings.add(MESSAGES.finding(Severity.ERROR, PrioritisationCodes.SCORE_MISSING, "/actions/" + i, a.id().value(), c));
          missing = true;
        }
        row[j] = v.orElse(Double.NaN);
      }
      alternatives.add(a.id().value());
      rows.add(row);
    }
    if (missing || findings.stream().anyMatch(Finding::isError)) {
      return new StrategyRanking(strategy, Optional.empty(), Optional.empty(), findings);
    }
    DecisionMatrix m = new DecisionMatrix(criteria.criteria(), alternatives, rows.toArray(double[][]::new));
    Ranking ranking = method.apply(m);
    findings.addAll(ranking.findings());
    if (ranking.hasErrors()) {
      return new StrategyRanking(strategy, Optional.of(ranking), Optional.empty(), findings);
    }
    List<PrioritisationRecord.RankedAction> ranked = new ArrayList<>();
    for (RankedAlternative r : ranking.ranking()) {
      ActionId id = ActionId.of(r.id());
      Map<String, Double> values = new TreeMap<>();
      for (Criterion c : criteria.criteria()) {
        values.put(c.id(), scores.value(id, c.id()).orElseThrow());
      }
      ranked.add(new PrioritisationRecord.RankedAction(id, r.rank(), r.score(), values, r.contributions(), r.details()));
    }
    PrioritisationRecord record = new PrioritisationRecord(
        on, Optional.empty(), LocalizedText.empty(), method.label(), method.options(), criteria.id(), ranking.weights(),
        ranked, ranking.compromise().stream().map(ActionId::of).toList(), Optional.empty());
    return new StrategyRanking(strategy.toBuilder().prioritisation(record).build(), Optional.of(ranking), Optional.of(record), findings);
  }

  /**
   * {@return a copy of {@code criteria} with other weights, e.g. those {@link Ahp#weights} derived
   * from pairwise comparisons of the criteria ({@link Ranking#weights()})}
   *
   * @param criteria the criteria set
   * @param weights the weights by criterion id
   * @throws IllegalArgumentException if a criterion of the set has no weight in {@code weights}, or
   *     a weight is negative or not finite
   */
  public static CriteriaSet withWeights(CriteriaSet criteria, Map<String, Double> weights) {
    List<Criterion> reweighted = new ArrayList<>();
    for (Criterion c : criteria.criteria()) {
      Double w = weights.get(c.id());
      if (w == null) {
        throw new IllegalArgumentException("no weight for criterion \"" + c.id() + "\" of criteria set \""
            + criteria.id() + "\"; weights were given for " + new TreeSet<>(weights.keySet()));
      }
      reweighted.add(c.withWeight(w));
    }
    return new CriteriaSet(criteria.id(), criteria.name(), reweighted);
  }

  /**
   * {@return the value portfolio selection maximises for a ranked action, from its score: the score
   * itself for weighted sum, TOPSIS (closeness in [0, 1]) and AHP; {@code (1 + φ) / 2} for
   * PROMETHEE II (net flow φ in [−1, 1]); {@code 1 − Q} for VIKOR (Q in [0, 1], lower is better)}
   * {@link #select} then shifts all values up by the smallest when one is negative (a weighted sum
   * without normalisation over cost criteria), so that no ranked action has a negative value.
   *
   * @param method the ranking method
   * @param score the action's score
   * @throws NullPointerException if the method is null
   */
  public static double valueOf(String method, double score) {
    return switch (method) {
      case "promethee-ii" -> (1 + score) / 2;
      case "vikor" -> 1 - score;
      default -> score;
    };
  }

  /**
   * Selects, among the actions ranked in {@code ranking}, the portfolio of greatest total value
   * ({@link #valueOf}) whose costs fit every year of {@code budget}, exactly ({@link Portfolio}),
   * respecting each action's {@code dependsOn} among the candidates and the {@linkplain
   * SelectionOptions#minimumShares() minimum shares} of every budget year; then sequences it ({@link
   * Sequencer}) with rank as priority. The returned strategy holds {@code ranking} completed with
   * the selection: it replaces the record if it is the strategy's last, and is appended otherwise.
   *
   * <p><b>Costs</b> are an action's planned budget lines (of the funding kinds in {@code options},
   * all by default), summed per year, counted only in the budget's years (amounts in other years
   * are reported, info, and not counted: they lie outside the decision). Amounts stay exact.
   * <b>Currencies</b>: see {@link SelectionOptions}. <b>Sequencing</b>: an action's spending runs
   * from its first to its last costed budget year; the sequencer may start it later when money or
   * a required action is not ready, and says why.
   *
   * @param strategy the strategy whose actions are selected
   * @param ranking the ranking record to select from
   * @param budget per year, the money available; one currency
   * @param options what to count and which actions are mandatory
   * @return the selection, with its record to store with the strategy
   * @throws NullPointerException if an argument is null
   */
  public static StrategySelection select(
      Strategy strategy, PrioritisationRecord ranking, Map<Integer, Money> budget, SelectionOptions options) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(options, "options");
    List<Finding> findings = new ArrayList<>();
    SortedMap<Integer, Money> envelope = new TreeMap<>(budget);
    Set<Currency> currencies = new TreeSet<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
    envelope.values().forEach(m -> currencies.add(m.currency()));
    if (envelope.isEmpty() || currencies.size() > 1 || envelope.values().stream().anyMatch(Money::isNegative)) {
      findings.add(MESSAGES.finding(Severity.ERROR, PrioritisationCodes.BUDGET_INVALID, "/budget", envelope.values()));
      return new StrategySelection(strategy, Optional.empty(), Optional.empty(), Optional.empty(), findings);
    }
    Currency currency = currencies.iterator().next();
    Map<ActionId, Integer> index = new HashMap<>();
    for (int i = 0; i < strategy.actions().size(); i++) {
      index.putIfAbsent(strategy.actions().get(i).id(), i);
    }
    Map<String, BigDecimal> usedRates = new TreeMap<>();
    Map<ActionId, SortedMap<Integer, BigDecimal>> costs = new LinkedHashMap<>();
    for (PrioritisationRecord.RankedAction r : ranking.actions()) {
      Integer i = index.get(r.action());
      if (i == null) {
        findings.add(MESSAGES.finding(Severity.WARNING, PrioritisationCodes.ACTION_UNKNOWN, "/actions", r.action().value()));
        continue;
      }
      Action a = strategy.actions().get(i);
      SortedMap<Integer, BigDecimal> cost = new TreeMap<>();
      Set<Integer> outside = new TreeSet<>();
      for (int j = 0; j < a.budget().size(); j++) {
        BudgetLine line = a.budget().get(j);
        if (!options.funding().isEmpty() && !options.funding().contains(line.source().kind())) {
          continue;
        }
        if (!envelope.containsKey(line.year())) {
          if (line.planned().amount().signum() != 0) {
            outside.add(line.year());
          }
          continue;
        }
        BigDecimal amount = line.planned().amount();
        Currency c = line.planned().currency();
        if (!c.equals(currency)) {
          BigDecimal rate = options.rates().get(c);
          if (rate == null) {
            findings.add(MESSAGES.finding(Severity.ERROR, PrioritisationCodes.CURRENCY_MIXED, "/actions/" + i + "/budget/" + j,
                a.id().value(), c.getCurrencyCode(), line.year(), currency.getCurrencyCode()));
            continue;
          }
          amount = amount.multiply(rate);
          usedRates.put(c.getCurrencyCode(), rate);
        }
        cost.merge(line.year(), amount, BigDecimal::add);
      }
      if (!outside.isEmpty()) {
        findings.add(MESSAGES.finding(Severity.INFO, PrioritisationCodes.COST_OUTSIDE, "/actions/" + i + "/budget", a.id().value(),
            outside, envelope.firstKey() + "–" + envelope.lastKey()));
      }
      costs.put(r.action(), cost);
    }
    if (findings.stream().anyMatch(Finding::isError)) {
      return new StrategySelection(strategy, Optional.empty(), Optional.empty(), Optional.empty(), findings);
    }
    double shift = 0;
    for (PrioritisationRecord.RankedAction r : ranking.actions()) {
      shift = Math.min(shift, valueOf(ranking.method(), r.score()));
    }
    List<Project> projects = new ArrayList<>();
    for (PrioritisationRecord.RankedAction r : ranking.actions()) {
      if (!costs.containsKey(r.action())) {
        continue;
      }
      Action a = strategy.actions().get(index.get(r.action()));
      Set<String> requires = new TreeSet<>();
      for (ActionId d : a.dependsOn()) {
        if (costs.containsKey(d) && !d.equals(a.id())) {
          requires.add(d.value());
        }
      }
      Map<String, BigDecimal> cost = new TreeMap<>();
      costs.get(r.action()).forEach((y, v) -> cost.put(Integer.toString(y), v));
      projects.add(new Project(r.action().value(), valueOf(ranking.method(), r.score()) - shift, cost, requires,
          options.mandatory().contains(r.action())));
    }
    Map<String, BigDecimal> periodBudget = new TreeMap<>();
    envelope.forEach((y, m) -> periodBudget.put(Integer.toString(y), m.amount()));
    Set<String> candidates = new HashSet<>();
    projects.forEach(p -> candidates.add(p.id()));
    List<MinimumShare> shares = new ArrayList<>();
    for (SelectionOptions.ActionShare share : options.minimumShares()) {
      Set<String> listed = new TreeSet<>();
      share.actions().forEach(a -> {
        if (candidates.contains(a.value())) {
          listed.add(a.value());
        }
      });
      for (String year : periodBudget.keySet()) {
        shares.add(new MinimumShare(year, listed, share.share()));
      }
    }
    PortfolioProblem problem = PortfolioProblem.of(periodBudget, projects).withLimits(options.maxNodes(), options.maxTime())
        .withMinimumShares(shares);
    Selection selection = Portfolio.select(problem);
    findings.addAll(selection.findings());
    if (!selection.feasible()) {
      return new StrategySelection(strategy, Optional.of(selection), Optional.empty(), Optional.empty(), findings);
    }
    Set<String> chosen = new HashSet<>(selection.selected());
    List<PlannedAction> planned = new ArrayList<>();
    for (PrioritisationRecord.RankedAction r : ranking.actions()) {
      if (!chosen.contains(r.action().value())) {
        continue;
      }
      SortedMap<Integer, BigDecimal> cost = costs.get(r.action());
      List<BigDecimal> spending = new ArrayList<>();
      int first = cost.isEmpty() ? envelope.firstKey() : cost.firstKey();
      int last = cost.isEmpty() ? first : cost.lastKey();
      for (int y = first; y <= last; y++) {
        spending.add(cost.getOrDefault(y, BigDecimal.ZERO));
      }
      Action a = strategy.actions().get(index.get(r.action()));
      Set<String> requires = new TreeSet<>();
      for (ActionId d : a.dependsOn()) {
        if (chosen.contains(d.value()) && !d.equals(a.id())) {
          requires.add(d.value());
        }
      }
      planned.add(new PlannedAction(r.action().value(), r.rank(), spending, requires, first));
    }
    SortedMap<Integer, BigDecimal> yearly = new TreeMap<>();
    envelope.forEach((y, m) -> yearly.put(y, m.amount()));
    Schedule schedule = Sequencer.plan(yearly, planned);
    findings.addAll(schedule.findings());
    List<PortfolioDecision.PlannedRun> runs = schedule.scheduled().stream()
        .sorted(java.util.Comparator.comparingInt(ScheduledAction::start).thenComparing(ScheduledAction::id))
        .map(s -> new PortfolioDecision.PlannedRun(ActionId.of(s.id()), s.start(), s.end(), s.slip()))
        .toList();
    Map<Integer, Money> cost = new TreeMap<>();
    selection.cost().forEach((y, v) -> cost.put(Integer.valueOf(y), new Money(v, currency)));
    PortfolioDecision decision = new PortfolioDecision(
        envelope, usedRates, selection.selected().stream().map(ActionId::of).sorted().toList(),
        selection.value(), selection.optimal(), selection.bound(), cost, runs,
        schedule.unscheduled().stream().map(ActionId::of).toList());
    PrioritisationRecord completed = ranking.withSelection(decision);
    List<PrioritisationRecord> records = new ArrayList<>(strategy.prioritisations());
    if (!records.isEmpty() && records.get(records.size() - 1).equals(ranking)) {
      records.set(records.size() - 1, completed);
    } else {
      records.add(completed);
    }
    Strategy decided = strategy.toBuilder().prioritisations(records).build();
    return new StrategySelection(decided, Optional.of(selection), Optional.of(schedule), Optional.of(completed), findings);
  }
}
