// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

/**
 * {@code samples/data/sport-strategy.json} is the illustrative sample {@link SportSample#valid()}
 * written by {@link StrategyDocuments}, and the document reader gives the fixture back. Run with
 * {@code -Dsport.sample.write=true} to rewrite the file after changing the fixture.
 */
class SampleFileTest {

  static final Path SAMPLE = Path.of("..", "samples", "data", "sport-strategy.json");

  static final StrategyDocuments DOCUMENTS = StrategyDocuments.of(TemplateRegistry.load());

  @Test
  void sampleFileIsTheFixtureWrittenByTheDocumentWriter() throws IOException {
    String expected = DOCUMENTS.write(SportSample.valid(), DocumentFormat.JSON);
    if (Boolean.getBoolean("sport.sample.write")) {
      Files.createDirectories(SAMPLE.getParent());
      Files.writeString(SAMPLE, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(SAMPLE, StandardCharsets.UTF_8));
  }

  @Test
  void sampleFileReadByTheDocumentReaderIsTheFixture() {
    ReadResult read = DOCUMENTS.read(SAMPLE);
    assertEquals(java.util.List.of(), read.problems());
    assertEquals(SportSample.valid(), read.orElseThrow());
  }

  @Test
  void sampleSaysItIsIllustrative() throws IOException {
    String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    assertTrue(text.contains("illustrative example, not an official document"));
    assertTrue(text.contains("exemplu ilustrativ, nu este un document oficial"));
  }
}
