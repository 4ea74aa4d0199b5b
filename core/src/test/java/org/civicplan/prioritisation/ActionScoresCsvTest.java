package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.civicplan.base.Finding;
import org.junit.jupiter.api.Test;

class ActionScoresCsvTest {

  @Test
  void parseCsv_unclosedQuote_isAFindingOnItsLine() {
    ActionScores.Parsed p = ActionScores.parseCsv("# scores\naction,impact\nA-1,\"12\n");
    assertEquals(List.of("/3"), p.findings().stream().map(Finding::path).toList());
    assertTrue(p.findings().get(0).message(Locale.ENGLISH).contains("not closed"), p.findings().toString());
  }

  @Test
  void parseCsv_textAfterAClosingQuote_isAFindingWithLineAndColumn() {
    ActionScores.Parsed p = ActionScores.parseCsv("action,impact\nA-1,\"12\"5\nA-2,3\n");
    assertTrue(p.hasErrors());
    Finding f = p.findings().get(0);
    assertEquals(List.of(PrioritisationCodes.SCORES_CSV, "/2"), List.of(f.code(), f.path()));
    assertTrue(f.message(Locale.ENGLISH).contains("column 5"), f.toString());
  }
}
