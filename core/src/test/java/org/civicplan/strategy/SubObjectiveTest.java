package org.civicplan.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.base.TemplateId;
import org.junit.jupiter.api.Test;

class SubObjectiveTest {

  private static final Strategy TREE = Strategy.builder(StrategyId.of("s"), TemplateId.of("t"), Municipality.of("Lugoj", "RO"),
          LocalizedText.of("S", "S"), StrategyPeriod.of(2026, 2030))
      .objectives(List.of(
          Objective.of("OG-1", LocalizedText.of("One", "Unu")).withChildren(List.of(Objective.of("OS-1.1", LocalizedText.of("a", "a")))),
          Objective.of("OG-2", LocalizedText.of("Two", "Doi"))))
      .build();

  @Test
  void addsUnderAnObjectiveAtAnyDepthKeepingTheRest() {
    Strategy s = TREE.withSubObjective(ObjectiveId.of("OS-1.1"), Objective.of("OS-1.1.1", LocalizedText.of("deep", "adânc")));
    assertEquals(List.of("OG-1", "OS-1.1", "OS-1.1.1", "OG-2"), s.allObjectives().map(o -> o.id().value()).toList());
    Strategy t = s.withSubObjective(ObjectiveId.of("OG-1"), Objective.of("OS-1.2", LocalizedText.of("b", "b")));
    assertEquals(List.of("OS-1.1", "OS-1.2"), t.objectives().get(0).children().stream().map(o -> o.id().value()).toList());
    assertEquals(TREE.objectives().get(1), t.objectives().get(1));
  }

  @Test
  void refusesAnUnknownParentOrAUsedId() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> TREE.withSubObjective(ObjectiveId.of("OG-9"), Objective.of("X", LocalizedText.of("x", "x"))));
    assertTrue(unknown.getMessage().contains("no objective \"OG-9\""), unknown::getMessage);
    IllegalArgumentException used = assertThrows(IllegalArgumentException.class,
        () -> TREE.withSubObjective(ObjectiveId.of("OG-2"), Objective.of("OS-1.1", LocalizedText.of("x", "x"))));
    assertTrue(used.getMessage().contains("\"OS-1.1\" is already used"), used::getMessage);
  }
}
