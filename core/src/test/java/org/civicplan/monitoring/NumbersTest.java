package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.civicplan.base.PlanDate;
import org.junit.jupiter.api.Test;

/** The fast number and date texts against their definitions. */
class NumbersTest {

  @Test
  void format_equalsBigDecimalDefinition_onEdgeValues() {
    double[] edges = {0, -0.0, 1, -1, 0.5, 0.00005, 0.00004999, -0.00005, 0.001, 0.0015, 0.12345, -0.12345, 0.99995,
        -0.99995, 9.99995, 99999.99995, 1234567.89, 9999999.99996, 1e7, 1.5e7, 123456789.123, 1e15, 1e15 + 0.5e1,
        -1e16, 1e300, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2, 2.675, 1.00005, 0.375, 86.6667, -0.033};
    for (double d : edges) {
      assertEquals(Numbers.formatExactly(d), Numbers.format(d), "value " + d);
    }
  }

  @Test
  void format_equalsBigDecimalDefinition_onSeededValues() {
    long seed = 20261127;
    RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    for (int i = 0; i < 200_000; i++) {
      double magnitude = Math.pow(10, r.nextInt(-6, 17));
      double d = switch (i % 4) {
        case 0 -> r.nextDouble(-1, 1) * magnitude;
        case 1 -> Math.round(r.nextDouble(-1, 1) * 1e6) / 1e6 * magnitude;
        case 2 -> (Math.round(r.nextDouble(-1e5, 1e5)) + 0.00005) * (r.nextBoolean() ? 1 : -1);
        default -> Double.longBitsToDouble(r.nextLong());
      };
      if (Double.isFinite(d)) {
        assertEquals(Numbers.formatExactly(d), Numbers.format(d), "seed " + seed + " case " + i + " value " + d);
      }
    }
  }

  @Test
  void date_equalsPlanDateText() {
    for (PlanDate d : new PlanDate[] {PlanDate.ofYear(PlanDate.MIN_YEAR), PlanDate.ofYear(2030),
        PlanDate.ofYear(PlanDate.MAX_YEAR), PlanDate.ofMonth(2021, 3), PlanDate.of(2021, 3, 15)}) {
      assertEquals(d.toString(), Numbers.date(d));
    }
  }
}
