// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The examples and tables of {@code docs/climate.md} stay true to the code. */
class ClimateDocsTest {

  static final Path DOC = Path.of("..", "docs", "climate.md");
  private static final StrategyDocuments DOCUMENTS = StrategyDocuments.of(TemplateRegistry.load());
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  static Stream<String> annexExamples() throws IOException {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("```json\\n(\\{\"kind\".*?)```", Pattern.DOTALL).matcher(doc());
    while (m.find()) {
      out.add(m.group(1));
    }
    return out.stream();
  }

  @Test
  void everyAnnexKindHasAnExample() throws IOException {
    Set<String> kinds = new TreeSet<>();
    annexExamples().forEach(e -> kinds.add(JSON.readTree(e).get("kind").asString()));
    Set<String> expected = new TreeSet<>();
    new ClimateTemplate().annexTypes().forEach(t -> expected.add(t.kind()));
    assertEquals(expected, kinds);
  }

  @ParameterizedTest
  @MethodSource("annexExamples")
  void annexExampleReadsAsTheTypedAnnex(String example) {
    ObjectNode document = (ObjectNode) JSON.readTree(DOCUMENTS.write(ClimateSample.valid(), DocumentFormat.JSON));
    ArrayNode annexes = JSON.createArrayNode();
    JsonNode annex = JSON.readTree(example);
    annexes.add(annex);
    document.set("annexes", annexes);
    ReadResult r = DOCUMENTS.read(JSON.writeValueAsString(document), DocumentFormat.JSON);
    assertEquals(List.of(), r.problems(), example);
    Annex read = r.orElseThrow().annexes().get(0);
    assertFalse(read instanceof RawAnnex, read::toString);
    assertEquals(annex.get("kind").asString(), read.kind());
  }

  @Test
  void everyRuleCodeAndParameterIsDocumented() throws IOException, IllegalAccessException {
    String doc = doc();
    for (java.lang.reflect.Field f : ClimateCodes.class.getFields()) {
      String code = (String) f.get(null);
      assertTrue(doc.contains("| `" + code + "` |"), code);
    }
    for (var e : new ClimateTemplate().parameters().values().entrySet()) {
      assertTrue(doc.contains("| `" + e.getKey() + "` | `" + e.getValue() + "` |"), e::toString);
    }
    assertTrue(doc.contains("| `" + ClimateTemplate.COM_AS_OF + "` | (none) |"));
  }

  @Test
  void catalogueSizesAreTheShippedOnes() throws IOException {
    String doc = doc();
    ClimateTemplate t = new ClimateTemplate();
    assertTrue(doc.contains("| indicators | " + t.indicatorCatalogue().size() + " |"));
    assertTrue(doc.contains("| hazards | " + ClimateTemplate.hazards().size() + " |"));
    assertTrue(doc.contains("| vulnerable sectors | " + ClimateTemplate.vulnerableSectors().size() + " |"));
    assertTrue(doc.contains("| emission factors | " + ClimateTemplate.emissionFactors().size() + " |"));
    int objectives = t.referenceFrameworks().stream().mapToInt(f -> f.objectives().size()).sum();
    String frameworks = "| reference frameworks | " + t.referenceFrameworks().size() + " frameworks, " + objectives + " objectives |";
    assertTrue(doc.contains(frameworks), frameworks);
    assertTrue(doc.contains("| criteria sets | " + t.criteriaSets().size() + " |"));
  }
}
