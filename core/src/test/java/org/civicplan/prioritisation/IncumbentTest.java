// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When a node's bound cannot beat the incumbent: by more than rounding (a relative 10⁻⁹), and, when
 * every value is an integer and their sum is exact in a double (below 2⁵²), by less than one.
 */
class IncumbentTest {

  private static Incumbent incumbentOf(double... values) {
    List<Project> ps = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      ps.add(Project.of("p" + i, values[i], Map.of("y", BigDecimal.ONE)));
    }
    return new Incumbent(PortfolioModelBuilder.build(PortfolioProblem.of(Map.of("y", BigDecimal.TEN), ps)));
  }

  @Test
  void nothingIsCutBeforeTheFirstSelection() {
    Incumbent i = incumbentOf(3, 4);
    assertFalse(i.exists());
    assertFalse(i.cuts(Double.NEGATIVE_INFINITY));
  }

  @Test
  void integerValues_cutABoundBelowTheIncumbentPlusOne() {
    Incumbent i = incumbentOf(3, 4, 5);
    i.replace(10, new byte[3]);
    double tol = 1e-9 * 10;
    assertTrue(i.cuts(10.5));
    assertTrue(i.cuts(10 + 1 - 2 * tol));
    assertFalse(i.cuts(10 + 1 - tol), "at the incumbent plus one less rounding: a selection of 11 may be there");
    assertFalse(i.cuts(11));
  }

  @Test
  void fractionalValues_cutABoundWithinRoundingOfTheIncumbent() {
    Incumbent i = incumbentOf(3.5, 4);
    i.replace(10, new byte[2]);
    double tol = 1e-9 * 10;
    assertTrue(i.cuts(10 + tol));
    assertFalse(i.cuts(10 + 2 * tol));
    assertFalse(i.cuts(10.5));
    assertTrue(i.improvedBy(10 + 2 * tol));
    assertFalse(i.improvedBy(10 + tol));
  }

  @Test
  void integerValuesWhoseSumIsNotExact_areTreatedAsFractional() {
    // 2^52 alone: the sum reaches 2^52, where a double no longer holds every half
    Incumbent big = incumbentOf(0x1p52);
    big.replace(1, new byte[1]);
    assertFalse(big.cuts(1.5));
    // negative values count by their size
    Incumbent negative = incumbentOf(-0x1p51, 0x1p51);
    negative.replace(1, new byte[2]);
    assertFalse(negative.cuts(1.5));
    Incumbent justBelow = incumbentOf(0x1p52 - 1);
    justBelow.replace(1, new byte[1]);
    assertTrue(justBelow.cuts(1.5));
  }

  @Test
  void replaceKeepsTheValueAndTheState() {
    Incumbent i = incumbentOf(1, 2);
    byte[] state = {PortfolioState.IN, PortfolioState.OUT};
    i.replace(1, state);
    assertTrue(i.exists());
    assertEquals(1, i.value());
    assertEquals(state, i.state());
  }
}
