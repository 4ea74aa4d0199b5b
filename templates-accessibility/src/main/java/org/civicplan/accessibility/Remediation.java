// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicplan.base.ActionId;
import org.civicplan.base.Finding;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Money;
import org.civicplan.base.Severity;
import org.civicplan.planning.SelectionOptions;
import org.civicplan.planning.StrategyPrioritisation;
import org.civicplan.planning.StrategyRanking;
import org.civicplan.planning.StrategySelection;
import org.civicplan.prioritisation.ActionScores;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Strategy;

/**
 * The remediation programme of a strategy's accessibility audits: every audited element that fails
 * a criterion becomes a candidate remediation work, ranked with core's prioritisation on the
 * template's criteria set {@value #CRITERIA_SET} ({@link StrategyPrioritisation#rank}), then the
 * portfolio of greatest value that fits the yearly budget is selected exactly and sequenced
 * ({@link StrategyPrioritisation#select}); the result is stored in the strategy as a {@link
 * RemediationProgramme} annex.
 *
 * <p>The criteria (their weights are template data, {@code template.yaml}):
 *
 * <ul>
 *   <li>{@code severity} (benefit): 2 when a critical criterion fails ({@link Barrier#BLOCKS}), 1
 *       otherwise ({@link Barrier#HINDERS}), from the audit;
 *   <li>{@code use} (benefit): daily pedestrians or boardings, from the estimate;
 *   <li>{@code proximity} (cost): metres to the nearest key destination, from the estimate;
 *   <li>{@code people} (benefit): persons with disabilities served, from the estimate;
 *   <li>{@code cost} (cost): the estimate's total cost over its years.
 * </ul>
 *
 * <p>Bad inputs are findings, never exceptions: a failing element without an estimate (error
 * {@value #ESTIMATE_MISSING}), two estimates of one element (error {@value #ESTIMATE_DUPLICATE}),
 * an estimate in another currency than the budget (error {@value #CURRENCY}), an estimate of an
 * element that fails nothing or does not exist (warning {@value #ESTIMATE_UNUSED}), an estimate
 * costed only outside the budget years (warning {@value #OUTSIDE}: ranked, not selected), and whatever
 * ranking and selection report (paths {@code /estimates/<i>} name the estimate). When no audited
 * element fails a criterion there is nothing to rank (information {@value #NOTHING_FAILS}).
 *
 * <p>Immutable and thread-safe; same inputs, same programme.
 */
public final class Remediation {

  /** The id of the criteria set the candidates are ranked on. */
  public static final String CRITERIA_SET = "accessibility-remediation";

  /** Error: a non-compliant element has no estimate. */
  public static final String ESTIMATE_MISSING = "accessibility.remediation.estimate.missing";
  /** Error: two estimates name the same element. */
  public static final String ESTIMATE_DUPLICATE = "accessibility.remediation.estimate.duplicate";
  /** Warning: an estimate names an element that fails nothing or that no audit has. */
  public static final String ESTIMATE_UNUSED = "accessibility.remediation.estimate.unused";
  /** Error: an estimate's cost is in another currency than the budget. */
  public static final String CURRENCY = "accessibility.remediation.currency";
  /** Error: an audit and element id do not make a valid candidate id. */
  public static final String CANDIDATE_ID = "accessibility.remediation.candidate.id";
  /** Warning: an estimate's costs all fall outside the budget years; the candidate is ranked but not selected. */
  public static final String OUTSIDE = "accessibility.remediation.outside";
  /** Information: no audited element fails a criterion. */
  public static final String NOTHING_FAILS = "accessibility.remediation.nothing-fails";

  static final MessageCatalog MESSAGES =
      MessageCatalog.load(Remediation.class::getResourceAsStream, "/org/civicplan/accessibility/remediation");

  private final Compliance compliance;
  private final CriteriaSet criteria;

  private Remediation(Compliance compliance, CriteriaSet criteria) {
    this.compliance = compliance;
    this.criteria = criteria;
  }

  /**
   * {@return the remediation planner with this evaluation and criteria set}
   *
   * @param compliance the evaluation of the audits (criteria catalogue and parameters)
   * @param criteria the criteria set to rank on, normally the template's {@value #CRITERIA_SET}
   * @throws NullPointerException if an argument is null
   */
  public static Remediation of(Compliance compliance, CriteriaSet criteria) {
    return new Remediation(Objects.requireNonNull(compliance, "compliance"), Objects.requireNonNull(criteria, "criteria"));
  }

