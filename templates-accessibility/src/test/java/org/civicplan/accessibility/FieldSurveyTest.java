// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.accessibility.AccessibilityAudit.Element;
import org.civicplan.accessibility.AccessibilityAudit.Observation;
import org.civicplan.monitoring.RejectedRow;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The field survey import: applied whole, or refused whole with each bad row, column and reason. */
class FieldSurveyTest {

  static final AccessibilityTemplate TEMPLATE = new AccessibilityTemplate();
  static final Locale RO = Locale.forLanguageTag("ro");
  static final String HEADER = "audit,element,criterion,value,note,photo\n";

  static SurveyImport survey(String text) {
    return FieldSurvey.apply(AccessibilitySample.valid(), text, TEMPLATE.criteria());
  }

  static Element element(Strategy s, int annex, String id) {
    return ((AccessibilityAudit) s.annexes().get(annex)).elements().stream()
        .filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  /** The only rejected row of a refused import. */
  static RejectedRow onlyRejection(SurveyImport result) {
    assertFalse(result.isSuccess(), "expected a refusal");
    assertEquals(Optional.empty(), result.strategy(), "nothing is applied when a row is refused");
    assertEquals(1, result.rejected().size(), result.rejected().toString());
    return result.rejected().get(0);
  }

  @Nested
  @DisplayName("a valid survey")
  class Applied {

    @Test
    void replacesAResurveyedCriterionInPlaceAndAppendsNewOnes() {
      SurveyImport result = survey(HEADER
          + "AUD-2026-02,T-1,ACC-13-T,yes,strip laid 2026-06,photos/t-1-02.jpg\n"
          + "AUD-2026-02,T-1,ACC-32,no,,\n");

      assertTrue(result.isSuccess(), result.rejected().toString());
      assertEquals(2, result.rowsRead());
      assertEquals(2, result.observations());
      Element stop = element(result.strategy().orElseThrow(), AccessibilitySample.STOP_AUDIT, "T-1");
      assertEquals(List.of(Observation.present("ACC-28-T", true),
              Observation.present("ACC-13-T", true).withNote("strip laid 2026-06"),
              Observation.present("ACC-32", false)),
          stop.observations());
      assertEquals(List.of("photos/t-1-01.jpg", "photos/t-1-02.jpg"), stop.references());
    }

    @Test
    void readsMeasurementsRomanianYesNoAndNotApplicable() {
      SurveyImport result = survey("criterion,value,element,audit\n"
          + "ACC-30,1.45,S-1,AUD-2026-01\n"
          + "ACC-28-S,NU,S-1,AUD-2026-01\n"
          + "ACC-27,n/a,C-1,AUD-2026-01\n");

      assertTrue(result.isSuccess(), result.rejected().toString());
      Strategy s = result.strategy().orElseThrow();
      Element segment = element(s, AccessibilitySample.STREET_AUDIT, "S-1");
      assertEquals(Optional.of(new BigDecimal("1.45")), segment.observation("ACC-30").orElseThrow().measured());
      // The re-surveyed measurement drops the earlier note: the row had none.
      assertEquals("", segment.observation("ACC-30").orElseThrow().note());
      assertEquals(Optional.of(false), segment.observation("ACC-28-S").orElseThrow().present());
      assertTrue(element(s, AccessibilitySample.STREET_AUDIT, "C-1").observation("ACC-27").orElseThrow().notApplicable());
    }

    @Test
    void changesTheComplianceScore() {
      // C-1 scores 5 / 9 in the sample (AccessibilitySample). ACC-23 (critical, w 2) re-surveyed
      // compliant and ACC-25 (w 1) measured 51 mm, the threshold: 5 + 2 + 1 = 8 of 9 = 88.89 %.
      SurveyImport result = survey(HEADER
          + "AUD-2026-01,C-1,ACC-23,yes,,\n"
          + "AUD-2026-01,C-1,ACC-25,51,,\n");

      Compliance c = Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters());
      Element crossing = element(result.strategy().orElseThrow(), AccessibilitySample.STREET_AUDIT, "C-1");
      assertEquals(Optional.of(new BigDecimal("88.89")), c.score(crossing).percent());
    }

    @Test
    void skipsBlankLinesAndAByteOrderMark() {
      SurveyImport result = survey("\uFEFF" + HEADER + "\nAUD-2026-02,T-1,ACC-32,yes,,\n\n");

      assertTrue(result.isSuccess(), result.rejected().toString());
      assertEquals(1, result.rowsRead());
    }

    @Test
    void aHeaderAloneChangesNothing() {
      SurveyImport result = survey(HEADER);

      assertEquals(Optional.of(AccessibilitySample.valid()), result.strategy());
      assertEquals(0, result.observations());
    }
  }

