// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.civicplan.alignment.FrameworkCatalogue;
import org.civicplan.alignment.FrameworkCatalogue.Problem;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceFrameworks;
import org.civicplan.base.Finding;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.base.TemplateId;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.IndicatorKind;
import org.civicplan.indicator.ReportingFrequency;
import org.civicplan.io.Csv;
import org.civicplan.io.Utf8;
import org.civicplan.io.YamlTree;
import org.civicplan.io.YamlTree.Mapping;
import org.civicplan.io.YamlTree.Scalar;
import org.civicplan.io.YamlTree.Sequence;
import org.civicplan.io.YamlTree.Value;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.CriteriaSetId;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.CriterionDirection;
import org.civicplan.strategy.Objective;
import org.jspecify.annotations.Nullable;

/**
 * Reads a template's definition from its resources and checks it, reporting every mistake as a
 * {@link Finding} with the file, line, column, the offending value and what is allowed — never an
 * exception.
 *
 * <p>A template's resources sit in one directory of its module:
 *
 * <ul>
 *   <li>{@code template.yaml}: metadata, typed parameters, the skeleton, criteria sets, annex names
 *       and the declarations of lookup catalogues (see {@code docs/templates.md});
 *   <li>{@code indicators.csv}: the indicator catalogue in the standard format, columns {@value
 *       #INDICATOR_COLUMNS} (the last four optional);
 *   <li>{@code frameworks.csv} (optional): reference frameworks in the standard format shared with
 *       core, columns {@value #FRAMEWORK_COLUMNS} (the last optional), read by {@link
 *       ReferenceFrameworks#readStandard(CharSequence)};
 *   <li>the lookup catalogues' CSV files, with the columns their declaration gives;
 *   <li>{@code messages.properties} and {@code messages_ro.properties} (optional): the finding
 *       messages of the template's rules, every key in both.
 * </ul>
 *
 * <p>A finding's path is a JSON Pointer whose first segment is the file and whose rest points into
 * it ({@code /template.yaml/parameters/2/default}, {@code /indicators.csv/12/direction} for line 12);
 * its message starts with the file, line and column. Stateless and thread-safe.
 */
public final class TemplateData {

  /** The columns of the standard indicator catalogue. */
  public static final String INDICATOR_COLUMNS =
      "id,name_en,name_ro,unit,direction,kind,reference,definition_en,definition_ro,frequency";

  /**
   * The columns of the standard reference-framework catalogue, the last optional: core's format
   * ({@link ReferenceFrameworks#COLUMNS}), read by core's reader.
   */
  public static final String FRAMEWORK_COLUMNS = ReferenceFrameworks.COLUMNS;

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(TemplateData.class::getResourceAsStream, "template-data-messages");

  private static final String DEFINITION = "template.yaml";

  // The Romanian words for the parts of the data that messages name; a part not listed is shown as written.
  /** What a file named in the definition may be. */
  private static final String FILE_NAME = "a file name beside template.yaml, such as hazards.csv";

  private static final Map<String, String> ROMANIAN_WORDS = Map.ofEntries(
      Map.entry(FILE_NAME, "un nume de fișier de lângă template.yaml, de exemplu hazards.csv"),
      Map.entry("a bound", "o limită"),
      Map.entry("a catalogue declaration", "o declarație de catalog"),
      Map.entry("a choice", "o variantă"),
      Map.entry("a column", "o coloană"),
      Map.entry("a criteria set", "un set de criterii"),
      Map.entry("a criterion", "un criteriu"),
      Map.entry("a decimal number", "un număr zecimal"),
      Map.entry("a number", "un număr"),
      Map.entry("a parameter", "un parametru"),
      Map.entry("a quoted field is never closed", "un câmp între ghilimele nu este închis niciodată"),
      Map.entry("a \\u escape needs four hexadecimal digits (\\u0103 is ă)",
          "o secvență \\u are nevoie de patru cifre hexazecimale (\\u0103 este ă)"),
      Map.entry("text follows the closing quote of a field", "după ghilimelele care închid un câmp urmează text"),
      Map.entry("a whole number", "un număr întreg"),
      Map.entry("an annex", "o anexă"),
      Map.entry("an indicator id", "un identificator de indicator"),
      Map.entry("an objective", "un obiectiv"),
      Map.entry("the annex kind", "tipul anexei"),
      Map.entry("the annex name", "numele anexei"),
      Map.entry("the catalogue file", "fișierul catalogului"),
      Map.entry("the catalogue", "catalogul"),
      Map.entry("the catalogues", "cataloagele"),
      Map.entry("the children", "sub-obiectivele"),
      Map.entry("the choices", "variantele"),
      Map.entry("the column name", "numele coloanei"),
      Map.entry("the column type", "tipul coloanei"),
      Map.entry("the columns", "coloanele"),
      Map.entry("the criteria set id", "identificatorul setului de criterii"),
      Map.entry("the criteria set name", "numele setului de criterii"),
      Map.entry("the criteria", "criteriile"),
      Map.entry("the criterion id", "identificatorul criteriului"),
      Map.entry("the criterion name", "numele criteriului"),
      Map.entry("the default", "valoarea implicită"),
      Map.entry("the definition", "definiția"),
      Map.entry("the description", "descrierea"),
      Map.entry("the direction", "direcția"),
      Map.entry("the framework file", "fișierul cadrelor de referință"),
      Map.entry("the id", "identificatorul"),
      Map.entry("the indicator file", "fișierul indicatorilor"),
      Map.entry("the indicators", "indicatorii"),
      Map.entry("the name", "numele"),
      Map.entry("the objective description", "descrierea obiectivului"),
      Map.entry("the objective id", "identificatorul obiectivului"),
      Map.entry("the objective title", "titlul obiectivului"),
      Map.entry("the parameter description", "descrierea parametrului"),
      Map.entry("the parameter name", "numele parametrului"),
      Map.entry("the parameter type", "tipul parametrului"),
      Map.entry("the unit", "unitatea"),
      Map.entry("the version", "versiunea"),
      Map.entry("annex", "anexă"),
      Map.entry("framework objective", "obiectiv al cadrului de referință"),
      Map.entry("indicator", "indicator"),
      Map.entry("objective", "obiectiv"),
      Map.entry("criteria set", "set de criterii"),
      Map.entry("parameters", "parametrii"),
      Map.entry("skeleton", "scheletul"),
      Map.entry("criteriaSets", "seturile de criterii"),
      Map.entry("annexes", "anexele"),
      Map.entry("optional", "optional"));

