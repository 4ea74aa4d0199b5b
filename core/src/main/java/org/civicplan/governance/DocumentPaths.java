package org.civicplan.governance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.ObjectiveId;
import org.civicplan.strategy.Strategy;

/** JSON Pointer paths into a strategy document, following the document conventions. */
final class DocumentPaths {

  private DocumentPaths() {}

  static String body(int index) {
    return "/governance/bodies/" + index;
  }

  static String member(int body, int member) {
    return body(body) + "/members/" + member;
  }

  static String consultation(int index) {
    return "/governance/consultations/" + index;
  }

  /** The path of each objective at any depth, by id; the first occurrence wins. */
  static Map<ObjectiveId, String> objectives(Strategy strategy) {
    Map<ObjectiveId, String> paths = new LinkedHashMap<>();
    walk(strategy.objectives(), "/objectives", paths);
    return paths;
  }

  private static void walk(List<Objective> objectives, String prefix, Map<ObjectiveId, String> paths) {
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      String path = prefix + "/" + i;
      paths.putIfAbsent(o.id(), path);
      walk(o.children(), path + "/children", paths);
    }
  }
}
