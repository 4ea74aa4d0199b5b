package org.civicplan.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.civicplan.document.DocumentFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each value of a document is, by JSON Pointer: the line and column of a member's name or an
 * element's first token. A finding's path is placed at its nearest located ancestor.
 */
final class Positions {

  /** A 1-based line and column. */
  record Position(int line, int column) {}

  /** No position is known. */
  static final Positions NONE = new Positions(Map.of());

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML = YAMLMapper.builder().build();

  private final Map<String, Position> byPointer;

  private Positions(Map<String, Position> byPointer) {
    this.byPointer = byPointer;
  }

  /** The positions in {@code text}; as many as could be found when the text does not parse. */
  static Positions of(String text, DocumentFormat format) {
    Map<String, Position> map = new HashMap<>();
    ObjectMapper mapper = format == DocumentFormat.JSON ? JSON : YAML;
    try (JsonParser p = mapper.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        TokenStreamLocation l = p.currentTokenLocation();
        if (l.getLineNr() > 0) {
          map.putIfAbsent(p.streamReadContext().pathAsPointer().toString(), new Position(l.getLineNr(), l.getColumnNr()));
        }
      }
    } catch (JacksonException e) {
      // keep what was found before the text stopped parsing
    }
    return new Positions(map);
  }

  /** The position of {@code pointer}, or of its nearest ancestor that has one. */
  Optional<Position> of(String pointer) {
    // The whole document ("") has no useful position: its findings carry none.
    for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
      Position at = byPointer.get(p);
      if (at != null) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }
}
