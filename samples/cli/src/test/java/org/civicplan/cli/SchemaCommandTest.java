// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code civicplan schema}: the schemas it prints are those published in docs/schemas, and the
 * bundled strategy documents (with the typed annexes of every shipped template) validate against
 * the strategy schema with a maintained validator (networknt json-schema-validator, draft 2020-12).
 */
class SchemaCommandTest {

  private static final Path ROOT = Path.of("..", "..");

  static Stream<String> documents() {
    return Stream.of("strategy", "overlay", "rank", "select", "assess");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void printedSchemaIsThePublishedOne(String document) throws IOException {
    CliRun run = CliRun.of("schema", document);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Files.readString(ROOT.resolve("docs/schemas/" + document + ".schema.json")), run.out(),
        "docs/schemas/" + document + ".schema.json is stale: write it again with `civicplan schema " + document + "`");
  }

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("samples/data"))) {
      return files.filter(f -> f.getFileName().toString().endsWith("-strategy.json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyBundledStrategyValidates(Path sample) throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(CliRun.of("schema", "strategy").out(), InputFormat.JSON);
    List<Error> errors = schema.validate(Files.readString(sample), InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), sample.toString());
  }

  @Test
  void typedAnnexDataIsChecked() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(CliRun.of("schema", "strategy").out(), InputFormat.JSON);
    String climate = Files.readString(ROOT.resolve("samples/data/climate-strategy.json"));
    // the baseline inventory's year as a text: the climate template's emission-inventory data
    String broken = climate.replaceFirst("\"year\": 2008", "\"year\": \"2008\"");
    assertTrue(!broken.equals(climate), "the sample has a 2008 inventory");
    assertTrue(schema.validate(broken, InputFormat.JSON).toString().contains("/annexes/"),
        schema.validate(broken, InputFormat.JSON).toString());
  }

  @Test
  void unknownDocumentIsAUsageError() {
    CliRun run = CliRun.of("schema", "budget");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("known: strategy, overlay, rank, select, assess"), run.err());
  }

  /** docs/schemas.md: the language server's comment on the first line changes nothing. */
  @Test
  void yamlWithTheLanguageServerCommentReadsTheSame() throws IOException {
    org.civicplan.document.StrategyDocuments docs = org.civicplan.document.StrategyDocuments.of(Cli.templates());
    org.civicplan.document.ReadResult json = docs.read(ROOT.resolve("samples/data/climate-strategy.json"));
    String yaml = docs.write(json.strategy().orElseThrow(), org.civicplan.document.DocumentFormat.YAML);
    String commented = "# yaml-language-server: $schema=https://github.com/civicplan/civicplan/raw/main/docs/schemas/"
        + "strategy.schema.json\n" + yaml;
    org.civicplan.document.ReadResult read = docs.read(commented, org.civicplan.document.DocumentFormat.YAML);
    assertEquals(List.of(), read.problems());
    assertEquals(json.strategy(), read.strategy());
  }
}
