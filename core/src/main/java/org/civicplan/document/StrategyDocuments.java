// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import org.civicplan.base.LocalizedText;
import org.civicplan.io.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.AnnexType;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import org.civicplan.governance.DecisionDossier;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes strategy documents as JSON and YAML.
 *
 * <pre>{@code
 * StrategyDocuments docs = StrategyDocuments.of(TemplateRegistry.load());
 * ReadResult r = docs.read(Path.of("strategy.yaml"));
 * r.problems().forEach(System.err::println);      // "12:7 /actions/3/start: date must be ..."
 * String json = docs.write(r.orElseThrow(), DocumentFormat.JSON);
 * }</pre>
 *
 * <p><b>Reading</b> never throws on user data: it returns a {@link ReadResult} with either the
 * strategy or the problems, each with a message, a line and column, and a JSON Pointer. The
 * document is first checked against the {@link DocumentLimits} (size before parsing; nesting, string,
 * number and name lengths while parsing), then its {@code schemaVersion} is checked and the tree
 * migrated to the current version ({@link DocumentMigrations}), and only then bound to a
 * {@link Strategy}; a strategy is returned only when every step succeeded.
 *
 * <p><b>Unknown members.</b> A member the current schema does not define (a typo such as {@code
 * "titel"}, or a member of a newer schema) is a problem in a document of the current schema
 * version, naming the allowed members: silently dropping it would lose data on the next write. A
 * document of a newer schema version is refused as a whole (its meaning is unknown), and a
 * document of an older version is migrated first, its migration deciding what becomes of members
 * it does not carry over. Annexes of kinds no installed template knows are not "unknown members":
 * they are kept verbatim.
 *
 * <p>Reading is strict otherwise too: duplicate member names, trailing content, {@code null} for a
 * required member, a decimal where an integer is expected and a string where a number is expected
 * are problems. Numbers and booleans are accepted where text is expected, since YAML reads an
 * unquoted {@code 2024} as a number.
 *
 * <p><b>Writing</b> is deterministic: members in record component order with {@code schemaVersion}
 * first, languages in tag order, empty optionals, lists and texts left out, doubles in their
 * shortest round-trip form, money amounts exact, two-space indentation, LF line endings and a
 * trailing newline; the output depends on nothing but the strategy (no time stamps).
 * {@code read(write(s))} equals {@code s}.
 *
 * <p>Immutable and thread-safe.
 */
public final class StrategyDocuments {

  private static final StrategyDocuments STANDARD = builder().build();

  private final List<AnnexType<?>> annexTypes;
  private final DocumentLimits limits;
  private final JsonMapper json;
  private final YAMLMapper yaml;
  private final ObjectWriter jsonWriter;
  private final ObjectWriter yamlWriter;
  private final ObjectReader strictJsonReader;

  private StrategyDocuments(List<AnnexType<?>> annexTypes, DocumentLimits limits) {
    this.annexTypes = List.copyOf(annexTypes);
    this.limits = limits;
    CivicplanJacksonModule module = new CivicplanJacksonModule(annexTypes);
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxDocumentLength(limits.maxDocumentLength())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .build();
    JsonFactory jsonFactory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();
    // SnakeYAML Engine has its own cap on the document (3 MB by default); ours is checked first.
    int codePoints = (int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength() + 1);
    YAMLFactory yamlFactory =
        YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setCodePointLimit(codePoints).build())
            .streamReadConstraints(constraints)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();
    this.json = configure(JsonMapper.builder(jsonFactory), module).build();
    this.yaml = configure(YAMLMapper.builder(yamlFactory), module).build();
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    this.jsonWriter = json.writer().with(pretty).with(SerializationFeature.INDENT_OUTPUT);
    this.yamlWriter = yaml.writer();
    this.strictJsonReader = json.readerFor(Strategy.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(
      B builder, CivicplanJacksonModule module) {
    return builder
        .addModule(module)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .withCoercionConfig(
            LogicalType.Textual,
            c -> {
              c.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
              c.setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
              c.setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
            });
  }

  /**
   * Documents with no typed annex and the default limits: every annex is kept raw.
   *
   * @return documents that keep every annex raw
   */
  public static StrategyDocuments standard() {
    return STANDARD;
  }

  /**
   * Documents that bind the annex types of every template in the registry; default limits.
   *
   * @param registry the installed templates
   * @return documents that bind the templates' annexes
   */
  public static StrategyDocuments of(TemplateRegistry registry) {
    List<AnnexType<?>> types = new ArrayList<>();
    for (StrategyTemplate t : registry.all()) {
      types.addAll(t.annexTypes());
    }
    return builder().annexTypes(types).build();
  }

  /**
   * A builder; defaults: no typed annex, {@link DocumentLimits#defaults()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the typed annexes bound, in the order given} */
  public List<AnnexType<?>> annexTypes() {
    return annexTypes;
  }

  /** {@return the limits enforced when reading} */
  public DocumentLimits limits() {
    return limits;
  }

  /**
   * Reads a document from text.
   *
   * @param text the document's text
   * @param format the document's format
   * @return the strategy, or the problems that stopped reading it
   * @throws NullPointerException if an argument is null
   */
  public ReadResult read(String text, DocumentFormat format) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    String source = "(" + format.name().toLowerCase(java.util.Locale.ROOT) + " text)";
    if (text.length() > limits.maxDocumentLength()) {
      return ReadResult.failed(source, List.of(tooLong(text.length(), "characters")));
    }
    boolean onePass = !WritableValues.mayHoldUnpaired(text, false)
        && !LimitScan.mayHoldLongNumber(text, limits.maxNumberLength());
    return parse(text, format, source, onePass);
  }