  @Nested
  @DisplayName("all or nothing")
  class AllOrNothing {

    @Test
    void oneBadRowRefusesTheGoodOnes() {
      SurveyImport result = survey(HEADER
          + "AUD-2026-02,T-1,ACC-32,yes,,\n"
          + "AUD-2026-02,T-1,ACC-13-T,maybe,,\n"
          + "AUD-2026-01,S-1,ACC-30,1.50,,\n");

      RejectedRow r = onlyRejection(result);
      assertEquals(3, r.row());
      assertEquals(3, result.rowsRead());
      assertEquals(0, result.observations());
    }

    @Test
    void everyBadRowIsReportedInFileOrder() {
      SurveyImport result = survey(HEADER
          + "AUD-9,T-1,ACC-32,yes,,\n"
          + "AUD-2026-02,T-9,ACC-32,yes,,\n"
          + "AUD-2026-02,T-1,ACC-32,1.5,,\n");

      assertEquals(List.of(2, 3, 4), result.rejected().stream().map(RejectedRow::row).toList());
      assertEquals(List.of("audit", "element", "value"), result.rejected().stream().map(RejectedRow::column).toList());
    }
  }

  @Nested
  @DisplayName("refuses")
  class Refuses {

    @Test
    void anEmptyFile() {
      RejectedRow r = onlyRejection(survey(""));

      assertEquals("survey.empty", r.code());
      assertEquals(1, r.row());
    }

    @Test
    void aMissingRequiredColumn() {
      RejectedRow r = onlyRejection(survey("audit,element,value\nAUD-2026-02,T-1,yes\n"));

      assertEquals("survey.header.missing", r.code());
      assertEquals("criterion", r.column());
      assertEquals("The header lacks the column criterion; required: audit, element, criterion, value (note and photo optional).",
          r.reason().get(Locale.ENGLISH));
    }

    @Test
    void anUnknownColumn() {
      RejectedRow r = onlyRejection(survey("audit,element,criterion,value,surveyor\n"));

      assertEquals("survey.header.unknown", r.code());
      assertEquals("Unknown column surveyor (column 5 of the header); allowed: audit, element, criterion, value, note, photo.",
          r.reason().get(Locale.ENGLISH));
    }

    @Test
    void aRepeatedColumn() {
      RejectedRow r = onlyRejection(survey("audit,element,criterion,value,Value\n"));

      assertEquals("survey.header.duplicate", r.code());
      assertEquals("Coloana value apare de două ori în antet (coloanele 4 și 5); numiți fiecare coloană o singură dată.",
          r.reason().get(RO));
    }

    @Test
    void aRowOfTheWrongWidth() {
      RejectedRow r = onlyRejection(survey(HEADER + "AUD-2026-01,S-1,ACC-30,1,20,,\n"));

      assertEquals("survey.fields", r.code());
      assertEquals(2, r.row());
      assertTrue(r.reason().get(Locale.ENGLISH).startsWith("The row has 7 fields but the header has 6"), r.reason().get(Locale.ENGLISH));
    }

    @Test
    void anUnclosedQuote() {
      RejectedRow r = onlyRejection(survey(HEADER + "AUD-2026-02,T-1,ACC-32,yes,\"no strip,\n"));

      assertEquals("survey.quote", r.code());
      assertEquals(2, r.row());
      assertTrue(r.reason().get(Locale.ENGLISH).contains("starts in column 28"), r.reason().get(Locale.ENGLISH));
    }

    @Test
    void textAfterAClosingQuote() {
      RejectedRow r = onlyRejection(survey(HEADER + "AUD-2026-02,T-1,ACC-32,\"yes\"x,,\n"));

      assertEquals("survey.quote.text", r.code());
      assertEquals(2, r.row());
    }

    @Test
    void anUnknownAuditNamingTheKnownOnes() {
      RejectedRow r = onlyRejection(survey(HEADER + "AUD-2025-01,T-1,ACC-32,yes,,\n"));

      assertEquals("survey.audit.unknown", r.code());
      assertEquals("audit", r.column());
      assertEquals("No accessibility audit AUD-2025-01 in the strategy; allowed: AUD-2026-01, AUD-2026-02, AUD-2026-03.", r.reason().get(Locale.ENGLISH));
    }

