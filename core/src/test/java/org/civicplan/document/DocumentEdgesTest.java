// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.civicplan.document.StrategyDocuments.DossierRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of reading: every document limit refuses a value below 1 and takes 1; a file that
 * cannot be opened is a problem that says why in a few words; a dossier past the limits, or empty,
 * is a problem with its place.
 */
class DocumentEdgesTest {

  @TempDir Path dir;

  @Test
  void everyLimitIsAtLeastOne() {
    List<String> names = List.of("maxNestingDepth", "maxDocumentLength", "maxStringLength", "maxNumberLength", "maxNameLength");
    List<IntFunction<DocumentLimits>> with = List.of(
        v -> DocumentLimits.defaults().withMaxNestingDepth(v),
        v -> DocumentLimits.defaults().withMaxDocumentLength(v),
        v -> DocumentLimits.defaults().withMaxStringLength(v),
        v -> DocumentLimits.defaults().withMaxNumberLength(v),
        v -> DocumentLimits.defaults().withMaxNameLength(v));
    for (int k = 0; k < names.size(); k++) {
      IntFunction<DocumentLimits> w = with.get(k);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.apply(0), names.get(k));
      assertEquals(names.get(k) + " must be at least 1 but was 0", e.getMessage());
      assertEquals(1, List.of(w.apply(1).maxNestingDepth(), w.apply(1).maxDocumentLength(), w.apply(1).maxStringLength(),
          w.apply(1).maxNumberLength(), w.apply(1).maxNameLength()).stream().filter(x -> x.longValue() == 1).count(), names.get(k));
    }
  }

  private static ReadProblem onlyProblem(ReadResult r) {
    assertTrue(r.strategy().isEmpty(), r::toString);
    assertEquals(1, r.problems().size(), r::toString);
    return r.problems().get(0);
  }

  @Test
  void aMissingFileSaysSo() {
    Path missing = dir.resolve("missing.json");
    ReadProblem p = onlyProblem(StrategyDocuments.standard().read(missing));
    assertEquals(ReadProblem.Kind.IO_ERROR, p.kind());
    assertTrue(p.message(Locale.ENGLISH).contains("no such file"), p::toString);
    assertTrue(!p.message(Locale.ENGLISH).contains("Exception"), p::toString);
  }

  @Test
  void aPathThroughAFileSaysWhatTheSystemSaid() throws IOException {
    Path file = Files.writeString(dir.resolve("plain.json"), "{}");
    ReadProblem p = onlyProblem(StrategyDocuments.standard().read(file.resolve("inner.json")));
    assertEquals(ReadProblem.Kind.IO_ERROR, p.kind());
    assertTrue(p.message(Locale.ENGLISH).contains("Not a directory"), p::toString);
    assertTrue(!p.message(Locale.ENGLISH).contains("Exception"), p::toString);
  }

  private static ReadProblem onlyProblem(DossierRead r) {
    assertTrue(r.dossier().isEmpty(), r::toString);
    assertEquals(1, r.problems().size(), r::toString);
    return r.problems().get(0);
  }

  @Test
  void aDossierOneCharacterPastTheLengthLimitIsRefused_atTheLimitItIsRead() {
    String empty = "null";
    StrategyDocuments atLimit = StrategyDocuments.builder().limits(DocumentLimits.defaults().withMaxDocumentLength(4)).build();
    assertEquals(ReadProblem.Kind.EMPTY, onlyProblem(atLimit.readDossier(empty, DocumentFormat.JSON)).kind());
    StrategyDocuments below = StrategyDocuments.builder().limits(DocumentLimits.defaults().withMaxDocumentLength(3)).build();
    assertEquals(ReadProblem.Kind.LIMIT_EXCEEDED, onlyProblem(below.readDossier(empty, DocumentFormat.JSON)).kind());
  }

  @Test
  void aDossierNestedPastTheLimitIsRefusedWithItsPlace() {
    StrategyDocuments shallow = StrategyDocuments.builder().limits(DocumentLimits.defaults().withMaxNestingDepth(2)).build();
    ReadProblem p = onlyProblem(shallow.readDossier("{\"a\": {\"b\": {\"c\": 1}}}", DocumentFormat.JSON));
    assertEquals(ReadProblem.Kind.LIMIT_EXCEEDED, p.kind());
    assertEquals(1, p.line());
    assertTrue(p.column() > 1, p::toString);
  }

  @Test
  void anEmptyDossierIsAProblemAtItsStart() {
    ReadProblem p = onlyProblem(StrategyDocuments.standard().readDossier("null", DocumentFormat.JSON));
    assertEquals(ReadProblem.Kind.EMPTY, p.kind());
    assertEquals(1, p.line());
    assertEquals(1, p.column());
  }
}
