// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.civicplan.report.StrategyPublication;
import org.civicplan.report.StrategyPublication.Cell;
import org.civicplan.report.StrategyPublication.Section;
import org.civicplan.report.StrategyPublication.Table;
import org.junit.jupiter.api.Test;

/** The audit summary the accessibility template adds to the strategy document of its sample. */
class AccessibilityDocumentSectionTest {

  private static final Locale RO = Locale.forLanguageTag("ro");
  private static final AccessibilityTemplate TEMPLATE = new AccessibilityTemplate();

  private static Section section(Locale locale) {
    StrategyPublication d = StrategyPublication.of(AccessibilitySample.valid(), TEMPLATE, locale);
    Section last = d.sections().get(d.sections().size() - 1);
    assertEquals(AccessibilityDocument.AUDITS, last.id());
    return last;
  }

  @Test
  void oneRowPerAudit_withTheWorksNamedAndTheDateInRomanian() {
    Table audits = (Table) section(RO).blocks().get(1);
    Compliance compliance = Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters());
    List<AccessibilityAudit> expected = Compliance.audits(AccessibilitySample.valid());
    assertEquals(expected.size(), audits.rows().size());
    List<Cell> first = audits.rows().get(0);
    // AUD-2026-01 audits on 2026-03-12
    assertTrue(first.get(0).text().startsWith("A-1.1 "), first.get(0).text());
    assertEquals("12 martie 2026", first.get(1).text());
    assertEquals(Integer.toString(expected.get(0).elements().size()), first.get(2).text());
    Score s = compliance.score(expected.get(0));
    assertEquals(s.percent().orElseThrow().stripTrailingZeros().toPlainString().replace('.', ','), first.get(3).text());
    assertEquals(Integer.toString(s.nonCompliant()), first.get(5).text());
  }

  @Test
  void districtScoresFollow() {
    Section s = section(Locale.ENGLISH);
    assertEquals("Accessibility audits", s.heading());
    Table districts = (Table) s.blocks().get(2);
    assertEquals("Scores per district", districts.caption());
    assertEquals(new AuditReport(AccessibilitySample.valid(), Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters()))
        .byDistrict().keySet().stream().toList(), districts.rows().stream().map(r -> r.get(0).text()).toList());
  }

  @Test
  void labelsComeFromTheTemplatesCatalogue_inEnglishAndRomanian() {
    Section ro = section(RO);
    Section en = section(Locale.ENGLISH);
    assertEquals("Auditurile de accesibilitate", ro.heading());
    assertEquals(List.of("Lucrarea auditată", "Data", "Elemente", "Scor (%)", "Criterii conforme", "Criterii neconforme"),
        ((Table) ro.blocks().get(1)).columns());
    assertEquals(List.of("Works audited", "Date", "Elements", "Score (%)", "Compliant criteria",
        "Non-compliant criteria"), ((Table) en.blocks().get(1)).columns());
    assertEquals("Scoruri pe cartiere", ((Table) ro.blocks().get(2)).caption());
    assertEquals(List.of("Cartier", "Scor (%)", "Criterii conforme", "Criterii neconforme"),
        ((Table) ro.blocks().get(2)).columns());
  }

  @Test
  void romanianLabelsUseCommaBelowDiacritics() {
    for (String key : AccessibilityDocument.LABELS.keys()) {
      String ro = AccessibilityDocument.LABELS.text(key).get(RO);
      assertTrue(ro.chars().noneMatch(c -> c == '\u015F' || c == '\u0163' || c == '\u015E' || c == '\u0162'), ro);
    }
  }
}
