// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.CriteriaSetId;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.CriterionDirection;
import org.civicplan.prioritisation.DecisionMatrix;
import org.civicplan.prioritisation.OrderInterval;
import org.civicplan.prioritisation.PortfolioDecision;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.prioritisation.Sensitivity;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Strategy;

/**
 * The list of a strategy's actions (investments, measures) in order of priority, as a city submits
 * it to its council: for each action its rank, name, score with the part each criterion
 * contributed, planned cost per year and funding sources from its budget lines, and whether it was
 * selected under the yearly budgets and why; the method and the weights used; and how stable the
 * first places are when one weight changes. Generic: any template's prioritisation record gives
 * one (sport investments, accessibility remediation, climate actions).
 *
 * <p>Built from one {@link PrioritisationRecord} of the strategy ({@link #of(Strategy,
 * PrioritisationRecord, CriteriaSet)}); rendered by {@link #toMarkdown(Locale)} and {@link
 * #toHtml(Locale)} for people (Romanian for a locale whose language is {@code ro}, English
 * otherwise; names, not ids; numbers and money in the reader's notation) and by {@code
 * org.civicplan.document.ReportJson#priorityList} for machines (exact values). Equal inputs give
 * equal bytes.
 *
 * <p><b>Why an action was or was not selected</b> is read from the record's selection: selected
 * and when it runs; selected but not schedulable in time; not selected because it requires an
 * action that is not selected; because its cost in a budget year exceeds what the selection leaves
 * of that year's budget; otherwise because the selection of greatest total value leaves it out.
 * The cost compared with the budget is the action's planned budget lines in the budget's years,
 * converted at the recorded rates; a selection made counting only some funding kinds is compared on
 * all of them.
 *
 * <p><b>Stability</b> is one-at-a-time weight sensitivity ({@link Sensitivity#orderIntervals}): for
 * each criterion, the range of its weight, the others rescaled in proportion, in which the first
 * place stays and in which the first two keep their order, and what the order becomes past each
 * end. It needs the criteria set (directions, preference functions) and a method that can be run
 * again; the ranking is recomputed from the recorded values and weights and must give the recorded
 * first places, or the section says why it is missing ({@link StabilityStatus}).
 *
 * <pre>{@code
 * PrioritisationRecord record = strategy.prioritisations().get(strategy.prioritisations().size() - 1);
 * PriorityList list = PriorityList.of(strategy, record, criteriaSet);
 * String annex = list.toMarkdown(Locale.forLanguageTag("ro"));
 * }</pre>
 *
 * @param strategy the strategy id
 * @param title the strategy title
 * @param municipality the municipality's name
 * @param decidedOn the date of the prioritisation
 * @param decidedBy who decided or ran it; empty when not recorded
 * @param reason why, or under which mandate; may be empty
 * @param method the ranking method's label ({@code weighted-sum}, {@code topsis}, {@code
 *     promethee-ii}, {@code vikor})
 * @param options the method's options as recorded; sorted
 * @param criteriaSet the criteria set's id
 * @param criteriaSetName the criteria set's name; the id in both languages when the set is unknown
 * @param criteria the criteria with the weights used, in the criteria set's order (criteria the set
 *     lacks follow, by id)
 * @param entries the actions in rank order
 * @param budget the budget the selection was made under; empty when none was selected
 * @param stability how stable the first places are under weight changes
 */
