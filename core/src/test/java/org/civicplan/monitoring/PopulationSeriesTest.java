// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Denominator;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Measurement;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Population;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The municipality's population as a series by year, and indicators normalised per inhabitant or
 * per km² with it in assessments and reports.
 */
class PopulationSeriesTest {

  /** 260 000 counted in 2008 (the stated population), 250 000 in 2021, 240 000 estimated for 2030; 130 km². */
  static Municipality city() {
    return Municipality.of("Exemplu", "RO").withPopulation(Population.of(250_000, 2021))
        .withPopulationHistory(List.of(Population.of(260_000, 2008), Population.of(240_000, 2030)))
        .withAreaKm2("130");
  }

  @Nested
  class Series {

    @Test
    void populationsAreAllCountsByYear() {
      assertEquals(List.of(Population.of(260_000, 2008), Population.of(250_000, 2021), Population.of(240_000, 2030)),
          city().populations());
    }

    @Test
    void populationInAYearIsItsCountElseTheLatestBeforeElseTheEarliest() {
      assertEquals(Optional.of(Population.of(250_000, 2021)), city().populationIn(2021));
      assertEquals(Optional.of(Population.of(250_000, 2021)), city().populationIn(2025));
      assertEquals(Optional.of(Population.of(260_000, 2008)), city().populationIn(2000));
      assertEquals(Optional.empty(), Municipality.of("Exemplu", "RO").populationIn(2025));
    }

    @Test
    void aSinglePopulationIsASeriesOfOne() {
      Municipality old = Municipality.of("Exemplu", "RO").withPopulation(Population.of(250_000, 2021));
      assertEquals(List.of(Population.of(250_000, 2021)), old.populations());
      assertEquals(List.of(), old.populationHistory());
      assertEquals(Optional.empty(), old.areaKm2());
    }

    @Test
    void rejectsTwoCountsOfOneYear() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> city().withPopulationHistory(List.of(Population.of(1, 2021))));
      assertEquals("the population of 2021 is given twice (municipality \"Exemplu\")", e.getMessage());
    }

    @Test
    void rejectsANonPositiveArea() {
      assertThrows(IllegalArgumentException.class, () -> city().withAreaKm2("0"));
    }
  }

  @Nested
  class Normalisation {

    private Indicator waste(Denominator d) {
      return Indicator.builder(IndicatorId.of("W-1"), LocalizedText.of("Waste", "Deșeuri"), "t/yr", Direction.DECREASE)
          .normalisation(d)
          .baseline(Baseline.of(PlanDate.ofYear(2008), 104_000))
          .target(Target.of(PlanDate.ofYear(2030), 72_000))
          .measurement(Measurement.of(PlanDate.ofYear(2022), 100_000))
          .build();
    }

    @Test
    void perCapitaDividesEachValueByThePopulationOfItsYear() {
      IndicatorSeries s = IndicatorSeries.normalised(waste(Denominator.PER_CAPITA), city()).orElseThrow();
      assertEquals(0.4, s.baseline().orElseThrow().value(), 1e-12); // 104000 / 260000 (2008)
      assertEquals(0.4, s.observations().get(0).value(), 1e-12); // 100000 / 250000 (2021 count for 2022)
      assertEquals(0.3, s.target().orElseThrow().value(), 1e-12); // 72000 / 240000 (2030)
    }

    @Test
    void perThousandInhabitantsAndPerKm2() {
      assertEquals(400.0, IndicatorSeries.normalised(waste(Denominator.PER_1000_INHABITANTS), city()).orElseThrow()
          .observations().get(0).value(), 1e-9); // 100000 / 250
      assertEquals(800.0, IndicatorSeries.normalised(waste(Denominator.PER_KM2), city()).orElseThrow()
          .baseline().orElseThrow().value(), 1e-9); // 104000 / 130
    }

    @Test
    void withoutTheDenominatorThereIsNoNormalisedSeries() {
      assertEquals(Optional.empty(), IndicatorSeries.normalised(waste(Denominator.PER_CAPITA), Municipality.of("X", "RO")));
      assertEquals(Optional.empty(), IndicatorSeries.normalised(waste(Denominator.PER_KM2),
          Municipality.of("X", "RO").withPopulation(Population.of(1, 2020))));
      assertEquals(IndicatorSeries.from(waste(Denominator.NONE)),
          IndicatorSeries.normalised(waste(Denominator.NONE), Municipality.of("X", "RO")).orElseThrow());
    }

    @Test
    void theReportAssessesAndShowsTheNormalisedValues() {
      Strategy s = StrategyFixture.valid();
      s = s.toBuilder().municipality(city()).indicator(waste(Denominator.PER_CAPITA)).build();
      MonitoringReport r = MonitoringReporter.standard().report(s, LocalDate.of(2026, 6, 30));
      MonitoringReport.IndicatorEntry w = r.indicators().stream().filter(i -> i.id().equals("W-1")).findFirst().orElseThrow();
      assertEquals("t/yr/cap", w.unit());
      assertEquals(0.4, w.observations().get(0).value(), 1e-12);
      // linear: baseline 0.4 (2008), target 0.3 (2030): 2022 expects 0.4 − 0.1 × 14/22 = 0.33636…; 0.4 is behind
      assertTrue(w.progress().isPresent());
      assertEquals(0.0, w.progress().getAsDouble(), 1e-12); // (0.4 − 0.4) / (0.4 − 0.3)
    }
  }

  @Nested
  class Documents {

    private final org.civicplan.document.StrategyDocuments docs = org.civicplan.document.StrategyDocuments.standard();

    @Test
    void theSeriesAndTheAreaSurviveTheJsonRoundTrip() {
      Strategy s = StrategyFixture.valid().toBuilder().municipality(city()).build();
      String json = docs.write(s, org.civicplan.document.DocumentFormat.JSON);
      assertTrue(json.contains("\"populationHistory\""), json);
      assertEquals(s, docs.read(json, org.civicplan.document.DocumentFormat.JSON).orElseThrow());
    }

    @Test
    void aDocumentWithASinglePopulationReadsAsASeriesOfOne() {
      Strategy s = StrategyFixture.valid().toBuilder()
          .municipality(Municipality.of("Exemplu", "RO").withPopulation(Population.of(250_000, 2021))).build();
      String json = docs.write(s, org.civicplan.document.DocumentFormat.JSON);
      // nothing new is written for a municipality without history or area
      assertTrue(!json.contains("populationHistory") && !json.contains("areaKm2"), json);
      Municipality read = docs.read(json, org.civicplan.document.DocumentFormat.JSON).orElseThrow().municipality();
      assertEquals(List.of(Population.of(250_000, 2021)), read.populations());
    }
  }
}
