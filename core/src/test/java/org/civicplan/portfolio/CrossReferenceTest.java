// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.civicplan.base.StrategyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossReferenceTest {

  @Test
  void parseReadsWhatToStringWrites() {
    for (CrossReference r : new CrossReference[] {
        CrossReference.objective("exemplu-climate-2022", "OS-1.1"),
        CrossReference.action("a", "A:1_x"),
        CrossReference.indicator("s.2026", "CLI-08")}) {
      assertEquals(r, CrossReference.parse(r.toString()));
    }
    assertEquals("exemplu-climate-2022/objective/OS-1.1", CrossReference.objective("exemplu-climate-2022", "OS-1.1").toString());
  }

  @Test
  void parseNamesThePartsOfTheReference() {
    CrossReference r = CrossReference.parse("exemplu-sport-2026/action/A-3");
    assertEquals(StrategyId.of("exemplu-sport-2026"), r.strategy());
    assertEquals(CrossReference.Kind.ACTION, r.kind());
    assertEquals("A-3", r.id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "s/objective", "s/objective/O/1", "s/goal/O-1", "s//O-1", "/objective/O-1", "s/Objective/O-1",
      "s/objective/-O"})
  void parse_rejectsWhatIsNotTheForm(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrossReference.parse(text));
    assertEquals(true, e.getMessage().contains("\"" + text + "\""), e.getMessage());
    assertEquals(true, e.getMessage().contains(CrossReference.FORM), e.getMessage());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(CrossReference.action("s", "A-1"), CrossReference.parse("s/action/A-1"))
        .addEqualityGroup(CrossReference.objective("s", "A-1"))
        .addEqualityGroup(CrossReference.action("t", "A-1"))
        .addEqualityGroup(CrossReference.action("s", "A-2"))
        .testEquals();
  }

  @Test
  void linksRejectAReferenceOfTheWrongKind() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Delegation(org.civicplan.base.ObjectiveId.of("O-1"), CrossReference.action("s", "A-1")));
    assertEquals("objective \"O-1\" must be delegated to an objective but was delegated to s/action/A-1", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new SharedAction(org.civicplan.base.ActionId.of("A-1"), CrossReference.indicator("s", "I-1")));
    assertThrows(IllegalArgumentException.class,
        () -> new SharedIndicator(org.civicplan.indicator.IndicatorId.of("I-1"), CrossReference.objective("s", "O-1")));
  }
}