public record PriorityList(
    String strategy,
    LocalizedText title,
    String municipality,
    LocalDate decidedOn,
    Optional<String> decidedBy,
    LocalizedText reason,
    String method,
    Map<String, String> options,
    CriteriaSetId criteriaSet,
    LocalizedText criteriaSetName,
    List<CriterionWeight> criteria,
    List<Entry> entries,
    Optional<Budget> budget,
    Stability stability) {

  /**
   * Creates an instance from its components.
   *
   * @param strategy the strategy id
   * @param title the strategy title
   * @param municipality the municipality's name
   * @param decidedOn the date of the prioritisation
   * @param decidedBy who decided or ran it; empty when not recorded
   * @param reason why, or under which mandate; may be empty
   * @param method the ranking method's label
   * @param options the method's options as recorded; sorted
   * @param criteriaSet the criteria set's id
   * @param criteriaSetName the criteria set's name
   * @param criteria the criteria with the weights used
   * @param entries the actions in rank order
   * @param budget the budget the selection was made under; empty when none was selected
   * @param stability how stable the first places are under weight changes
   * @throws NullPointerException if an argument or element is null
   */
  public PriorityList {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(method, "method");
    options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
    Objects.requireNonNull(criteriaSet, "criteriaSet");
    Objects.requireNonNull(criteriaSetName, "criteriaSetName");
    criteria = List.copyOf(criteria);
    entries = List.copyOf(entries);
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(stability, "stability");
  }

  /**
   * {@return the priority list of {@code record}, a prioritisation of {@code strategy}, with the
   * criteria's names and directions from {@code criteria}}
   *
   * @param strategy the strategy whose actions were prioritised
   * @param record the prioritisation record, usually one of {@code strategy.prioritisations()}
   * @param criteria the criteria set the record ranked on
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code criteria} is not the set the record names
   */
  public static PriorityList of(Strategy strategy, PrioritisationRecord record, CriteriaSet criteria) {
    Objects.requireNonNull(criteria, "criteria");
    if (!criteria.id().equals(record.criteriaSet())) {
      throw new IllegalArgumentException("the record ranked on criteria set \"" + record.criteriaSet()
          + "\" but criteria set \"" + criteria.id() + "\" was given");
    }
    return build(strategy, record, Optional.of(criteria));
  }

  /**
   * {@return the priority list of {@code record} when its criteria set is not at hand (its template
   * is not installed)} Criteria are named by their ids and there is no stability analysis ({@link
   * StabilityStatus#NO_CRITERIA_SET}).
   *
   * @param strategy the strategy whose actions were prioritised
   * @param record the prioritisation record
   * @throws NullPointerException if an argument is null
   */
  public static PriorityList of(Strategy strategy, PrioritisationRecord record) {
    return build(strategy, record, Optional.empty());
  }

  private static PriorityList build(Strategy strategy, PrioritisationRecord record, Optional<CriteriaSet> set) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(record, "record");
    List<CriterionWeight> criteria = new ArrayList<>();
    Set<String> named = new HashSet<>();
    set.ifPresent(s -> {
      for (Criterion c : s.criteria()) {
        if (record.weights().containsKey(c.id())) {
          criteria.add(new CriterionWeight(c.id(), c.name(), Optional.of(c.direction()), record.weights().get(c.id())));
          named.add(c.id());
        }
      }
    });
    record.weights().forEach((id, w) -> {
      if (!named.contains(id)) {
        criteria.add(new CriterionWeight(id, LocalizedText.of(id, id), Optional.empty(), w));
      }
    });
    Optional<PortfolioDecision> selection = record.selection();
    Set<ActionId> ranked = new HashSet<>();
    record.actions().forEach(a -> ranked.add(a.action()));
    List<Entry> entries = new ArrayList<>();
    for (PrioritisationRecord.RankedAction a : record.actions()) {
      Optional<Action> action = strategy.action(a.action());
      List<BudgetLine> lines = action.map(Action::budget).orElse(List.of());
      entries.add(new Entry(a.action(), action.map(Action::title).orElse(LocalizedText.of(a.action().value(), a.action().value())),
          a.rank(), a.score(), a.values(), a.contributions(), yearCosts(lines), funding(lines),
          decision(a.action(), action, ranked, selection)));
    }
    Optional<Budget> budget = selection.map(d -> new Budget(d.budget(), d.cost(), d.rates(), d.optimal(), d.value(), d.bound()));
    return new PriorityList(strategy.id().value(), strategy.title(), strategy.municipality().name(), record.decidedOn(),
        record.decidedBy(), record.reason(), record.method(), record.options(), record.criteriaSet(),
        set.map(CriteriaSet::name).orElse(LocalizedText.of(record.criteriaSet().value(), record.criteriaSet().value())), criteria, entries,
        budget, stability(record, set));
  }

  private static List<YearCost> yearCosts(List<BudgetLine> lines) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    Map<String, BudgetLine> any = new HashMap<>();
    for (BudgetLine l : lines) {
      String key = String.format(Locale.ROOT, "%06d %s", l.year(), l.planned().currency().getCurrencyCode());
      sums.merge(key, l.planned().amount(), BigDecimal::add);
      any.putIfAbsent(key, l);
    }
    List<YearCost> out = new ArrayList<>();
    sums.forEach((k, v) -> out.add(new YearCost(any.get(k).year(), Money.of(v, any.get(k).planned().currency()))));
    return out;
  }

  private static List<FundingSource> funding(List<BudgetLine> lines) {
    Set<FundingSource> seen = new LinkedHashSet<>();
    lines.forEach(l -> seen.add(l.source()));
    List<FundingSource> out = new ArrayList<>(seen);
    out.sort(Comparator.comparing((FundingSource f) -> f.kind().ordinal()).thenComparing(f -> f.programme().orElse("")));
    return out;
  }

  private static Decision decision(
      ActionId id, Optional<Action> action, Set<ActionId> ranked, Optional<PortfolioDecision> selection) {
    if (selection.isEmpty()) {
      return new NotDecided();
    }
    PortfolioDecision d = selection.get();
    if (d.selected().contains(id)) {
      return d.schedule().stream().filter(r -> r.action().equals(id)).findFirst()
          .<Decision>map(r -> new Selected(r.start(), r.end(), r.slip()))
          .orElseGet(Unscheduled::new);
    }
    List<ActionId> requires = new ArrayList<>();
    List<Shortfall> shortfalls = new ArrayList<>();
    if (action.isPresent()) {
      for (ActionId dep : action.get().dependsOn()) {
        if (ranked.contains(dep) && !dep.equals(id) && !d.selected().contains(dep) && !requires.contains(dep)) {
          requires.add(dep);
        }
      }
      Map<Integer, BigDecimal> needed = new TreeMap<>();
      Optional<java.util.Currency> currency = d.budget().values().stream().findFirst().map(Money::currency);
      for (BudgetLine l : action.get().budget()) {
        if (!d.budget().containsKey(l.year()) || currency.isEmpty()) {
          continue;
        }
        BigDecimal amount = l.planned().amount();
        if (!l.planned().currency().equals(currency.get())) {
          BigDecimal rate = d.rates().get(l.planned().currency().getCurrencyCode());
          if (rate == null) {
            continue;
          }
          amount = amount.multiply(rate);
        }
        needed.merge(l.year(), amount, BigDecimal::add);
      }
      needed.forEach((year, amount) -> {
        Money available = d.budget().get(year);
        Money left = available.minus(d.cost().getOrDefault(year, Money.zero(available.currency())));
        if (amount.compareTo(left.amount()) > 0) {
          shortfalls.add(new Shortfall(year, Money.of(amount, available.currency()), left));
        }
      });
    }
    return new NotSelected(requires, shortfalls);
  }

  private static Stability stability(PrioritisationRecord record, Optional<CriteriaSet> set) {
    if (set.isEmpty()) {
      return Stability.of(StabilityStatus.NO_CRITERIA_SET);
    }
    if (record.actions().size() < 2) {
      return Stability.of(StabilityStatus.TOO_FEW_ACTIONS);
    }
    RankingMethod method;
    try {
      method = RankingMethod.parse(record.method(), record.options());
    } catch (IllegalArgumentException e) {
      return Stability.of(StabilityStatus.METHOD_NOT_RERUNNABLE);
    }
    List<Criterion> criteria = new ArrayList<>();
    for (Criterion c : set.get().criteria()) {
      Double w = record.weights().get(c.id());
      if (w != null) {
        criteria.add(c.withWeight(w));
      }
    }
    boolean complete = criteria.size() == record.weights().size() && !criteria.isEmpty()
        && record.actions().stream().allMatch(a -> a.values().keySet().containsAll(record.weights().keySet()));
    if (!complete) {
      return Stability.of(StabilityStatus.NOT_REPRODUCED);
    }
    List<String> alternatives = new ArrayList<>();
    double[][] values = new double[record.actions().size()][criteria.size()];
    for (int i = 0; i < record.actions().size(); i++) {
      PrioritisationRecord.RankedAction a = record.actions().get(i);
      alternatives.add(a.action().value());
      for (int j = 0; j < criteria.size(); j++) {
        values[i][j] = a.values().get(criteria.get(j).id());
      }
    }
    DecisionMatrix m;
    try {
      m = new DecisionMatrix(criteria, alternatives, values);
    } catch (IllegalArgumentException e) {
      return Stability.of(StabilityStatus.NOT_REPRODUCED);
    }
    List<OrderInterval> firstTwo = Sensitivity.orderIntervals(m, method::apply, 2);
    List<String> recorded = List.of(record.actions().get(0).action().value(), record.actions().get(1).action().value());
    if (firstTwo.isEmpty() || !firstTwo.get(0).order().equals(recorded)) {
      return Stability.of(StabilityStatus.NOT_REPRODUCED);
    }
    List<OrderInterval> firstPlace = Sensitivity.orderIntervals(m, method::apply, 1);
    return new Stability(StabilityStatus.AVAILABLE, firstPlace, firstTwo);
  }

  /** {@return the entries whose actions were selected, in rank order} */
  public List<Entry> selected() {
    return entries.stream().filter(Entry::selected).toList();
  }

  /** {@return the years any entry plans money in, ascending} */
  public List<Integer> years() {
    return entries.stream().flatMap(e -> e.cost().stream()).map(YearCost::year).distinct().sorted().toList();
  }

  /**
   * {@return the entry of this action, if it was ranked}
   *
   * @param action the action's id
   */
  public Optional<Entry> entry(ActionId action) {
    return entries.stream().filter(e -> e.action().equals(action)).findFirst();
  }

  /**
   * {@return the list as Markdown (CommonMark with GitHub tables), Romanian for a locale whose
   * language is {@code ro} and English otherwise} Document text is escaped so that it cannot add
   * markup.
   *
   * @param locale the reader's locale
   * @throws NullPointerException if the locale is null
   */
  public String toMarkdown(Locale locale) {
    return PriorityListMarkdown.render(this, PriorityListTexts.of(locale));
  }

  /**
   * {@return the list as a self-contained HTML page written as well-formed XHTML: inline CSS, no
   * script, no external reference; all document text escaped} Romanian for a locale whose language
   * is {@code ro}, English otherwise.
   *
   * @param locale the reader's locale
   * @throws NullPointerException if the locale is null
   */
  public String toHtml(Locale locale) {
    return PriorityListHtml.render(this, PriorityListTexts.of(locale));
  }

  /**
   * A criterion with the weight the prioritisation used.
   *
   * @param id the criterion id
   * @param name its name; the id in both languages when the criteria set is unknown
   * @param direction benefit or cost; empty when the criteria set is unknown
   * @param weight the weight used, normalised (the weights sum to 1)
   */
  public record CriterionWeight(String id, LocalizedText name, Optional<CriterionDirection> direction, double weight) {

    /**
     * Creates an instance from its components.
     *
     * @param id the criterion id
     * @param name its name
     * @param direction benefit or cost; empty when unknown
     * @param weight the weight used, normalised
     * @throws NullPointerException if an argument is null
     */
    public CriterionWeight {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(direction, "direction");
    }
  }

  /**
   * One action of the list.
   *
   * @param action the action's id
   * @param name the action's title (the id in both languages when the strategy no longer has it)
   * @param rank 1 for the first
   * @param score the method's own score (VIKOR Q: lower is better)
   * @param values per criterion id, the input values ranked on; sorted
   * @param contributions per criterion id, the part of the score owed to it, where the method
   *     defines one (not TOPSIS); sorted
   * @param cost the planned amounts of its budget lines per year (and currency), by year then
   *     currency code
   * @param funding the distinct funding sources of its budget lines, by kind then programme
   * @param decision whether it was selected under the budget, and why
   */
  public record Entry(
      ActionId action,
      LocalizedText name,
      int rank,
      double score,
      Map<String, Double> values,
      Map<String, Double> contributions,
      List<YearCost> cost,
      List<FundingSource> funding,
      Decision decision) {

    /**
     * Creates an instance from its components.
     *
     * @param action the action's id
     * @param name the action's title
     * @param rank 1 for the first
     * @param score the method's own score
     * @param values per criterion id, the input values ranked on
     * @param contributions per criterion id, the part of the score owed to it
     * @param cost the planned amounts per year and currency
     * @param funding the distinct funding sources
     * @param decision whether it was selected, and why
     * @throws NullPointerException if an argument or element is null
     */
    public Entry {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(name, "name");
      values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
      contributions = Collections.unmodifiableSortedMap(new TreeMap<>(contributions));
      cost = List.copyOf(cost);
      funding = List.copyOf(funding);
      Objects.requireNonNull(decision, "decision");
    }

    /** {@return whether the action was selected under the budget} */
    public boolean selected() {
      return decision instanceof Selected || decision instanceof Unscheduled;
    }

    /**
     * {@return the planned amounts of one year, one per currency, by currency code; empty when it
     * plans nothing that year}
     *
     * @param year the year
     */
    public List<Money> cost(int year) {
      return cost.stream().filter(c -> c.year() == year).map(YearCost::amount).toList();
    }

    /** {@return the planned total per currency, by currency code} */
    public List<Money> total() {
      Map<String, Money> sums = new TreeMap<>();
      for (YearCost c : cost) {
        sums.merge(c.amount().currency().getCurrencyCode(), c.amount(), Money::plus);
      }
      return List.copyOf(sums.values());
    }
  }

  /**
   * The planned amount of one year in one currency.
   *
   * @param year the budget year
   * @param amount the planned amount
   */
  public record YearCost(int year, Money amount) {

    /**
     * Creates an instance from its components.
     *
     * @param year the budget year
     * @param amount the planned amount
     * @throws NullPointerException if the amount is null
     */
    public YearCost {
      Objects.requireNonNull(amount, "amount");
    }
  }

  /**
   * Whether an action was selected under the budget, and why; one of {@link Selected}, {@link
   * Unscheduled}, {@link NotSelected} and {@link NotDecided}.
   */
  public sealed interface Decision permits Selected, Unscheduled, NotSelected, NotDecided {

    /** {@return the stable code of this kind of decision: {@code selected}, {@code unscheduled}, {@code not-selected}, {@code not-decided}} */
    String code();
  }

  /**
   * Selected, and planned to run from {@code start} to {@code end}.
   *
   * @param start the first year of its run
   * @param end the last year of its run
   * @param slip years later than it could have started, because money or a required action was not
   *     ready (0 when on time)
   */
  public record Selected(int start, int end, int slip) implements Decision {

    /** {@return {@code selected}} */
    @Override
    public String code() {
      return "selected";
    }
  }

  /** Selected, but the yearly budgets could not fit its spending in time. */
  public record Unscheduled() implements Decision {

    /** {@return {@code unscheduled}} */
    @Override
    public String code() {
      return "unscheduled";
    }
  }

  /**
   * Not selected. When both lists are empty the action fits what is left and needs nothing
   * missing: the selection of greatest total value leaves it out.
   *
   * @param requires ranked actions it depends on that are not selected, in its {@code dependsOn}
   *     order
   * @param shortfalls the budget years in which its cost exceeds what the selection leaves, by year
   */
  public record NotSelected(List<ActionId> requires, List<Shortfall> shortfalls) implements Decision {

    /**
     * Creates an instance from its components.
     *
     * @param requires ranked actions it depends on that are not selected
     * @param shortfalls the budget years in which its cost exceeds what is left
     * @throws NullPointerException if an argument or element is null
     */
    public NotSelected {
      requires = List.copyOf(requires);
      shortfalls = List.copyOf(shortfalls);
    }

    /** {@return {@code not-selected}} */
    @Override
    public String code() {
      return "not-selected";
    }

    /** {@return whether the only reason is that a combination of greater total value was chosen} */
    public boolean outvalued() {
      return requires.isEmpty() && shortfalls.isEmpty();
    }
  }

  /** No selection under a budget is recorded for this prioritisation. */
  public record NotDecided() implements Decision {

    /** {@return {@code not-decided}} */
    @Override
    public String code() {
      return "not-decided";
    }
  }

  /**
   * A budget year an action does not fit.
   *
   * @param year the budget year
   * @param needed the action's cost in that year, in the budget's currency
   * @param left the year's budget minus the cost of the selection
   */
  public record Shortfall(int year, Money needed, Money left) {

    /**
     * Creates an instance from its components.
     *
     * @param year the budget year
     * @param needed the action's cost in that year
     * @param left what the selection leaves of the year's budget
     * @throws NullPointerException if an argument is null
     */
    public Shortfall {
      Objects.requireNonNull(needed, "needed");
      Objects.requireNonNull(left, "left");
    }
  }

  /**
   * The budget a selection was made under.
   *
   * @param available per year, the money available; sorted
   * @param cost per year, the cost of the selection; sorted
   * @param rates per currency code, the exchange rates used; sorted
   * @param optimal whether the selection is proven optimal
   * @param value the selection's total value
   * @param bound an upper bound on the best total value (the value when optimal)
   */
  public record Budget(
      Map<Integer, Money> available, Map<Integer, Money> cost, Map<String, BigDecimal> rates, boolean optimal,
      double value, double bound) {

    /**
     * Creates an instance from its components.
     *
     * @param available per year, the money available
     * @param cost per year, the cost of the selection
     * @param rates per currency code, the exchange rates used
     * @param optimal whether the selection is proven optimal
     * @param value the selection's total value
     * @param bound an upper bound on the best total value
     * @throws NullPointerException if an argument or element is null
     */
    public Budget {
      available = Collections.unmodifiableSortedMap(new TreeMap<>(available));
      cost = Collections.unmodifiableSortedMap(new TreeMap<>(cost));
      rates = Collections.unmodifiableSortedMap(new TreeMap<>(rates));
    }

    /**
     * {@return what the selection leaves of a year's budget}
     *
     * @param year a budget year
     * @throws IllegalArgumentException if the year is not a budget year
     */
    public Money left(int year) {
      Money a = available.get(year);
      if (a == null) {
        throw new IllegalArgumentException("year must be one of the budget years " + available.keySet() + " but was " + year);
      }
      return a.minus(cost.getOrDefault(year, Money.zero(a.currency())));
    }
  }

  /** Whether the stability of the first places could be computed, and if not why. */
  public enum StabilityStatus {
    /** Computed. */
    AVAILABLE,
    /** The criteria set the record ranked on is not at hand (its template is not installed). */
    NO_CRITERIA_SET,
    /** Fewer than two actions were ranked. */
    TOO_FEW_ACTIONS,
    /** The recorded method or its options are not ones {@link RankingMethod#parse} reads back. */
    METHOD_NOT_RERUNNABLE,
    /**
     * Ranking again from the recorded values and weights does not give the recorded first two
     * (the record or the criteria set changed since).
     */
    NOT_REPRODUCED
  }

  /**
   * How stable the first places are when one weight changes.
   *
   * @param status whether it was computed
   * @param firstPlace per criterion, the weight range keeping the first place; empty unless {@link
   *     StabilityStatus#AVAILABLE}
   * @param firstTwo per criterion, the weight range keeping the first two in their order; empty
   *     unless {@link StabilityStatus#AVAILABLE}
   */
  public record Stability(StabilityStatus status, List<OrderInterval> firstPlace, List<OrderInterval> firstTwo) {

    /**
     * Creates an instance from its components.
     *
     * @param status whether it was computed
     * @param firstPlace per criterion, the weight range keeping the first place
     * @param firstTwo per criterion, the weight range keeping the first two in their order
     * @throws NullPointerException if an argument or element is null
     */
    public Stability {
      Objects.requireNonNull(status, "status");
      firstPlace = List.copyOf(firstPlace);
      firstTwo = List.copyOf(firstTwo);
    }

    static Stability of(StabilityStatus status) {
      return new Stability(status, List.of(), List.of());
    }

    /**
     * {@return every change of the first two that one weight brings about, criterion by criterion
     * (lowering before raising)}
     */
    public List<OrderChange> changes() {
      List<OrderChange> out = new ArrayList<>();
      for (OrderInterval i : firstTwo) {
        if (i.changesBelow()) {
          out.add(OrderChange.of(i.criterion(), false, i.weight(), i.lower(), i.order(), i.orderBelow()));
        }
        if (i.changesAbove()) {
          out.add(OrderChange.of(i.criterion(), true, i.weight(), i.upper(), i.order(), i.orderAbove()));
        }
      }
      return out;
    }

    /** {@return the changes of one weight that swap the first two} */
    public List<OrderChange> swaps() {
      return changes().stream().filter(c -> c.kind() == ChangeKind.SWAP).toList();
    }
  }

  /** What a weight change does to the first two. */
  public enum ChangeKind {
    /** The second becomes first and the first second. */
    SWAP,
    /** Another action becomes first. */
    NEW_FIRST,
    /** The first stays; another action becomes second. */
    NEW_SECOND
  }

  /**
   * A change of the first two brought about by one weight.
   *
   * @param criterion the criterion whose weight changes
   * @param raised whether the weight is raised (else lowered)
   * @param weight the current weight
   * @param at the weight beyond which the order changes (within 1e-6)
   * @param before the first two now
   * @param after the first two past {@code at}
   * @param kind what kind of change it is
   */
  public record OrderChange(
      String criterion, boolean raised, double weight, double at, List<ActionId> before, List<ActionId> after,
      ChangeKind kind) {

    /**
     * Creates an instance from its components.
     *
     * @param criterion the criterion whose weight changes
     * @param raised whether the weight is raised
     * @param weight the current weight
     * @param at the weight beyond which the order changes
     * @param before the first two now
     * @param after the first two past {@code at}
     * @param kind what kind of change it is
     * @throws NullPointerException if an argument or element is null
     */
    public OrderChange {
      Objects.requireNonNull(criterion, "criterion");
      before = List.copyOf(before);
      after = List.copyOf(after);
      Objects.requireNonNull(kind, "kind");
    }

    static OrderChange of(String criterion, boolean raised, double weight, double at, List<String> before, List<String> after) {
      ChangeKind kind;
      if (after.size() >= 2 && before.size() >= 2 && after.get(0).equals(before.get(1)) && after.get(1).equals(before.get(0))) {
        kind = ChangeKind.SWAP;
      } else if (!after.get(0).equals(before.get(0))) {
        kind = ChangeKind.NEW_FIRST;
      } else {
        kind = ChangeKind.NEW_SECOND;
      }
      return new OrderChange(criterion, raised, weight, at, before.stream().map(ActionId::of).toList(),
          after.stream().map(ActionId::of).toList(), kind);
    }
  }
}
