// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnexComputationTest {

  @ParameterizedTest(name = "{0} × {1} = {2}")
  @CsvSource({
    "LOW, LOW, LOW", "LOW, MODERATE, LOW", "LOW, HIGH, MODERATE",
    "MODERATE, LOW, LOW", "MODERATE, MODERATE, MODERATE", "MODERATE, HIGH, HIGH",
    "HIGH, LOW, MODERATE", "HIGH, MODERATE, HIGH", "HIGH, HIGH, HIGH",
    "NOT_KNOWN, HIGH, NOT_KNOWN", "HIGH, NOT_KNOWN, NOT_KNOWN"
  })
  void defaultMatrix(Rating probability, Rating consequence, RiskLevel expected) {
    assertEquals(expected, RiskMatrix.DEFAULT.level(probability, consequence));
  }

  @Test
  void matrixParsesWhatItWrites() {
    String text = "low,moderate,high;moderate,high,high;high,high,high";
    RiskMatrix m = RiskMatrix.parse(text);
    assertEquals(text, m.toString());
    assertEquals(m, RiskMatrix.parse(m.toString()));
    assertEquals(RiskLevel.HIGH, m.level(Rating.LOW, Rating.HIGH));
  }

  @Test
  void matrixRejectsBadShapesAndWords() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RiskMatrix.parse("low,low;low,low,low;low,low,low"));
    assertEquals(
        "risk matrix row 1 must have 3 levels (consequence low, moderate, high) but had 2 in \"low,low;low,low,low;low,low,low\"",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RiskMatrix.parse("low,low,low;low,low,low"));
    assertThrows(IllegalArgumentException.class, () -> RiskMatrix.parse("low,low,severe;low,low,low;low,low,low"));
  }

  @Test
  void greenSpaceOfTheSample() {
    // area 600000 + 1200000 + 700000 + 900000 = 3400000 m²; residents 250000
    // per inhabitant 3400000 / 250000 = 13.6 m²; 340 ha per 2.5 × 100000 = 136 ha
    // access (36000 + 60000 + 42000 + 48000) / 250000 = 186000 / 250000 = 74.4 %
    GreenSpace g = ClimateSample.greenSpace();
    assertEquals(250_000, g.population());
    assertEquals(new BigDecimal("3400000"), g.greenAreaM2());
    assertEquals(Optional.of(new BigDecimal("13.6")), g.areaPerInhabitant());
    assertEquals(Optional.of(new BigDecimal("136")), g.hectaresPer100000());
    assertEquals(Optional.of(new BigDecimal("74.4")), g.accessSharePercent());
    assertEquals(Optional.of(new BigDecimal("15")), g.districts().get(0).areaPerInhabitant());
  }

  @Test
  void accessShareCountsOnlyAnalysedDistricts() {
    GreenSpace g = ClimateSample.greenSpace().withDistricts(List.of(
        new GreenSpace.District("A", 1000, BigDecimal.TEN, Optional.of(333L)),
        new GreenSpace.District("B", 5000, BigDecimal.TEN, Optional.empty())));
    assertEquals(Optional.of(new BigDecimal("33.3")), g.accessSharePercent());
    assertEquals(Optional.empty(), ClimateSample.greenSpace().withDistricts(List.of()).accessSharePercent());
  }

  @Test
  void campaignReach() {
    // 6500 of 8000 = 81.25 %; 6500 reached by all campaigns (C-2 has no count yet)
    AwarenessCampaigns ac = ClimateSample.campaigns();
    assertEquals(Optional.of(new BigDecimal("81.25")), ac.campaigns().get(0).reachPercent());
    assertEquals(Optional.empty(), ac.campaigns().get(1).reachPercent());
    assertEquals(6500, ac.reachedParticipants());
  }

  @Test
  void riskLevelsOfTheSample() {
    RiskAssessment rva = ClimateSample.riskAssessment();
    assertEquals(List.of(HazardId.of("HZ-01"), HazardId.of("HZ-04a")),
        rva.hazardsAt(RiskLevel.HIGH, RiskMatrix.DEFAULT).stream().map(HazardAssessment::hazard).toList());
    assertEquals(List.of(HazardId.of("HZ-05")),
        rva.hazardsAt(RiskLevel.MODERATE, RiskMatrix.DEFAULT).stream().map(HazardAssessment::hazard).toList());
  }

  @Test
  void reductionTargetBounds() {
    assertThrows(IllegalArgumentException.class, () -> ReductionTarget.of(2030, "100.1", TargetBasis.ABSOLUTE));
    assertThrows(IllegalArgumentException.class, () -> ReductionTarget.of(2030, "-1", TargetBasis.ABSOLUTE));
    assertEquals(ReductionTarget.of(2030, "40.0", TargetBasis.ABSOLUTE), ReductionTarget.of(2030, "40", TargetBasis.ABSOLUTE));
  }

  @Test
  void annexesRejectImpossibleValues() {
    assertThrows(IllegalArgumentException.class,
        () -> new GreenSpace.District("X", -1, BigDecimal.ONE, Optional.empty()));
    assertThrows(IllegalArgumentException.class,
        () -> new HazardAssessment(HazardId.of("not an id"), LocalizedText.empty(), Rating.LOW, Rating.LOW,
            ExpectedChange.NOT_KNOWN, ExpectedChange.NOT_KNOWN, Timeframe.NOT_KNOWN, List.of()));
  }
}
