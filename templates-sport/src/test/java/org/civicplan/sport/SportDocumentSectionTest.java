// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.civicplan.report.PriorityList;
import org.civicplan.report.StrategyPublication;
import org.civicplan.report.StrategyPublication.Cell;
import org.civicplan.report.StrategyPublication.Section;
import org.civicplan.report.StrategyPublication.Table;
import org.junit.jupiter.api.Test;

/** The priority list the sport template adds to the strategy document of its sample. */
class SportDocumentSectionTest {

  private static final Locale RO = Locale.forLanguageTag("ro");

  @Test
  void ranksTheInvestmentsAsTheLastRecordDecided() {
    var strategy = SportSample.valid();
    StrategyPublication d = StrategyPublication.of(strategy, new SportTemplate(), RO);
    Section last = d.sections().get(d.sections().size() - 1);
    assertEquals(SportDocument.PRIORITIES, last.id());
    assertEquals("Lista priorităților investițiilor sportive", last.heading());
    Table t = (Table) last.blocks().get(1);
    PriorityList list = PriorityList.of(strategy, strategy.prioritisations().get(strategy.prioritisations().size() - 1));
    assertEquals(list.entries().size(), t.rows().size());
    for (int i = 0; i < t.rows().size(); i++) {
      List<Cell> row = t.rows().get(i);
      PriorityList.Entry e = list.entries().get(i);
      assertEquals(Integer.toString(i + 1), row.get(0).text());
      assertTrue(row.get(1).text().startsWith(e.action().value() + " "), row.get(1).text());
      assertEquals(e.decision() instanceof PriorityList.Selected ? "da" : "nu", row.get(4).text());
    }
    assertTrue(((StrategyPublication.Paragraph) last.blocks().get(0)).text().contains("2 martie 2026"));
  }

  @Test
  void labelsComeFromTheTemplatesCatalogue_inEnglishAndRomanian() {
    Section en = last(StrategyPublication.of(SportSample.valid(), new SportTemplate(), Locale.ENGLISH));
    Section ro = last(StrategyPublication.of(SportSample.valid(), new SportTemplate(), RO));
    assertEquals("Priority list of sport investments", en.heading());
    assertEquals(List.of("Rank", "Investment", "Score", "Planned cost", "Selected"), ((Table) en.blocks().get(1)).columns());
    assertEquals(List.of("Loc", "Investiția", "Scor", "Cost planificat", "Selectată"), ((Table) ro.blocks().get(1)).columns());
    assertTrue(((StrategyPublication.Paragraph) en.blocks().get(0)).text().contains("as ranked on 2 March 2026"));
  }

  @Test
  void catalogueHasEveryKeyInBothLanguages_withCommaBelowDiacritics() {
    for (String key : SportDocument.LABELS.keys()) {
      String ro = SportDocument.LABELS.text(key, "{0}", "{1}").get(RO);
      assertTrue(ro.chars().noneMatch(c -> c == '\u015F' || c == '\u0163' || c == '\u015E' || c == '\u0162'), ro);
      assertTrue(!ro.isBlank() && !SportDocument.LABELS.text(key, "{0}", "{1}").get(Locale.ENGLISH).isBlank(), key);
    }
  }

  private static Section last(StrategyPublication d) {
    return d.sections().get(d.sections().size() - 1);
  }

  @Test
  void noRecord_noSection() {
    StrategyPublication d = StrategyPublication.of(SportSample.draft(), new SportTemplate(), RO);
    assertEquals("alignment", d.sections().get(d.sections().size() - 1).id());
  }
}
