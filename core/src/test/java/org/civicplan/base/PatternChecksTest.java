// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The identifier, language-tag and plan-date checks run without regular expressions on the reading
 * path; here they are held equal to the expressions that specify them, on strings drawn from the
 * characters that matter at every length around the limits.
 */
class PatternChecksTest {

  private static final String ALPHABET = "aAzZ09m-._:/ éȘ\u00a0\uD83D\uDE00";

  private static String draw(SplittableRandom r, String alphabet, int maxLength) {
    int n = r.nextInt(maxLength + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void identifiersAreValidExactlyWhenThePatternMatches() {
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 50_000; i++) {
      String s = i % 10 == 0 ? "a".repeat(60 + r.nextInt(8)) : draw(r, ALPHABET, 6);
      assertEquals(IdSyntax.PATTERN.matcher(s).matches(), IdSyntax.isValid(s), s);
    }
  }

  @Test
  void languageTagsAreAcceptedExactlyWhenTheirPatternMatches() {
    Pattern tag = Pattern.compile("[a-z]{2,3}(-[A-Z]{2}|-[0-9]{3})?");
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < 50_000; i++) {
      String s = draw(r, "roROa9-_", 8);
      assertEquals(tag.matcher(s).matches(), LocalizedText.isTag(s), s);
    }
    assertEquals(true, LocalizedText.isTag("ro-MD"));
    assertEquals(true, LocalizedText.isTag("es-419"));
    assertEquals(false, LocalizedText.isTag("ro-md"));
    assertEquals(false, LocalizedText.isTag("-"));
  }

  /** PlanDate.parse as it was written with expressions, the reference for the check below. */
  private static PlanDate byExpressions(String s) {
    if (s.matches("\\d{4}")) {
      return PlanDate.ofYear(Integer.parseInt(s));
    }
    if (s.matches("\\d{4}-\\d{2}")) {
      return PlanDate.ofMonth(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
    }
    if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return PlanDate.of(LocalDate.parse(s));
    }
    throw new IllegalArgumentException("not a date");
  }

  @Test
  void planDatesParseAsTheirThreeFormsSay() {
    SplittableRandom r = new SplittableRandom(13);
    for (int i = 0; i < 50_000; i++) {
      String s = i % 2 == 0
          ? String.format("%04d-%02d-%02d", 1990 + r.nextInt(100), r.nextInt(14), r.nextInt(33))
              .substring(0, new int[] {4, 7, 10}[r.nextInt(3)])
          : draw(r, "0123456789-x ", 11);
      PlanDate expected;
      try {
        expected = byExpressions(s);
      } catch (IllegalArgumentException | DateTimeException e) {
        expected = null;
      }
      if (expected == null) {
        assertThrows(IllegalArgumentException.class, () -> PlanDate.parse(s), s);
      } else {
        assertEquals(expected, PlanDate.parse(s), s);
      }
    }
  }
}
