// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a {@link PortfolioProblem} refuses when it is made: a repeated project id, limits not positive. */
class PortfolioProblemTest {

  private static Project project(String id) {
    return Project.of(id, 1, Map.of("2026", BigDecimal.ONE));
  }

  @Test
  void theFirstRepeatedIdIsNamed() {
    List<Project> ps = List.of(project("a"), project("b"), project("c"), project("b"), project("a"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PortfolioProblem.of(Map.of("2026", BigDecimal.TEN), ps));
    assertEquals("project id \"b\" appears twice", e.getMessage());
  }

  @Test
  void limitsMustBePositive() {
    List<Project> ps = List.of(project("a"));
    Map<String, BigDecimal> budget = Map.of("2026", BigDecimal.TEN);
    assertEquals("search limits must be positive but were 0 nodes and PT1S", assertThrows(IllegalArgumentException.class,
        () -> new PortfolioProblem(budget, ps, List.of(), List.of(), 0, Duration.ofSeconds(1))).getMessage());
    assertEquals("search limits must be positive but were 1 nodes and PT0S", assertThrows(IllegalArgumentException.class,
        () -> new PortfolioProblem(budget, ps, List.of(), List.of(), 1, Duration.ZERO)).getMessage());
    assertEquals("search limits must be positive but were 1 nodes and PT-1S", assertThrows(IllegalArgumentException.class,
        () -> new PortfolioProblem(budget, ps, List.of(), List.of(), 1, Duration.ofSeconds(-1))).getMessage());
  }
}
