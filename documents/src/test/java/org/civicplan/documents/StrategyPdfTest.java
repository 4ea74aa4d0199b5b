// SPDX-License-Identifier: Apache-2.0
package org.civicplan.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civicplan.report.StrategyPublication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF of the sample climate strategy, read back with PDFBox's text extractor. */
class StrategyPdfTest {

  private static final Locale RO = Locale.forLanguageTag("ro");
  private static StrategyPublication ro;
  private static byte[] pdf;
  private static String text;

  @BeforeAll
  static void render() throws IOException {
    ro = SampleDocuments.publication(RO);
    pdf = StrategyPdf.render(ro);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // lines wrapped by the layout (table cells, long titles) are joined for the checks
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void extractedTextHasTheRomanianDiacritics_commaBelowNotCedilla() {
    // words of the sample's Romanian texts and of the document's labels, one per diacritic
    assertTrue(text.contains("Corelarea cu documentele strategice europene și naționale"), text); // ș ț
    assertTrue(text.contains("Renovarea aprofundată a 40 de școli și grădinițe"), text); // ă ș ț
    assertTrue(text.contains("Încălzire eficientă și accesibilă"), text); // Î ă
    assertTrue(text.contains("Direcția de mediu"), text);
    assertTrue(text.contains("Consultarea publică"), text);
    assertTrue(text.contains("Pregătire: avertizare timpurie"), text);
    for (String letter : List.of("ș", "ț", "ă", "â", "î", "Î")) {
      assertTrue(text.contains(letter), "no " + letter);
    }
    // the cedilla forms (ş ţ, U+015F U+0163) are wrong for Romanian and never written
    assertFalse(text.contains("ş") || text.contains("ţ"), "cedilla found");
  }

  @Test
  void titlePageAndNumbersAreFormattedForRomanian() {
    assertTrue(text.contains("Strategia privind schimbările climatice a Municipiului Exemplu"), text);
    assertTrue(text.contains("Aprobată prin Hotărârea Consiliului Local nr. 187 din 28 iulie 2022"), text);
    assertTrue(text.contains("Populație: 250.000 locuitori (2021)."), text);
    assertTrue(text.contains("Inventarul emisiilor"), text);
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    List<String> fonts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() > 3, "pages: " + doc.getNumberOfPages());
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (var name : res.getFontNames()) {
          PDFont font = res.getFont(name);
          fonts.add(font.getName());
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        }
      }
    }
    assertFalse(fonts.isEmpty());
    assertTrue(fonts.stream().allMatch(f -> f.contains("DejaVuSans")), fonts.toString());
    assertTrue(fonts.stream().anyMatch(f -> f.contains("Bold")), fonts.toString());
  }

  @Test
  void documentInformationAndLanguage() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(ro.titlePage().title(), doc.getDocumentInformation().getTitle());
      assertEquals("Municipiul Exemplu", doc.getDocumentInformation().getAuthor());
      assertEquals("ro", doc.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void isTagged_withAStructureTreeOfHeadingsAndTables() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var catalog = doc.getDocumentCatalog();
      assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "not marked as tagged");
      var root = catalog.getStructureTreeRoot();
      assertTrue(root != null, "no structure tree");
      List<String> types = new ArrayList<>();
      collect(root.getKids(), types);
      assertTrue(types.contains("H1") || types.contains("H2"), types.toString());
      assertTrue(types.contains("Table"), types.toString());
      assertTrue(catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle(),
          "the window shows the title");
    }
  }

  private static void collect(List<Object> kids, List<String> types) {
    for (Object k : kids) {
      if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
        types.add(e.getStructureType());
        collect(e.getKids(), types);
      }
    }
  }

  @Test
  void sameDocument_sameBytes() {
    assertArrayEquals(pdf, StrategyPdf.render(SampleDocuments.publication(RO)));
  }

  @Test
  void englishEditionIsInEnglish() throws IOException {
    try (PDDocument doc = Loader.loadPDF(StrategyPdf.render(SampleDocuments.publication(Locale.ENGLISH)))) {
      String en = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(en.contains("Approved by Local Council Decision no. 187 of 28 July 2022"), en);
      assertTrue(en.contains("Population: 250,000 inhabitants (2021)."), en);
    }
  }
}
