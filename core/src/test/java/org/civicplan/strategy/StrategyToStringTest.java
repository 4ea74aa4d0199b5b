package org.civicplan.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civicplan.fixture.StrategyFixture;
import org.junit.jupiter.api.Test;

class StrategyToStringTest {

  @Test
  void toString_isAShortSummary_notTheDocument() {
    Strategy s = StrategyFixture.valid();
    String text = s.toString();
    assertEquals("Strategy[" + s.id().value() + ", template " + s.templateId().value() + ", " + s.period() + ", "
        + s.state().kebab() + ", " + s.allObjectives().count() + " objectives, " + s.actions().size() + " actions, "
        + s.indicators().size() + " indicators, " + s.annexes().size() + " annexes]", text);
    assertTrue(text.length() < 200, text);
  }
}