    @Test
    void anEmptyAudit() {
      RejectedRow r = onlyRejection(survey(HEADER + ",T-1,ACC-32,yes,,\n"));

      assertEquals("survey.audit.blank", r.code());
    }

    @Test
    void anElementTheAuditDoesNotHave() {
      RejectedRow r = onlyRejection(survey(HEADER + "AUD-2026-01,T-1,ACC-32,yes,,\n"));

      assertEquals("survey.element.unknown", r.code());
      assertEquals("element", r.column());
      assertTrue(r.reason().get(RO).startsWith("Auditul AUD-2026-01 nu are elementul T-1; sunt permise: S-1, C-1."), r.reason().get(RO));
    }

    @Test
    void aCriterionNotInTheCatalogue() {
      RejectedRow r = onlyRejection(survey(HEADER + "AUD-2026-02,T-1,ACC-99,yes,,\n"));

      assertEquals("survey.criterion.unknown", r.code());
      assertEquals("criterion", r.column());
      assertEquals("No criterion ACC-99 in the criteria catalogue; allowed for element type transport-stop: ACC-28-T, ACC-13-T, ACC-32.",
          r.reason().get(Locale.ENGLISH));
    }

    @Test
    void aCriterionOfAnotherElementType() {
      RejectedRow r = onlyRejection(survey(HEADER + "AUD-2026-02,T-1,ACC-13,yes,,\n"));

      assertEquals("survey.criterion.other-type", r.code());
      assertEquals("Criterion ACC-13 applies to element type pedestrian-crossing, but element T-1 is of type transport-stop; "
          + "allowed for type transport-stop: ACC-28-T, ACC-13-T, ACC-32.", r.reason().get(Locale.ENGLISH));
    }

    @Test
    void aNumberForAYesNoCriterion() {
      RejectedRow r = onlyRejection(survey(HEADER + "AUD-2026-02,T-1,ACC-32,1,,\n"));

      assertEquals("survey.value.yes-no", r.code());
      assertEquals("value", r.column());
      assertEquals("The value 1 is not an observation of criterion ACC-32, which must be present; "
          + "allowed: yes, no, da, nu, or n/a when it does not apply.", r.reason().get(Locale.ENGLISH));
    }

    @Test
    void aDecimalCommaForAMeasuredCriterion() {
      RejectedRow r = onlyRejection(survey(HEADER + "AUD-2026-01,S-1,ACC-30,\"1,45\",,\n"));

      assertEquals("survey.value.number", r.code());
      assertEquals("Valoarea 1,45 nu este o măsurătoare pentru criteriul ACC-30 (unitatea m); este permis un număr cu punct zecimal, "
          + "de exemplu 1.20, sau n/a când nu se aplică.", r.reason().get(RO));
    }

    @Test
    void anEmptyValue() {
      RejectedRow r = onlyRejection(survey(HEADER + "AUD-2026-01,S-1,ACC-30,,,\n"));

      assertEquals("survey.value.number", r.code());
    }

    @Test
    void theSameElementAndCriterionTwice() {
      RejectedRow r = onlyRejection(survey(HEADER
          + "AUD-2026-02,T-1,ACC-32,yes,,\n"
          + "AUD-2026-02,T-1,ACC-32,no,,\n"));

      assertEquals("survey.duplicate", r.code());
      assertEquals(3, r.row());
      assertTrue(r.reason().get(Locale.ENGLISH).contains("surveyed in row 2"), r.reason().get(Locale.ENGLISH));
    }
  }

  @Test
  void everyMessageHasRomanianDiacriticsWithCommaBelow() {
    SurveyImport result = survey("audit,element,criterion,value,Value\n");

    String ro = result.rejected().get(0).reason().get(RO);
    assertFalse(ro.contains("ş") || ro.contains("ţ"), ro);
  }

  @Test
  void nullArgumentsAreProgrammingErrors() {
    assertThrows(NullPointerException.class, () -> FieldSurvey.apply(null, "", TEMPLATE.criteria()));
    assertThrows(NullPointerException.class, () -> FieldSurvey.apply(AccessibilitySample.valid(), null, TEMPLATE.criteria()));
  }

  @Test
  void aResultHasEitherAStrategyOrRejections() {
    assertThrows(IllegalArgumentException.class, () -> new SurveyImport(Optional.empty(), List.of(), 0, 0));
  }
}
