// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.base.ActionId;
import org.civicplan.base.Finding;
import org.civicplan.base.Money;
import org.civicplan.planning.SelectionOptions;
import org.civicplan.planning.StrategyPrioritisation;
import org.civicplan.planning.StrategyRanking;
import org.civicplan.planning.StrategySelection;
import org.civicplan.prioritisation.ActionScores;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;

/**
 * Puts the candidate sport investments of a strategy in order of priority with core's {@link
 * StrategyPrioritisation}: the values of the {@code sport-default} criteria, derived from the
 * facility inventory and the actions' budget lines where they can be and taken from the
 * investment programme annex otherwise; the ranking of the investments; and the selection under
 * the programme's yearly budget with a minimum share for sport for all.
 *
 * <p><b>Criterion values</b> of an investment ({@link InvestmentProgramme.Investment}):
 *
 * <ul>
 *   <li>{@code need}: the {@link Provision.Cell#deficitRatio() deficit ratio} of the facility type
 *       in the district (the facility's, or for a new build its own), in [0, 1];
 *   <li>{@code condition}: {@code 5 − condition} of the facility it works on, 0 for a new build;
 *   <li>{@code expected-users}: the expected user-hours a week, as entered;
 *   <li>{@code mass-sport}: the share of use by sport for all, in percent, as entered;
 *   <li>{@code accessibility}: the accessibility gain 0 to 3, as entered;
 *   <li>{@code energy-climate}: the energy saved a year in MWh, as entered;
 *   <li>{@code cost-per-user-hour}: the action's planned budget over all years divided by its
 *       expected user-hours of a year ({@code expected-users × facility.weeks-per-year}), to 6
 *       decimal places; no value when nothing is expected or the lines mix currencies;
 *   <li>{@code readiness}: how many of land, permits and design are secured, 0 to 3.
 * </ul>
 *
 * <p>A value that cannot be derived (a facility or district not in the inventory) is left out,
 * and the ranking then reports the missing score. Only the actions the programme annex describes
 * are ranked and selected; the strategy's other actions (events, programmes) are kept as they are.
 * Pure functions: same input, same output.
 */
public final class SportPrioritisation {

  /** The id of the default criteria set. */
  public static final String CRITERIA_SET = "sport-default";

  /** Parameter: the share of use by sport for all from which an investment counts as mass sport, percent. */
  public static final String MASS_COUNTS_FROM = "programme.mass-sport.counts-from-pct";

  /** Parameter: the minimum share of each year's programme budget for mass-sport investments, percent. */
  public static final String MASS_MIN_SHARE = "programme.mass-sport.min-share-pct";

  /** Parameter: the weeks a year the weekly hours count for. */
  public static final String WEEKS_PER_YEAR = "facility.weeks-per-year";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern ACTION_PATH = Pattern.compile("^/actions/(\\d+)");

  private SportPrioritisation() {}

