package org.civicplan.strategy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.base.ObjectiveId;

/** JSON Pointer paths of the items of a strategy document, following the document conventions. */
public final class DocumentPaths {

  private DocumentPaths() {}

  /** The path of governance body {@code index}. */
  public static String body(int index) {
    return "/governance/bodies/" + index;
  }

  /** The path of member {@code member} of governance body {@code body}. */
  public static String member(int body, int member) {
    return body(body) + "/members/" + member;
  }

  /** The path of consultation {@code index}. */
  public static String consultation(int index) {
    return "/governance/consultations/" + index;
  }

  /** The path of each objective at any depth, by id; the first occurrence wins. */
  public static Map<ObjectiveId, String> objectives(Strategy strategy) {
    // Iterative, in document order, so that trees of any depth are walked without exhausting the stack.
    Map<ObjectiveId, String> paths = new LinkedHashMap<>();
    Deque<Objective> stack = new ArrayDeque<>();
    Deque<String> prefixes = new ArrayDeque<>();
    pushChildren(strategy.objectives(), "/objectives", stack, prefixes);
    while (!stack.isEmpty()) {
      Objective o = stack.pop();
      String path = prefixes.pop();
      paths.putIfAbsent(o.id(), path);
      pushChildren(o.children(), path + "/children", stack, prefixes);
    }
    return paths;
  }

  private static void pushChildren(List<Objective> children, String prefix, Deque<Objective> stack, Deque<String> prefixes) {
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.push(children.get(i));
      prefixes.push(prefix + "/" + i);
    }
  }
}
