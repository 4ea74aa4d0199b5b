// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.AnnexType;
import org.civicplan.template.TemplateRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas (draft 2020-12) of strategy documents, generated from the model by the conventions
 * {@link CivicplanJacksonModule} reads and writes documents with, so that the schema and the reader
 * cannot drift apart: a record is an object of its components, none other allowed; every
 * component is required except optionals, lists, maps and localized texts; ids, plan dates,
 * periods and currencies are strings (ids and plan dates also YAML's unquoted integers); enums are
 * lower-case kebab strings; a localized text is an object of language tags to texts; money is
 * {@code {"amount", "currency"}}; an annex is {@code {"kind", "data"}}, its data checked against
 * the record type of the annex types given for its kind and free for other kinds (the reader keeps
 * those verbatim).
 *
 * <p>An editor given the schema completes and checks a document as it is typed: for YAML, the first
 * line {@code # yaml-language-server: $schema=strategy.schema.json} (docs/schemas.md). The schema
 * checks the shape of a document; what the validator checks beyond it (references that resolve,
 * dates in order, template rules) stays with {@link org.civicplan.validation.StrategyValidator}.
 *
 * <pre>{@code
 * String schema = DocumentSchemas.strategy(TemplateRegistry.load()); // the installed templates' annexes
 * Files.writeString(Path.of("strategy.schema.json"), schema);
 * }</pre>
 *
 * <p>The same arguments give the same text, byte for byte. Stateless and thread-safe.
 */
public final class DocumentSchemas {

  /** The JSON Schema dialect of every schema here. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** The {@code $id} of the strategy document schema. */
  public static final String STRATEGY_ID = "https://github.com/civicplan/civicplan/raw/main/docs/schemas/strategy.schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String ID_PATTERN = "^" + IdSyntax.PATTERN.pattern() + "$";
  private static final String PLAN_DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

  private DocumentSchemas() {}

  /**
   * {@return the schema of a strategy document with the annexes of the templates of {@code
   * registry} checked by kind}
   *
   * @param registry the installed templates
   * @throws NullPointerException if {@code registry} is null
   */
  public static String strategy(TemplateRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return strategy(registry.all().stream().flatMap(t -> t.annexTypes().stream()).distinct().toList());
  }

  /**
   * {@return the schema of a strategy document, pretty-printed JSON ending with a newline, with the
   * annex data of {@code annexTypes} checked by kind}
   *
   * @param annexTypes the typed annexes to check (for instance {@code
   *     TemplateRegistry.load().annexTypes()}); others are free
   * @throws NullPointerException if the collection or an element is null
   */
  public static String strategy(Collection<? extends AnnexType<?>> annexTypes) {
    Objects.requireNonNull(annexTypes, "annexTypes");
    Generator g = new Generator();
    ObjectNode root = NODES.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", STRATEGY_ID);
    root.put("title", "civicplan strategy document");
    root.put("description", "A city strategy: objectives, action plan, indicators, governance and annexes "
        + "(schema version " + Strategy.CURRENT_SCHEMA_VERSION + ").");
    ObjectNode body = g.record(Strategy.class);
    root.setAll(body);
    List<AnnexType<?>> sorted = new ArrayList<>(annexTypes);
    sorted.sort(Comparator.comparing(AnnexType::kind));
    g.defs.put("Annex", g.annex(sorted));
    ObjectNode defs = root.putObject("$defs");
    g.defs.forEach(defs::set);
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  /**
   * {@return the schema of a template overlay file ({@link OverlayDocuments}), pretty-printed JSON
   * ending with a newline}
   *
   * <p>Its members are those {@link OverlayDocuments} reads: {@code template} (required), {@code
   * name}, {@code description}, {@code objectives} and {@code indicators} ({@code remove}, {@code
   * change}, {@code add}), {@code criteriaWeights} (weights by criteria set and criterion) and
   * {@code parameters} (values by parameter name); whether a named objective, indicator, criterion
   * or parameter exists is checked when the overlay is applied, not here.
   */
  public static String overlay() {
    Generator g = new Generator();
    ObjectNode root = NODES.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", OVERLAY_ID);
    root.put("title", "civicplan template overlay");
    root.put("description", "A municipality's adaptation of a strategy template, as data.");
    JsonNode id = g.schema(org.civicplan.base.ObjectiveId.class);
    JsonNode text = g.schema(LocalizedText.class);
    ObjectNode ids = Generator.type("array");
    ids.set("items", id);

    ObjectNode objective = object(Map.of("id", id, "title", text, "description", text, "indicatorIds", ids,
        "children", NODES.objectNode().put("$ref", "#/$defs/NewObjective")), "id", "title");
    g.defs.put("NewObjective", objective);
    ObjectNode objectiveChange = object(Map.of("id", id, "newId", id, "title", text, "description", text,
        "indicatorIds", ids), "id");
    ObjectNode objectiveAdd = object(Map.of("parent", id, "objective", NODES.objectNode().put("$ref",
        "#/$defs/NewObjective")), "objective");
    ObjectNode scalar = NODES.objectNode();
    scalar.putArray("type").add("string").add("number").add("integer").add("boolean");
    ObjectNode indicator = object(Map.of("id", id, "name", text, "definition", text,
        "unit", Generator.type("string"), "kind", g.schema(org.civicplan.indicator.IndicatorKind.class),
        "direction", g.schema(org.civicplan.indicator.Direction.class),
        "normalisation", g.schema(org.civicplan.indicator.Denominator.class),
        "dataSource", Generator.type("string"),
        "frequency", g.schema(org.civicplan.indicator.ReportingFrequency.class),
        "references", array(Generator.type("string"))), "id", "name", "unit", "direction");
    ObjectNode indicatorChange = object(Map.of("id", id, "newId", id, "name", text, "definition", text,
        "dataSource", Generator.type("string")), "id");
    ObjectNode weights = Generator.type("object");
    weights.set("additionalProperties", Generator.type("object").set("additionalProperties", Generator.type("number")));
    ObjectNode parameters = Generator.type("object");
    parameters.set("additionalProperties", scalar);
    ObjectNode body = object(Map.of(
        "template", id, "name", text, "description", text,
        "objectives", object(Map.of("remove", ids, "change", array(objectiveChange), "add", array(objectiveAdd))),
        "indicators", object(Map.of("remove", ids, "change", array(indicatorChange), "add", array(indicator))),
        "criteriaWeights", weights, "parameters", parameters), "template");
    root.setAll(body);
    ObjectNode defs = root.putObject("$defs");
    g.defs.forEach(defs::set);
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  /** The {@code $id} of the overlay schema. */
  public static final String OVERLAY_ID = "https://github.com/civicplan/civicplan/raw/main/docs/schemas/overlay.schema.json";

  private static ObjectNode object(Map<String, JsonNode> properties, String... required) {
    ObjectNode o = Generator.type("object");
    ObjectNode p = o.putObject("properties");
    new TreeMap<>(properties).forEach(p::set);
    if (required.length > 0) {
      ArrayNode r = o.putArray("required");
      Arrays.stream(required).forEach(r::add);
    }
    o.put("additionalProperties", false);
    return o;
  }

  private static ObjectNode array(JsonNode items) {
    ObjectNode a = Generator.type("array");
    a.set("items", items);
    return a;
  }

  /** Walks the model's types, collecting a definition per record. */
  private static final class Generator {
    final Map<String, JsonNode> defs = new TreeMap<>();
    private final Map<Class<?>, String> names = new java.util.HashMap<>();

    ObjectNode record(Class<?> type) {
      ObjectNode o = NODES.objectNode();
      o.put("type", "object");
      ObjectNode properties = o.putObject("properties");
      ArrayNode required = NODES.arrayNode();
      for (RecordComponent c : type.getRecordComponents()) {
        properties.set(c.getName(), schema(c.getAnnotatedType()));
        if (!optional(c.getType())) {
          required.add(c.getName());
        }
      }
      if (!required.isEmpty()) {
        o.set("required", required);
      }
      o.put("additionalProperties", false);
      return o;
    }

    private static boolean optional(Class<?> raw) {
      return raw == Optional.class || raw == OptionalDouble.class || raw == OptionalInt.class
          || raw == OptionalLong.class || List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
          || raw == LocalizedText.class;
    }

    JsonNode schema(AnnotatedType annotated) {
      Class<?> raw = raw(annotated);
      if (raw == Optional.class || List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
        AnnotatedType[] args = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments();
        if (raw == Optional.class) {
          return schema(args[0]);
        }
        if (List.class.isAssignableFrom(raw)) {
          ObjectNode a = NODES.objectNode();
          a.put("type", "array");
          a.set("items", schema(args[0]));
          return a;
        }
        ObjectNode m = NODES.objectNode();
        m.put("type", "object");
        m.set("additionalProperties", schema(args[1]));
        return m;
      }
      ObjectNode s = (ObjectNode) schema(raw);
      Size size = annotated.getAnnotation(Size.class);
      if (size != null && raw == String.class && size.max() < Integer.MAX_VALUE) {
        s = s.deepCopy();
        s.put("maxLength", size.max());
      }
      return s;
    }

    private static Class<?> raw(AnnotatedType annotated) {
      java.lang.reflect.Type t = annotated.getType();
      if (t instanceof Class<?> c) {
        return c;
      }
      if (t instanceof java.lang.reflect.ParameterizedType p) {
        return (Class<?>) p.getRawType();
      }
      throw new IllegalStateException("no schema for type " + t + ": the document model holds classes and "
          + "parameterised lists, optionals and maps only");
    }

    JsonNode schema(Class<?> raw) {
      if (raw == String.class) {
        return type("string");
      }
      if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
          || raw == OptionalInt.class || raw == OptionalLong.class || raw == BigInteger.class) {
        return type("integer");
      }
      if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
          || raw == OptionalDouble.class || raw == BigDecimal.class) {
        return type("number");
      }
      if (raw == boolean.class || raw == Boolean.class) {
        return type("boolean");
      }
      if (raw == LocalDate.class) {
        ObjectNode s = type("string");
        s.put("format", "date");
        return s;
      }
      if (raw == java.time.MonthDay.class) {
        return type("string").put("pattern", "^--[0-9]{2}-[0-9]{2}$").put("description", "a day of the year, e.g. --05-31");
      }
      if (raw == java.time.YearMonth.class) {
        return type("string").put("pattern", "^[0-9]{4}-[0-9]{2}$");
      }
      if (raw == PlanDate.class) {
        return ref("PlanDate", () -> {
          ObjectNode s = NODES.objectNode();
          ArrayNode any = s.putArray("anyOf");
          any.add(type("string").put("pattern", PLAN_DATE_PATTERN));
          any.add(type("integer").put("minimum", 0).put("maximum", 9999));
          s.put("description", "a year, a month or a day: 2027, 2027-03 or 2027-03-15");
          return s;
        });
      }
      if (raw == StrategyPeriod.class) {
        return ref("StrategyPeriod", () -> type("string").put("pattern", "^[0-9]{4}/[0-9]{4}$")
            .put("description", "first and last year, e.g. 2026/2030"));
      }
      if (raw == Currency.class) {
        return ref("Currency", () -> type("string").put("pattern", "^[A-Z]{3}$")
            .put("description", "an ISO 4217 currency code, e.g. RON"));
      }
      if (raw == LocalizedText.class) {
        return ref("LocalizedText", () -> {
          ObjectNode s = type("object");
          s.set("additionalProperties", type("string"));
          s.put("description", "texts by language tag, e.g. {\"en\": \"Parks\", \"ro\": \"Parcuri\"}");
          return s;
        });
      }
      if (raw == Money.class) {
        return ref("Money", () -> {
          ObjectNode s = type("object");
          ObjectNode p = s.putObject("properties");
          p.set("amount", type("number"));
          p.set("currency", schema(Currency.class));
          s.putArray("required").add("amount").add("currency");
          s.put("additionalProperties", false);
          return s;
        });
      }
      if (raw == Annex.class || raw == RawAnnex.class) {
        return NODES.objectNode().put("$ref", "#/$defs/Annex");
      }
      if (Identifiers.isIdentifier(raw)) {
        return ref("Id", () -> {
          ObjectNode s = NODES.objectNode();
          ArrayNode any = s.putArray("anyOf");
          any.add(type("string").put("pattern", ID_PATTERN));
          any.add(type("integer").put("minimum", 0));
          s.put("description", "1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
          return s;
        });
      }
      if (raw.isEnum() && raw.getName().startsWith("org.civicplan.")) {
        return ref(raw.getSimpleName(), () -> {
          ObjectNode s = type("string");
          ArrayNode values = s.putArray("enum");
          for (Object c : raw.getEnumConstants()) {
            values.add(Codecs.kebab((Enum<?>) c));
          }
          return s;
        });
      }
      if (raw.isRecord()) {
        return ref(name(raw), () -> record(raw));
      }
      throw new IllegalStateException("no schema for type " + raw.getName()
          + ": the document model holds records, enums, ids and the value types of CivicplanJacksonModule only");
    }

    private String name(Class<?> raw) {
      return names.computeIfAbsent(raw, c -> {
        String simple = c.getSimpleName();
        boolean taken = names.containsValue(simple) || defs.containsKey(simple);
        return taken ? c.getName().replace("org.civicplan.", "").replace('.', '-').replace('$', '-') : simple;
      });
    }

    private JsonNode ref(String name, java.util.function.Supplier<ObjectNode> definition) {
      if (!defs.containsKey(name)) {
        defs.put(name, NODES.objectNode()); // placeholder: a record may refer to itself
        defs.put(name, definition.get());
      }
      return NODES.objectNode().put("$ref", "#/$defs/" + name);
    }

    ObjectNode annex(List<AnnexType<?>> types) {
      ObjectNode s = type("object");
      ObjectNode p = s.putObject("properties");
      p.set("kind", type("string").put("pattern", ID_PATTERN));
      p.set("data", NODES.objectNode());
      s.putArray("required").add("kind").add("data");
      s.put("additionalProperties", false);
      if (!types.isEmpty()) {
        ArrayNode all = s.putArray("allOf");
        for (AnnexType<?> t : types) {
          ObjectNode rule = NODES.objectNode();
          ObjectNode kind = rule.putObject("if").putObject("properties").putObject("kind");
          kind.put("const", t.kind());
          rule.putObject("then").putObject("properties").set("data", schema(t.type()));
          all.add(rule);
        }
      }
      s.put("description", "a template's annex: its kind and its data");
      return s;
    }

    private static ObjectNode type(String name) {
      return NODES.objectNode().put("type", name);
    }
  }
}
