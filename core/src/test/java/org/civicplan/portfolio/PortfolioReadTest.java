// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioReadTest {

  @TempDir Path dir;

  private final StrategyDocuments documents = StrategyDocuments.standard();

  @Test
  void aDirectoryStandsForItsDocumentsByNameAndProblemsAreKeptPerFile() throws IOException {
    Files.writeString(dir.resolve("b-sectoral.yaml"), documents.write(PortfolioFixture.sectoral(), DocumentFormat.YAML));
    Files.writeString(dir.resolve("a-integrated.json"), documents.write(PortfolioFixture.integrated(), DocumentFormat.JSON));
    Files.writeString(dir.resolve("c-broken.json"), "{\"schemaVersion\": 1,");
    Files.writeString(dir.resolve("notes.md"), "not a document");
    Files.createDirectory(dir.resolve("old"));
    Files.writeString(dir.resolve("old").resolve("z.json"), "{}");

    Portfolio p = Portfolio.read(documents, List.of(dir));

    assertEquals(List.of(dir.resolve("a-integrated.json").toString(), dir.resolve("b-sectoral.yaml").toString()),
        p.members().stream().map(Portfolio.Member::source).toList());
    assertEquals(List.of(PortfolioFixture.integrated(), PortfolioFixture.sectoral()), p.strategies());
    assertEquals(1, p.unread().size());
    ReadResult broken = p.unread().get(0);
    assertEquals(dir.resolve("c-broken.json").toString(), broken.source());
    assertEquals("document.syntax", broken.problems().get(0).code());
    assertEquals(List.of(), PortfolioValidator.crossDocument().validate(p).findings());
  }

  @Test
  void aFileIsReadWhateverItsNameAndAMissingOneIsAProblem() {
    Portfolio p = Portfolio.read(documents, List.of(dir.resolve("missing.json"), dir.resolve("notes.txt")));
    assertEquals(List.of(), p.members());
    assertEquals(List.of("document.io-error", "document.format-unknown"),
        p.unread().stream().map(r -> r.problems().get(0).code()).toList());
  }

  @Test
  void unreadResultsMustHaveFailed() {
    ReadResult ok = ReadResult.of("x.json", PortfolioFixture.sectoral());
    assertThrows(IllegalArgumentException.class, () -> new Portfolio(List.of(), List.of(ok)));
  }
}
