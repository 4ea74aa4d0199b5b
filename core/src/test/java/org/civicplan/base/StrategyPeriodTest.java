package org.civicplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StrategyPeriodTest {

  @Test
  void parse_readsWhatToStringWrites() {
    StrategyPeriod p = StrategyPeriod.of(2026, 2030);
    assertEquals("2026/2030", p.toString());
    assertEquals(p, StrategyPeriod.parse("2026/2030"));
    assertEquals(5, p.years());
  }

  @Test
  void rejectsEndBeforeStart_withBothYears() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrategyPeriod.of(2030, 2026));
    assertTrue(e.getMessage().contains("2030/2026"), e.getMessage());
  }

  @Test
  void parse_rejectsOtherForms() {
    assertThrows(IllegalArgumentException.class, () -> StrategyPeriod.parse("2026-2030"));
  }

  @Test
  void contains_wholeDatesOnly() {
    StrategyPeriod p = StrategyPeriod.of(2026, 2030);
    assertTrue(p.contains(PlanDate.ofYear(2026)));
    assertTrue(p.contains(PlanDate.of(2030, 12, 31)));
    assertFalse(p.contains(PlanDate.ofYear(2031)));
    assertFalse(p.contains(PlanDate.of(2025, 12, 31)));
  }
}
