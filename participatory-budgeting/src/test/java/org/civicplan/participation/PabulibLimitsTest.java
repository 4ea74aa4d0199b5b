// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.io.CsvLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pabulib file is read within {@link CsvLimits}: exactly at each limit it reads, one past it is
 * refused with one problem naming the limit and where it was passed (issue 19).
 */
class PabulibLimitsTest {

  private static final String FILE = PabulibTest.CUMULATIVE;
  /** The lines of {@link PabulibTest#CUMULATIVE} that are not blank: 3 section names, 3 headers, 9 + 3 + 3 rows. */
  private static final int LINES = 21;
  /** Its longest field, {@code description}'s {@code Illustrative; not a real vote}: 29 characters. */
  private static final int LONGEST = 29;

  @TempDir Path dir;

  private static void refused(PabulibResult r, int line, int column, String message) {
    assertTrue(r.instance().isEmpty(), r::toString);
    assertEquals(List.of(new PabulibProblem(line, column, PbCodes.LIMIT, message)), r.problems());
  }

  @Test
  void theCountsOfTheFixtureAreThoseStated() {
    assertEquals(LINES, FILE.lines().filter(l -> !l.isBlank()).count());
    assertTrue(FILE.contains(";\"Illustrative; not a real vote\"\n"));
  }

  @Test
  void lines_atTheLimitRead_onePastIsRefusedAtTheFirstLinePast() {
    assertTrue(Pabulib.read(FILE, CsvLimits.defaults().withMaxRows(LINES)).instance().isPresent());
    // line 21 is the last ballot, c
    refused(Pabulib.read(FILE, CsvLimits.defaults().withMaxRows(LINES - 1)), 21, 1,
        "the file has more than 20 lines, the limit of a pabulib file; the rest was not read");
  }

  @Test
  void fieldLength_atTheLimitReads_onePastIsRefusedAtTheField() {
    assertTrue(Pabulib.read(FILE, CsvLimits.defaults().withMaxFieldLength(LONGEST)).instance().isPresent());
    // line 3 is description;"Illustrative…": the field starts at column 13
    refused(Pabulib.read(FILE, CsvLimits.defaults().withMaxFieldLength(LONGEST - 1)), 3, 13,
        "a field is longer than 28 characters, the limit of a pabulib file; the rest was not read");
  }

  @Test
  void textLength_atTheLimitReads_onePastIsRefused() {
    assertTrue(Pabulib.read(FILE, CsvLimits.defaults().withMaxBytes(FILE.length())).instance().isPresent());
    refused(Pabulib.read(FILE, CsvLimits.defaults().withMaxBytes(FILE.length() - 1)), 1, 1,
        "the text is longer than " + (FILE.length() - 1) + " characters, the limit of a pabulib file; it was not read");
  }

  @Test
  void fileSize_atTheLimitReads_onePastIsRefusedBeforeReading() throws IOException {
    // ö is two bytes in UTF-8: the limit counts the file's bytes, not its characters
    Path f = Files.writeString(dir.resolve("ö.pb"), FILE.replace("Illustrative City", "Illustrative Cöty"), StandardCharsets.UTF_8);
    long bytes = Files.size(f);
    assertEquals(FILE.length() + 1, bytes);
    assertTrue(Pabulib.read(f, CsvLimits.defaults().withMaxBytes(bytes)).instance().isPresent());
    refused(Pabulib.read(f, CsvLimits.defaults().withMaxBytes(bytes - 1)), 1, 1,
        "the file is longer than " + (bytes - 1) + " bytes, the limit of a pabulib file; it was not read");
  }

  @Test
  void theDefaultsReadTheFixture() {
    assertTrue(Pabulib.read(FILE).instance().isPresent());
    assertEquals(Pabulib.read(FILE), Pabulib.read(FILE, CsvLimits.defaults()));
  }
}
