package org.civicplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanDateTest {

  @Test
  void parse_threePrecisions() {
    assertEquals(PlanDate.ofYear(2027), PlanDate.parse("2027"));
    assertEquals(PlanDate.ofMonth(2027, 3), PlanDate.parse("2027-03"));
    assertEquals(PlanDate.of(2027, 3, 15), PlanDate.parse("2027-03-15"));
  }

  @Test
  void lastDay_coversThePeriodMeant() {
    assertEquals(LocalDate.of(2027, 12, 31), PlanDate.ofYear(2027).lastDay());
    assertEquals(LocalDate.of(2028, 2, 29), PlanDate.ofMonth(2028, 2).lastDay());
    assertEquals(LocalDate.of(2027, 3, 15), PlanDate.of(2027, 3, 15).lastDay());
  }

  @ParameterizedTest
  @ValueSource(strings = {"27", "2027-3", "2027-13", "2027-02-30", "2027/03", "", "1799", "2501-01-01", " 2027"})
  void parse_rejectsWithTheTextAndAllowedForms(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanDate.parse(text));
    assertTrue(e.getMessage().contains("YYYY, YYYY-MM or YYYY-MM-DD"), e.getMessage());
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
  }

  @Test
  void constructor_rejectsMisalignedFirstDay() {
    assertThrows(
        IllegalArgumentException.class, () -> new PlanDate(PlanDate.Precision.MONTH, LocalDate.of(2027, 3, 2)));
    assertThrows(
        IllegalArgumentException.class, () -> new PlanDate(PlanDate.Precision.YEAR, LocalDate.of(2027, 3, 1)));
  }

  @Test
  void order_byFirstDayThenPrecision() {
    List<PlanDate> sorted = new ArrayList<>(List.of(
        PlanDate.of(2027, 1, 1), PlanDate.ofMonth(2027, 1), PlanDate.ofYear(2027), PlanDate.ofYear(2026)));
    sorted.sort(null);
    assertEquals(
        List.of(PlanDate.ofYear(2026), PlanDate.ofYear(2027), PlanDate.ofMonth(2027, 1), PlanDate.of(2027, 1, 1)),
        sorted);
  }

  @Test
  void isBefore_comparesWholePeriods() {
    assertTrue(PlanDate.ofYear(2026).isBefore(PlanDate.ofYear(2027)));
    assertFalse(PlanDate.ofYear(2027).isBefore(PlanDate.of(2027, 6, 1)));
    assertTrue(PlanDate.ofMonth(2027, 5).isBefore(PlanDate.of(2027, 6, 1)));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(PlanDate.ofYear(2027), PlanDate.parse("2027"))
        .addEqualityGroup(PlanDate.ofMonth(2027, 1))
        .addEqualityGroup(PlanDate.of(2027, 1, 1))
        .testEquals();
  }

  /** Property: parse(toString(d)) == d over seeded random dates of every precision. */
  @Test
  void parse_roundTripsToString_seeded() {
    long seed = 20261127L;
    RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    for (int i = 0; i < 2000; i++) {
      int year = rng.nextInt(PlanDate.MIN_YEAR, PlanDate.MAX_YEAR + 1);
      PlanDate d =
          switch (rng.nextInt(3)) {
            case 0 -> PlanDate.ofYear(year);
            case 1 -> PlanDate.ofMonth(year, rng.nextInt(1, 13));
            default -> PlanDate.of(LocalDate.of(year, 1, 1).plusDays(rng.nextInt(365)));
          };
      assertEquals(d, PlanDate.parse(d.toString()), "seed " + seed + ", case " + i + ": " + d);
    }
  }
}
