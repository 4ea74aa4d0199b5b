package org.civicplan.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.document.ReadProblem;
import org.civicplan.base.Finding;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one shape of a finding in every JSON output of the command line:
 *
 * <pre>{"severity": "error|warning|info", "code": "…", "path": "/…", "message": "…", "line": 3, "column": 7}</pre>
 *
 * <p>{@code message} is in the language of the command's {@code --locale}; {@code path} is a JSON
 * Pointer into the input ({@code ""} for the whole input); {@code line} and {@code column} are
 * 1-based and present only where known. A document that cannot be read gives findings of this shape
 * too, with the code of the read problem.
 */
final class FindingJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FindingJson() {}

  /** A finding, placed in the input when {@code positions} knows its path. */
  static ObjectNode of(Finding f, Locale locale, Positions positions) {
    return node(f.severity().label(), f.code(), f.path(), f.message(locale), positions.of(f.path()));
  }

  /** A finding of an input that has no position information. */
  static ObjectNode of(Finding f, Locale locale) {
    return of(f, locale, Positions.NONE);
  }

  /** Findings, in order, as an array. */
  static ArrayNode array(List<Finding> findings, Locale locale) {
    ArrayNode a = NODES.arrayNode();
    findings.forEach(f -> a.add(of(f, locale)));
    return a;
  }

  /** A problem that kept a document from being read: always an error. */
  static ObjectNode of(ReadProblem p, Locale locale) {
    Optional<Positions.Position> at =
        p.line() > 0 ? Optional.of(new Positions.Position(p.line(), p.column())) : Optional.empty();
    return node("error", ReadProblems.code(p), p.path(), ReadProblems.message(p, locale), at);
  }

  /** An error about the input as a whole, such as a missing file. */
  static ObjectNode error(String code, String message) {
    return node("error", code, "", message, Optional.empty());
  }

  private static ObjectNode node(
      String severity, String code, String path, String message, Optional<Positions.Position> at) {
    ObjectNode n = NODES.objectNode();
    n.put("severity", severity);
    n.put("code", code);
    n.put("path", path);
    n.put("message", message);
    at.ifPresent(
        p -> {
          n.put("line", p.line());
          if (p.column() > 0) {
            n.put("column", p.column());
          }
        });
    return n;
  }
}
