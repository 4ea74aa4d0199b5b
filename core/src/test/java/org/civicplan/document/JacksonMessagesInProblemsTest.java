package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JacksonMessagesInProblemsTest {

  @Test
  void unfinishedObject_isAProblemWithLineAndColumn_withoutJacksonSourceNoise() {
    ReadResult r = StrategyDocuments.standard().read("{", DocumentFormat.JSON);
    assertEquals(1, r.problems().size(), r.problems().toString());
    ReadProblem p = r.problems().get(0);
    assertFalse(p.message().contains("[Source"), p.message());
    assertFalse(p.message().contains("REDACTED"), p.message());
    assertFalse(p.message().contains("byte offset"), p.message());
    assertTrue(p.message().startsWith("syntax error: "), p.message());
    assertTrue(p.line() == 1 && p.column() > 0, p.toString());
  }
}
