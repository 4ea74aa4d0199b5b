package org.civicplan.samples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.testkit.Mutant;
import org.civicplan.testkit.Mutants;
import org.civicplan.testkit.StrategyGenerator;
import org.civicplan.testkit.GenerationSize;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {

  @TempDir Path dir;

  @Test
  void sampleDocument_hasNoErrors_andTheDraftIsWritten() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int errors = EmbeddingExample.run(Path.of("../data/climate-strategy.json"), dir, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals(0, errors, out.toString(StandardCharsets.UTF_8));
    assertTrue(Files.readString(dir.resolve("draft.json")).contains("\"templateId\""));
  }

  @Test
  void aMutantWithAnError_isCountedAndPrintedInRomanian() throws IOException {
    Strategy valid = StrategyGenerator.seeded(7).strategy(GenerationSize.small());
    Mutant mutant = Mutants.all(valid, java.util.random.RandomGeneratorFactory.of("L64X128MixRandom").create(7)).stream()
        .filter(m -> m.expectedSeverity() == Severity.ERROR)
        .findFirst()
        .orElseThrow();
    Path file = dir.resolve("mutant.yaml");
    Files.writeString(file, StrategyDocuments.of(TemplateRegistry.load()).write(mutant.strategy(), DocumentFormat.YAML));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int errors = EmbeddingExample.run(file, dir, new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(errors >= 1, printed);
    assertTrue(printed.contains(mutant.expectedCode()), mutant + "\n" + printed);
  }

  @Test
  void unreadableDocument_givesLineAndColumn() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"schemaVersion\": 1,\n \"id\": [}\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(-1, EmbeddingExample.run(file, dir, new PrintStream(out, true, StandardCharsets.UTF_8)));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("2:"), out.toString(StandardCharsets.UTF_8));
  }
}
