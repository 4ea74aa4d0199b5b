// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.base.LocalizedText;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SampleFile}: passes on the written fixture, names the first differing line otherwise. */
class SampleFileTest {

  private static final StrategyDocuments DOCUMENTS = StrategyDocuments.standard();

  @TempDir Path dir;

  private static Strategy illustrative() {
    return Fixtures.minimal().toBuilder().title(LocalizedText.of(
        "Minimal strategy (illustrative example, not an official document)",
        "Strategie minimală (exemplu ilustrativ, nu este un document oficial)")).build();
  }

  @Test
  void theWrittenFixturePasses_inJsonAndYaml() throws IOException {
    for (String name : new String[] {"sample.json", "sample.yaml"}) {
      Path file = dir.resolve(name);
      Files.writeString(file, DOCUMENTS.write(illustrative(), name.endsWith("json") ? DocumentFormat.JSON : DocumentFormat.YAML));
      SampleFile.of(file, DOCUMENTS).check(illustrative());
    }
  }

  @Test
  void aChangedLineIsNamed_withHowToRewrite() throws IOException {
    Path file = dir.resolve("sample.json");
    String written = DOCUMENTS.write(illustrative(), DocumentFormat.JSON);
    Files.writeString(file, written.replace("\"Sibiu\"", "\"Sibiu \""), StandardCharsets.UTF_8);
    AssertionError e = assertThrows(AssertionError.class,
        () -> SampleFile.of(file, DOCUMENTS).rewriteWhen("x.sample.write").check(illustrative()));
    assertTrue(e.getMessage().contains("but the writer writes \"\"name\": \"Sibiu\","), e.getMessage());
    assertTrue(e.getMessage().endsWith("run the test with -Dx.sample.write=true"), e.getMessage());
  }

  @Test
  void theRewritePropertyRewritesTheFile() throws IOException {
    Path file = dir.resolve("sample.json");
    Files.writeString(file, "{}");
    System.setProperty("testkit.sample.write", "true");
    try {
      SampleFile.of(file, DOCUMENTS).rewriteWhen("testkit.sample.write").check(illustrative());
    } finally {
      System.clearProperty("testkit.sample.write");
    }
    assertEquals(DOCUMENTS.write(illustrative(), DocumentFormat.JSON), Files.readString(file));
  }

  @Test
  void aSampleThatDoesNotSayItIsIllustrativeFails() throws IOException {
    Path file = dir.resolve("sample.json");
    Files.writeString(file, DOCUMENTS.write(Fixtures.minimal(), DocumentFormat.JSON));
    AssertionError e = assertThrows(AssertionError.class, () -> SampleFile.of(file, DOCUMENTS).check(Fixtures.minimal()));
    assertTrue(e.getMessage().endsWith("does not say \"illustrative example, not an official document\": a sample must say it is illustrative"),
        e.getMessage());
  }
}
