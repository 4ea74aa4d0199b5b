package org.civicplan.monitoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.base.ObjectiveId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;

/**
 * Objective and strategy progress rolled up from indicators and actions, traceable to every child.
 *
 * <p>An objective's progress is the weighted mean of its children that have a progress: its
 * indicators (assessment progress clamped to [0, 1]), the actions that serve it directly, and its
 * sub-objectives. The strategy's progress is the weighted mean of its top-level objectives.
 * Weights are looked up by child key ({@code indicator:ID}, {@code action:ID}, {@code
 * objective:ID}); a key not in the weights map weighs 1, so by default every child counts equally.
 *
 * @param strategy the strategy's own progress node
 * @param objectives every objective's node, by objective id
 * @param indicatorStatusesByObjective counts of its indicators' statuses per objective (direct indicators)
 * @param actionStatusesByBody counts of the derived action statuses per responsible organisation id
 *     ({@code none} for actions without one)
 * @param actionStatusesByWorkingGroup counts of the derived action statuses per sectoral working
 *     group (by body id): the actions it owns and those serving an objective it owns or a
 *     sub-objective of one, each action counted once per group
 */
public record RollUp(
    ProgressNode strategy,
    Map<String, ProgressNode> objectives,
    Map<String, Map<ProgressStatus, Integer>> indicatorStatusesByObjective,
    Map<String, Map<ActionStatus, Integer>> actionStatusesByBody,
    Map<String, Map<ActionStatus, Integer>> actionStatusesByWorkingGroup) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public RollUp {
    Objects.requireNonNull(strategy, "strategy");
    objectives = java.util.Collections.unmodifiableMap(new TreeMap<>(objectives));
    indicatorStatusesByObjective = java.util.Collections.unmodifiableMap(new TreeMap<>(indicatorStatusesByObjective));
    actionStatusesByBody = java.util.Collections.unmodifiableMap(new TreeMap<>(actionStatusesByBody));
    actionStatusesByWorkingGroup =
        java.util.Collections.unmodifiableMap(new TreeMap<>(actionStatusesByWorkingGroup));
  }

  /**
   * A node of the roll-up: its progress and the contributions of its children.
   *
   * @param key {@code strategy} or {@code objective:ID}
   * @param progress the weighted mean of the children with a progress; empty when none has one
   * @param contributions every child, with its progress, weight and share of the result
   */
  public record ProgressNode(String key, OptionalDouble progress, List<Contribution> contributions) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public ProgressNode {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(progress, "progress");
      contributions = List.copyOf(contributions);
    }
  }

  /**
   * One child's part in its parent's progress.
   *
   * @param key {@code indicator:ID}, {@code action:ID} or {@code objective:ID}
   * @param progress the child's progress, if it has one
   * @param weight its weight
   * @param share weight / sum of the weights of the children with a progress; 0 when it has none
   */
  public record Contribution(String key, OptionalDouble progress, double weight, double share) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public Contribution {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(progress, "progress");
    }
  }

  /**
   * Rolls up a strategy from the assessments of its indicators and actions.
   *
   * @param indicators assessments by indicator id; missing ones count as having no progress
   * @param actions action assessments by action id; missing ones count as having no progress
   * @param weights weights by child key; each must be finite and non-negative
   * @throws IllegalArgumentException if a weight is negative or not finite
   */
  public static RollUp of(Strategy strategy, Map<IndicatorId, Assessment> indicators,
      Map<ActionId, ActionAssessment> actions, Map<String, Double> weights) {
    weights.forEach((k, w) -> {
      if (!(w >= 0) || !Double.isFinite(w)) {
        throw new IllegalArgumentException("weight must be finite and >= 0 but was " + w + " (\"" + k + "\")");
      }
    });
    Map<String, ProgressNode> nodes = new TreeMap<>();
    Map<String, Map<ProgressStatus, Integer>> byObjective = new TreeMap<>();
    List<Contribution> top = new ArrayList<>();
    List<OptionalDouble> topValues = new ArrayList<>();
    for (Objective o : strategy.objectives()) {
      ProgressNode n = node(o, strategy, indicators, actions, weights, nodes, byObjective);
      topValues.add(n.progress());
      top.add(new Contribution(n.key(), n.progress(), weights.getOrDefault(n.key(), 1.0), 0));
    }
    ProgressNode root = combine("strategy", top);
    Map<String, Map<ActionStatus, Integer>> byBody = new TreeMap<>();
    for (Action a : strategy.actions()) {
      String body = a.responsible().map(Object::toString).orElse("none");
      byBody.computeIfAbsent(body, b -> new EnumMap<>(ActionStatus.class)).merge(status(a, actions), 1, Integer::sum);
    }
    Map<String, Map<ActionStatus, Integer>> byGroup = new TreeMap<>();
    for (GovernanceBody group : strategy.governance().bodies()) {
      if (group.kind() != BodyKind.SECTORAL_WORKING_GROUP) {
        continue;
      }
      Set<ObjectiveId> owned = new HashSet<>();
      strategy.allObjectives()
          .filter(o -> group.objectives().contains(o.id()))
          .flatMap(Objective::flatten)
          .forEach(o -> owned.add(o.id()));
      Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
      for (Action a : strategy.actions()) {
        if (group.actions().contains(a.id()) || a.objectiveIds().stream().anyMatch(owned::contains)) {
          counts.merge(status(a, actions), 1, Integer::sum);
        }
      }
      byGroup.put(group.id().toString(), counts);
    }
    return new RollUp(root, nodes, byObjective, byBody, byGroup);
  }

  private static ProgressNode node(Objective o, Strategy strategy, Map<IndicatorId, Assessment> indicators,
      Map<ActionId, ActionAssessment> actions, Map<String, Double> weights, Map<String, ProgressNode> nodes,
      Map<String, Map<ProgressStatus, Integer>> byObjective) {
    List<Contribution> children = new ArrayList<>();
    Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    for (IndicatorId id : o.indicatorIds()) {
      Assessment a = indicators.get(id);
      OptionalDouble p = a == null || a.progress().isEmpty() ? OptionalDouble.empty()
          : OptionalDouble.of(Math.max(0, Math.min(1, a.progress().getAsDouble())));
      counts.merge(a == null ? ProgressStatus.NO_DATA : a.status(), 1, Integer::sum);
      String key = "indicator:" + id;
      children.add(new Contribution(key, p, weights.getOrDefault(key, 1.0), 0));
    }
    for (Action action : strategy.actions()) {
      if (action.objectiveIds().contains(o.id())) {
        ActionAssessment a = actions.get(action.id());
        String key = "action:" + action.id();
        children.add(new Contribution(key, a == null ? OptionalDouble.empty() : a.progress(), weights.getOrDefault(key, 1.0), 0));
      }
    }
    for (Objective child : o.children()) {
      ProgressNode n = node(child, strategy, indicators, actions, weights, nodes, byObjective);
      children.add(new Contribution(n.key(), n.progress(), weights.getOrDefault(n.key(), 1.0), 0));
    }
    ProgressNode n = combine("objective:" + o.id(), children);
    nodes.put(o.id().toString(), n);
    byObjective.put(o.id().toString(), counts);
    return n;
  }

  private static ActionStatus status(Action a, Map<ActionId, ActionAssessment> actions) {
    ActionAssessment as = actions.get(a.id());
    return as == null ? a.status() : as.status();
  }

  private static ProgressNode combine(String key, List<Contribution> children) {
    double total = children.stream().filter(c -> c.progress().isPresent()).mapToDouble(Contribution::weight).sum();
    List<Contribution> shared = new ArrayList<>();
    double sum = 0;
    for (Contribution c : children) {
      double share = c.progress().isPresent() && total > 0 ? c.weight() / total : 0;
      if (c.progress().isPresent()) {
        sum += share * c.progress().getAsDouble();
      }
      shared.add(new Contribution(c.key(), c.progress(), c.weight(), share));
    }
    return new ProgressNode(key, total > 0 ? OptionalDouble.of(sum) : OptionalDouble.empty(), shared);
  }
}
