package org.civicplan.validation;

import org.civicplan.base.Pointer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;

/**
 * An objective with its JSON Pointer, e.g. {@code /objectives/1/children/0}.
 *
 * @param objective the objective
 * @param path where it is
 */
record LocatedObjective(Objective objective, String path) {

  /**
   * All objectives of {@code strategy} at every depth, depth first in document order. Walks with an
   * explicit stack rather than recursion, so that arbitrarily deep trees cannot exhaust the stack.
   */
  static List<LocatedObjective> all(Strategy strategy) {
    List<LocatedObjective> out = new ArrayList<>();
    Deque<LocatedObjective> stack = new ArrayDeque<>();
    List<Objective> top = strategy.objectives();
    for (int i = top.size() - 1; i >= 0; i--) {
      stack.push(new LocatedObjective(top.get(i), Pointer.of("objectives", i)));
    }
    while (!stack.isEmpty()) {
      LocatedObjective o = stack.pop();
      out.add(o);
      List<Objective> children = o.objective().children();
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(new LocatedObjective(children.get(i), Pointer.child(o.path(), "children", i)));
      }
    }
    return out;
  }
}
