// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs a {@link PbRule} on a {@link PbInstance} and explains the outcome.
 *
 * <p>Every rule reads the ballots as approval ballots ({@link Ballot#approvals()}) and ignores
 * projects a ballot names that the instance does not have (the instance's {@link
 * PbInstance#findings() findings} report them as errors). Arithmetic is exact; ties are broken by
 * the {@link TieOrder} (lexicographic by project id unless the caller gives another). The
 * official outcome of the instance is never read.
 */
public final class PbRules {

  /** The voter attributes that form voter groups, in order of preference. */
  private static final List<String> GROUP_ATTRIBUTES = List.of("district", "neighborhood", "neighbourhood", "area");

  private PbRules() {}

  /**
   * Runs {@code rule} on {@code instance}, ties broken lexicographically by project id.
   *
   * @param instance the instance to count
   * @param rule the rule
   * @return the outcome, with the reason for every project
   */
  public static PbOutcome run(PbInstance instance, PbRule rule) {
    return run(instance, rule, TieOrder.lexicographic());
  }

  /**
   * Runs {@code rule} on {@code instance}, ties broken by {@code ties}.
   *
   * @param instance the instance to count
   * @param rule the rule
   * @param ties the order that breaks ties
   * @return the outcome, with the reason for every project
   * @throws NullPointerException if an argument is null
   */
  public static PbOutcome run(PbInstance instance, PbRule rule, TieOrder ties) {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(rule, "rule");
    Election e = new Election(instance, Objects.requireNonNull(ties, "ties"));
    if (rule instanceof PbRule.Greedy g) {
      return greedy(e, g);
    }
    if (rule instanceof PbRule.EqualShares s) {
      return equalShares(e, s);
    }
    return phragmen(e, (PbRule.SequentialPhragmen) rule);
  }

  private static Comparator<Integer> greedyOrder(Election e, PbRule.GreedyOrder order) {
    Comparator<Integer> byApprovals = (a, b) -> Long.compare(e.support[b], e.support[a]);
    Comparator<Integer> c = switch (order) {
      case APPROVALS -> byApprovals;
      case APPROVALS_PER_COST -> (a, b) -> {
        boolean za = e.cost[a].signum() == 0;
        boolean zb = e.cost[b].signum() == 0;
        if (za || zb) {
          return za && zb ? byApprovals.compare(a, b) : za ? -1 : 1;
        }
        return e.cost[a].times(e.support[b]).compareTo(e.cost[b].times(e.support[a]));
      };
    };
    return c.thenComparing(Comparator.naturalOrder());
  }

  private static PbOutcome greedy(Election e, PbRule.Greedy rule) {
    Rational budget = e.instance.exactBudget();
    Reason[] reasons = new Reason[e.size()];
    List<Integer> selected = new ArrayList<>();
    Rational left = greedyPass(e, rule.order(), budget, new boolean[e.size()], selected, reasons, false);
    return outcome(e, rule, selected, budget.minus(left), reasons, Optional.empty(), 0);
  }

  /** Funds in greedy order what fits; returns the budget left. */
  private static Rational greedyPass(
      Election e, PbRule.GreedyOrder order, Rational left, boolean[] skip, List<Integer> selected, Reason[] reasons, boolean fill) {
    List<Integer> ps = new ArrayList<>();
    for (int p = 0; p < e.size(); p++) {
      if (!skip[p]) {
        ps.add(p);
      }
    }
    ps.sort(greedyOrder(e, order));
    int rank = 0;
    for (int p : ps) {
      rank++;
      boolean fits = e.cost[p].compareTo(left) <= 0;
      reasons[p] = new Reason.Greedy(fill, fits, rank, e.support[p], left, e.cost[p]);
      if (fits) {
        selected.add(p);
        left = left.minus(e.cost[p]);
      }
    }
    return left;
  }

  private static PbOutcome equalShares(Election e, PbRule.EqualShares rule) {
    Rational budget = e.instance.exactBudget();
    Rational start = e.voters == 0 ? Rational.ZERO : budget.dividedBy(e.voters);
    Optional<Rational> increment = Optional.empty();
    if (rule.completion() instanceof PbRule.Completion.Add1 a) {
      increment = Optional.of(a.increment());
    } else if (rule.completion() instanceof PbRule.Completion.Add1Exhaustive a) {
      increment = Optional.of(a.increment());
    }
    int raises = 0;
    EqualSharesRun run;
    if (increment.isPresent() && e.voters > 0) {
      raises = BudgetRaises.count(
          e, rule.utility(), budget, start, increment.get(), rule.completion() instanceof PbRule.Completion.Add1Exhaustive, true);
      run = EqualSharesRun.run(e, rule.utility(), start.plus(increment.get().times(raises)), Optional.empty(), false);
    } else {
      run = EqualSharesRun.run(e, rule.utility(), start, Optional.empty(), false);
    }
    Reason[] reasons = new Reason[e.size()];
    List<Integer> selected = new ArrayList<>(run.bought);
    for (int i = 0; i < run.bought.size(); i++) {
      int p = run.bought.get(i);
      reasons[p] = new Reason.Bought(i + 1, run.rhos.get(i), run.payments.get(i), e.support[p]);
    }
    Rational total = run.totalCost;
    Map<Integer, Rational> fillRemaining = new HashMap<>();
    if (rule.fill() == PbRule.Fill.GREEDY) {
      Reason[] fillReasons = new Reason[e.size()];
      PbRule.GreedyOrder order = rule.utility() == PbRule.Utility.COST ? PbRule.GreedyOrder.APPROVALS : PbRule.GreedyOrder.APPROVALS_PER_COST;
      Rational left = greedyPass(e, order, budget.minus(total), run.funded, selected, fillReasons, true);
      total = budget.minus(left);
      for (int p = 0; p < e.size(); p++) {
        if (fillReasons[p] instanceof Reason.Greedy g) {
          if (g.funded() || !run.candidate[p]) {
            reasons[p] = g;
          } else {
            fillRemaining.put(p, g.remainingBefore());
          }
        }
      }
    }
    for (int p = 0; p < e.size(); p++) {
      if (reasons[p] == null) {
        if (run.candidate[p]) {
          reasons[p] = new Reason.NotAffordable(run.supportersMoney(p), e.cost[p], Optional.ofNullable(fillRemaining.get(p)));
        } else {
          reasons[p] = new Reason.NotCandidate(
              e.support[p] == 0 ? Reason.NotCandidate.Why.NO_SUPPORTERS : Reason.NotCandidate.Why.ZERO_COST_NO_UTILITY);
        }
      }
    }
    return outcome(e, rule, selected, total, reasons, Optional.of(run.perVoter), raises);
  }

  private static PbOutcome phragmen(Election e, PbRule.SequentialPhragmen rule) {
    Rational budget = e.instance.exactBudget();
    PhragmenRun run = PhragmenRun.run(e, budget);
    Reason[] reasons = new Reason[e.size()];
    for (int i = 0; i < run.bought.size(); i++) {
      reasons[run.bought.get(i)] = new Reason.PhragmenBought(i + 1, run.loads.get(i));
    }
    Optional<ProjectId> stoppedAt = run.stoppedAt < 0 ? Optional.empty() : Optional.of(e.id(run.stoppedAt));
    for (int p = 0; p < e.size(); p++) {
      if (reasons[p] == null) {
        if (e.support[p] == 0) {
          reasons[p] = new Reason.NotCandidate(Reason.NotCandidate.Why.NO_SUPPORTERS);
        } else if (e.cost[p].compareTo(budget) > 0) {
          reasons[p] = new Reason.NotCandidate(Reason.NotCandidate.Why.OVER_BUDGET);
        } else {
          reasons[p] = new Reason.PhragmenStopped(run.lastLoad[p], stoppedAt, budget.minus(run.totalCost));
        }
      }
    }
    return outcome(e, rule, run.bought, run.totalCost, reasons, Optional.empty(), 0);
  }

  private static PbOutcome outcome(
      Election e, PbRule rule, List<Integer> selected, Rational total, Reason[] reasons, Optional<Rational> voterBudget, int raises) {
    Map<ProjectId, Integer> index = new HashMap<>();
    for (int p = 0; p < e.size(); p++) {
      index.put(e.id(p), p);
    }
    boolean[] funded = new boolean[e.size()];
    selected.forEach(p -> funded[p] = true);
    List<ProjectDecision> decisions = new ArrayList<>();
    for (PbProject project : e.instance.projects()) {
      int p = index.get(project.id());
      decisions.add(new ProjectDecision(project.id(), e.cost[p], e.support[p], funded[p], reasons[p]));
    }
    return new PbOutcome(
        rule, e.instance.exactBudget(), selected.stream().map(e::id).toList(), total, decisions, voterBudget, raises,
        proportionality(e, funded, total));
  }

  private static Proportionality proportionality(Election e, boolean[] funded, Rational total) {
    PbInstance instance = e.instance;
    Rational budget = instance.exactBudget();
    Map<ProjectId, Integer> index = new HashMap<>();
    for (int p = 0; p < e.size(); p++) {
      index.put(e.id(p), p);
    }
    Map<String, Rational> byCategory = new TreeMap<>();
    Map<String, Rational> byTarget = new TreeMap<>();
    for (PbProject project : instance.projects()) {
      int p = index.get(project.id());
      project.categories().forEach(c -> byCategory.merge(c, Rational.ZERO, Rational::plus));
      project.targets().forEach(t -> byTarget.merge(t, Rational.ZERO, Rational::plus));
      if (funded[p] && budget.signum() > 0) {
        Rational share = e.cost[p].dividedBy(budget);
        project.categories().forEach(c -> byCategory.merge(c, share, Rational::plus));
        project.targets().forEach(t -> byTarget.merge(t, share, Rational::plus));
      }
    }
    Optional<String> attribute = GROUP_ATTRIBUTES.stream()
        .filter(a -> instance.ballots().stream().anyMatch(b -> !b.attributes().getOrDefault(a, "").isEmpty()))
        .findFirst();
    long n = instance.ballots().size();
    Map<String, long[]> approvalsByGroup = new TreeMap<>();
    Map<String, long[]> countsByGroup = new TreeMap<>();
    long satisfied = 0;
    for (Ballot b : instance.ballots()) {
      String g = attribute.map(a -> b.attributes().getOrDefault(a, "")).map(v -> v.isEmpty() ? "unspecified" : v).orElse("all");
      long[] approvals = approvalsByGroup.computeIfAbsent(g, k -> new long[e.size()]);
      long[] counts = countsByGroup.computeIfAbsent(g, k -> new long[2]);
      counts[0]++;
      boolean happy = false;
      for (ProjectId id : b.approvals()) {
        Integer p = index.get(id);
        if (p != null) {
          approvals[p]++;
          happy |= funded[p];
        }
      }
      if (happy) {
        counts[1]++;
        satisfied++;
      }
    }
    List<GroupShare> groups = new ArrayList<>();
    for (Map.Entry<String, long[]> en : approvalsByGroup.entrySet()) {
      long[] approvals = en.getValue();
      long[] counts = countsByGroup.get(en.getKey());
      Rational approvedSpend = Rational.ZERO;
      Rational split = Rational.ZERO;
      for (int p = 0; p < e.size(); p++) {
        if (funded[p] && approvals[p] > 0) {
          approvedSpend = approvedSpend.plus(e.cost[p]);
          split = split.plus(e.cost[p].times(approvals[p]).dividedBy(e.support[p]));
        }
      }
      groups.add(new GroupShare(
          en.getKey(), counts[0], Rational.of(counts[0], n), Rational.of(counts[1], counts[0]),
          budget.signum() == 0 ? Rational.ZERO : approvedSpend.dividedBy(budget),
          total.signum() == 0 ? Rational.ZERO : split.dividedBy(total)));
    }
    return new Proportionality(
        n == 0 ? Rational.ZERO : Rational.of(satisfied, n), new LinkedHashMap<>(byCategory), new LinkedHashMap<>(byTarget), attribute, groups);
  }
}
