package org.civicplan.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Measurement;
import org.civicplan.template.MonitoringContribution.Cell;
import org.civicplan.template.MonitoringContribution.Table;
import org.junit.jupiter.api.Test;

class MonitoringContributionTest {

  private static final LocalizedText TITLE = LocalizedText.of("Survey", "Inventar");
  private static final List<LocalizedText> TWO = List.of(LocalizedText.of("A", "A"), LocalizedText.of("B", "B"));

  @Test
  void of_keepsWhatItIsGiven() {
    Table t = Table.of(TWO, List.of(List.of(Cell.plain("x"), Cell.number(new BigDecimal("1.50")))));
    MonitoringContribution c = new MonitoringContribution("test.survey", TITLE, List.of(), List.of(t), List.of());

    assertEquals("test.survey", c.id());
    assertEquals(List.of(t), c.tables());
    assertEquals(LocalizedText.empty(), t.caption());
  }

  @Test
  void rejectsAnIdOutsideTheIdSyntax() {
    assertThrows(IllegalArgumentException.class,
        () -> new MonitoringContribution("a survey", TITLE, List.of(), List.of(), List.of()));
  }

  @Test
  void rejectsABlankTitle() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MonitoringContribution("test.survey", LocalizedText.empty(), List.of(), List.of(), List.of()));
    assertTrue(e.getMessage().contains("test.survey"), e.getMessage());
  }

  @Test
  void table_rejectsARowWithTheWrongNumberOfCells() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Table.of(TWO, List.of(List.of(Cell.plain("x"), Cell.plain("y")), List.of(Cell.plain("z")))));
    assertEquals("row 1 must have 2 cells, one per column, but has 1", e.getMessage());
  }

  @Test
  void table_rejectsNoColumns() {
    assertThrows(IllegalArgumentException.class, () -> Table.of(List.of(), List.of()));
  }

  @Test
  void nulls() {
    assertThrows(NullPointerException.class, () -> Cell.text(null));
    assertThrows(NullPointerException.class, () -> Cell.plain(null));
    assertThrows(NullPointerException.class, () -> Cell.number(null));
    assertThrows(NullPointerException.class, () -> new MonitoringContribution("a", TITLE, List.of(), List.of(), null));
  }

  @Test
  void numberCell_equalsRegardlessOfTrailingZeros() {
    new EqualsTester()
        .addEqualityGroup(Cell.number(new BigDecimal("1.50")), Cell.number(new BigDecimal("1.5")))
        .addEqualityGroup(Cell.number(new BigDecimal("0.00")), Cell.number(BigDecimal.ZERO))
        .addEqualityGroup(Cell.plain("1.5"))
        .addEqualityGroup(Cell.text(LocalizedText.of("1.5", "1,5")))
        .testEquals();
  }

  @Test
  void derivedMeasurement_of_namesItsAnnexInTheSource() {
    DerivedMeasurement d =
        DerivedMeasurement.of(IndicatorId.of("CLI-X3"), PlanDate.ofYear(2023), 13.6, "green-space", "2023");

    assertEquals(Optional.of("annex green-space: 2023"), d.measurement().source());
    assertEquals(PlanDate.ofYear(2023), d.date());
    assertEquals(13.6, d.value());
  }

  @Test
  void derivedMeasurement_rejectsAMeasurementWithoutSource() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DerivedMeasurement(
        IndicatorId.of("CLI-X3"), Measurement.of(PlanDate.ofYear(2023), 1), "green-space", "2023"));
    assertTrue(e.getMessage().contains("CLI-X3"), e.getMessage());
  }

  @Test
  void derivedMeasurement_rejectsABlankItemAndABadKind() {
    assertThrows(IllegalArgumentException.class,
        () -> DerivedMeasurement.of(IndicatorId.of("x"), PlanDate.ofYear(2023), 1, "green-space", " "));
    assertThrows(IllegalArgumentException.class,
        () -> DerivedMeasurement.of(IndicatorId.of("x"), PlanDate.ofYear(2023), 1, "green space", "2023"));
    assertThrows(IllegalArgumentException.class,
        () -> DerivedMeasurement.of(IndicatorId.of("x"), PlanDate.ofYear(2023), Double.NaN, "green-space", "2023"));
  }
}