  private static Object word(Object arg) {
    if (arg instanceof String s && ROMANIAN_WORDS.containsKey(s)) {
      String ro = ROMANIAN_WORDS.get(s);
      return LocalizedText.of(s, ro);
    }
    return arg;
  }

  private TemplateData() {}

  /**
   * What loading a template's data gave: its definition, or the findings that prevent it.
   *
   * <p>{@link #definition()} is present exactly when no finding is an error.
   */
  public static final class Result {
    private final @Nullable TemplateDefinition definition;
    private final List<Finding> findings;

    Result(@Nullable TemplateDefinition definition, List<Finding> findings) {
      this.definition = definition;
      this.findings = List.copyOf(findings);
    }

    /** {@return the definition, when the data has no error} */
    public Optional<TemplateDefinition> definition() {
      return Optional.ofNullable(definition);
    }

    /** {@return the findings, in the order the files were read} */
    public List<Finding> findings() {
      return findings;
    }

    /** {@return whether the data was read into a definition} */
    public boolean isSuccess() {
      return definition != null;
    }

    @Override
    public String toString() {
      return isSuccess() ? "TemplateData.Result[" + definition.id() + "]" : "TemplateData.Result" + findings;
    }
  }

  /**
   * Reads and checks the definition of the template {@code id} from {@code directory}.
   *
   * @param id the id the template registers; the definition must declare the same
   * @param opener opens a resource by absolute name (e.g. {@code ClimateTemplate.class::getResourceAsStream}),
   *     returning null when it does not exist; supplied by the template's module so that its
   *     resources stay encapsulated
   * @param directory the resource directory, e.g. {@code /org/civicplan/climate/}
   * @return the definition, or the findings that prevent it
   * @throws NullPointerException if an argument is null
   */
  public static Result load(TemplateId id, Function<String, InputStream> opener, String directory) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(opener, "opener");
    Objects.requireNonNull(directory, "directory");
    return new Loader(id, opener, directory.endsWith("/") ? directory : directory + "/").load();
  }

  /** The messages of template-data findings (for tests of templates and for tools). */
  static MessageCatalog messages() {
    return MESSAGES;
  }

  private static final class Loader {
    private final TemplateId expected;
    private final Function<String, InputStream> opener;
    private final String directory;
    private final List<Finding> findings = new ArrayList<>();
    /**
     * Where the definition names a file (its value and pointer in {@code template.yaml}), so that a
     * file named there and missing is reported where it is named, with line and column.
     */
    private final Map<String, Map.Entry<Value, String>> namedAt = new HashMap<>();

    Loader(TemplateId expected, Function<String, InputStream> opener, String directory) {
      this.expected = expected;
      this.opener = opener;
      this.directory = directory;
    }

    // ------------------------------------------------------------------ findings

    private void problem(String code, String file, int line, int column, String pointer, Object... args) {
      Object[] words = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        words[i] = word(args[i]);
      }
      LocalizedText detail = MESSAGES.text(code, words);
      String en = line > 0 ? file + ", line " + line + ", column " + column + ": " : file + ": ";
      String ro = line > 0 ? file + ", linia " + line + ", coloana " + column + ": " : file + ": ";
      findings.add(new Finding(Severity.ERROR, code, "/" + Pointer.escape(file) + pointer,
          LocalizedText.of(en + detail.get(Locale.ENGLISH), ro + detail.get(Locale.forLanguageTag("ro")))));
    }

    private void problem(String code, String file, Value at, String pointer, Object... args) {
      problem(code, file, at.line(), at.column(), pointer, args);
    }

    private boolean hasErrors() {
      return findings.stream().anyMatch(Finding::isError);
    }

    private Optional<String> read(String file, boolean required) {
      try (InputStream in = opener.apply(directory + file)) {
        if (in == null) {
          Map.Entry<Value, String> named = namedAt.get(file);
          if (required && named != null) {
            problem(TemplateDataCodes.FILE_MISSING, DEFINITION, named.getKey(), named.getValue(), directory + file);
          } else if (required) {
            problem(TemplateDataCodes.FILE_MISSING, file, 0, 0, "", directory + file);
          }
          return Optional.empty();
        }
        return Optional.of(Utf8.decode(in.readAllBytes()));
      } catch (CharacterCodingException e) {
        problem(TemplateDataCodes.FILE_UNREADABLE, file, 0, 0, "", "not UTF-8 text");
      } catch (IOException | RuntimeException e) {
        problem(TemplateDataCodes.FILE_UNREADABLE, file, 0, 0, "", String.valueOf(e.getMessage()));
      }
      return Optional.empty();
    }

    /**
     * Records where the definition names {@code file} (the first place, if several) and returns it;
     * a name that is empty or not a plain file name beside the definition is a finding there, and
     * null.
     */
    private @Nullable String named(@Nullable String file, Value at, String pointer) {
      if (file == null) {
        return null;
      }
      if (file.isBlank() || file.contains("/") || file.contains("\\") || file.equals(".") || file.equals("..")) {
        problem(TemplateDataCodes.VALUE_INVALID, DEFINITION, at, pointer, file, 2, FILE_NAME);
        return null;
      }
      namedAt.putIfAbsent(file, Map.entry(at, pointer));
      return file;
    }

    // ------------------------------------------------------------------ the whole

    Result load() {
      Optional<String> text = read(DEFINITION, true);
      if (text.isEmpty()) {
        return new Result(null, findings);
      }
      YamlTree.Parsed parsed = YamlTree.parse(text.get());
      if (parsed.problem().isPresent()) {
        YamlTree.Problem p = parsed.problem().get();
        problem(TemplateDataCodes.SYNTAX, DEFINITION, p.line(), p.column(), "", p.message());
        return new Result(null, findings);
      }
      Mapping root = mapping(parsed.root().get(), DEFINITION, "", "the definition");
      if (root == null) {
        return new Result(null, findings);
      }
      members(root, DEFINITION, "", Set.of("id", "version", "name", "description", "parameters", "skeleton",
              "criteriaSets", "annexes", "catalogues", "indicators", "frameworks"),
          Set.of("id", "version", "name"));
      String id = root.get("id").map(v -> scalar(v, DEFINITION, "/id", "the id")).orElse(null);
      if (id != null && !id.equals(expected.value())) {
        problem(TemplateDataCodes.ID_MISMATCH, DEFINITION, root.get("id").get(), "/id", id, expected.value());
      }
      String version = root.get("version").map(v -> scalar(v, DEFINITION, "/version", "the version")).orElse("");
      LocalizedText name = root.get("name").map(v -> localized(v, DEFINITION, "/name", "the name")).orElse(LocalizedText.empty());
      LocalizedText description =
          root.get("description").map(v -> localized(v, DEFINITION, "/description", "the description")).orElse(LocalizedText.empty());
      List<ParameterDefinition> parameters = list(root, "parameters", (v, p) -> parameter(v, p));
      String indicatorFile = root.get("indicators").map(v -> named(scalar(v, DEFINITION, "/indicators", "the indicator file"), v, "/indicators"))
          .orElse("indicators.csv");
      Set<String> indicatorIds = new HashSet<>();
      List<Indicator> indicators = indicators(indicatorFile, indicatorIds);
      Set<String> objectiveIds = new HashSet<>();
      List<Objective> skeleton = list(root, "skeleton", (v, p) -> objective(v, p, indicatorIds, objectiveIds, new LinkedHashMap<>()));
      List<CriteriaSet> criteria = list(root, "criteriaSets", this::criteriaSet);
      ids(root, "criteriaSets", "id", "criteria set");
      Map<String, LocalizedText> annexes = new LinkedHashMap<>();
      list(root, "annexes", (v, p) -> annex(v, p, annexes));
      Optional<String> frameworkFile = root.get("frameworks").map(v -> named(scalar(v, DEFINITION, "/frameworks", "the framework file"), v, "/frameworks"));
      List<ReferenceFramework> frameworks = frameworkFile.map(this::frameworks).orElseGet(() -> frameworks("frameworks.csv", false));
      Map<String, DataCatalogue> catalogues = catalogues(root);
      MessageCatalog messages = messages();
      if (hasErrors()) {
        return new Result(null, findings);
      }
      TemplateDefinition definition = new TemplateDefinition(
          expected, version, name, description, parameters, TemplateSkeleton.of(skeleton), indicators, criteria,
          frameworks, annexes, catalogues, messages);
      return new Result(definition, findings);
    }

    // ------------------------------------------------------------------ YAML helpers

    private @Nullable Mapping mapping(Value v, String file, String pointer, String what) {
      if (v instanceof Mapping m) {
        return m;
      }
      problem(TemplateDataCodes.TYPE, file, v, pointer, what, 0, kind(v));
      return null;
    }

    private @Nullable String scalar(Value v, String file, String pointer, String what) {
      if (v instanceof Scalar s && !s.isNull()) {
        return s.text();
      }
      problem(TemplateDataCodes.TYPE, file, v, pointer, what, 2, kind(v));
      return null;
    }

    private static int kind(Value v) {
      return v instanceof Mapping ? 0 : v instanceof Sequence ? 1 : ((Scalar) v).isNull() ? 3 : 2;
    }

    private void members(Mapping m, String file, String pointer, Set<String> allowed, Set<String> required) {
      m.keys().forEach((k, at) -> {
        if (!allowed.contains(k)) {
          problem(TemplateDataCodes.MEMBER_UNKNOWN, file, at, Pointer.child(pointer, k), k, String.join(", ", sorted(allowed)));
        }
      });
      for (String r : sorted(required)) {
        if (!m.entries().containsKey(r)) {
          problem(TemplateDataCodes.MEMBER_MISSING, file, m, pointer, r);
        }
      }
    }

    private static List<String> sorted(Set<String> s) {
      return s.stream().sorted().toList();
    }

    private LocalizedText localized(Value v, String file, String pointer, String what) {
      Mapping m = mapping(v, file, pointer, what);
      if (m == null) {
        return LocalizedText.empty();
      }
      Map<String, String> texts = new LinkedHashMap<>();
      m.entries().forEach((lang, value) -> {
        String t = scalar(value, file, Pointer.child(pointer, lang), what);
        if (t != null && !t.isBlank()) {
          texts.put(lang, t);
        }
      });
      for (String lang : List.of("en", "ro")) {
        if (!texts.containsKey(lang)) {
          problem(TemplateDataCodes.TEXT_LANGUAGE, file, m, pointer, what, lang.equals("en") ? 0 : 1);
        }
      }
      try {
        return new LocalizedText(texts);
      } catch (IllegalArgumentException e) {
        problem(TemplateDataCodes.INVALID, file, m, pointer, e.getMessage());
        return LocalizedText.empty();
      }
    }

    private interface Item<T> {
      @Nullable T read(Value v, String pointer);
    }

    private <T> List<T> list(Mapping root, String member, Item<T> item) {
      Optional<Value> v = root.get(member);
      if (v.isEmpty()) {
        return List.of();
      }
      return items(v.get(), "/" + member, member, item);
    }

    private <T> List<T> items(Value v, String pointer, String what, Item<T> item) {
      if (!(v instanceof Sequence s)) {
        problem(TemplateDataCodes.TYPE, DEFINITION, v, pointer, what, 1, kind(v));
        return List.of();
      }
      List<T> out = new ArrayList<>();
      for (int i = 0; i < s.items().size(); i++) {
        T t = item.read(s.items().get(i), pointer + "/" + i);
        if (t != null) {
          out.add(t);
        }
      }
      return out;
    }

    /** Reports repeated values of {@code key} among the mappings of a list member. */
    private void ids(Mapping root, String member, String key, String what) {
      if (!(root.get(member).orElse(null) instanceof Sequence s)) {
        return;
      }
      Map<String, Value> seen = new LinkedHashMap<>();
      for (int i = 0; i < s.items().size(); i++) {
        if (s.items().get(i) instanceof Mapping m && m.get(key).orElse(null) instanceof Scalar id) {
          Value first = seen.putIfAbsent(id.text(), id);
          if (first != null) {
            problem(TemplateDataCodes.ID_DUPLICATE, DEFINITION, id, "/" + member + "/" + i + "/" + key, what, id.text(), first.line());
          }
        }
      }
    }

    // ------------------------------------------------------------------ parameters

    private @Nullable ParameterDefinition parameter(Value v, String pointer) {
      Mapping m = mapping(v, DEFINITION, pointer, "a parameter");
      if (m == null) {
        return null;
      }
      members(m, DEFINITION, pointer, Set.of("name", "type", "default", "min", "max", "choices", "unit", "description"),
          Set.of("name", "type", "description"));
      String name = m.get("name").map(x -> scalar(x, DEFINITION, pointer + "/name", "the parameter name")).orElse(null);
      String type = m.get("type").map(x -> scalar(x, DEFINITION, pointer + "/type", "the parameter type")).orElse(null);
      LocalizedText description = m.get("description").map(x -> localized(x, DEFINITION, pointer + "/description", "the parameter description")).orElse(LocalizedText.empty());
      if (name == null || type == null) {
        return null;
      }
      if (!IdSyntax.isValid(name)) {
        problem(TemplateDataCodes.VALUE_INVALID, DEFINITION, m.get("name").get(), pointer + "/name", name, 0, IdSyntax.RULE);
        return null;
      }
      Optional<ParameterKind> kind = ParameterKind.fromLabel(type);
      if (kind.isEmpty()) {
        problem(TemplateDataCodes.VALUE_INVALID, DEFINITION, m.get("type").get(), pointer + "/type", type, 1,
            String.join(", ", java.util.Arrays.stream(ParameterKind.values()).map(ParameterKind::label).toList()));
        return null;
      }
      ParameterDefinition d = ParameterDefinition.of(name, kind.get(), description);
      try {
        BigDecimal min = m.get("min").map(x -> number(x, pointer + "/min")).orElse(null);
        BigDecimal max = m.get("max").map(x -> number(x, pointer + "/max")).orElse(null);
        if (min != null || max != null) {
          d = d.withRange(min, max);
        }
        if (m.get("choices").isPresent()) {
          List<String> choices = items(m.get("choices").get(), pointer + "/choices", "the choices",
              (x, p) -> scalar(x, DEFINITION, p, "a choice"));
          d = d.withChoices(choices);
        }
        if (m.get("unit").isPresent()) {
          String unit = scalar(m.get("unit").get(), DEFINITION, pointer + "/unit", "the unit");
          d = d.withUnit(unit == null ? "" : unit);
        }
      } catch (IllegalArgumentException e) {
        problem(TemplateDataCodes.INVALID, DEFINITION, m, pointer, e.getMessage());
        return null;
      }
      if (m.get("default").isPresent()) {
        Value dv = m.get("default").get();
        String value = scalar(dv, DEFINITION, pointer + "/default", "the default");
        if (value == null) {
          return null;
        }
        if (!d.accepts(value)) {
          problem(TemplateDataCodes.PARAMETER_DEFAULT, DEFINITION, dv, pointer + "/default", value, name, d.allowed());
          return null;
        }
        d = d.withDefault(value);
      }
      return d;
    }

    private @Nullable BigDecimal number(Value v, String pointer) {
      String t = scalar(v, DEFINITION, pointer, "a bound");
      if (t == null) {
        return null;
      }
      try {
        return new BigDecimal(t.strip());
      } catch (NumberFormatException e) {
        problem(TemplateDataCodes.VALUE_INVALID, DEFINITION, v, pointer, t, 2, "a number");
        return null;
      }
    }

    // ------------------------------------------------------------------ skeleton

    private @Nullable Objective objective(
        Value v, String pointer, Set<String> indicators, Set<String> seen, Map<String, Value> unused) {
      Mapping m = mapping(v, DEFINITION, pointer, "an objective");
      if (m == null) {
        return null;
      }
      members(m, DEFINITION, pointer, Set.of("id", "title", "description", "indicators", "children"), Set.of("id", "title"));
      String id = m.get("id").map(x -> scalar(x, DEFINITION, pointer + "/id", "the objective id")).orElse(null);
      LocalizedText title = m.get("title").map(x -> localized(x, DEFINITION, pointer + "/title", "the objective title")).orElse(LocalizedText.empty());
      LocalizedText description = m.get("description").map(x -> localized(x, DEFINITION, pointer + "/description", "the objective description")).orElse(LocalizedText.empty());
      List<IndicatorId> named = new ArrayList<>();
      m.get("indicators").ifPresent(list -> items(list, pointer + "/indicators", "the indicators", (x, p) -> {
        String ref = scalar(x, DEFINITION, p, "an indicator id");
        if (ref != null && !indicators.contains(ref)) {
          problem(TemplateDataCodes.REFERENCE_UNKNOWN, DEFINITION, x, p, 0, ref, "indicators.csv");
        } else if (ref != null) {
          named.add(IndicatorId.of(ref));
        }
        return ref;
      }));
      List<Objective> children = m.get("children")
          .map(list -> items(list, pointer + "/children", "the children", (x, p) -> objective(x, p, indicators, seen, unused)))
          .orElse(List.of());
      if (id == null) {
        return null;
      }
      if (!seen.add(id)) {
        problem(TemplateDataCodes.ID_DUPLICATE, DEFINITION, m.get("id").get(), pointer + "/id", "objective", id, "?");
        return null;
      }
      try {
        return new Objective(ObjectiveId.of(id), title, description, named, children);
      } catch (IllegalArgumentException e) {
        problem(TemplateDataCodes.INVALID, DEFINITION, m, pointer, e.getMessage());
        return null;
      }
    }

    // ------------------------------------------------------------------ criteria and annexes

    private @Nullable CriteriaSet criteriaSet(Value v, String pointer) {
      Mapping m = mapping(v, DEFINITION, pointer, "a criteria set");
      if (m == null) {
        return null;
      }
      members(m, DEFINITION, pointer, Set.of("id", "name", "criteria"), Set.of("id", "name", "criteria"));
      String id = m.get("id").map(x -> scalar(x, DEFINITION, pointer + "/id", "the criteria set id")).orElse(null);
      LocalizedText name = m.get("name").map(x -> localized(x, DEFINITION, pointer + "/name", "the criteria set name")).orElse(LocalizedText.empty());
      List<Criterion> criteria = m.get("criteria")
          .map(list -> items(list, pointer + "/criteria", "the criteria", this::criterion)).orElse(List.of());
      if (id == null) {
        return null;
      }
      try {
        return new CriteriaSet(CriteriaSetId.of(id), name, criteria);
      } catch (IllegalArgumentException e) {
        problem(TemplateDataCodes.INVALID, DEFINITION, m, pointer, e.getMessage());
        return null;
      }
    }

    private @Nullable Criterion criterion(Value v, String pointer) {
      Mapping m = mapping(v, DEFINITION, pointer, "a criterion");
      if (m == null) {
        return null;
      }
      members(m, DEFINITION, pointer, Set.of("id", "name", "direction", "weight"), Set.of("id", "name", "direction", "weight"));
      String id = m.get("id").map(x -> scalar(x, DEFINITION, pointer + "/id", "the criterion id")).orElse(null);
      LocalizedText name = m.get("name").map(x -> localized(x, DEFINITION, pointer + "/name", "the criterion name")).orElse(LocalizedText.empty());
      CriterionDirection direction = m.get("direction").map(x -> {
        String t = scalar(x, DEFINITION, pointer + "/direction", "the direction");
        Optional<CriterionDirection> d = t == null ? Optional.empty() : label(CriterionDirection.class, t);
        if (t != null && d.isEmpty()) {
          problem(TemplateDataCodes.VALUE_INVALID, DEFINITION, x, pointer + "/direction", t, 3, labels(CriterionDirection.class));
        }
        return d.orElse(null);
      }).orElse(null);
      BigDecimal weight = m.get("weight").map(x -> number(x, pointer + "/weight")).orElse(null);
      if (id == null || direction == null || weight == null) {
        return null;
      }
      try {
        return new Criterion(id, name, direction, weight.doubleValue());
      } catch (IllegalArgumentException e) {
        problem(TemplateDataCodes.INVALID, DEFINITION, m, pointer, e.getMessage());
        return null;
      }
    }

    private @Nullable String annex(Value v, String pointer, Map<String, LocalizedText> annexes) {
      Mapping m = mapping(v, DEFINITION, pointer, "an annex");
      if (m == null) {
        return null;
      }
      members(m, DEFINITION, pointer, Set.of("kind", "name"), Set.of("kind", "name"));
      String kind = m.get("kind").map(x -> scalar(x, DEFINITION, pointer + "/kind", "the annex kind")).orElse(null);
      LocalizedText name = m.get("name").map(x -> localized(x, DEFINITION, pointer + "/name", "the annex name")).orElse(LocalizedText.empty());
      if (kind != null && annexes.putIfAbsent(kind, name) != null) {
        problem(TemplateDataCodes.ID_DUPLICATE, DEFINITION, m.get("kind").get(), pointer + "/kind", "annex", kind, "?");
      }
      return kind;
    }

    // ------------------------------------------------------------------ CSV catalogues

    /** A CSV file's rows after its header, as maps by column, with the header's place checked. */
    private @Nullable List<DataCatalogue.Row> table(String file, List<String> required, List<String> optional, boolean mustExist) {
      Optional<String> text = read(file, mustExist);
      if (text.isEmpty()) {
        return null;
      }
      Csv.Parsed parsed = Csv.parse(text.get());
      // Nothing after a malformed field is read, so either kind must be reported, not only an unclosed quote.
      parsed.malformed().ifPresent(m -> problem(TemplateDataCodes.SYNTAX, file, m.line(), m.column(), "",
          m.kind() == Csv.Malformed.Kind.UNTERMINATED_QUOTE ? "a quoted field is never closed" : "text follows the closing quote of a field"));
      if (parsed.rows().isEmpty()) {
        problem(TemplateDataCodes.CSV_HEADER, file, 1, 1, "", String.join(",", required));
        return null;
      }
      List<String> header = parsed.rows().get(0).fields();
      boolean ok = true;
      for (String r : required) {
        if (!header.contains(r)) {
          problem(TemplateDataCodes.CSV_COLUMN_MISSING, file, 1, 1, "/0", r, String.join(",", required));
          ok = false;
        }
      }
      for (int c = 0; c < header.size(); c++) {
        String h = header.get(c);
        if (!required.contains(h) && !optional.contains(h)) {
          List<String> all = new ArrayList<>(required);
          all.addAll(optional);
          problem(TemplateDataCodes.CSV_COLUMN_UNKNOWN, file, 1, c + 1, "/0/" + c, h, String.join(", ", all));
          ok = false;
        }
      }
      if (new LinkedHashSet<>(header).size() != header.size()) {
        problem(TemplateDataCodes.CSV_HEADER, file, 1, 1, "/0", String.join(",", required));
        ok = false;
      }
      if (!ok) {
        return null;
      }
      List<DataCatalogue.Row> rows = new ArrayList<>();
      for (Csv.Row row : parsed.rows().subList(1, parsed.rows().size())) {
        if (row.fields().size() != header.size()) {
          problem(TemplateDataCodes.CSV_FIELDS, file, row.line(), 1, "/" + row.line(), row.fields().size(), header.size());
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          values.put(header.get(c), row.fields().get(c));
        }
        for (String r : required) {
          values.putIfAbsent(r, "");
        }
        for (String o : optional) {
          values.putIfAbsent(o, "");
        }
        rows.add(new DataCatalogue.Row(row.line(), values));
      }
      return rows;
    }

    private void cell(String code, String file, DataCatalogue.Row row, List<String> columns, String column, Object... args) {
      problem(code, file, row.line(), Math.max(1, columns.indexOf(column) + 1), "/" + row.line() + "/" + Pointer.escape(column), args);
    }

    private boolean text(String file, DataCatalogue.Row row, List<String> columns, String column) {
      if (row.text(column).isBlank()) {
        cell(TemplateDataCodes.CSV_VALUE_MISSING, file, row, columns, column, column);
        return false;
      }
      return true;
    }

    /** The valid rows as indicators; {@code ids} gets the id of every row, valid or not, so that a bad row is reported once. */
    private List<Indicator> indicators(String file, Set<String> ids) {
      List<String> required = List.of("id", "name_en", "name_ro", "unit", "direction", "kind");
      List<String> optional = List.of("reference", "definition_en", "definition_ro", "frequency");
      List<String> columns = List.of(INDICATOR_COLUMNS.split(","));
      List<DataCatalogue.Row> rows = table(file, required, optional, true);
      if (rows == null) {
        return List.of();
      }
      List<Indicator> out = new ArrayList<>();
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (DataCatalogue.Row row : rows) {
        ids.add(row.text("id"));
        boolean ok = true;
        for (String r : required) {
          ok &= text(file, row, columns, r);
        }
        if (!ok) {
          continue;
        }
        String id = row.text("id");
        Integer first = seen.putIfAbsent(id, row.line());
        if (first != null) {
          cell(TemplateDataCodes.ID_DUPLICATE, file, row, columns, "id", "indicator", id, first);
          continue;
        }
        Optional<Direction> direction = label(Direction.class, row.text("direction"));
        Optional<IndicatorKind> kind = label(IndicatorKind.class, row.text("kind"));
        Optional<ReportingFrequency> frequency = row.text("frequency").isEmpty() ? Optional.empty() : label(ReportingFrequency.class, row.text("frequency"));
        if (direction.isEmpty()) {
          cell(TemplateDataCodes.VALUE_INVALID, file, row, columns, "direction", row.text("direction"), 4, labels(Direction.class));
        }
        if (kind.isEmpty()) {
          cell(TemplateDataCodes.VALUE_INVALID, file, row, columns, "kind", row.text("kind"), 5, labels(IndicatorKind.class));
        }
        if (!row.text("frequency").isEmpty() && frequency.isEmpty()) {
          cell(TemplateDataCodes.VALUE_INVALID, file, row, columns, "frequency", row.text("frequency"), 6, labels(ReportingFrequency.class));
        }
        if (direction.isEmpty() || kind.isEmpty() || (!row.text("frequency").isEmpty() && frequency.isEmpty())) {
          continue;
        }
        try {
          Indicator.Builder b = Indicator.builder(IndicatorId.of(id), row.localized("name"), row.text("unit"), direction.get())
              .kind(kind.get());
          if (!row.text("definition_en").isEmpty() || !row.text("definition_ro").isEmpty()) {
            b.definition(row.localized("definition"));
          }
          if (!row.text("reference").isEmpty()) {
            b.reference(row.text("reference"));
          }
          frequency.ifPresent(b::frequency);
          out.add(b.build());
        } catch (IllegalArgumentException e) {
          cell(TemplateDataCodes.INVALID, file, row, columns, "id", e.getMessage());
        }
      }
      return out;
    }

    private List<ReferenceFramework> frameworks(String file) {
      return frameworks(file, true);
    }

    /** The frameworks of {@code file}, read by core's reader of the standard format, its problems as findings. */
    private List<ReferenceFramework> frameworks(String file, boolean mustExist) {
      Optional<String> text = read(file, mustExist);
      if (text.isEmpty()) {
        return List.of();
      }
      FrameworkCatalogue catalogue = ReferenceFrameworks.readStandard(text.get());
      catalogue.problems().forEach(p -> frameworkProblem(file, p));
      return catalogue.frameworks();
    }

    private void frameworkProblem(String file, Problem p) {
      String at = "/" + p.line() + p.field().map(f -> "/" + Pointer.escape(f)).orElse("");
      if (p instanceof Problem.MalformedText) {
        problem(TemplateDataCodes.SYNTAX, file, p.line(), p.column(), "", p.message());
      } else if (p instanceof Problem.NoHeader) {
        problem(TemplateDataCodes.CSV_HEADER, file, 1, 1, "", ReferenceFrameworks.REQUIRED_COLUMNS);
      } else if (p instanceof Problem.MissingColumn m) {
        problem(TemplateDataCodes.CSV_COLUMN_MISSING, file, 1, 1, "/0", m.name(), ReferenceFrameworks.REQUIRED_COLUMNS);
      } else if (p instanceof Problem.UnknownColumn u) {
        problem(TemplateDataCodes.CSV_COLUMN_UNKNOWN, file, 1, u.column(), "/0/" + (u.column() - 1), u.name(),
            ReferenceFrameworks.COLUMNS.replace(",", ", "));
      } else if (p instanceof Problem.RepeatedColumn r) {
        problem(TemplateDataCodes.CSV_HEADER, file, 1, r.column(), "/0/" + (r.column() - 1), ReferenceFrameworks.COLUMNS);
      } else if (p instanceof Problem.FieldCount f) {
        problem(TemplateDataCodes.CSV_FIELDS, file, f.line(), 1, at, f.fields(), f.expected());
      } else if (p instanceof Problem.MissingValue m) {
        problem(TemplateDataCodes.CSV_VALUE_MISSING, file, m.line(), m.column(), at, m.name());
      } else if (p instanceof Problem.InvalidValue v) {
        boolean id = v.name().equals("framework") || v.name().equals("objective");
        problem(TemplateDataCodes.VALUE_INVALID, file, v.line(), v.column(), at, v.value(), id ? 0 : 2, v.allowed());
      } else if (p instanceof Problem.DuplicateObjective d) {
        problem(TemplateDataCodes.ID_DUPLICATE, file, d.line(), d.column(), at, "framework objective",
            d.framework() + "/" + d.objective(), d.firstLine());
      } else if (p instanceof Problem.ConflictingName c) {
        problem(TemplateDataCodes.CSV_VALUE_CONFLICT, file, c.line(), c.column(), at, c.name(), c.framework(), c.value(),
            c.first(), c.firstLine());
      } else {
        problem(TemplateDataCodes.INVALID, file, p.line(), p.column(), at, p.message());
      }
    }

    // ------------------------------------------------------------------ lookup catalogues

    private record Column(String name, String type, boolean optional, List<String> choices, @Nullable String catalogue, Value at) {}

    private static final List<String> COLUMN_TYPES = List.of("id", "text", "decimal", "integer", "boolean", "choice", "reference");

    private Map<String, DataCatalogue> catalogues(Mapping root) {
      Map<String, DataCatalogue> out = new LinkedHashMap<>();
      Optional<Value> v = root.get("catalogues");
      if (v.isEmpty()) {
        return out;
      }
      Mapping m = mapping(v.get(), DEFINITION, "/catalogues", "the catalogues");
      if (m == null) {
        return out;
      }
      Map<String, List<Column>> declared = new LinkedHashMap<>();
      Map<String, String> files = new LinkedHashMap<>();
      m.entries().forEach((name, decl) -> {
        String p = "/catalogues/" + Pointer.escape(name);
        Mapping d = mapping(decl, DEFINITION, p, "a catalogue declaration");
        if (d == null) {
          return;
        }
        members(d, DEFINITION, p, Set.of("file", "columns"), Set.of("file", "columns"));
        String file = d.get("file").map(x -> named(scalar(x, DEFINITION, p + "/file", "the catalogue file"), x, p + "/file")).orElse(null);
        List<Column> columns = d.get("columns").map(x -> items(x, p + "/columns", "the columns", this::column)).orElse(List.of());
        if (file != null && !columns.isEmpty()) {
          declared.put(name, columns);
          files.put(name, file);
        }
      });
      Map<String, Set<String>> keys = new LinkedHashMap<>();
      Map<String, List<DataCatalogue.Row>> tables = new LinkedHashMap<>();
      declared.forEach((name, columns) -> {
        String file = files.get(name);
        List<String> required = columns.stream().filter(c -> !c.optional()).map(Column::name).toList();
        List<String> optional = columns.stream().filter(Column::optional).map(Column::name).toList();
        List<DataCatalogue.Row> rows = table(file, required, optional, true);
        if (rows == null) {
          return;
        }
        tables.put(name, rows);
        Set<String> ids = new LinkedHashSet<>();
        Column key = columns.get(0);
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<String> names = columns.stream().map(Column::name).toList();
        for (DataCatalogue.Row row : rows) {
          if (key.type().equals("id")) {
            Integer first = seen.putIfAbsent(row.text(key.name()), row.line());
            if (first != null) {
              cell(TemplateDataCodes.ID_DUPLICATE, file, row, names, key.name(), name, row.text(key.name()), first);
            }
          }
          ids.add(row.text(key.name()));
        }
        keys.put(name, ids);
      });
      tables.forEach((name, rows) -> {
        List<Column> columns = declared.get(name);
        String file = files.get(name);
        List<String> names = columns.stream().map(Column::name).toList();
        for (DataCatalogue.Row row : rows) {
          for (Column c : columns) {
            checkCell(file, row, names, c, keys);
          }
        }
        out.put(name, new DataCatalogue(name, file, names, rows));
      });
      return out;
    }

    private @Nullable Column column(Value v, String pointer) {
      Mapping m = mapping(v, DEFINITION, pointer, "a column");
      if (m == null) {
        return null;
      }
      members(m, DEFINITION, pointer, Set.of("name", "type", "optional", "choices", "catalogue"), Set.of("name", "type"));
      String name = m.get("name").map(x -> scalar(x, DEFINITION, pointer + "/name", "the column name")).orElse(null);
      String type = m.get("type").map(x -> scalar(x, DEFINITION, pointer + "/type", "the column type")).orElse(null);
      boolean optional = m.get("optional").map(x -> "true".equals(scalar(x, DEFINITION, pointer + "/optional", "optional"))).orElse(false);
      List<String> choices = m.get("choices").map(x -> items(x, pointer + "/choices", "the choices", (c, p) -> scalar(c, DEFINITION, p, "a choice"))).orElse(List.of());
      String catalogue = m.get("catalogue").map(x -> scalar(x, DEFINITION, pointer + "/catalogue", "the catalogue")).orElse(null);
      if (name == null || type == null) {
        return null;
      }
      if (!COLUMN_TYPES.contains(type)) {
        problem(TemplateDataCodes.VALUE_INVALID, DEFINITION, m.get("type").get(), pointer + "/type", type, 7, String.join(", ", COLUMN_TYPES));
        return null;
      }
      if (type.equals("reference") && catalogue == null) {
        problem(TemplateDataCodes.MEMBER_MISSING, DEFINITION, m, pointer, "catalogue");
        return null;
      }
      return new Column(name, type, optional, choices, catalogue, m);
    }

    private void checkCell(String file, DataCatalogue.Row row, List<String> names, Column c, Map<String, Set<String>> keys) {
      String value = row.text(c.name());
      if (value.isEmpty()) {
        if (!c.optional()) {
          cell(TemplateDataCodes.CSV_VALUE_MISSING, file, row, names, c.name(), c.name());
        }
        return;
      }
      String v = value.strip();
      switch (c.type()) {
        case "id" -> {
          if (!IdSyntax.isValid(v)) {
            cell(TemplateDataCodes.VALUE_INVALID, file, row, names, c.name(), value, 0, IdSyntax.RULE);
          }
        }
        case "decimal", "integer" -> {
          boolean ok;
          try {
            BigDecimal d = new BigDecimal(v);
            ok = c.type().equals("decimal") || d.stripTrailingZeros().scale() <= 0;
          } catch (NumberFormatException e) {
            ok = false;
          }
          if (!ok) {
            cell(TemplateDataCodes.VALUE_INVALID, file, row, names, c.name(), value, 2, c.type().equals("decimal") ? "a decimal number" : "a whole number");
          }
        }
        case "boolean" -> {
          if (!v.equals("true") && !v.equals("false")) {
            cell(TemplateDataCodes.VALUE_INVALID, file, row, names, c.name(), value, 2, "true, false");
          }
        }
        case "choice" -> {
          if (!c.choices().contains(v)) {
            cell(TemplateDataCodes.VALUE_INVALID, file, row, names, c.name(), value, 2, String.join(", ", c.choices()));
          }
        }
        case "reference" -> {
          Set<String> known = keys.get(c.catalogue());
          if (known == null) {
            problem(TemplateDataCodes.REFERENCE_UNKNOWN, DEFINITION, c.at(), "", 1, c.catalogue(), String.join(", ", keys.keySet()));
          } else if (!known.contains(v)) {
            cell(TemplateDataCodes.REFERENCE_UNKNOWN, file, row, names, c.name(), 2, v, c.catalogue());
          }
        }
        default -> { }
      }
    }

    // ------------------------------------------------------------------ messages

    private MessageCatalog messages() {
      Optional<String> en = read("messages.properties", false);
      Optional<String> ro = read("messages_ro.properties", false);
      if (en.isEmpty() && ro.isEmpty()) {
        return MessageCatalog.empty();
      }
      Map<String, String> english = properties("messages.properties", en.orElse(""));
      Map<String, String> romanian = properties("messages_ro.properties", ro.orElse(""));
      if (english == null || romanian == null) {
        // a file that could not be read is reported; comparing its keys would report them all again
        return MessageCatalog.empty();
      }
      english.keySet().stream().filter(k -> !romanian.containsKey(k)).forEach(k ->
          problem(TemplateDataCodes.MESSAGE_LANGUAGE, "messages.properties", lineOf(en.orElse(""), k), 1, "/" + Pointer.escape(k), k, 1, "messages_ro.properties"));
      romanian.keySet().stream().filter(k -> !english.containsKey(k)).forEach(k ->
          problem(TemplateDataCodes.MESSAGE_LANGUAGE, "messages_ro.properties", lineOf(ro.orElse(""), k), 1, "/" + Pointer.escape(k), k, 0, "messages.properties"));
      if (english.keySet().equals(romanian.keySet())) {
        return MessageCatalog.of(english, romanian);
      }
      return MessageCatalog.empty();
    }

    /** The messages of a properties file, or null when it cannot be read (reported). */
    private @Nullable Map<String, String> properties(String file, String text) {
      Properties p = new Properties();
      try {
        p.load(new StringReader(text));
      } catch (IllegalArgumentException e) {
        // the one error Properties.load reports, without saying where: find it
        int[] at = malformedEscape(text);
        problem(TemplateDataCodes.SYNTAX, file, at[0], at[1], "", "a \\u escape needs four hexadecimal digits (\\u0103 is ă)");
        return null;
      } catch (IOException e) {
        problem(TemplateDataCodes.SYNTAX, file, 0, 0, "", String.valueOf(e.getMessage()));
        return null;
      }
      Map<String, String> out = new java.util.TreeMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
      return out;
    }

    private static int lineOf(String text, String key) {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i].strip();
        if (l.startsWith(key) && l.length() > key.length() && "=: \t".indexOf(l.charAt(key.length())) >= 0) {
          return i + 1;
        }
      }
      return 1;
    }
  }

  /**
   * The line and column (from 1) of the first {@code \\u} escape of a properties text not followed
   * by four hexadecimal digits, read as {@link Properties#load(java.io.Reader)} reads it: a
   * backslash escapes the character after it, and a line whose first character other than a
   * blank is {@code #} or {@code !} is a comment unless it continues the line before; {1, 1}
   * when there is none.
   */
  static int[] malformedEscape(String text) {
    int line = 1;
    int lineStart = 0;
    boolean continued = false;
    int i = 0;
    while (i < text.length()) {
      int j = i;
      while (!continued && j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\f')) {
        j++;
      }
      boolean comment = !continued && j < text.length() && (text.charAt(j) == '#' || text.charAt(j) == '!');
      continued = false;
      for (; j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r'; j++) {
        if (comment || text.charAt(j) != '\\') {
          continue;
        }
        if (j + 1 == text.length() || text.charAt(j + 1) == '\n' || text.charAt(j + 1) == '\r') {
          continued = true;
          break;
        }
        if (text.charAt(j + 1) == 'u') {
          int k = j + 2;
          while (k < j + 6 && k < text.length() && Character.digit(text.charAt(k), 16) >= 0) {
            k++;
          }
          if (k < j + 6) {
            return new int[] {line, j - lineStart + 1};
          }
          j = k - 1;
        } else {
          j++;
        }
      }
      // past the line's end: \r\n, \r or \n
      if (j < text.length() && text.charAt(j) == '\\') {
        j++;
      }
      if (j < text.length() && text.charAt(j) == '\r') {
        j++;
      }
      if (j < text.length() && text.charAt(j) == '\n') {
        j++;
      }
      i = j;
      line++;
      lineStart = j;
    }
    return new int[] {1, 1};
  }

  /** The constant of {@code type} whose lower-case kebab label is {@code label}. */
  static <E extends Enum<E>> Optional<E> label(Class<E> type, String label) {
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(label.strip())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  static <E extends Enum<E>> String labels(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return String.join(", ", out);
  }
}
