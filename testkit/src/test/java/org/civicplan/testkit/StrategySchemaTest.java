// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.DocumentSchemas;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The strategy document schema ({@link DocumentSchemas#strategy}) checked with a maintained JSON
 * Schema validator (networknt json-schema-validator, draft 2020-12): every generated strategy and
 * every fixture validates, in JSON and in YAML, and a document with one value of the wrong JSON type
 * (a type mutant) is rejected exactly when the reader refuses it.
 */
class StrategySchemaTest {

  private static final StrategyDocuments DOCS = StrategyDocuments.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(DocumentSchemas.strategy(List.of()), InputFormat.JSON);

  @Test
  void schemaIsDraft2020AndDeterministic() {
    String schema = DocumentSchemas.strategy(List.of());
    assertTrue(schema.contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\""), schema);
    assertEquals(schema, DocumentSchemas.strategy(List.of()));
  }

  @Test
  void everyGeneratedStrategyValidatesInJsonAndYaml() {
    int checked = PropertyRunner.forAll("schema accepts generated strategies",
        StrategyGenerator.cases(PropertyRunner.seed(), 300), c -> {
      String json = DOCS.write(c.strategy(), DocumentFormat.JSON);
      assertEquals(List.of(), messages(SCHEMA.validate(json, InputFormat.JSON)), json);
      String yaml = DOCS.write(c.strategy(), DocumentFormat.YAML);
      assertEquals(List.of(), messages(SCHEMA.validate(yaml, InputFormat.YAML)), yaml);
    });
    assertEquals(300, checked);
  }

  @Test
  void everyFixtureValidates() {
    for (Map.Entry<String, Strategy> f : Fixtures.all().entrySet()) {
      String json = DOCS.write(f.getValue(), DocumentFormat.JSON);
      assertEquals(List.of(), messages(SCHEMA.validate(json, InputFormat.JSON)), f.getKey());
    }
  }

  /**
   * One value replaced by a value of another JSON type: a text by an object, a number or a boolean
   * by a text, an object by an array, an array by a text. The schema and the reader must agree on
   * every mutant, and the mutants that land outside free annex data (the reader keeps those
   * verbatim) must be refused by both.
   */
  @Test
  void typeMutantsAreRejectedExactlyWhenTheReaderRefusesThem() {
    int[] rejected = {0};
    int[] total = {0};
    PropertyRunner.forAll("type mutants", StrategyGenerator.cases(PropertyRunner.seed(), 200), c -> {
      ObjectNode doc = (ObjectNode) MAPPER.readTree(DOCS.write(c.strategy(), DocumentFormat.JSON));
      RandomGenerator random = StrategyGenerator.random(c.seed());
      for (int k = 0; k < 5; k++) {
        ObjectNode mutant = doc.deepCopy();
        List<String> paths = new ArrayList<>();
        collect(mutant, "", paths);
        String path = paths.get(random.nextInt(paths.size()));
        mutate(mutant, path);
        String text = MAPPER.writeValueAsString(mutant);
        ReadResult read = DOCS.read(text, DocumentFormat.JSON);
        List<Error> errors = SCHEMA.validate(text, InputFormat.JSON);
        boolean readerRefuses = !read.problems().isEmpty();
        assertEquals(readerRefuses, !errors.isEmpty(),
            () -> "at " + path + " the reader says " + read.problems() + " and the schema " + messages(errors));
        boolean inFreeData = path.matches("/annexes/\\d+/data(/.*)?");
        if (!inFreeData) {
          assertTrue(readerRefuses, () -> "a wrong type at " + path + " must be refused");
        }
        total[0]++;
        rejected[0] += errors.isEmpty() ? 0 : 1;
      }
    });
    assertTrue(rejected[0] > total[0] / 2, rejected[0] + " of " + total[0] + " mutants rejected");
  }

  @Test
  void aMemberTheReaderDoesNotKnowIsRejected() {
    Strategy s = StrategyGenerator.seeded(7).strategy(GenerationSize.small());
    ObjectNode doc = (ObjectNode) MAPPER.readTree(DOCS.write(s, DocumentFormat.JSON));
    doc.put("vison", "typo");
    List<Error> errors = SCHEMA.validate(MAPPER.writeValueAsString(doc), InputFormat.JSON);
    assertFalse(errors.isEmpty());
    assertTrue(messages(errors).toString().contains("vison"), messages(errors).toString());
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(Error::toString).toList();
  }

  private static void collect(JsonNode node, String path, List<String> out) {
    if (!path.isEmpty()) {
      out.add(path);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "/" + i, out);
      }
    }
  }

  private static void mutate(ObjectNode root, String path) {
    int cut = path.lastIndexOf('/');
    JsonNode parent = cut == 0 ? root : root.at(path.substring(0, cut));
    String last = path.substring(cut + 1).replace("~1", "/").replace("~0", "~");
    JsonNode old = parent.isObject() ? parent.get(last) : parent.get(Integer.parseInt(last));
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonNode replacement;
    if (old.isString()) {
      replacement = f.objectNode().put("text", old.asString());
    } else if (old.isNumber() || old.isBoolean()) {
      replacement = f.stringNode("not-a-" + (old.isNumber() ? "number" : "boolean"));
    } else if (old.isObject()) {
      replacement = f.arrayNode();
    } else {
      replacement = f.stringNode("not-a-list");
    }
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, replacement);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
    }
  }
}
