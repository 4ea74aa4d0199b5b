package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.Strategy;

/**
 * Actions do not depend on each other in a cycle.
 *
 * <p>A self-dependency is reported at that dependency. For longer cycles, each strongly connected
 * component of the dependency graph (ignoring self-dependencies) is reported once, listing one
 * cycle in order: the shortest cycle through the component's smallest action id, starting and
 * ending with that id (e.g. {@code A-1 → A-3 → A-2 → A-1}); among equally short cycles, the one
 * whose ids are smallest in turn. Listing every elementary cycle could take exponential time on a
 * densely tangled plan; one cycle per component is enough to act on, and any cycle left after a fix
 * is reported on the next run. The finding points at the dependency that leaves the first action
 * of the listed cycle ({@code /actions/i/dependsOn/k}). Components are reported in the order of
 * their smallest ids.
 *
 * <p>When several actions share an id (reported by the id rule), dependencies resolve to the first;
 * dependencies on unknown actions are left to the reference rule. The graph is walked without
 * recursion, so long chains cannot exhaust the stack.
 */
final class DependencyCycleRule implements ValidationRule {

  private final MessageCatalog messages;

  DependencyCycleRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "core.action.dependencies";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    List<Action> actions = strategy.actions();
    Map<ActionId, Integer> index = new HashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      index.putIfAbsent(actions.get(i).id(), i);
    }
    int n = actions.size();
    // successor lists over first occurrences only, without self-loops, sorted by id
    List<List<Integer>> next = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Integer> succ = new ArrayList<>();
      Action a = actions.get(i);
      boolean first = index.get(a.id()) == i;
      List<ActionId> deps = a.dependsOn();
      for (int k = 0; k < deps.size(); k++) {
        Integer j = index.get(deps.get(k));
        if (j == null || !first) {
          continue;
        }
        if (j == i) {
          context.report(
              new Finding(Severity.ERROR, FindingCodes.ACTION_DEPENDENCY_CYCLE, Pointer.of("actions", i, "dependsOn", k),
                  messages.text("action.dependency.self", a.id().value())));
        } else if (!succ.contains(j)) {
          succ.add(j);
        }
      }
      succ.sort((x, y) -> actions.get(x).id().compareTo(actions.get(y).id()));
      next.add(succ);
    }
    List<List<Integer>> components = stronglyConnected(next);
    List<List<Integer>> cycles = new ArrayList<>();
    for (List<Integer> component : components) {
      if (component.size() > 1) {
        cycles.add(shortestCycle(component, next, actions));
      }
    }
    cycles.sort((x, y) -> actions.get(x.get(0)).id().compareTo(actions.get(y.get(0)).id()));
    for (List<Integer> cycle : cycles) {
      int from = cycle.get(0);
      ActionId to = actions.get(cycle.get(1)).id();
      int k = actions.get(from).dependsOn().indexOf(to);
      String listed =
          cycle.stream().map(i -> actions.get(i).id().value()).collect(Collectors.joining(" → "));
      context.report(
          new Finding(Severity.ERROR, FindingCodes.ACTION_DEPENDENCY_CYCLE, Pointer.of("actions", from, "dependsOn", k),
              messages.text("action.dependency.cycle", listed)));
    }
  }

  /** The shortest cycle through the component's smallest id, closed (first = last). */
  private static List<Integer> shortestCycle(List<Integer> component, List<List<Integer>> next, List<Action> actions) {
    int start = Collections.min(component, (x, y) -> actions.get(x).id().compareTo(actions.get(y).id()));
    java.util.Set<Integer> members = new java.util.HashSet<>(component);
    // breadth first from start, successors in id order: the first path found back to start is
    // the shortest, and among the shortest the smallest in id order
    Map<Integer, Integer> parent = new HashMap<>();
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    parent.put(start, -1);
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int w : next.get(v)) {
        if (!members.contains(w)) {
          continue;
        }
        if (w == start) {
          List<Integer> path = new ArrayList<>();
          for (int x = v; x != -1; x = parent.get(x)) {
            path.add(x);
          }
          Collections.reverse(path);
          path.add(start);
          return path;
        }
        if (!parent.containsKey(w)) {
          parent.put(w, v);
          queue.add(w);
        }
      }
    }
    throw new IllegalStateException("no cycle through " + actions.get(start).id() + " in its component");
  }

  /** Tarjan's strongly connected components, iterative. */
  private static List<List<Integer>> stronglyConnected(List<List<Integer>> next) {
    int n = next.size();
    int[] order = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    java.util.Arrays.fill(order, -1);
    Deque<Integer> stack = new ArrayDeque<>();
    List<List<Integer>> components = new ArrayList<>();
    int counter = 0;
    int[] edge = new int[n];
    Deque<Integer> call = new ArrayDeque<>();
    for (int root = 0; root < n; root++) {
      if (order[root] != -1) {
        continue;
      }
      call.push(root);
      order[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      while (!call.isEmpty()) {
        int v = call.peek();
        if (edge[v] < next.get(v).size()) {
          int w = next.get(v).get(edge[v]++);
          if (order[w] == -1) {
            order[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = true;
            call.push(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
        } else {
          call.pop();
          if (!call.isEmpty()) {
            int parent = call.peek();
            low[parent] = Math.min(low[parent], low[v]);
          }
          if (low[v] == order[v]) {
            List<Integer> component = new ArrayList<>();
            int w;
            do {
              w = stack.pop();
              onStack[w] = false;
              component.add(w);
            } while (w != v);
            components.add(component);
          }
        }
      }
    }
    return components;
  }
}
