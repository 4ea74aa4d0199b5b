// SPDX-License-Identifier: Apache-2.0
package org.civicplan.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.civicplan.report.StrategyPublication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DOCX of the sample climate strategy, read back with POI. */
class StrategyDocxTest {

  private static final Locale RO = Locale.forLanguageTag("ro");
  private static StrategyPublication ro;
  private static byte[] docx;

  @BeforeAll
  static void render() {
    ro = SampleDocuments.publication(RO);
    docx = StrategyDocx.render(ro);
  }

  private static XWPFDocument open(byte[] bytes) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  @Test
  void holdsTheTitlePageAndEveryNumberedSection() throws IOException {
    try (XWPFDocument d = open(docx); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      String text = x.getText();
      assertTrue(text.contains("MUNICIPIUL EXEMPLU"), text);
      assertTrue(text.contains("Aprobată prin Hotărârea Consiliului Local nr. 187 din 28 iulie 2022"), text);
      for (int n = 1; n <= ro.sections().size(); n++) {
        String heading = n + ". " + ro.sections().get(n - 1).heading();
        assertTrue(text.contains(heading), heading);
      }
      assertTrue(text.contains("Renovarea aprofundată a 40 de școli și grădinițe"), text);
      assertFalse(text.contains("ş") || text.contains("ţ"), "cedilla found");
      assertEquals(ro.titlePage().title(), d.getProperties().getCoreProperties().getTitle());
    }
  }

  @Test
  void tablesRepeatTheirHeaderAndAlignNumbersRight() throws IOException {
    StrategyPublication.Table plan = (StrategyPublication.Table) ro.sections().stream()
        .filter(s -> s.id().equals("action-plan")).findFirst().orElseThrow().blocks().get(0);
    try (XWPFDocument d = open(docx)) {
      XWPFTable t = d.getTables().get(0);
      assertEquals(plan.rows().size() + 1, t.getNumberOfRows());
      assertTrue(t.getRow(0).isRepeatHeader());
      assertEquals(plan.columns(), t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
      // column 7 is the planned budget of: 12,500,000 + 9,000,000 + 8,000,000 RON
      assertEquals("29.500.000 RON", t.getRow(1).getCell(6).getText());
      assertEquals(ParagraphAlignment.RIGHT, t.getRow(1).getCell(6).getParagraphs().get(0).getAlignment());
      assertEquals(ParagraphAlignment.LEFT, t.getRow(1).getCell(1).getParagraphs().get(0).getAlignment());
    }
  }

  @Test
  void sectionsAreInWordsHeading1Style_subHeadingsInHeading2() throws IOException {
    long subHeadings = ro.sections().stream().flatMap(s -> s.blocks().stream())
        .filter(b -> b instanceof StrategyPublication.Heading).count();
    try (XWPFDocument d = open(docx)) {
      List<String> sections = d.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
          .map(p -> p.getText()).toList();
      assertEquals(ro.sections().size(), sections.size(), sections.toString());
      assertEquals("1. Context și viziune", sections.get(0));
      assertEquals(subHeadings, d.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).count());
    }
  }

  @Test
  void headingStylesAreWordsBuiltInOnes_withOutlineLevels() throws IOException {
    try (XWPFDocument d = open(docx)) {
      for (int level = 1; level <= 2; level++) {
        XWPFStyle style = d.getStyles().getStyle("Heading" + level);
        assertEquals("heading " + level, style.getName());
        assertEquals(level - 1, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
      }
    }
  }

  @Test
  void sameDocument_sameText() throws IOException {
    try (XWPFDocument a = open(docx); XWPFDocument b = open(StrategyDocx.render(SampleDocuments.publication(RO)));
        XWPFWordExtractor xa = new XWPFWordExtractor(a); XWPFWordExtractor xb = new XWPFWordExtractor(b)) {
      assertEquals(xa.getText(), xb.getText());
    }
  }
}
