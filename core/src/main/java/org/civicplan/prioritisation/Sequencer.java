package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicplan.base.Finding;

/**
 * Turns a selected set of actions into a multi-year plan by list scheduling: repeatedly take, among
 * the actions whose requirements are all placed, the one of highest priority (lowest number, then
 * id), and start it in the first year that is not before its earliest start, is after every
 * required action ends, and in which every year of its run still has the money it spends. Each
 * action therefore starts after the ones it requires, yearly spending never exceeds the yearly
 * budgets, and higher-priority actions claim money first.
 *
 * <p>An action that starts later than its earliest start gets a finding naming the cause: the
 * required action that ends last ({@code sequencing.slip.dependency}) and/or the first year whose
 * remaining budget was too small ({@code sequencing.slip.budget}). An action that cannot be placed
 * by the last budget year is unscheduled (warning), and so is everything that requires it.
 * Amounts are compared exactly.
 */
public final class Sequencer {

  private Sequencer() {}

  /**
   * Plans {@code actions} under {@code yearlyBudget}.
   *
   * @param yearlyBudget per year, the money available; years not listed have none
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if action ids repeat
   */
  public static Schedule plan(SortedMap<Integer, BigDecimal> yearlyBudget, List<PlannedAction> actions) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      if (index.put(actions.get(i).id(), i) != null) {
        throw new IllegalArgumentException("action id \"" + actions.get(i).id() + "\" appears twice");
      }
    }
    List<Finding> findings = new ArrayList<>();
    TreeMap<Integer, BigDecimal> left = new TreeMap<>(yearlyBudget);
    int lastYear = yearlyBudget.isEmpty() ? Integer.MIN_VALUE : yearlyBudget.lastKey();
    Map<String, Integer> end = new HashMap<>();
    TreeSet<String> failed = new TreeSet<>();
    List<ScheduledAction> placed = new ArrayList<>();
    Map<Integer, BigDecimal> spending = new TreeMap<>();
    boolean[] done = new boolean[actions.size()];
    for (int i = 0; i < actions.size(); i++) {
      for (String r : actions.get(i).requires()) {
        if (!index.containsKey(r)) {
          findings.add(Messages.error(PrioritisationCodes.SEQUENCING_REFERENCE, "/actions/" + i + "/requires", actions.get(i).id(), r));
        }
      }
    }
    Comparator<Integer> byPriority =
        Comparator.<Integer>comparingInt(i -> actions.get(i).priority()).thenComparing(i -> actions.get(i).id());
    while (true) {
      Integer next = null;
      for (int i = 0; i < actions.size(); i++) {
        if (done[i]) {
          continue;
        }
        boolean ready = true;
        for (String r : actions.get(i).requires()) {
          ready &= index.containsKey(r) && done[index.get(r)];
        }
        if (ready && (next == null || byPriority.compare(i, next) < 0)) {
          next = i;
        }
      }
      if (next == null) {
        break;
      }
      int i = next;
      done[i] = true;
      PlannedAction a = actions.get(i);
      String blocker = null;
      int afterDeps = a.earliestStart();
      boolean blocked = false;
      for (String r : a.requires()) {
        if (failed.contains(r)) {
          blocked = true;
        } else if (end.get(r) + 1 > afterDeps) {
          afterDeps = end.get(r) + 1;
          blocker = r;
        }
      }
      Integer start = null;
      Integer shortYear = null;
      if (!blocked) {
        for (int s = afterDeps; a.endWhenStarting(s) <= lastYear; s++) {
          int bad = firstShortYear(a, s, left);
          if (bad < 0) {
            start = s;
            break;
          }
          if (shortYear == null) {
            shortYear = bad;
          }
        }
      }
      if (start == null) {
        failed.add(a.id());
        findings.add(Messages.warning(PrioritisationCodes.UNSCHEDULED, "/actions/" + i, a.id(), String.valueOf(lastYear)));
        continue;
      }
      List<Finding> reasons = new ArrayList<>();
      if (blocker != null) {
        reasons.add(
            Messages.info(
                PrioritisationCodes.SLIP_DEPENDENCY, "/actions/" + i, a.id(), String.valueOf(afterDeps), String.valueOf(a.earliestStart()), blocker, String.valueOf(end.get(blocker))));
      }
      if (start > afterDeps && shortYear != null) {
        int k = shortYear - afterDeps;
        reasons.add(
            Messages.info(
                PrioritisationCodes.SLIP_BUDGET,
                "/actions/" + i,
                a.id(),
                String.valueOf(start),
                String.valueOf(afterDeps),
                String.valueOf(shortYear),
                left.getOrDefault(shortYear, BigDecimal.ZERO).toPlainString(),
                a.spending().get(k).toPlainString()));
      }
      for (int k = 0; k < a.spending().size(); k++) {
        int y = start + k;
        left.put(y, left.getOrDefault(y, BigDecimal.ZERO).subtract(a.spending().get(k)));
        spending.merge(y, a.spending().get(k), BigDecimal::add);
      }
      end.put(a.id(), a.endWhenStarting(start));
      placed.add(new ScheduledAction(a.id(), start, a.endWhenStarting(start), start - a.earliestStart(), reasons));
      findings.addAll(reasons);
    }
    for (int i = 0; i < actions.size(); i++) {
      if (!done[i] && !failed.contains(actions.get(i).id())) {
        failed.add(actions.get(i).id());
        findings.add(Messages.error(PrioritisationCodes.SEQUENCING_REFERENCE, "/actions/" + i + "/requires", actions.get(i).id(), String.join(", ", actions.get(i).requires())));
      }
    }
    return new Schedule(placed, new ArrayList<>(failed), spending, findings);
  }

  /** The first year of the run starting in {@code s} that lacks money, or -1 (years are > 0). */
  private static int firstShortYear(PlannedAction a, int s, Map<Integer, BigDecimal> left) {
    for (int k = 0; k < a.spending().size(); k++) {
      BigDecimal need = a.spending().get(k);
      if (need.signum() > 0 && left.getOrDefault(s + k, BigDecimal.ZERO).compareTo(need) < 0) {
        return s + k;
      }
    }
    return -1;
  }
}
