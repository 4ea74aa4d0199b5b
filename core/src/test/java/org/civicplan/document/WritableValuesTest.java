// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the walk for unpaired surrogates may be skipped: never when a value could hold one. */
class WritableValuesTest {

  private static final char BACKSLASH = '\\';

  @Test
  void aTextWithNeitherALoneSurrogateNorASurrogateEscapeNeedsNoWalk() {
    assertFalse(WritableValues.mayHoldUnpaired("{\"title\": \"Strategie 😀 ș\"}", false));
    assertFalse(WritableValues.mayHoldUnpaired("{\"a\": \"" + BACKSLASH + "u00e9 " + BACKSLASH + "n\"}", false));
    assertFalse(WritableValues.mayHoldUnpaired("a: \"" + BACKSLASH + "U0001F600\"", false));
    assertFalse(WritableValues.mayHoldUnpaired("ends with a backslash " + BACKSLASH, false));
    assertFalse(WritableValues.mayHoldUnpaired("short escape " + BACKSLASH + "uD8", false));
  }

  @Test
  void everySurrogateEscapeAndEveryLoneSurrogateNeedsTheWalk() {
    for (String hex : new String[] {"D800", "d83d", "DBFF", "DC00", "DFFF"}) {
      assertTrue(WritableValues.mayHoldUnpaired("{\"a\": \"x" + BACKSLASH + "u" + hex + "\"}", false), hex);
      assertTrue(WritableValues.mayHoldUnpaired("a: \"" + BACKSLASH + "U0000" + hex + "\"", false), hex);
    }
    assertTrue(WritableValues.mayHoldUnpaired("{\"a\": \"\uD800\"}", false));
    assertTrue(WritableValues.mayHoldUnpaired("{\"a\": \"\uDC00x\"}", false));
    // text decoded from UTF-8 cannot hold a lone surrogate, so only escapes count there
    assertFalse(WritableValues.mayHoldUnpaired("{\"a\": \"x\"}", true));
    assertTrue(WritableValues.mayHoldUnpaired("{\"a\": \"" + BACKSLASH + "uDC00\"}", true));
    // an escaped backslash followed by uD800 is text, not an escape; walking is merely unneeded
    assertTrue(WritableValues.mayHoldUnpaired("{\"a\": \"" + BACKSLASH + BACKSLASH + "uD800\"}", false));
  }

  @Test
  void bytesNeedTheWalkExactlyWhenTheirTextDoes() {
    String[] texts = {
      "{\"title\": \"Strategie 😀 ș\"}",
      "{\"a\": \"" + BACKSLASH + "u00e9 " + BACKSLASH + "n\"}",
      "{\"a\": \"x" + BACKSLASH + "uD800\"}",
      "{\"a\": \"x" + BACKSLASH + "udfff\"}",
      "a: \"" + BACKSLASH + "U0000DC00\"",
      "a: \"" + BACKSLASH + "U0001F600\"",
      "short " + BACKSLASH + "uD8",
      "" + BACKSLASH,
      BACKSLASH + "u00e9".repeat(3) + BACKSLASH + "uDBFF",
    };
    for (String t : texts) {
      assertEquals(WritableValues.mayHoldUnpaired(t, true),
          WritableValues.mayHoldUnpaired(t.getBytes(java.nio.charset.StandardCharsets.UTF_8)), t);
    }
  }
}
