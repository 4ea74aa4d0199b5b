package org.civicplan.document;

import org.civicplan.base.Pointer;
import org.civicplan.io.Utf8;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.IndicatorKind;
import org.civicplan.indicator.Denominator;
import org.civicplan.indicator.ReportingFrequency;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.template.IndicatorChange;
import org.civicplan.template.IndicatorEdits;
import org.civicplan.template.ObjectiveAddition;
import org.civicplan.template.ObjectiveChange;
import org.civicplan.template.ObjectiveEdits;
import org.civicplan.template.OverlayCodes;
import org.civicplan.template.Overlays;
import org.civicplan.base.TemplateId;
import org.civicplan.template.TemplateOverlay;
import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads template overlay files (YAML or JSON) into {@link TemplateOverlay}s, for {@link
 * Overlays#apply}.
 *
 * <p>The format follows the document conventions: member names are the record component names of
 * {@link TemplateOverlay} and the records it holds, enums are lower-case kebab strings ({@code
 * target-range}), localized texts are objects keyed by language tag. Ids and parameter values may
 * be written as texts or numbers (a YAML {@code 45} and a JSON {@code "45"} give the same
 * overlay); numbers are kept exactly as written.
 *
 * <p>Reading never throws on the file's content: syntax errors, wrong types, unknown, missing or
 * repeated members and invalid values are {@link Finding}s with the codes of {@link
 * OverlayCodes}, a JSON Pointer path into the file, and the line and column in the message. When
 * there is any finding, no overlay is returned. Input is bounded: at most {@value
 * #MAX_CHARACTERS} characters, {@value #MAX_DEPTH} levels of nesting, {@value #MAX_TEXT_LENGTH}
 * characters per text or member name and {@value #MAX_NUMBER_LENGTH} characters per number.
 *
 * <p>Stateless and thread-safe.
 */
public final class OverlayDocuments {

  /** The most characters an overlay file may have (also the most bytes of a file read by path). */
  public static final int MAX_CHARACTERS = 1_048_576;

  /** The deepest nesting of objects and lists. */
  public static final int MAX_DEPTH = 64;

  /** The longest text or member name, in characters. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** The longest number, in characters as written. */
  public static final int MAX_NUMBER_LENGTH = 100;

  // Type names, by index into the choice patterns of the overlay.type message.
  private static final int T_OBJECT = 0;
  private static final int T_LIST = 1;
  private static final int T_TEXT = 2;
  private static final int T_NUMBER = 3;
  private static final int T_FLAG = 4;
  private static final int T_ID = 5;
  private static final int T_SCALAR = 6;
  private static final int T_NULL = 7;
  private static final int T_NOTHING = 8;
  private static final int T_OTHER = 9;

  // Limit kinds, by index into the choice pattern of the overlay.limit message.
  private static final int L_SIZE = 0;
  private static final int L_DEPTH = 1;
  private static final int L_TEXT = 2;
  private static final int L_NUMBER = 3;

  // Value kinds, by index into the choice pattern of the overlay.value.invalid message.
  private static final int V_ID = 0;
  private static final int V_LANGUAGE = 1;
  private static final int V_ENUM = 2;
  private static final int V_NUMBER = 3;

  // Jackson's own limits sit above ours, so ours report first with a precise message; its limits
  // only guard against what our checks cannot see.
  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxDocumentLength(2L * MAX_CHARACTERS)
          .maxNestingDepth(2 * MAX_DEPTH)
          .maxStringLength(2 * MAX_TEXT_LENGTH)
          .maxNameLength(2 * MAX_TEXT_LENGTH)
          .maxNumberLength(2 * MAX_NUMBER_LENGTH)
          .build();
  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  private static final YAMLFactory YAML = YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  private static final MessageCatalog MESSAGES = Overlays.messages();

  private OverlayDocuments() {}

  /**
   * Where a value starts in an overlay file.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   */
  public record Position(int line, int column) {
    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  /**
   * What reading an overlay file gave.
   *
   * @param overlay the overlay; empty exactly when there are findings
   * @param findings the problems of the file, in file order
   * @param positions where each value of the file starts, by JSON Pointer, so that the findings
   *     of {@link Overlays#apply} (whose paths point into the file) can be shown with a line and
   *     column; empty when the file could not be parsed
   */
  public record Result(
      Optional<TemplateOverlay> overlay, List<Finding> findings, Map<String, Position> positions) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if there is both an overlay and a finding, or neither
     */
    public Result {
      Objects.requireNonNull(overlay, "overlay");
      findings = List.copyOf(findings);
      positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
      if (overlay.isPresent() == !findings.isEmpty()) {
        throw new IllegalArgumentException(
            "a read result has an overlay exactly when it has no finding, but has "
                + (overlay.isPresent() ? "both" : "neither"));
      }
    }

    /** Whether the file was read into an overlay. */
    public boolean isSuccess() {
      return overlay.isPresent();
    }

    /** Where the value at {@code pointer} starts in the file, if it exists. */
    public Optional<Position> position(String pointer) {
      return Optional.ofNullable(positions.get(pointer));
    }
  }

  /**
   * Reads an overlay written in JSON.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Result readJson(String text) {
    return read(text, JSON, "JSON");
  }

  /**
   * Reads an overlay written in YAML (1.2; one document).
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Result readYaml(String text) {
    return read(text, YAML, "YAML");
  }

  /**
   * Reads an overlay file: JSON when the name ends in {@code .json}, YAML otherwise ({@code
   * .yaml}, {@code .yml}). The file must be UTF-8. A file that cannot be read, is not UTF-8 or is
   * larger than {@value #MAX_CHARACTERS} bytes gives a finding, not an exception.
   *
   * @throws NullPointerException if {@code file} is null
   */
  public static Result read(Path file) {
    Objects.requireNonNull(file, "file");
    boolean json = file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    String text;
    try {
      if (Files.size(file) > MAX_CHARACTERS) {
        return failed(limit(L_SIZE, MAX_CHARACTERS, new Position(1, 1)));
      }
      byte[] bytes = Files.readAllBytes(file);
      text =
          Utf8.decode(bytes);
    } catch (CharacterCodingException e) {
      return failed(
          MESSAGES.finding(Severity.ERROR, OverlayCodes.FILE_UNREADABLE, "", file.toString(), "not UTF-8 text"));
    } catch (IOException | RuntimeException e) {
      return failed(
          MESSAGES.finding(
              Severity.ERROR, OverlayCodes.FILE_UNREADABLE, "", file.toString(), String.valueOf(e.getMessage())));
    }
    return json ? readJson(text) : readYaml(text);
  }

  private static Result failed(Finding finding) {
    return new Result(Optional.empty(), List.of(finding), Map.of());
  }

  private static Finding limit(int kind, long max, Position at) {
    return MESSAGES.finding(Severity.ERROR, OverlayCodes.LIMIT, "", kind, Long.toString(max), at.line(), at.column());
  }

  private static Result read(String text, TokenStreamFactory factory, String format) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_CHARACTERS) {
      return failed(limit(L_SIZE, MAX_CHARACTERS, new Position(1, 1)));
    }
    Tree tree = new Tree();
    Node root;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return failed(
            MESSAGES.finding(Severity.ERROR, OverlayCodes.TYPE, "", T_OBJECT, T_NOTHING, 1, 1));
      }
      root = tree.value(parser, "", 1);
      if (parser.nextToken() != null) {
        Position at = position(parser.currentTokenLocation());
        return failed(
            MESSAGES.finding(
                Severity.ERROR, OverlayCodes.SYNTAX, "", format,
                "there is more after the end of the overlay (one " + format + " document only)",
                at.line(), at.column()));
      }
    } catch (Stop e) {
      return failed(e.finding);
    } catch (StreamConstraintsException e) {
      Position at = position(e.getLocation());
      String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
      int kind = m.contains("depth") ? L_DEPTH : m.contains("number") ? L_NUMBER : m.contains("document") ? L_SIZE : L_TEXT;
      int max = kind == L_DEPTH ? MAX_DEPTH : kind == L_NUMBER ? MAX_NUMBER_LENGTH : kind == L_SIZE ? MAX_CHARACTERS : MAX_TEXT_LENGTH;
      return failed(limit(kind, max, at));
    } catch (JacksonException e) {
      Position at = position(e.getLocation());
      return failed(
          MESSAGES.finding(
              Severity.ERROR, OverlayCodes.SYNTAX, "", format, detail(e.getOriginalMessage()), at.line(), at.column()));
    } catch (RuntimeException e) {
      // The YAML engine may signal malformed input with its own unchecked exceptions.
      return failed(
          MESSAGES.finding(Severity.ERROR, OverlayCodes.SYNTAX, "", format, detail(e.getMessage()), 0, 0));
    }
    Converter converter = new Converter(tree.findings);
    Optional<TemplateOverlay> overlay = converter.overlay(root);
    List<Finding> findings = converter.findings;
    return new Result(findings.isEmpty() ? overlay : Optional.empty(), findings, tree.positions);
  }

  private static String detail(String message) {
    String m = message == null ? "malformed input" : org.civicplan.io.JacksonMessages.clean(message);
    int newline = m.indexOf('\n');
    if (newline >= 0) {
      m = m.substring(0, newline).strip();
    }
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  private static Position position(TokenStreamLocation location) {
    if (location == null) {
      return new Position(0, 0);
    }
    return new Position(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
  }

  // ---------------------------------------------------------------- located tree

  /** A value of the file with where it starts. */
  private sealed interface Node permits ObjectNode, ListNode, ScalarNode {
    Position at();

    int type();
  }

  private record ObjectNode(Map<String, Node> members, Map<String, Position> names, Position at) implements Node {
    @Override
    public int type() {
      return T_OBJECT;
    }
  }

  private record ListNode(List<Node> items, Position at) implements Node {
    @Override
    public int type() {
      return T_LIST;
    }
  }

  private record ScalarNode(int type, String text, Position at) implements Node {}

  /** Ends reading at the first problem that makes the rest of the file meaningless. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Finding finding;

    Stop(Finding finding) {
      super(finding.code(), null, false, false);
      this.finding = finding;
    }
  }

  /** Builds the located tree from the token stream, reporting repeated members. */
  private static final class Tree {
    final List<Finding> findings = new ArrayList<>();
    final Map<String, Position> positions = new LinkedHashMap<>();

    Node value(JsonParser p, String path, int depth) {
      Position at = position(p.currentTokenLocation());
      positions.putIfAbsent(path, at);
      if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        // Jackson reads an alias as the anchor's name: refuse it rather than misread the file.
        throw new Stop(
            MESSAGES.finding(
                Severity.ERROR, OverlayCodes.SYNTAX, path, "YAML",
                "aliases such as *" + p.getString() + " are not supported; write the value out",
                at.line(), at.column()));
      }
      JsonToken t = p.currentToken();
      switch (t) {
        case START_OBJECT -> {
          if (depth > MAX_DEPTH) {
            throw new Stop(limit(L_DEPTH, MAX_DEPTH, at));
          }
          Map<String, Node> members = new LinkedHashMap<>();
          Map<String, Position> names = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            Position nameAt = position(p.currentTokenLocation());
            if (name.length() > MAX_TEXT_LENGTH) {
              throw new Stop(limit(L_TEXT, MAX_TEXT_LENGTH, nameAt));
            }
            String memberPath = path + "/" + Pointer.escape(name);
            p.nextToken();
            if (members.containsKey(name)) {
              findings.add(
                  MESSAGES.finding(
                      Severity.ERROR, OverlayCodes.MEMBER_DUPLICATE, memberPath, name, nameAt.line(), nameAt.column()));
              p.skipChildren();
            } else {
              members.put(name, value(p, memberPath, depth + 1));
              names.put(name, nameAt);
            }
          }
          return new ObjectNode(members, names, at);
        }
        case START_ARRAY -> {
          if (depth > MAX_DEPTH) {
            throw new Stop(limit(L_DEPTH, MAX_DEPTH, at));
          }
          List<Node> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(p, path + "/" + items.size(), depth + 1));
          }
          return new ListNode(items, at);
        }
        case VALUE_STRING -> {
          String text = p.getString();
          if (text.length() > MAX_TEXT_LENGTH) {
            throw new Stop(limit(L_TEXT, MAX_TEXT_LENGTH, at));
          }
          return new ScalarNode(T_TEXT, text, at);
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          String text = p.getString();
          if (text.length() > MAX_NUMBER_LENGTH) {
            throw new Stop(limit(L_NUMBER, MAX_NUMBER_LENGTH, at));
          }
          return new ScalarNode(T_NUMBER, text, at);
        }
        case VALUE_TRUE -> {
          return new ScalarNode(T_FLAG, "true", at);
        }
        case VALUE_FALSE -> {
          return new ScalarNode(T_FLAG, "false", at);
        }
        case VALUE_NULL -> {
          return new ScalarNode(T_NULL, "", at);
        }
        default -> {
          return new ScalarNode(T_OTHER, "", at);
        }
      }
    }
  }

  // ---------------------------------------------------------------- tree to overlay

  /** Turns the tree into an overlay, reporting what does not fit the format. */
  private static final class Converter {
    final List<Finding> findings;

    Converter(List<Finding> findings) {
      this.findings = new ArrayList<>(findings);
    }

    private void error(String code, String path, Object... args) {
      findings.add(MESSAGES.finding(Severity.ERROR, code, path, args));
    }

    private void wrongType(int expected, Node found, String path) {
      error(OverlayCodes.TYPE, path, expected, found.type(), found.at().line(), found.at().column());
    }

    private void invalid(String value, int kind, String allowed, Node at, String path) {
      error(OverlayCodes.VALUE_INVALID, path, value, kind, allowed, at.at().line(), at.at().column());
    }

    /** The node as an object whose members are all among {@code allowed}, if it is an object. */
    private Optional<ObjectNode> object(Node node, String path, String... allowed) {
      if (!(node instanceof ObjectNode o)) {
        wrongType(T_OBJECT, node, path);
        return Optional.empty();
      }
      List<String> names = List.of(allowed);
      o.members().keySet().stream()
          .filter(name -> !names.contains(name))
          .forEach(
              name -> {
                Position at = o.names().get(name);
                error(OverlayCodes.MEMBER_UNKNOWN, path + "/" + Pointer.escape(name), name,
                    String.join(", ", names), at.line(), at.column());
              });
      return Optional.of(o);
    }

    private static Optional<Node> member(ObjectNode o, String name) {
      return Optional.ofNullable(o.members().get(name));
    }

    private Optional<Node> required(ObjectNode o, String name, String path) {
      Node n = o.members().get(name);
      if (n == null) {
        error(OverlayCodes.MEMBER_MISSING, path + "/" + name, name, o.at().line(), o.at().column());
      }
      return Optional.ofNullable(n);
    }

    /** An optional member read with {@code reader}; empty when absent or invalid. */
    private <T> Optional<T> optional(
        ObjectNode o, String name, String path, BiFunction<Node, String, Optional<T>> reader) {
      return member(o, name).flatMap(n -> reader.apply(n, path + "/" + name));
    }

    private <T> Optional<T> mandatory(
        ObjectNode o, String name, String path, BiFunction<Node, String, Optional<T>> reader) {
      return required(o, name, path).flatMap(n -> reader.apply(n, path + "/" + name));
    }

    private <T> Optional<List<T>> list(Node node, String path, BiFunction<Node, String, Optional<T>> reader) {
      if (!(node instanceof ListNode l)) {
        wrongType(T_LIST, node, path);
        return Optional.empty();
      }
      List<T> out = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < l.items().size(); i++) {
        Optional<T> item = reader.apply(l.items().get(i), path + "/" + i);
        ok &= item.isPresent();
        item.ifPresent(out::add);
      }
      return ok ? Optional.of(out) : Optional.empty();
    }

    private <T> List<T> listOrEmpty(ObjectNode o, String name, String path, BiFunction<Node, String, Optional<T>> reader) {
      return optional(o, name, path, (n, p) -> list(n, p, reader)).orElse(List.of());
    }

    private Optional<String> text(Node node, String path) {
      if (node instanceof ScalarNode s && s.type() == T_TEXT) {
        return Optional.of(s.text());
      }
      wrongType(T_TEXT, node, path);
      return Optional.empty();
    }

    private Optional<String> id(Node node, String path) {
      if (!(node instanceof ScalarNode s) || (s.type() != T_TEXT && s.type() != T_NUMBER)) {
        wrongType(T_ID, node, path);
        return Optional.empty();
      }
      if (!IdSyntax.isValid(s.text())) {
        invalid(s.text(), V_ID, "", node, path);
        return Optional.empty();
      }
      return Optional.of(s.text());
    }

    private Optional<String> scalar(Node node, String path) {
      if (node instanceof ScalarNode s && (s.type() == T_TEXT || s.type() == T_NUMBER || s.type() == T_FLAG)) {
        return Optional.of(s.text());
      }
      wrongType(T_SCALAR, node, path);
      return Optional.empty();
    }

    private Optional<Double> number(Node node, String path) {
      if (!(node instanceof ScalarNode s) || s.type() != T_NUMBER) {
        wrongType(T_NUMBER, node, path);
        return Optional.empty();
      }
      try {
        double d = Double.parseDouble(s.text());
        if (!Double.isInfinite(d) && !Double.isNaN(d)) {
          return Optional.of(d);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      invalid(s.text(), V_NUMBER, "", node, path);
      return Optional.empty();
    }

    private Optional<LocalizedText> localized(Node node, String path) {
      if (!(node instanceof ObjectNode o)) {
        wrongType(T_OBJECT, node, path);
        return Optional.empty();
      }
      Map<String, String> values = new TreeMap<>();
      boolean ok = true;
      for (Map.Entry<String, Node> e : o.members().entrySet()) {
        String tagPath = path + "/" + Pointer.escape(e.getKey());
        Optional<String> text = text(e.getValue(), tagPath);
        if (text.isEmpty()) {
          ok = false;
          continue;
        }
        try {
          new LocalizedText(Map.of(e.getKey(), text.get()));
          values.put(e.getKey(), text.get());
        } catch (IllegalArgumentException ex) {
          Position at = o.names().get(e.getKey());
          error(OverlayCodes.VALUE_INVALID, tagPath, e.getKey(), V_LANGUAGE, "", at.line(), at.column());
          ok = false;
        }
      }
      return ok ? Optional.of(new LocalizedText(values)) : Optional.empty();
    }

    private <E extends Enum<E>> Optional<E> enumValue(Class<E> type, Node node, String path) {
      Optional<String> text = text(node, path);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      for (E constant : type.getEnumConstants()) {
        if (kebab(constant).equals(text.get())) {
          return Optional.of(constant);
        }
      }
      invalid(text.get(), V_ENUM,
          Stream.of(type.getEnumConstants()).map(OverlayDocuments::kebab).collect(Collectors.joining(", ")),
          node, path);
      return Optional.empty();
    }

    // ---- the format

    Optional<TemplateOverlay> overlay(Node root) {
      Optional<ObjectNode> maybe =
          object(root, "", "template", "name", "description", "objectives", "indicators", "criteriaWeights", "parameters");
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      ObjectNode o = maybe.get();
      Optional<String> template = mandatory(o, "template", "", this::id);
      Optional<LocalizedText> name = optional(o, "name", "", this::localized);
      Optional<LocalizedText> description = optional(o, "description", "", this::localized);
      ObjectiveEdits objectives = optional(o, "objectives", "", this::objectiveEdits).orElse(ObjectiveEdits.none());
      IndicatorEdits indicators = optional(o, "indicators", "", this::indicatorEdits).orElse(IndicatorEdits.none());
      Map<String, Map<String, Double>> weights = optional(o, "criteriaWeights", "", this::weights).orElse(Map.of());
      Map<String, String> parameters = optional(o, "parameters", "", this::parameters).orElse(Map.of());
      if (!findings.isEmpty() || template.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new TemplateOverlay(
              TemplateId.of(template.get()), name, description, objectives, indicators, weights, parameters));
    }

    private Optional<ObjectiveEdits> objectiveEdits(Node node, String path) {
      return object(node, path, "remove", "change", "add")
          .map(
              o ->
                  new ObjectiveEdits(
                      listOrEmpty(o, "remove", path, (n, p) -> id(n, p).map(ObjectiveId::of)),
                      listOrEmpty(o, "change", path, this::objectiveChange),
                      listOrEmpty(o, "add", path, this::objectiveAddition)));
    }

    private Optional<ObjectiveChange> objectiveChange(Node node, String path) {
      Optional<ObjectNode> maybe = object(node, path, "id", "newId", "title", "description", "indicatorIds");
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      ObjectNode o = maybe.get();
      Optional<ObjectiveId> id = mandatory(o, "id", path, (n, p) -> id(n, p).map(ObjectiveId::of));
      Optional<ObjectiveId> newId = optional(o, "newId", path, (n, p) -> id(n, p).map(ObjectiveId::of));
      Optional<LocalizedText> title = optional(o, "title", path, this::localized);
      Optional<LocalizedText> description = optional(o, "description", path, this::localized);
      Optional<List<IndicatorId>> indicatorIds = optional(o, "indicatorIds", path, this::indicatorIds);
      return id.map(i -> new ObjectiveChange(i, newId, title, description, indicatorIds));
    }

    private Optional<List<IndicatorId>> indicatorIds(Node node, String path) {
      return list(node, path, (n, p) -> id(n, p).map(IndicatorId::of));
    }

    private Optional<ObjectiveAddition> objectiveAddition(Node node, String path) {
      Optional<ObjectNode> maybe = object(node, path, "parent", "objective");
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      ObjectNode o = maybe.get();
      Optional<ObjectiveId> parent = optional(o, "parent", path, (n, p) -> id(n, p).map(ObjectiveId::of));
      return mandatory(o, "objective", path, this::objective).map(obj -> new ObjectiveAddition(parent, obj));
    }

    private Optional<Objective> objective(Node node, String path) {
      Optional<ObjectNode> maybe = object(node, path, "id", "title", "description", "indicatorIds", "children");
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      ObjectNode o = maybe.get();
      int before = findings.size();
      Optional<ObjectiveId> id = mandatory(o, "id", path, (n, p) -> id(n, p).map(ObjectiveId::of));
      Optional<LocalizedText> title = mandatory(o, "title", path, this::localized);
      LocalizedText description = optional(o, "description", path, this::localized).orElse(LocalizedText.empty());
      List<IndicatorId> indicatorIds = optional(o, "indicatorIds", path, this::indicatorIds).orElse(List.of());
      List<Objective> children = listOrEmpty(o, "children", path, this::objective);
      if (findings.size() != before || id.isEmpty() || title.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Objective(id.get(), title.get(), description, indicatorIds, children));
    }

    private Optional<IndicatorEdits> indicatorEdits(Node node, String path) {
      return object(node, path, "remove", "change", "add")
          .map(
              o ->
                  new IndicatorEdits(
                      listOrEmpty(o, "remove", path, (n, p) -> id(n, p).map(IndicatorId::of)),
                      listOrEmpty(o, "change", path, this::indicatorChange),
                      listOrEmpty(o, "add", path, this::indicator)));
    }

    private Optional<IndicatorChange> indicatorChange(Node node, String path) {
      Optional<ObjectNode> maybe = object(node, path, "id", "newId", "name", "definition", "dataSource");
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      ObjectNode o = maybe.get();
      Optional<IndicatorId> id = mandatory(o, "id", path, (n, p) -> id(n, p).map(IndicatorId::of));
      Optional<IndicatorId> newId = optional(o, "newId", path, (n, p) -> id(n, p).map(IndicatorId::of));
      Optional<LocalizedText> name = optional(o, "name", path, this::localized);
      Optional<LocalizedText> definition = optional(o, "definition", path, this::localized);
      Optional<String> dataSource = optional(o, "dataSource", path, this::text);
      return id.map(i -> new IndicatorChange(i, newId, name, definition, dataSource));
    }

    private Optional<Indicator> indicator(Node node, String path) {
      Optional<ObjectNode> maybe =
          object(node, path, "id", "name", "definition", "unit", "kind", "direction", "normalisation",
              "dataSource", "frequency", "references");
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      ObjectNode o = maybe.get();
      int before = findings.size();
      Optional<IndicatorId> id = mandatory(o, "id", path, (n, p) -> id(n, p).map(IndicatorId::of));
      Optional<LocalizedText> name = mandatory(o, "name", path, this::localized);
      Optional<LocalizedText> definition = optional(o, "definition", path, this::localized);
      Optional<String> unit = mandatory(o, "unit", path, this::text);
      Optional<IndicatorKind> kind = optional(o, "kind", path, (n, p) -> enumValue(IndicatorKind.class, n, p));
      Optional<Direction> direction = mandatory(o, "direction", path, (n, p) -> enumValue(Direction.class, n, p));
      Optional<Denominator> normalisation =
          optional(o, "normalisation", path, (n, p) -> enumValue(Denominator.class, n, p));
      Optional<String> dataSource = optional(o, "dataSource", path, this::text);
      Optional<ReportingFrequency> frequency =
          optional(o, "frequency", path, (n, p) -> enumValue(ReportingFrequency.class, n, p));
      List<String> references = listOrEmpty(o, "references", path, this::text);
      if (findings.size() != before || id.isEmpty() || name.isEmpty() || unit.isEmpty() || direction.isEmpty()) {
        return Optional.empty();
      }
      Indicator.Builder b = Indicator.builder(id.get(), name.get(), unit.get(), direction.get());
      definition.ifPresent(b::definition);
      kind.ifPresent(b::kind);
      normalisation.ifPresent(b::normalisation);
      dataSource.ifPresent(b::dataSource);
      frequency.ifPresent(b::frequency);
      b.references(references);
      return Optional.of(b.build());
    }

    private Optional<Map<String, Map<String, Double>>> weights(Node node, String path) {
      Optional<ObjectNode> maybe = object(node, path, namesOf(node));
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Map<String, Map<String, Double>> out = new TreeMap<>();
      boolean ok = true;
      for (Map.Entry<String, Node> set : maybe.get().members().entrySet()) {
        String setPath = path + "/" + Pointer.escape(set.getKey());
        Optional<ObjectNode> criteria = object(set.getValue(), setPath, namesOf(set.getValue()));
        if (criteria.isEmpty()) {
          ok = false;
          continue;
        }
        Map<String, Double> byCriterion = new TreeMap<>();
        for (Map.Entry<String, Node> c : criteria.get().members().entrySet()) {
          Optional<Double> w = number(c.getValue(), setPath + "/" + Pointer.escape(c.getKey()));
          ok &= w.isPresent();
          w.ifPresent(v -> byCriterion.put(c.getKey(), v));
        }
        out.put(set.getKey(), byCriterion);
      }
      return ok ? Optional.of(out) : Optional.empty();
    }

    private Optional<Map<String, String>> parameters(Node node, String path) {
      Optional<ObjectNode> maybe = object(node, path, namesOf(node));
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Map<String, String> out = new TreeMap<>();
      boolean ok = true;
      for (Map.Entry<String, Node> e : maybe.get().members().entrySet()) {
        Optional<String> v = scalar(e.getValue(), path + "/" + Pointer.escape(e.getKey()));
        ok &= v.isPresent();
        v.ifPresent(value -> out.put(e.getKey(), value));
      }
      return ok ? Optional.of(out) : Optional.empty();
    }

    /** The member names of an object node, for maps whose keys are free (checked on apply). */
    private static String[] namesOf(Node node) {
      return node instanceof ObjectNode o ? o.members().keySet().toArray(String[]::new) : new String[0];
    }
  }

  private static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