  /**
   * Ranks, selects and sequences the remediation of every non-compliant element of the strategy's
   * audits, and stores the programme in the strategy: it replaces a programme annex with the same
   * id, or is appended.
   *
   * @param strategy the strategy whose audits are remedied
   * @param request the programme's id, the estimates, the yearly budget, the method and the date
   * @return the strategy with the programme, or the findings that prevented it
   * @throws NullPointerException if an argument is null
   */
  public RemediationPlan plan(Strategy strategy, RemediationRequest request) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(request, "request");
    List<Finding> findings = new ArrayList<>();
    Map<String, Integer> byElement = new HashMap<>();
    for (int i = 0; i < request.estimates().size(); i++) {
      RemediationEstimate e = request.estimates().get(i);
      Integer first = byElement.putIfAbsent(key(e.audit(), e.element()), i);
      if (first != null) {
        findings.add(MESSAGES.finding(Severity.ERROR, ESTIMATE_DUPLICATE, "/estimates/" + i, e.audit(), e.element(),
            Integer.toString(first)));
      }
    }
    Set<Currency> currencies = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
    request.budget().values().forEach(m -> currencies.add(m.currency()));
    Optional<Currency> currency = currencies.size() == 1 ? Optional.of(currencies.iterator().next()) : Optional.empty();

    List<RemediationProgramme.Candidate> candidates = new ArrayList<>();
    List<Integer> estimateOf = new ArrayList<>();
    Set<Integer> used = new TreeSet<>();
    for (int i = 0; i < strategy.annexes().size(); i++) {
      if (!(strategy.annexes().get(i) instanceof AccessibilityAudit audit)) {
        continue;
      }
      for (int j = 0; j < audit.elements().size(); j++) {
        AccessibilityAudit.Element element = audit.elements().get(j);
        List<String> failing = new ArrayList<>();
        boolean blocks = false;
        for (CriterionResult r : compliance.evaluate(element)) {
          if (r.outcome() == Outcome.NON_COMPLIANT) {
            failing.add(r.criterion().id());
            blocks |= r.critical();
          }
        }
        if (failing.isEmpty()) {
          continue;
        }
        String pointer = "/annexes/" + i + "/data/elements/" + j;
        Integer k = byElement.get(key(audit.id(), element.id()));
        if (k == null) {
          findings.add(MESSAGES.finding(Severity.ERROR, ESTIMATE_MISSING, pointer, audit.id(), element.id(),
              String.join(", ", failing)));
          continue;
        }
        used.add(k);
        if (!IdSyntax.isValid(audit.id() + ":" + element.id())) {
          findings.add(MESSAGES.finding(Severity.ERROR, CANDIDATE_ID, pointer, audit.id(), element.id(), IdSyntax.RULE));
          continue;
        }
        RemediationEstimate estimate = request.estimates().get(k);
        for (Money m : estimate.cost().values()) {
          if (currency.isPresent() && !m.currency().equals(currency.get())) {
            findings.add(MESSAGES.finding(Severity.ERROR, CURRENCY, "/estimates/" + k + "/cost", element.id(),
                m.currency().getCurrencyCode(), currency.get().getCurrencyCode()));
            break;
          }
        }
        candidates.add(new RemediationProgramme.Candidate(
            RemediationProgramme.Candidate.idOf(audit.id(), element.id()), audit.id(), element.id(), element.name(), failing,
            blocks ? Barrier.BLOCKS : Barrier.HINDERS, estimate.cost(), estimate.use(), estimate.proximity(),
            estimate.people(), element.remediation()));
        estimateOf.add(k);
      }
    }
    for (int k = 0; k < request.estimates().size(); k++) {
      RemediationEstimate e = request.estimates().get(k);
      if (!used.contains(k) && byElement.get(key(e.audit(), e.element())) == k) {
        findings.add(MESSAGES.finding(Severity.WARNING, ESTIMATE_UNUSED, "/estimates/" + k, e.audit(), e.element()));
      }
    }
    if (findings.stream().anyMatch(Finding::isError)) {
      return new RemediationPlan(strategy, Optional.empty(), findings);
    }
    if (candidates.isEmpty()) {
      findings.add(MESSAGES.finding(Severity.INFO, NOTHING_FAILS, "/annexes"));
      return new RemediationPlan(strategy, Optional.empty(), findings);
    }

