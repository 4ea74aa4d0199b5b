// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.civicplan.document.DocumentSchemas;
import org.civicplan.document.OverlayDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The overlay schema ({@link DocumentSchemas#overlay}) against the overlay reader: the sample
 * overlay validates, and a value of the wrong JSON type anywhere in it is rejected by the schema
 * exactly when {@link OverlayDocuments} reports a finding.
 */
class OverlaySchemaTest {

  private static final Path SAMPLE = Path.of("..", "samples", "data", "overlay-lugoj.yaml");
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(DocumentSchemas.overlay(), InputFormat.JSON);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void sampleOverlayValidates() throws IOException {
    String yaml = Files.readString(SAMPLE);
    assertTrue(OverlayDocuments.readYaml(yaml).isSuccess());
    assertEquals(List.of(), SCHEMA.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList());
  }

  @Test
  void typeMutantsAreRejectedExactlyWhenTheReaderRefusesThem() throws IOException {
    JsonNode sample = YAMLMapper.builder().build().readTree(Files.readString(SAMPLE));
    List<String> paths = new ArrayList<>();
    collect(sample, "", paths);
    RandomGenerator random = StrategyGenerator.random(PropertyRunner.seed());
    int rejected = 0;
    for (String path : paths) {
      for (int variant = 0; variant < 2; variant++) {
        ObjectNode mutant = (ObjectNode) sample.deepCopy();
        mutate(mutant, path, variant == 0 || random.nextBoolean());
        String text = JSON.writeValueAsString(mutant);
        OverlayDocuments.Result read = OverlayDocuments.readJson(text);
        List<Error> errors = SCHEMA.validate(text, InputFormat.JSON);
        assertEquals(!read.isSuccess(), !errors.isEmpty(),
            () -> "at " + path + " the reader says " + read.findings() + " and the schema " + errors + "\n" + text);
        rejected += errors.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(rejected > paths.size(), rejected + " of " + 2 * paths.size() + " rejected");
  }

  @Test
  void anUnknownMemberIsRejected() {
    String text = "{\"template\": \"climate\", \"paramters\": {}}";
    assertEquals(false, OverlayDocuments.readJson(text).isSuccess());
    assertTrue(SCHEMA.validate(text, InputFormat.JSON).toString().contains("paramters"));
  }

  private static void collect(JsonNode node, String path, List<String> out) {
    if (!path.isEmpty()) {
      out.add(path);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), path + "/" + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "/" + i, out);
      }
    }
  }

  /** A text becomes an object (or a list), anything else a text. */
  private static void mutate(ObjectNode root, String path, boolean first) {
    int cut = path.lastIndexOf('/');
    JsonNode parent = cut == 0 ? root : root.at(path.substring(0, cut));
    String last = path.substring(cut + 1);
    JsonNode old = parent.isObject() ? parent.get(last) : parent.get(Integer.parseInt(last));
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonNode replacement;
    if (old.isString() || old.isNumber() || old.isBoolean()) {
      replacement = first ? f.objectNode().put("text", old.asString()) : f.arrayNode().add(old.asString());
    } else {
      replacement = f.stringNode("not-a-" + (old.isObject() ? "map" : "list"));
    }
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, replacement);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
    }
  }
}