  /**
   * {@return the values of the {@code sport-default} criteria for every investment of the
   * strategy's programme annex}
   *
   * @param strategy the strategy, with its facility inventory and investment programme annexes
   * @param parameters the sport template's parameters in force
   * @throws NullPointerException if an argument is null
   */
  public static ActionScores scores(Strategy strategy, Parameters parameters) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(parameters, "parameters");
    Optional<FacilityInventory> inventory = strategy.annexes(FacilityInventory.class).stream().findFirst();
    Optional<Provision> provision = inventory.map(i -> Provision.of(i, parameters));
    int weeks = parameters.text(WEEKS_PER_YEAR).map(Integer::parseInt).orElse(52);
    Map<String, Map<String, Double>> values = new LinkedHashMap<>();
    for (InvestmentProgramme.Investment inv : investments(strategy)) {
      Map<String, Double> row = new LinkedHashMap<>();
      Optional<FacilityInventory.Facility> facility = inv.facility().flatMap(id -> inventory.flatMap(i -> i.facility(id)));
      Optional<String> district = inv.kind().onExistingFacility() ? facility.flatMap(FacilityInventory.Facility::district) : inv.district();
      Optional<FacilityType> type = inv.kind().onExistingFacility() ? facility.map(FacilityInventory.Facility::type) : inv.facilityType();
      if (district.isPresent() && type.isPresent() && provision.isPresent()) {
        provision.get().cell(district.get(), type.get()).ifPresent(c -> row.put("need", c.deficitRatio().doubleValue()));
      }
      if (!inv.kind().onExistingFacility()) {
        row.put("condition", 0.0);
      } else {
        facility.ifPresent(f -> row.put("condition", (double) (5 - f.condition())));
      }
      row.put("expected-users", inv.expectedUserHours().doubleValue());
      row.put("mass-sport", inv.massSportPercent().doubleValue());
      row.put("accessibility", (double) inv.accessibilityGain());
      row.put("energy-climate", inv.energySavedMwh().doubleValue());
      strategy.action(inv.action()).flatMap(SportPrioritisation::totalCost).ifPresent(cost -> {
        BigDecimal yearly = inv.expectedUserHours().multiply(BigDecimal.valueOf(weeks));
        if (yearly.signum() > 0) {
          row.put("cost-per-user-hour", cost.amount().divide(yearly, FacilityInventory.SCALE, RoundingMode.HALF_EVEN).doubleValue());
        }
      });
      row.put("readiness", (double) inv.readiness().secured());
      values.put(inv.action().value(), row);
    }
    return ActionScores.of(values);
  }

  /**
   * {@return the action's planned budget over all its years, when all its lines are in one currency}
   *
   * @param action the action
   */
  static Optional<Money> totalCost(Action action) {
    Set<Currency> currencies = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (BudgetLine line : action.budget()) {
      currencies.add(line.planned().currency());
      total = total.add(line.planned().amount());
    }
    if (currencies.size() > 1) {
      return Optional.empty();
    }
    Currency c = currencies.isEmpty() ? Money.RON : currencies.iterator().next();
    return Optional.of(Money.of(total, c));
  }

  /**
   * {@return the investments of the strategy's programme annex (the first, if several); empty without one}
   *
   * @param strategy the strategy
   */
  public static List<InvestmentProgramme.Investment> investments(Strategy strategy) {
    return programme(strategy).map(InvestmentProgramme::investments).orElse(List.of());
  }

  static Optional<InvestmentProgramme> programme(Strategy strategy) {
    return strategy.annexes(InvestmentProgramme.class).stream().findFirst();
  }

  /**
   * {@return the investments that count as mass sport: those whose share of use by sport for all
   * is at least the parameter {@value #MASS_COUNTS_FROM} (default 50 %)}
   *
   * @param strategy the strategy
   * @param parameters the sport template's parameters in force
   */
  public static Set<ActionId> massSport(Strategy strategy, Parameters parameters) {
    BigDecimal from = parameters.decimal(MASS_COUNTS_FROM, BigDecimal.valueOf(50));
    Set<ActionId> out = new TreeSet<>(java.util.Comparator.comparing(ActionId::value));
    for (InvestmentProgramme.Investment inv : investments(strategy)) {
      if (inv.massSportPercent().compareTo(from) >= 0) {
        out.add(inv.action());
      }
    }
    return out;
  }

  /**
   * {@return the programme's budget by year, from the programme annex; empty without one}
   *
   * @param strategy the strategy
   */
  public static SortedMap<Integer, Money> budget(Strategy strategy) {
    SortedMap<Integer, Money> out = new TreeMap<>();
    programme(strategy).ifPresent(p -> p.budget().forEach(b -> out.merge(b.year(), b.amount(), Money::plus)));
    return out;
  }

  /**
   * Ranks the investments of the strategy's programme on {@code criteria} by {@code method}, with
   * the values of {@link #scores}, through {@link StrategyPrioritisation#rank}; the record is
   * appended to {@code strategy}, whose other actions are left out of the ranking and kept.
   *
   * @param strategy the strategy
   * @param criteria the criteria set, usually the template's {@code sport-default}
   * @param parameters the sport template's parameters in force
   * @param method the ranking method
   * @param on the date of the ranking
   * @return the ranking; finding paths point into {@code strategy}
   * @throws NullPointerException if an argument is null
   */
  public static StrategyRanking rank(
      Strategy strategy, CriteriaSet criteria, Parameters parameters, RankingMethod method, LocalDate on) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(on, "on");
    ActionScores scores = scores(strategy, parameters);
    Candidates c = Candidates.of(strategy);
    StrategyRanking r = StrategyPrioritisation.rank(c.strategy, criteria, scores, method, on);
    Strategy out = r.record().map(rec -> strategy.toBuilder().prioritisation(rec).build()).orElse(strategy);
    return new StrategyRanking(out, r.ranking(), r.record(), c.remap(r.findings()));
  }

  /**
   * Selects, among the investments ranked in {@code ranking}, the programme of greatest value
   * whose costs fit the programme's yearly budget (the annex's budget lines), with every year's
   * mass-sport investments ({@link #massSport}) costing at least {@value #MASS_MIN_SHARE} percent of
   * that year's budget, and sequences it — through {@link StrategyPrioritisation#select}. The
   * completed record replaces {@code ranking} in {@code strategy} when it is its last record, and
   * is appended otherwise.
   *
   * @param strategy the strategy
   * @param ranking the ranking record to select from
   * @param parameters the sport template's parameters in force
   * @param options what to count and which actions are mandatory; its minimum shares are kept and
   *     the mass-sport one added
   * @return the selection; finding paths point into {@code strategy}
   * @throws NullPointerException if an argument is null
   */
  public static StrategySelection select(
      Strategy strategy, PrioritisationRecord ranking, Parameters parameters, SelectionOptions options) {
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(options, "options");
    BigDecimal share = parameters.decimal(MASS_MIN_SHARE, BigDecimal.ZERO).divide(HUNDRED);
    SelectionOptions withShare = share.signum() == 0
        ? options
        : options.withMinimumShare(massSport(strategy, parameters), share);
    Candidates c = Candidates.of(strategy);
    Strategy candidates = c.strategy.toBuilder().prioritisations(strategy.prioritisations()).build();
    StrategySelection s = StrategyPrioritisation.select(candidates, ranking, budget(strategy), withShare);
    Strategy out = s.record().isEmpty()
        ? strategy
        : strategy.toBuilder().prioritisations(s.strategy().prioritisations()).build();
    return new StrategySelection(out, s.selection(), s.schedule(), s.record(), c.remap(s.findings()));
  }

  /** The strategy restricted to the programme's investments, and the way back to its action indices. */
  private static final class Candidates {
    final Strategy strategy;
    final Map<Integer, Integer> original = new HashMap<>();

    private Candidates(Strategy strategy, List<Action> kept, Map<Integer, Integer> original) {
      this.strategy = strategy.toBuilder().actions(kept).build();
      this.original.putAll(original);
    }

    static Candidates of(Strategy strategy) {
      Set<ActionId> ids = new HashSet<>();
      investments(strategy).forEach(i -> ids.add(i.action()));
      List<Action> kept = new ArrayList<>();
      Map<Integer, Integer> original = new HashMap<>();
      for (int i = 0; i < strategy.actions().size(); i++) {
        if (ids.contains(strategy.actions().get(i).id())) {
          original.put(kept.size(), i);
          kept.add(strategy.actions().get(i));
        }
      }
      return new Candidates(strategy, kept, original);
    }

    List<Finding> remap(List<Finding> findings) {
      List<Finding> out = new ArrayList<>();
      for (Finding f : findings) {
        Matcher m = ACTION_PATH.matcher(f.path());
        if (m.find()) {
          Integer i = original.get(Integer.valueOf(m.group(1)));
          if (i != null) {
            f = new Finding(f.severity(), f.code(), "/actions/" + i + f.path().substring(m.end()), f.message());
          }
        }
        out.add(f);
      }
      return out;
    }
  }
}
