// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.civicplan.base.Finding;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.OverlayDocuments;

/**
 * Coverage-guided fuzzing of the parsers with Jazzer: the same checks as {@link DocumentFuzzTest}
 * (nothing escapes reading, validation or writing; what reads round-trips; every refusal has a
 * place), but with inputs that Jazzer's libFuzzer engine evolves towards new branches of the
 * reader rather than seeded random mutations.
 *
 * <p>In an ordinary test run (regression mode) each method runs once on every input of its
 * corpus in {@code src/test/resources/org/civicplan/testkit/DocumentJazzerTestInputs/METHOD/}:
 * the seeds, and every input Jazzer ever found failing, kept there so that it stays fixed. To fuzz
 * (each method for {@code maxDuration}; a failing input is written into that directory):
 *
 * <pre>JAZZER_FUZZ=1 ./mvnw -B -pl testkit -am test -Dtest=DocumentJazzerTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class DocumentJazzerTest {

  @FuzzTest(maxDuration = "2m")
  void jsonDocuments(byte[] input) {
    DocumentFuzzTest.check(input, DocumentFormat.JSON);
  }

  @FuzzTest(maxDuration = "2m")
  void yamlDocuments(byte[] input) {
    DocumentFuzzTest.check(input, DocumentFormat.YAML);
  }

  @FuzzTest(maxDuration = "2m")
  void yamlOverlays(byte[] input) {
    OverlayDocuments.Result r = OverlayDocuments.readYaml(new String(input, StandardCharsets.UTF_8));
    // an overlay is given exactly when nothing was found wrong: no silent refusal
    assertTrue(r.overlay().isPresent() == r.findings().isEmpty(), r::toString);
    for (Finding f : r.findings()) {
      assertTrue(f.code().startsWith("overlay."), f::toString);
      String message = f.message(Locale.ENGLISH);
      assertFalse(message.isBlank(), f::toString);
      // a refusal of the text says where; a refusal of a value names its path
      assertTrue(message.contains("line ") || !f.path().isEmpty(), () -> "no place: " + f);
    }
  }
}