    // Core's façade ranks and selects the actions of a strategy: the candidates become the actions
    // of a working copy, with their costs as planned budget lines; nothing of it is kept but the record.
    List<Action> actions = new ArrayList<>();
    Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
    FundingSource local = FundingSource.of(FundingKind.LOCAL_BUDGET);
    for (RemediationProgramme.Candidate c : candidates) {
      Action.Builder a = Action.builder(c.id(), LocalizedText.of(c.name(), c.name()));
      BigDecimal total = BigDecimal.ZERO;
      for (Map.Entry<Integer, Money> cost : c.cost().entrySet()) {
        a.budgetLine(BudgetLine.planned(cost.getKey(), cost.getValue(), local));
        total = total.add(cost.getValue().amount());
      }
      actions.add(a.build());
      Map<String, Double> values = new TreeMap<>();
      values.put("severity", c.barrier().severity());
      values.put("use", c.use());
      values.put("proximity", c.proximity());
      values.put("people", c.people());
      values.put("cost", total.doubleValue());
      scores.put(c.id().value(), values);
    }
    Strategy working = strategy.toBuilder().actions(actions).annexes(List.of()).prioritisations(List.of()).build();
    StrategyRanking ranked = StrategyPrioritisation.rank(working, criteria, ActionScores.of(scores), request.method(), request.on());
    findings.addAll(relocated(ranked.findings(), estimateOf));
    if (ranked.hasErrors() || ranked.record().isEmpty()) {
      return new RemediationPlan(strategy, Optional.empty(), findings);
    }
    // Core counts no cost outside the budget years, so a candidate costed only there would be
    // selected for nothing: it stays in the ranking but is not offered to the selection.
    PrioritisationRecord ranking = ranked.record().get();
    Set<ActionId> outside = new TreeSet<>();
    for (int c = 0; c < candidates.size(); c++) {
      RemediationProgramme.Candidate candidate = candidates.get(c);
      if (candidate.cost().keySet().stream().noneMatch(request.budget()::containsKey)) {
        outside.add(candidate.id());
        findings.add(MESSAGES.finding(Severity.WARNING, OUTSIDE, "/estimates/" + estimateOf.get(c) + "/cost",
            candidate.element(), candidate.audit(), candidate.cost().keySet().toString(),
            request.budget().isEmpty() ? "-" : request.budget().firstKey() + "–" + request.budget().lastKey()));
      }
    }
    PrioritisationRecord offered = new PrioritisationRecord(ranking.decidedOn(), ranking.decidedBy(), ranking.reason(),
        ranking.method(), ranking.options(), ranking.criteriaSet(), ranking.weights(),
        ranking.actions().stream().filter(r -> !outside.contains(r.action())).toList(), ranking.compromise(),
        ranking.selection());
    StrategySelection selected = StrategyPrioritisation.select(
        ranked.strategy(), offered, request.budget(), SelectionOptions.defaults());
    findings.addAll(relocated(selected.findings(), estimateOf));
    if (selected.hasErrors() || selected.record().flatMap(PrioritisationRecord::selection).isEmpty()) {
      return new RemediationPlan(strategy, Optional.empty(), findings);
    }
    PrioritisationRecord decision = ranking.withSelection(selected.record().get().selection().get());
    Map<ActionId, Integer> rank = new HashMap<>();
    decision.actions().forEach(r -> rank.put(r.action(), r.rank()));
    List<RemediationProgramme.Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort(Comparator.comparing((RemediationProgramme.Candidate c) -> rank.getOrDefault(c.id(), Integer.MAX_VALUE))
        .thenComparing(RemediationProgramme.Candidate::id));
    RemediationProgramme programme = new RemediationProgramme(request.id(), request.budget(), ordered, decision);

    List<Annex> annexes = new ArrayList<>(strategy.annexes());
    boolean replaced = false;
    for (int i = 0; i < annexes.size(); i++) {
      if (annexes.get(i) instanceof RemediationProgramme p && p.id().equals(request.id())) {
        annexes.set(i, programme);
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      annexes.add(programme);
    }
    return new RemediationPlan(strategy.toBuilder().annexes(annexes).build(), Optional.of(programme), findings);
  }

  /** The programme annexes of {@code strategy}, in document order. */
  static List<RemediationProgramme> programmes(Strategy strategy) {
    List<RemediationProgramme> out = new ArrayList<>();
    for (Annex a : strategy.annexes()) {
      if (a instanceof RemediationProgramme p) {
        out.add(p);
      }
    }
    return out;
  }

  private static String key(String audit, String element) {
    return audit + "\u0000" + element;
  }

  // The working copy's actions are the candidates in estimate order: its /actions/<i> is the
  // caller's /estimates/<k>.
  private static List<Finding> relocated(List<Finding> findings, List<Integer> estimateOf) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      String path = f.path();
      if (path.startsWith("/actions/")) {
        String rest = path.substring("/actions/".length());
        int slash = rest.indexOf('/');
        String index = slash < 0 ? rest : rest.substring(0, slash);
        try {
          int i = Integer.parseInt(index);
          if (i >= 0 && i < estimateOf.size()) {
            path = "/estimates/" + estimateOf.get(i) + (slash < 0 ? "" : rest.substring(slash));
          }
        } catch (NumberFormatException e) {
          // not an index: keep the path as core gave it
        }
      }
      out.add(new Finding(f.severity(), f.code(), path, f.message()));
    }
    return out;
  }
}
