package org.civicplan.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML document as a tree of values that know where they start (line and column, from 1), for
 * data files whose mistakes must be reported at their place. Anchors and aliases are refused, as
 * are repeated keys; one document only.
 */
public final class YamlTree {

  /** The most characters a file may have. */
  public static final int MAX_CHARACTERS = 4 * 1024 * 1024;

  private YamlTree() {}

  /** A value of the file. */
  public sealed interface Value permits Mapping, Sequence, Scalar {
    /** The line the value starts on, from 1. */
    int line();

    /** The column the value starts at, from 1. */
    int column();
  }

  /**
   * A mapping, in file order.
   *
   * @param entries the values by key, in file order
   * @param keys where each key starts
   */
  public record Mapping(Map<String, Value> entries, Map<String, Scalar> keys, int line, int column) implements Value {
    /** Copies the maps, keeping their order. */
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** The value at {@code key}, if present. */
    public Optional<Value> get(String key) {
      return Optional.ofNullable(entries.get(key));
    }
  }

  /** A sequence, in file order. */
  public record Sequence(List<Value> items, int line, int column) implements Value {
    /** Copies the list. */
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A scalar as written.
   *
   * @param text the text of the scalar
   * @param plain whether it was written without quotes (so {@code ~}, {@code null} and an empty
   *     plain scalar mean "no value")
   */
  public record Scalar(String text, boolean plain, int line, int column) implements Value {
    /** Checks the text. */
    public Scalar {
      Objects.requireNonNull(text, "text");
    }

    /** Whether this is YAML's null: a plain {@code ~}, {@code null} or nothing. */
    public boolean isNull() {
      return plain && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL"));
    }
  }

  /**
   * What parsing gave: a root value, or a problem with its place.
   *
   * @param root the root value; empty exactly when there is a problem
   * @param problem what is wrong, in English, with its line and column
   */
  public record Parsed(Optional<Value> root, Optional<Problem> problem) {
    /** Checks that exactly one is present. */
    public Parsed {
      if (root.isPresent() == problem.isPresent()) {
        throw new IllegalArgumentException("a parse has a root or a problem, not both or neither");
      }
    }
  }

  /**
   * A syntax problem.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @param message what is wrong
   */
  public record Problem(int line, int column, String message) {
    /** Checks the message. */
    public Problem {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * Parses {@code text}; never throws on any text.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Parsed parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_CHARACTERS) {
      return problem(1, 1, "the file has more than " + MAX_CHARACTERS + " characters");
    }
    LoadSettings settings =
        LoadSettings.builder().setAllowDuplicateKeys(true).setMaxAliasesForCollections(0).setLabel("data").build();
    Optional<Node> node;
    try {
      node = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode();
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      return problem(
          mark.map(m -> m.getLine() + 1).orElse(1), mark.map(m -> m.getColumn() + 1).orElse(1),
          String.valueOf(e.getProblem()).strip());
    } catch (YamlEngineException e) {
      return problem(1, 1, firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      return problem(1, 1, "malformed YAML: " + firstLine(e.getMessage()));
    }
    if (node.isEmpty()) {
      return problem(1, 1, "the file is empty");
    }
    try {
      return new Parsed(Optional.of(convert(node.get())), Optional.empty());
    } catch (Refused r) {
      return problem(r.line, r.column, r.getMessage());
    }
  }

  private static Parsed problem(int line, int column, String message) {
    return new Parsed(Optional.empty(), Optional.of(new Problem(line, column, message)));
  }

  private static String firstLine(String message) {
    String m = message == null ? "malformed input" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }

  private static Value convert(Node node) {
    int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    int column = node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    if (node instanceof ScalarNode s) {
      return new Scalar(s.getValue(), s.getScalarStyle() == ScalarStyle.PLAIN, line, column);
    }
    if (node instanceof SequenceNode s) {
      List<Value> items = new ArrayList<>();
      s.getValue().forEach(n -> items.add(convert(n)));
      return new Sequence(items, line, column);
    }
    MappingNode m = (MappingNode) node;
    Map<String, Value> entries = new LinkedHashMap<>();
    Map<String, Scalar> keys = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      Value key = convert(t.getKeyNode());
      if (!(key instanceof Scalar k)) {
        throw new Refused(key.line(), key.column(), "a key must be a plain text, not a list or a mapping");
      }
      if (entries.containsKey(k.text())) {
        Scalar first = keys.get(k.text());
        throw new Refused(k.line(), k.column(),
            "the key \"" + k.text() + "\" is repeated (first at line " + first.line() + ", column " + first.column() + ")");
      }
      keys.put(k.text(), k);
      entries.put(k.text(), convert(t.getValueNode()));
    }
    return new Mapping(entries, keys, line, column);
  }

  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    Refused(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }
}
