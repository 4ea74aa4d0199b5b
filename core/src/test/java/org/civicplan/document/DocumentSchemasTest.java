// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Annex;
import org.civicplan.template.AnnexType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generated JSON Schemas against the published ones in {@code docs/schemas} (which
 * samples/cli's {@code SchemaCommandTest} keeps equal to what {@code civicplan schema} prints, and
 * testkit's schema tests check with a JSON Schema validator), and the schema of every kind of
 * component a template's annex may hold.
 */
class DocumentSchemasTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Path PUBLISHED = Path.of("..", "docs", "schemas");

  @Test
  void theOverlaySchemaIsThePublishedOne() throws IOException {
    assertEquals(Files.readString(PUBLISHED.resolve("overlay.schema.json")), DocumentSchemas.overlay());
  }

  @Test
  void withoutAnnexTypesTheStrategySchemaIsThePublishedOneLessTheTemplatesAnnexes() throws IOException {
    // the published schema is made with every template's annex types: it has their definitions
    // and an allOf of their kinds in Annex; every other member and definition is core's
    JsonNode published = MAPPER.readTree(Files.readString(PUBLISHED.resolve("strategy.schema.json")));
    String text = DocumentSchemas.strategy(List.of());
    assertTrue(text.endsWith("}\n"), "pretty-printed, ending with a newline");
    JsonNode core = MAPPER.readTree(text);
    List<String> names = new ArrayList<>();
    core.propertyNames().forEach(names::add);
    List<String> publishedNames = new ArrayList<>();
    published.propertyNames().forEach(publishedNames::add);
    assertEquals(publishedNames, names, "top-level members in the same order");
    for (String name : names) {
      if (!name.equals("$defs")) {
        assertEquals(published.get(name), core.get(name), name);
      }
    }
    JsonNode defs = core.get("$defs");
    List<String> defNames = new ArrayList<>();
    defs.propertyNames().forEach(defNames::add);
    assertEquals(defNames.stream().sorted().toList(), defNames, "definitions sorted by name");
    assertTrue(defNames.size() > 60, "every record reachable from Strategy has a definition: " + defNames.size());
    for (String name : defNames) {
      JsonNode expected = published.get("$defs").get(name);
      if (name.equals("Annex")) {
        expected = ((ObjectNode) expected.deepCopy()).without("allOf");
      }
      assertEquals(expected, defs.get(name), name);
    }
    assertEquals(text, DocumentSchemas.strategy(List.of()), "deterministic");
  }

  // ---- an annex holding every kind of component ------------------------------------------

  /** Clashes with core's {@code Target} record by simple name. */
  record Target(String note) {}

  /** Refers to itself through a list. */
  record Node(String name, List<Node> children) {}

  record Everything(
      String kind,
      @Size(max = 12) String code,
      @Size(min = 2) String free,
      int count,
      Long big,
      BigInteger huge,
      double share,
      BigDecimal rate,
      OptionalDouble maybe,
      boolean flag,
      LocalDate day,
      MonthDay yearly,
      YearMonth month,
      PlanDate when,
      Money cost,
      LocalizedText label,
      ActionId action,
      ActionStatus status,
      Optional<String> remark,
      List<@Size(max = 5) String> tags,
      Map<String, Integer> counts,
      Target target,
      Node tree) implements Annex {}

  @Test
  void everyKindOfComponentHasItsSchema() {
    JsonNode schema = MAPPER.readTree(DocumentSchemas.strategy(List.of(
        AnnexType.of("everything", Everything.class, LocalizedText.of("Everything", "Totul")))));
    JsonNode defs = schema.get("$defs");
    assertEquals(MAPPER.readTree("""
        [{"if": {"properties": {"kind": {"const": "everything"}}},
          "then": {"properties": {"data": {"$ref": "#/$defs/Everything"}}}}]
        """), defs.get("Annex").get("allOf"));
    assertEquals(MAPPER.readTree("""
        {"type": "object",
         "properties": {
           "kind": {"type": "string"},
           "code": {"type": "string", "maxLength": 12},
           "free": {"type": "string"},
           "count": {"type": "integer"},
           "big": {"type": "integer"},
           "huge": {"type": "integer"},
           "share": {"type": "number"},
           "rate": {"type": "number"},
           "maybe": {"type": "number"},
           "flag": {"type": "boolean"},
           "day": {"type": "string", "format": "date"},
           "yearly": {"type": "string", "pattern": "^--[0-9]{2}-[0-9]{2}$", "description": "a day of the year, e.g. --05-31"},
           "month": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"},
           "when": {"$ref": "#/$defs/PlanDate"},
           "cost": {"$ref": "#/$defs/Money"},
           "label": {"$ref": "#/$defs/LocalizedText"},
           "action": {"$ref": "#/$defs/Id"},
           "status": {"$ref": "#/$defs/ActionStatus"},
           "remark": {"type": "string"},
           "tags": {"type": "array", "items": {"type": "string", "maxLength": 5}},
           "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
           "target": {"$ref": "#/$defs/document-DocumentSchemasTest-Target"},
           "tree": {"$ref": "#/$defs/Node"}},
         "required": ["kind", "code", "free", "count", "big", "huge", "share", "rate", "flag", "day", "yearly",
                      "month", "when", "cost", "action", "status", "target", "tree"],
         "additionalProperties": false}
        """), defs.get("Everything"));
    // the simple name Target is core's; the annex's record gets its qualified name
    assertEquals(MAPPER.readTree("""
        {"type": "object", "properties": {"note": {"type": "string"}}, "required": ["note"], "additionalProperties": false}
        """), defs.get("document-DocumentSchemasTest-Target"));
    assertTrue(defs.get("Target").get("properties").has("date"), "core's Target keeps its name");
    assertEquals(MAPPER.readTree("""
        {"type": "object",
         "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}},
         "required": ["name"], "additionalProperties": false}
        """), defs.get("Node"));
  }

  record Unsupported(String kind, Thread thread) implements Annex {}

  @Test
  void aComponentOfAnotherTypeIsAProgrammingError() {
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> DocumentSchemas.strategy(List.of(AnnexType.of("unsupported", Unsupported.class, LocalizedText.of("U", "U")))));
    assertEquals("no schema for type java.lang.Thread: the document model holds records, enums, ids and the value "
        + "types of CivicplanJacksonModule only", e.getMessage());
  }
}
