// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FixturesTest {

  @Test
  void everyFixtureBreaksNoCoreRule() {
    Fixtures.all().forEach((name, s) -> assertEquals(List.of(), CoreRulesOracle.check(s).findings(), name));
  }

  @Test
  void greenStreetsReadsLikeItsJavadoc() {
    var s = Fixtures.greenStreets();
    assertEquals(2, s.objectives().size());
    assertEquals(4, s.allObjectives().count());
    assertEquals(List.of(Fixtures.GreenStreets.PLANT), s.action(Fixtures.GreenStreets.WATERING).orElseThrow().dependsOn());
    assertTrue(s.annexes("x-street-survey").size() == 1);
  }

  @Test
  void fixturesAreEqualEachTime() {
    assertEquals(Fixtures.all(), Fixtures.all());
  }
}