  /**
   * Reads a document from a file, its format given by its extension ({@code .json}, {@code
   * .yaml}, {@code .yml}). An unknown extension, a file that cannot be read and a file that is not
   * UTF-8 are problems, not exceptions.
   *
   * @param file the document's file
   * @return the strategy, or the problems that stopped reading it
   * @throws NullPointerException if {@code file} is null
   */
  public ReadResult read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    var format = DocumentFormat.fromFileName(file);
    if (format.isEmpty()) {
      return ReadResult.failed(
          source,
          List.of(
              ReadMessages.whole(ReadProblem.Kind.FORMAT_UNKNOWN, "", String.valueOf(file.getFileName()))));
    }
    if (Files.isDirectory(file)) {
      return ReadResult.failed(
          source, List.of(ReadMessages.whole(ReadProblem.Kind.IO_ERROR, "", file.toString(), "it is a directory, not a file")));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, format.get(), source);
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      return ReadResult.failed(
          source, List.of(ReadMessages.whole(ReadProblem.Kind.IO_ERROR, "", file.toString(), reason(cause))));
    }
  }

  /** Why a file could not be read, in a few words: no exception class names. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : "input/output error";
  }

  /**
   * Reads a UTF-8 document from a stream, which is read to its end (at most the document length
   * limit plus one byte) and not closed.
   *
   * @param in the stream to read; it is not closed
   * @param format the document's format
   * @param sourceName what is read, for {@link ReadResult#source()}
   * @return the strategy, or the problems that stopped reading it
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the stream fails
   */
  public ReadResult read(InputStream in, DocumentFormat format, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sourceName, "sourceName");
    byte[] bytes;
    try {
      long max = limits.maxDocumentLength();
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        return ReadResult.failed(sourceName, List.of(tooLong(bytes.length, "length")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read \"" + sourceName + "\"", e);
    }
    // strictly decoded UTF-8 holds no unpaired surrogate; only an escape in the text can make one
    boolean onePass = !WritableValues.mayHoldUnpaired(bytes)
        && !LimitScan.mayHoldLongNumber(bytes, limits.maxNumberLength());
    String text;
    try {
      text =
          Utf8.decode(bytes);
    } catch (CharacterCodingException e) {
      return ReadResult.failed(
          sourceName,
          List.of(ReadMessages.whole(ReadProblem.Kind.NOT_UTF8, "", String.valueOf(e.getMessage()))));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(text, format, sourceName, onePass);
  }

  /**
   * Writes a strategy; the same strategy always gives the same text.
   *
   * @param strategy the strategy
   * @param format the format to write
   * @return the document's text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a {@code RawAnnex} holds text that is not JSON
   */
  public String write(Strategy strategy, DocumentFormat format) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(format, "format");
    String text;
    try {
      text = (format == DocumentFormat.JSON ? jsonWriter : yamlWriter).writeValueAsString(strategy);
    } catch (JacksonException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof IllegalArgumentException iae) {
          throw iae;
        }
      }
      throw new IllegalArgumentException("cannot write strategy \"" + strategy.id() + "\": " + e.getMessage(), e);
    }
    text = text.replace("\r\n", "\n");
    return text.endsWith("\n") ? text : text + "\n";
  }

  /**
   * Writes a strategy to a file, UTF-8, in the format of its extension.
   *
   * @param strategy the strategy
   * @param file the file to write, replaced if it exists
   * @throws IllegalArgumentException if the extension is not {@code .json}, {@code .yaml} or
   *     {@code .yml}, or as {@link #write(Strategy, DocumentFormat)}
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Strategy strategy, Path file) {
    Objects.requireNonNull(file, "file");
    DocumentFormat format =
        DocumentFormat.fromFileName(file)
            .orElseThrow(
                () -> new IllegalArgumentException(
                    "file name must end in .json, .yaml or .yml but was \"" + file.getFileName() + "\""));
    String text = write(strategy, format);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write \"" + file + "\"", e);
    }
  }

  /** The JSON type of a document that is not an object, in English and Romanian. */
  private static LocalizedText nodeType(JsonNode tree) {
    return switch (tree.getNodeType()) {
      case ARRAY -> LocalizedText.of("array", "un tablou");
      case STRING -> LocalizedText.of("string", "un șir de caractere");
      case NUMBER -> LocalizedText.of("number", "un număr");
      case BOOLEAN -> LocalizedText.of("boolean", "o valoare booleană");
      default -> LocalizedText.of(
          tree.getNodeType().toString().toLowerCase(java.util.Locale.ROOT), tree.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    };
  }

  /** The document is {@code length} long, in bytes ({@code variant} "length") or characters. */
  private ReadProblem tooLong(long length, String variant) {
    return ReadMessages.whole(
        ReadProblem.Kind.LIMIT_EXCEEDED, variant, String.valueOf(limits.maxDocumentLength()), String.valueOf(length));
  }

  /**
   * What reading a council decision's dossier on its own gave: the dossier, or the problems.
   *
   * @param dossier the dossier, when it could be read
   * @param problems why it could not, with line, column and path; empty on success
   */
  public record DossierRead(Optional<DecisionDossier> dossier, List<ReadProblem> problems) {

    /**
     * Creates an instance from its components.
     *
     * @param dossier the dossier, when it could be read
     * @param problems why it could not
     * @throws NullPointerException if an argument or a problem is null
     */
    public DossierRead {
      Objects.requireNonNull(dossier, "dossier");
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads a council decision's dossier on its own, written as the {@code dossier} member of a
   * decision in a strategy document ({@code {"kind": "strategy", "documents": [...], "vote":
   * {...}, ...}}), for tools that add a dossier to a decision.
   *
   * @param text the dossier as JSON or YAML
   * @param format which of the two
   * @return the dossier, or the problems with line, column and path
   * @throws NullPointerException if an argument is null
   */
  public DossierRead readDossier(String text, DocumentFormat format) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    if (text.length() > limits.maxDocumentLength()) {
      return new DossierRead(Optional.empty(), List.of(tooLong(text.length(), "characters")));
    }
    Optional<ReadProblem> overLimit = LimitScan.firstProblem(text, format, limits);
    if (overLimit.isPresent()) {
      return new DossierRead(Optional.empty(), List.of(overLimit.get()));
    }
    ObjectMapper mapper = format == DocumentFormat.JSON ? json : yaml;
    try {
      DecisionDossier dossier = mapper.readerFor(DecisionDossier.class)
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(text);
      if (dossier == null) {
        return new DossierRead(Optional.empty(), List.of(ReadMessages.at(ReadProblem.Kind.EMPTY, "", 1, 1, "")));
      }
      return new DossierRead(Optional.of(dossier), List.of());
    } catch (JacksonException e) {
      return new DossierRead(Optional.empty(), List.of(Problems.fromBinding(e, text, mapper)));
    } catch (IllegalArgumentException | NullPointerException e) {
      return new DossierRead(Optional.empty(),
          List.of(ReadMessages.whole(ReadProblem.Kind.INVALID_VALUE, "", String.valueOf(e.getMessage()))));
    }
  }

  /**
   * Reads {@code text}. A JSON document of the current schema version that binds is read in one
   * pass; any other document, and any that fails, is read by the full path below (limit scan, tree,
   * checks, migration, binding), which says exactly why. The one pass gives what the full path
   * gives: neither the limit scan nor the checks on the tree can fail for it (the JSON parser
   * refuses duplicate members, deep nesting and long strings and names itself, and no number is
   * long; the version is the one bound; no value can hold an unpaired surrogate when the text has
   * none and writes none as an escape), and the binding is the same.
   *
   * @param onePass whether the text may be read in one pass: no value of it can hold an unpaired
   *     surrogate ({@link WritableValues#mayHoldUnpaired(String, boolean)}) and no number of it can
   *     be longer than the limit ({@link LimitScan#mayHoldLongNumber(CharSequence, int)}); the
   *     parser's own limits on nesting, strings and names are the same as {@link LimitScan}'s
   */
  private ReadResult parse(String text, DocumentFormat format, String source, boolean onePass) {
    if (format == DocumentFormat.JSON && onePass) {
      try {
        Strategy strategy = strictJsonReader.readValue(text);
        if (strategy != null && strategy.schemaVersion() == Strategy.CURRENT_SCHEMA_VERSION) {
          return ReadResult.of(source, strategy);
        }
      } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
        // the full path below reports it, with the same reasons and locations as ever
      }
    }
    return parseInFull(text, format, source);
  }

  private ReadResult parseInFull(String text, DocumentFormat format, String source) {
    ObjectMapper mapper = format == DocumentFormat.JSON ? json : yaml;
    Optional<ReadProblem> overLimit = LimitScan.firstProblem(text, format, limits);
    if (overLimit.isPresent()) {
      return ReadResult.failed(source, List.of(overLimit.get()));
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
    } catch (JacksonException e) {
      return ReadResult.failed(source, List.of(Problems.fromParse(e, limits, text, mapper)));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return ReadResult.failed(source, List.of(ReadMessages.at(ReadProblem.Kind.EMPTY, "", 1, 1, "")));
    }
    if (!(tree instanceof ObjectNode root)) {
      return ReadResult.failed(
          source, List.of(ReadMessages.at(ReadProblem.Kind.NOT_OBJECT, "", 1, 1, "", nodeType(tree))));
    }
    Optional<ReadProblem> unwritable = WritableValues.firstProblem(root, text, mapper);
    if (unwritable.isPresent()) {
      return ReadResult.failed(source, List.of(unwritable.get()));
    }
    DocumentMigrations.VersionCheck version = DocumentMigrations.check(root);
    if (version.problem().isPresent()) {
      String path = root.has("schemaVersion") ? "/schemaVersion" : "";
      return ReadResult.failed(source, List.of(Problems.located(
          ReadProblem.Kind.SCHEMA_VERSION, version.problem().get(), path, text, mapper, version.args().toArray())));
    }
    boolean current = version.version() == Strategy.CURRENT_SCHEMA_VERSION;
    ObjectNode migrated = DocumentMigrations.migrate(root, version.version());
    ObjectReader reader = mapper.readerFor(Strategy.class);
    reader = current
        ? reader.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        : reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      // A current document is bound from its text, so that doubles are read as written (a tree
      // keeps decimals as BigDecimal, which has no negative zero); an older one from its
      // migrated tree.
      Strategy strategy = current ? reader.readValue(text) : reader.readValue(migrated);
      return ReadResult.of(source, strategy);
    } catch (JacksonException e) {
      return ReadResult.failed(source, List.of(Problems.fromBinding(e, text, mapper)));
    } catch (IllegalArgumentException | NullPointerException e) {
      // A constructor rejection Jackson did not wrap: still user data, still a problem.
      return ReadResult.failed(
          source, List.of(ReadMessages.whole(ReadProblem.Kind.INVALID_VALUE, "", String.valueOf(e.getMessage()))));
    }
  }

  /** Builds {@link StrategyDocuments}; each setting may be given once. */
  public static final class Builder {
    private List<AnnexType<?>> annexTypes;
    private DocumentLimits limits;

    private Builder() {}

    /**
     * The typed annexes to bind.
     *
     * @param types the annex types, by kind
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws NullPointerException if the collection or an element is null
     */
    public Builder annexTypes(Collection<? extends AnnexType<?>> types) {
      if (annexTypes != null) {
        throw new IllegalStateException("annexTypes was already set to " + annexTypes);
      }
      annexTypes = List.copyOf(types);
      return this;
    }

    /**
     * The limits to enforce when reading.
     *
     * @param value the limits
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder limits(DocumentLimits value) {
      if (limits != null) {
        throw new IllegalStateException("limits was already set to " + limits);
      }
      limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /**
     * Builds the documents.
     *
     * @return the documents
     * @throws IllegalArgumentException if two annex types share a kind
     */
    public StrategyDocuments build() {
      return new StrategyDocuments(
          annexTypes == null ? List.of() : annexTypes, limits == null ? DocumentLimits.defaults() : limits);
    }
  }
}
