// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The services monitoring report against the hand-checked table of {@link SocialSample#monitoring()}. */
class ServicesMonitoringReportTest {

  static final SocialTemplate TEMPLATE = new SocialTemplate();
  static final ServicesMonitoringReport REPORT = TEMPLATE.servicesReport(SocialSample.valid(), 2026);
  static final Locale RO = Locale.forLanguageTag("ro");

  private static ServicesMonitoringReport.Row group(String id) {
    return REPORT.targetGroups().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Nested
  class Figures {

    @Test
    void perTargetGroupInCatalogueOrder() {
      assertEquals(List.of("children", "elderly", "disability", "homeless", "domestic-violence", "marginalised"),
          REPORT.targetGroups().stream().map(ServicesMonitoringReport.Row::id).toList());
    }

    @Test
    void childrenOneStandardMetOnePartly() {
      ServicesMonitoringReport.Row r = group("children");
      assertEquals(List.of(1, 1, 1, 1, 1, 0, 1), List.of(r.services(), r.visitsPlanned(), r.visitsDone(), r.met(), r.partlyMet(),
          r.notMet(), r.recommendationsOpen()));
      assertEquals(new BigDecimal("50.0000"), r.metPercent());
    }

    @Test
    void homelessRecommendationDoneIsNotOpen() {
      ServicesMonitoringReport.Row r = group("homeless");
      assertEquals(0, r.recommendationsOpen());
      assertEquals(1, r.recommendationsDone());
      assertEquals(BigDecimal.ZERO.setScale(4), r.metPercent());
    }

    @Test
    void visitsNotDoneCountAsPlannedOnly() {
      ServicesMonitoringReport.Row r = group("marginalised");
      assertEquals(List.of(2, 2, 0, 0), List.of(r.services(), r.visitsPlanned(), r.visitsDone(), r.checks()));
      assertEquals(BigDecimal.ZERO, r.metPercent());
    }

    @Test
    void total() {
      ServicesMonitoringReport.Row t = REPORT.total();
      assertEquals(List.of(7, 7, 4, 3, 2, 1, 2, 1), List.of(t.services(), t.visitsPlanned(), t.visitsDone(), t.met(),
          t.partlyMet(), t.notMet(), t.recommendationsOpen(), t.recommendationsDone()));
      assertEquals(new BigDecimal("50.0000"), t.metPercent());
    }

    @Test
    void servicesByIdWithTheirNames() {
      assertEquals(List.of("S-02", "S-05", "S-10", "S-14", "S-16", "S-17", "S-19"),
          REPORT.services().stream().map(ServicesMonitoringReport.Row::id).toList());
      assertEquals("Îngrijire la domiciliu Est", REPORT.services().get(1).name().get(Locale.ENGLISH));
    }

    @Test
    void aYearWithNoPlanHasNoRows() {
      ServicesMonitoringReport none = TEMPLATE.servicesReport(SocialSample.valid(), 2025);
      assertEquals(List.of(), none.services());
      assertTrue(none.toMarkdown(Locale.ENGLISH).contains("The strategy has no services monitoring plan for 2025."));
    }
  }

  @Nested
  class Renderings {

    @Test
    void markdownInEnglishShowsNamesAndRoundedShares() {
      String md = REPORT.toMarkdown(Locale.ENGLISH);
      assertTrue(md.startsWith("# Social services monitoring report 2026\n\nVisits of Social services monitoring committee,"), md);
      assertTrue(md.contains("| Children | 1 | 1 | 1 | 1 | 1 | 0 | 50.0 | 1 |\n"), md);
      assertTrue(md.contains("| Victims of domestic violence | 1 | 1 | 0 | 0 | 0 | 0 | – | 0 |\n"), md);
      assertTrue(md.contains("| S-05 Îngrijire la domiciliu Est | home-based | Elderly persons | Social assistance directorate | 1 | 1 | 1 | 0 | 1 | 50.0 | 1 |\n"), md);
      assertTrue(md.contains("| Total | 7 | 7 | 4 | 3 | 2 | 1 | 50.0 | 2 |\n"), md);
    }

    @Test
    void markdownInRomanianUsesCommaDecimals() {
      String md = REPORT.toMarkdown(RO);
      assertTrue(md.startsWith("# Raportul de monitorizare a serviciilor sociale 2026\n"), md);
      assertTrue(md.contains("| Copii | 1 | 1 | 1 | 1 | 1 | 0 | 50,0 | 1 |\n"), md);
      assertTrue(md.contains("| S-05 Îngrijire la domiciliu Est | la domiciliu | Persoane vârstnice | Direcția de asistență socială |"), md);
    }

    @Test
    void htmlIsAPageInTheReadersLanguage() {
      String html = REPORT.toHtml(RO);
      assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ro\">"), html);
      assertTrue(html.contains("<caption>Pe grupuri țintă</caption>"), html);
      assertTrue(html.contains("<td>Copii</td><td>1</td><td>1</td><td>1</td><td>1</td><td>1</td><td>0</td><td>50,0</td><td>1</td>"), html);
    }

    @Test
    void jsonCarriesIdsAndExactValues() {
      String json = REPORT.toJson();
      assertTrue(json.startsWith("{\n  \"year\": 2026,\n  \"body\": \"services-monitoring\",\n"), json);
      assertTrue(json.contains("{\"id\": \"children\", \"services\": 1, \"visitsPlanned\": 1, \"visitsDone\": 1, \"met\": 1, "
          + "\"partlyMet\": 1, \"notMet\": 0, \"metPercent\": 50.0000, \"recommendationsOpen\": 1, \"recommendationsDone\": 0}"), json);
    }

    @Test
    void renderingsAreDeterministic() {
      ServicesMonitoringReport again = TEMPLATE.servicesReport(SocialSample.valid(), 2026);
      assertEquals(REPORT.toJson(), again.toJson());
      assertEquals(REPORT.toHtml(Locale.ENGLISH), again.toHtml(Locale.ENGLISH));
    }
  }
}
