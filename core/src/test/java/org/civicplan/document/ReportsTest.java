// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import org.civicplan.alignment.FrameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.civicplan.report.AlignmentReport;
import org.civicplan.alignment.ReferenceFrameworks;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.report.ConsultationReport;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportsTest {

  private static final Locale RO = Locale.forLanguageTag("ro");

  @Test
  void consultationReportOfTheFixture() {
    Strategy s = StrategyHistoryTest.governed();
    ConsultationReport report = ConsultationReport.of(s);
    assertEquals(1, report.received());
    String en = report.toMarkdown(Locale.ENGLISH);
    assertTrue(en.startsWith("# Consultation report: Green streets strategy\n"), en);
    assertTrue(en.contains("- **Earliest submission to the council:** 2026-04-15"), en);
    assertTrue(en.contains("| P-1 | Ana | 2026-03-04 | /actions/1 | More trees. | accepted | Added. |"), en);
    assertTrue(en.contains("1 received: 1 accepted, 0 partly accepted, 0 rejected, 0 unanswered."), en);
    String ro = report.toMarkdown(RO);
    assertTrue(ro.startsWith("# Raportul consultării publice: Strategia străzilor verzi"), ro);
    assertTrue(ro.contains("| acceptată | Added. |"), ro);
    JsonNode json = ReportJson.consultation(report);
    assertEquals("2026-03-02", json.get("announcedOn").asString());
    assertEquals("accepted", json.get("proposals").get(0).get("answer").get("decision").asString());
    assertEquals(1, json.get("summary").get("accepted").asInt());
    assertEquals(ReportJson.write(json), ReportJson.write(ReportJson.consultation(ConsultationReport.of(s))));
  }

  @Test
  void consultationReportWithoutConsultationSaysSo() {
    ConsultationReport report = ConsultationReport.of(StrategyFixture.valid());
    assertTrue(report.toMarkdown(Locale.ENGLISH).contains("No public consultation is recorded."));
    assertFalse(ReportJson.consultation(report).has("proposals"));
  }

  @Test
  void alignmentReportListsGapsBothWays() {
    Strategy s = StrategyHistoryTest.governed();
    AlignmentReport report = AlignmentReport.of(s);
    assertEquals(List.of(FrameworkId.of("european-climate-law"), FrameworkId.of("sdg")), report.frameworks());
    // ECL has 3 objectives, the SDG catalogue 11; one of each is served
    assertEquals(14, report.rows().size());
    assertEquals(12, report.gaps().size());
    assertEquals(List.of("OS-1.1", "OS-2", "OS-2.1"), report.unalignedObjectives().stream().map(o -> o.value()).toList());
    String md = report.toMarkdown(Locale.ENGLISH);
    assertTrue(md.contains("| european-climate-law | ECL-4 Art. 4: net domestic GHG reduction of at least 55% by 2030 vs 1990 | OS-1 (direct) |  |"), md);
    assertTrue(md.contains("| sdg | 11.7 "), md);
    assertTrue(md.contains("| A-2 (partial) |"), md);
    assertTrue(md.contains("- sdg 13.1: "), md);
    assertTrue(report.toMarkdown(RO).contains("A-2 (parțială)"));
    JsonNode json = ReportJson.alignment(report);
    assertEquals(12, json.get("gaps").size());
    assertEquals("OS-1", json.get("rows").get(1).get("objectiveLinks").get(0).get("objective").asString());
  }

  @Test
  void linksToUnknownReferencesAreListed() {
    Strategy s = StrategyHistoryTest.governed();
    AlignmentReport report = AlignmentReport.of(s, List.of(ReferenceFrameworks.find(FrameworkId.of("sdg")).orElseThrow()));
    assertEquals(1, report.unknownReferences().size());
    assertEquals("ECL-4", report.unknownReferences().get(0).reference());
  }
}
