// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The quick look for long numbers that lets a document be read without the token scan. */
class LimitScanTest {

  @Test
  void aRunOfNumberCharactersLongerThanTheLimitMayBeALongNumber() {
    assertFalse(LimitScan.mayHoldLongNumber("{\"n\": -1." + "2".repeat(97) + "}", 100));
    assertTrue(LimitScan.mayHoldLongNumber("{\"n\": -1." + "2".repeat(98) + "}", 100));
    assertTrue(LimitScan.mayHoldLongNumber("{\"n\": 1e+" + "9".repeat(98) + "}", 100));
    // inside a string it is not a number, but the answer may only err towards yes
    assertTrue(LimitScan.mayHoldLongNumber("{\"s\": \"" + "2020-".repeat(30) + "\"}", 100));
    assertFalse(LimitScan.mayHoldLongNumber("{\"period\": \"2022-2030\", \"n\": 12.5e-3}", 100));
  }

  @Test
  void bytesAndTextGiveTheSameAnswer() {
    SplittableRandom r = new SplittableRandom(5);
    String alphabet = "0123456789-+.eEx ș\"😀";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(40);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = b.toString();
      if (Character.isHighSurrogate(t.isEmpty() ? 'a' : t.charAt(t.length() - 1))) {
        continue;
      }
      int limit = 1 + r.nextInt(8);
      assertEquals(LimitScan.mayHoldLongNumber(t, limit),
          LimitScan.mayHoldLongNumber(t.getBytes(StandardCharsets.UTF_8), limit), t + " / " + limit);
    }
  }
}
