// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.civicplan.accessibility.AccessibilityAudit.Element;
import org.civicplan.accessibility.AccessibilityAudit.Observation;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.Location;
import org.civicplan.template.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Criterion outcomes and compliance scores, against hand-checked values. */
class ComplianceTest {

  static final AccessibilityTemplate TEMPLATE = new AccessibilityTemplate();
  static final Compliance DEFAULTS = Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters());

  static Element entrance(Observation... observations) {
    return new Element("E-1", ElementType.BUILDING_ENTRANCE, "City hall, main entrance", Location.ofDistrict("Centru"),
        Optional.empty(), List.of(observations), List.of(), Optional.empty());
  }

  static Outcome outcome(Compliance c, Element e, String criterion) {
    return c.evaluate(e).stream().filter(r -> r.criterion().id().equals(criterion)).findFirst().orElseThrow().outcome();
  }

  static BigDecimal percent(String text) {
    return new BigDecimal(text);
  }

  @Nested
  @DisplayName("a criterion evaluates to")
  class Outcomes {

    @Test
    void compliantAtTheMinimumThreshold() {
      assertEquals(Outcome.COMPLIANT, outcome(DEFAULTS, entrance(Observation.measured("ACC-06", "1.00")), "ACC-06"));
    }

    @Test
    void nonCompliantBelowTheMinimum() {
      assertEquals(Outcome.NON_COMPLIANT, outcome(DEFAULTS, entrance(Observation.measured("ACC-06", "0.90")), "ACC-06"));
    }

    @Test
    void nonCompliantAboveTheMaximum() {
      assertEquals(Outcome.NON_COMPLIANT, outcome(DEFAULTS, entrance(Observation.measured("ACC-07", "20")), "ACC-07"));
      assertEquals(Outcome.COMPLIANT, outcome(DEFAULTS, entrance(Observation.measured("ACC-07", "0")), "ACC-07"));
    }

    @Test
    void rangeIncludesBothBounds() {
      Element low = crossingWith(Observation.measured("ACC-14", "300"));
      Element high = crossingWith(Observation.measured("ACC-14", "610"));
      Element out = crossingWith(Observation.measured("ACC-14", "611"));
      assertEquals(Outcome.COMPLIANT, outcome(DEFAULTS, low, "ACC-14"));
      assertEquals(Outcome.COMPLIANT, outcome(DEFAULTS, high, "ACC-14"));
      assertEquals(Outcome.NON_COMPLIANT, outcome(DEFAULTS, out, "ACC-14"));
    }

    @Test
    void presentFeatureIsCompliantAndAbsentIsNot() {
      assertEquals(Outcome.COMPLIANT, outcome(DEFAULTS, entrance(Observation.present("ACC-12", true)), "ACC-12"));
      assertEquals(Outcome.NON_COMPLIANT, outcome(DEFAULTS, entrance(Observation.present("ACC-12", false)), "ACC-12"));
    }

    @Test
    void notApplicableWhenTheAuditorSaysSo() {
      assertEquals(Outcome.NOT_APPLICABLE, outcome(DEFAULTS, entrance(Observation.notApplicable("ACC-01")), "ACC-01"));
    }

    @Test
    void notMeasuredWhenNothingIsRecorded() {
      assertEquals(Outcome.NOT_MEASURED, outcome(DEFAULTS, entrance(), "ACC-01"));
    }

    @Test
    void notMeasuredWhenAYesNoObservationIsGivenForAThreshold() {
      assertEquals(Outcome.NOT_MEASURED, outcome(DEFAULTS, entrance(Observation.present("ACC-01", true)), "ACC-01"));
    }

    @Test
    void notMeasuredWhenTheUnverifiedThresholdIsUnset() {
      Element street = new Element("S-1", ElementType.STREET_SEGMENT, "s", Location.ofDistrict("Centru"), Optional.empty(),
          List.of(Observation.measured("ACC-30", "1.10")), List.of(), Optional.empty());
      CriterionResult r = DEFAULTS.evaluate(street).get(0);

      assertEquals(Outcome.NOT_MEASURED, r.outcome());
      assertEquals("ACC-30 Clear sidewalk width: required: ? (threshold not verified); measured 1.10 m, but no threshold is in force → not measured",
          r.explanation().get(Locale.ENGLISH));
    }

    @Test
    void theCitySetsAnUnverifiedThresholdWithItsParameter() {
      Element street = new Element("S-1", ElementType.STREET_SEGMENT, "s", Location.ofDistrict("Centru"), Optional.empty(),
          List.of(Observation.measured("ACC-30", "1.10")), List.of(), Optional.empty());
      Compliance city = Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters().with(Map.of("sidewalk.min-width-m", "1.50")));

      assertEquals(Outcome.NON_COMPLIANT, outcome(city, street, "ACC-30"));
    }

    @Test
    void aNonEuThresholdIsAParameter() {
      Element c = crossingWith(Observation.measured("ACC-26", "16"));
      Compliance lenient = Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters().with(Map.of("aps.button.max-force-n", "20")));

      assertEquals(Outcome.NON_COMPLIANT, outcome(DEFAULTS, c, "ACC-26"));
      assertEquals(Outcome.COMPLIANT, outcome(lenient, c, "ACC-26"));
    }

    @Test
    void theExplanationGivesThresholdAndMeasuredValueInBothLanguages() {
      CriterionResult r = DEFAULTS.evaluate(entrance(Observation.measured("ACC-06", "0.90"))).stream()
          .filter(x -> x.criterion().id().equals("ACC-06")).findFirst().orElseThrow();

      assertEquals("ACC-06 Clear door opening: required: ≥ 1.00 m; measured 0.90 m → non-compliant", r.explanation().get(Locale.ENGLISH));
      assertEquals("ACC-06 Lățimea liberă a ușii de acces: cerut: ≥ 1.00 m; măsurat 0.90 m → neconform",
          r.explanation().get(Locale.forLanguageTag("ro")));
    }

    @Test
    void aNonEuCriterionSaysSoInItsExplanation() {
      CriterionResult r = DEFAULTS.evaluate(crossingWith(Observation.measured("ACC-25", "50"))).stream()
          .filter(x -> x.criterion().id().equals("ACC-25")).findFirst().orElseThrow();

      assertTrue(r.explanation().get(Locale.ENGLISH).contains("(non-EU reference)"), r.explanation().toString());
    }

    static Element crossingWith(Observation o) {
      return new Element("C-9", ElementType.PEDESTRIAN_CROSSING, "c", Location.ofDistrict("Centru"), Optional.empty(),
          List.of(o), List.of(), Optional.empty());
    }
  }

  @Nested
  @DisplayName("the compliance score")
  class Scores {

    /**
     * Entrance: ACC-01 1.30 m compliant (w 1), ACC-02 10 % non-compliant (w 1), ACC-04 not
     * applicable, ACC-06 0.90 m non-compliant (critical, w 2), ACC-07 0 mm compliant (critical,
     * w 2), ACC-12 present compliant (w 1), the other four not measured. (1 + 2 + 1) / (1 + 1 + 2
     * + 2 + 1) = 4 / 7 = 57.14 %.
     */
    static Element audited() {
      return entrance(
          Observation.measured("ACC-01", "1.30"),
          Observation.measured("ACC-02", "10"),
          Observation.notApplicable("ACC-04"),
          Observation.measured("ACC-06", "0.90"),
          Observation.measured("ACC-07", "0"),
          Observation.present("ACC-12", true));
    }

    @Test
    void weightedShareOfAssessedCriteria() {
      Score s = DEFAULTS.score(audited());

      assertEquals(new Score(new BigDecimal("4"), new BigDecimal("7"), 3, 2, 1, 4), s);
      assertEquals(Optional.of(percent("57.14")), s.percent());
    }

    @Test
    void weightsAreParameters() {
      Compliance equal = Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters().with(Map.of(Compliance.WEIGHT_CRITICAL, "1")));

      // (1 + 1 + 1) / 5 = 60 %
      assertEquals(Optional.of(percent("60.00")), equal.score(audited()).percent());
    }

    @Test
    void theCriticalListIsAParameter() {
      Compliance none = Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters().with(Map.of(Compliance.CRITICAL_CRITERIA, "")));

      assertEquals(Optional.of(percent("60.00")), none.score(audited()).percent());
    }

    @Test
    void noScoreWhenNothingIsAssessed() {
      Score s = DEFAULTS.score(entrance(Observation.notApplicable("ACC-01")));

      assertEquals(Optional.empty(), s.percent());
      assertEquals(1, s.notApplicable());
      assertEquals(9, s.notMeasured());
    }

    @Test
    void negativeWeightIsRejected() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
          Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters().with(Map.of(Compliance.WEIGHT_OTHER, "-1"))));
      assertTrue(e.getMessage().contains("audit.weight.other"), e.getMessage());
    }

    @Test
    void scoreRejectsCompliantWeightAboveAssessed() {
      assertThrows(IllegalArgumentException.class, () -> new Score(BigDecimal.TEN, BigDecimal.ONE, 0, 0, 0, 0));
    }
  }

  @Nested
  @DisplayName("on the sample")
  class Sample {

    @Test
    void perElement() {
      SortedMap<String, Score> scores = DEFAULTS.byElement(AccessibilitySample.streetAudit());

      assertEquals(Optional.of(percent("100.00")), scores.get("S-1").percent());
      assertEquals(new Score(new BigDecimal("5"), new BigDecimal("9"), 4, 3, 0, 2), scores.get("C-1"));
      assertEquals(Optional.of(percent("55.56")), scores.get("C-1").percent());
      assertEquals(Optional.of(percent("50.00")), DEFAULTS.score(AccessibilitySample.tramStop()).percent());
    }

    @Test
    void perWorksProject() {
      SortedMap<ActionId, Score> scores = DEFAULTS.byAction(AccessibilitySample.valid());

      assertEquals(List.of(ActionId.of("A-1.1"), ActionId.of("A-2.1")), List.copyOf(scores.keySet()));
      assertEquals(Optional.of(percent("60.00")), scores.get(ActionId.of("A-1.1")).percent());
      assertEquals(Optional.of(percent("50.00")), scores.get(ActionId.of("A-2.1")).percent());
    }

    @Test
    void perStreetAndPerDistrict() {
      assertEquals(Optional.of(percent("60.00")), DEFAULTS.byStreet(AccessibilitySample.valid()).get("Bd. Exemplu").percent());
      assertEquals(Optional.of(percent("50.00")), DEFAULTS.byStreet(AccessibilitySample.valid()).get("Str. Gării").percent());
      assertEquals(List.of("Centru", "Nord", "Vest"), List.copyOf(DEFAULTS.byDistrict(AccessibilitySample.valid()).keySet()));
      assertEquals(Optional.of(percent("60.00")), DEFAULTS.byDistrict(AccessibilitySample.valid()).get("Centru").percent());
      // Vest pools E-1 (6 of 7), P-1 (2 of 3) and X-1 (2 of 3): 10 / 13 = 76.92 %.
      assertEquals(Optional.of(percent("76.92")), DEFAULTS.byDistrict(AccessibilitySample.valid()).get("Vest").percent());
    }
  }
}
