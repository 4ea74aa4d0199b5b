// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StrategyDocumentsTest {

  private final StrategyDocuments docs = StrategyDocuments.standard();

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void roundTrip_fixture_givesEqualStrategy(DocumentFormat format) {
    Strategy s = StrategyFixture.valid();
    ReadResult r = docs.read(docs.write(s, format), format);
    assertEquals(List.of(), r.problems());
    assertEquals(s, r.orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void write_twice_isByteIdentical_withLfAndTrailingNewline(DocumentFormat format) {
    String first = docs.write(StrategyFixture.valid(), format);
    String second = StrategyDocuments.builder().build().write(StrategyFixture.valid(), format);
    assertEquals(first, second);
    assertFalse(first.contains("\r"), "no CR in output");
    assertTrue(first.endsWith("\n") && !first.endsWith("\n\n"), "exactly one trailing newline");
  }

  @Test
  void write_json_followsTheDocumentConventions() {
    String text = docs.write(StrategyFixture.valid(), DocumentFormat.JSON);
    assertTrue(text.startsWith("{\n  \"schemaVersion\": 1,\n  \"id\": \"tm-green-2026\",\n"), text);
    JsonNode root = JsonMapper.builder().build().readTree(text);
    assertEquals(
        List.of("schemaVersion", "id", "templateId", "municipality", "title", "vision", "period", "state",
            "objectives", "actions", "indicators", "organisations", "governance", "annexes"),
        List.copyOf(root.propertyNames()));
    assertEquals("2026/2030", root.get("period").asString());
    assertEquals("draft", root.get("state").asString());
    JsonNode retrofit = root.get("actions").get(0);
    assertEquals("on-time", retrofit.get("status").asString());
    assertEquals("2028-06", retrofit.get("end").asString());
    assertEquals("local-budget", retrofit.get("budget").get(0).get("source").get("kind").asString());
    assertEquals("1250000.5", retrofit.get("budget").get(0).get("actual").get("amount").toString());
    assertEquals("RON", retrofit.get("budget").get(0).get("actual").get("currency").asString());
    assertFalse(retrofit.get("budget").get(1).has("actual"), "empty Optional omitted");
    JsonNode watering = root.get("actions").get(2);
    assertFalse(watering.has("tasks"), "empty list omitted");
    assertFalse(watering.has("description"), "empty localized text omitted");
    assertFalse(watering.has("location"), "empty Optional omitted");
    assertEquals(List.of("en", "ro"), List.copyOf(retrofit.get("title").propertyNames()));
    assertEquals("city-directorate", root.get("organisations").get(0).get("category").asString());
    JsonNode annex = root.get("annexes").get(0);
    assertEquals(List.of("kind", "data"), List.copyOf(annex.propertyNames()));
  }

  @Test
  void write_doubles_inShortestRoundTripForm() {
    Strategy s =
        StrategyFixture.builder()
            .indicators(
                List.of(
                    StrategyFixture.co2().toBuilder()
                        .baseline(org.civicplan.indicator.Baseline.of(org.civicplan.base.PlanDate.ofYear(2020), 2.0E-3))
                        .build(),
                    StrategyFixture.trees()))
            .build();
    String text = docs.write(s, DocumentFormat.JSON);
    // Double.toString on Java 17 writes 0.0020 for this value; the shortest form is 0.002.
    assertTrue(text.contains("\"value\": 0.002\n"), text);
    assertEquals(s, docs.read(text, DocumentFormat.JSON).orElseThrow());
  }

  @Test
  void readAndWrite_files_byExtension(@TempDir Path dir) {
    Strategy s = StrategyFixture.valid();
    for (String name : List.of("s.json", "s.yaml", "s.YML")) {
      Path file = dir.resolve(name);
      docs.write(s, file);
      assertEquals(s, docs.read(file).orElseThrow(), name);
    }
  }

  @Test
  void read_unknownExtension_isAProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.txt");
    Files.writeString(file, docs.write(StrategyFixture.valid(), DocumentFormat.JSON));
    ReadResult r = docs.read(file);
    assertTrue(r.strategy().isEmpty());
    assertTrue(r.problems().get(0).message().contains(".json, .yaml or .yml"), r.problems().toString());
  }

  @Test
  void read_missingFile_isAProblem(@TempDir Path dir) {
    ReadResult r = docs.read(dir.resolve("absent.json"));
    assertEquals("document.io-error", r.problems().get(0).code());
    assertEquals("cannot read file \"" + dir.resolve("absent.json") + "\": no such file", r.problems().get(0).message());
  }

  @Test
  void read_aDirectory_saysItIsADirectory(@TempDir Path dir) throws java.io.IOException {
    Path folder = java.nio.file.Files.createDirectory(dir.resolve("strategy.json"));
    ReadResult r = docs.read(folder);
    assertEquals("document.io-error", r.problems().get(0).code());
    assertEquals("cannot read file \"" + folder + "\": it is a directory, not a file", r.problems().get(0).message());
  }

  @Test
  void read_anUnreadableFile_saysPermissionDeniedWithoutAnExceptionName(@TempDir Path dir) throws java.io.IOException {
    Path file = java.nio.file.Files.writeString(dir.resolve("locked.json"), "{}");
    java.nio.file.Files.setPosixFilePermissions(file, java.util.Set.of());
    org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.isReadable(file), "running as a user who reads everything");
    ReadResult r = docs.read(file);
    assertEquals("cannot read file \"" + file + "\": permission denied", r.problems().get(0).message());
  }

  @Test
  void write_unknownExtension_throws(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> docs.write(StrategyFixture.valid(), dir.resolve("s.txt")));
  }

  @Test
  void read_stream_withByteOrderMark() {
    byte[] text = ("\uFEFF" + docs.write(StrategyFixture.valid(), DocumentFormat.JSON)).getBytes(StandardCharsets.UTF_8);
    ReadResult r = docs.read(new ByteArrayInputStream(text), DocumentFormat.JSON, "in-memory");
    assertEquals("in-memory", r.source());
    assertEquals(StrategyFixture.valid(), r.orElseThrow());
  }

  @Test
  void read_stream_notUtf8_isAProblem() {
    byte[] latin1 = "{\"schemaVersion\": 1, \"id\": \"Timi\u015Foara\"}".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bad = new byte[latin1.length + 1];
    System.arraycopy(latin1, 0, bad, 0, latin1.length);
    bad[bad.length - 1] = (byte) 0xE9;
    ReadResult r = docs.read(new ByteArrayInputStream(bad), DocumentFormat.JSON, "x");
    assertTrue(r.problems().get(0).message().contains("UTF-8"), r.problems().toString());
  }

  @Test
  void builder_rejectsRepeatedSettings() {
    StrategyDocuments.Builder b = StrategyDocuments.builder().limits(DocumentLimits.defaults());
    assertThrows(IllegalStateException.class, () -> b.limits(DocumentLimits.defaults()));
    StrategyDocuments.Builder c = StrategyDocuments.builder().annexTypes(List.of());
    assertThrows(IllegalStateException.class, () -> c.annexTypes(List.of()));
  }

  @Test
  void of_registry_bindsTheAnnexTypesOfItsTemplates() {
    StrategyDocuments fromRegistry = StrategyDocuments.of(org.civicplan.template.TemplateRegistry.load());
    assertEquals(
        org.civicplan.template.TemplateRegistry.load().all().stream().mapToLong(t -> t.annexTypes().size()).sum(),
        fromRegistry.annexTypes().size());
    assertEquals(StrategyFixture.valid(),
        fromRegistry.read(fromRegistry.write(StrategyFixture.valid(), DocumentFormat.YAML), DocumentFormat.YAML).orElseThrow());
  }

  @Test
  void readResult_holdsEitherStrategyOrProblems() {
    assertThrows(IllegalArgumentException.class, () -> ReadResult.failed("x", List.of()));
    ReadResult failed = ReadResult.failed("x", List.of(new ReadProblem("bad", 1, 2, "/id")));
    assertThrows(IllegalStateException.class, failed::orElseThrow);
    assertEquals("1:2 /id: bad", failed.problems().get(0).toString());
  }
}
