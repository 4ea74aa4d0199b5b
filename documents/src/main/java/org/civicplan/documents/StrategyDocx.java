// SPDX-License-Identifier: Apache-2.0
package org.civicplan.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.civicplan.report.StrategyPublication;
import org.civicplan.report.StrategyPublication.Block;
import org.civicplan.report.StrategyPublication.Cell;
import org.civicplan.report.StrategyPublication.Heading;
import org.civicplan.report.StrategyPublication.Item;
import org.civicplan.report.StrategyPublication.Items;
import org.civicplan.report.StrategyPublication.Paragraph;
import org.civicplan.report.StrategyPublication.Section;
import org.civicplan.report.StrategyPublication.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The strategy document as DOCX (Office Open XML), for the service to edit before the council
 * session: written with Apache POI's XWPF from the same neutral structure as the HTML and the PDF
 * ({@link StrategyPublication}). A4 pages with page numbers in the footer, the title page on its
 * own page, numbered headings in Word's built-in heading styles (Heading 1 for a section, Heading 2
 * for a sub-heading, so the navigation pane and a table of contents find them), tables whose header row repeats on every page and whose numbers are aligned right.
 * The text is set in Arial, which Word has and LibreOffice replaces by the metric-compatible
 * Liberation Sans; both have the Romanian letters with comma below.
 *
 * <p>The same document gives the same parts with the same content; the creation date in the
 * package properties is left out.
 */
public final class StrategyDocx {

  private static final String FONT = "Arial";

  /** The style id prefix of Word's built-in headings: {@code Heading1}, {@code Heading2}. */
  static final String HEADING = "Heading";

  /** The point size of each heading level: a section, a sub-heading. */
  private static final double[] HEADING_SIZES = {16, 12};

  private final XWPFDocument doc;

  private StrategyDocx(XWPFDocument doc) {
    this.doc = doc;
  }

  /**
   * {@return the DOCX of {@code document}}
   *
   * @param document the document
   * @throws NullPointerException if {@code document} is null
   */
  public static byte[] render(StrategyPublication document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 15);
    try {
      write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes the DOCX of {@code document} to {@code out}, which is left open.
   *
   * @param document the document
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public static void write(StrategyPublication document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    try (XWPFDocument doc = new XWPFDocument()) {
      new StrategyDocx(doc).fill(document);
      var core = doc.getProperties().getCoreProperties();
      core.setTitle(document.titlePage().title());
      core.setCreator(document.titlePage().municipality());
      core.setCreated(Optional.empty());
      doc.write(new NonClosing(out));
    }
  }

  private void fill(StrategyPublication d) {
    headingStyles();
    page();
    XWPFParagraph top = paragraph(ParagraphAlignment.CENTER);
    top.setSpacingBefore(4800);
    run(top, d.titlePage().municipality().toUpperCase(Locale.forLanguageTag(d.language())), 16, false);
    XWPFParagraph title = paragraph(ParagraphAlignment.CENTER);
    title.setSpacingBefore(600);
    title.setSpacingAfter(600);
    run(title, d.titlePage().title(), 24, true);
    for (String line : d.titlePage().lines()) {
      run(paragraph(ParagraphAlignment.CENTER), line, 12, false);
    }
    paragraph(ParagraphAlignment.LEFT).createRun().addBreak(BreakType.PAGE);
    int n = 0;
    for (Section s : d.sections()) {
      n++;
      heading(n + ". " + s.heading(), 0);
      for (Block b : s.blocks()) {
        block(b);
      }
    }
  }

  /**
   * Word's built-in heading styles, defined in the document's styles part under their built-in
   * names ({@code heading 1}, {@code heading 2}), so that Word and LibreOffice show the headings in
   * the navigation pane, a table of contents inserted by the service lists them, and a change of the
   * style changes every heading. The look (Arial, bold, the size of each level) is the style's.
   */
  private void headingStyles() {
    XWPFStyles styles = doc.createStyles();
    for (int level = 1; level <= HEADING_SIZES.length; level++) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setType(STStyleType.PARAGRAPH);
      style.setStyleId(HEADING + level);
      style.addNewName().setVal("heading " + level);
      style.addNewUiPriority().setVal(BigInteger.valueOf(9));
      style.addNewQFormat();
      CTPPrGeneral paragraph = style.addNewPPr();
      paragraph.addNewKeepNext();
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
      CTRPr run = style.addNewRPr();
      CTFonts fonts = run.addNewRFonts();
      fonts.setAscii(FONT);
      fonts.setHAnsi(FONT);
      fonts.setCs(FONT);
      run.addNewB();
      run.addNewSz().setVal(BigInteger.valueOf(Math.round(HEADING_SIZES[level - 1] * 2)));
      styles.addStyle(new XWPFStyle(style, styles));
    }
  }

  private void page() {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1247));
    margins.setBottom(BigInteger.valueOf(1134));
    margins.setLeft(BigInteger.valueOf(1020));
    margins.setRight(BigInteger.valueOf(1020));
    XWPFFooter footer = new XWPFHeaderFooterPolicy(doc, sect).createFooter(XWPFHeaderFooterPolicy.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.getCTP().addNewFldSimple().setInstr("PAGE");
  }

  private void block(Block b) {
    if (b instanceof Heading h) {
      heading(h.text(), 1);
    } else if (b instanceof Paragraph p) {
      XWPFParagraph para = paragraph(ParagraphAlignment.BOTH);
      para.setSpacingAfter(120);
      run(para, p.text(), 10.5, false);
    } else if (b instanceof Items items) {
      for (Item i : items.items()) {
        XWPFParagraph para = paragraph(ParagraphAlignment.LEFT);
        para.setIndentationLeft(400 * i.level());
        para.setSpacingAfter(80);
        run(para, i.label(), 10.5, true);
        if (!i.text().isBlank()) {
          XWPFRun r = run(para, "", 10.5, false);
          r.addBreak();
          r.setText(i.text());
        }
      }
    } else {
      table((Table) b);
    }
  }

  private void table(Table t) {
    if (!t.caption().isBlank()) {
      XWPFParagraph caption = paragraph(ParagraphAlignment.LEFT);
      caption.setKeepNext(true);
      run(caption, t.caption(), 10, true);
    }
    XWPFTable table = doc.createTable(t.rows().size() + 1, t.columns().size());
    table.setTableAlignment(TableRowAlign.CENTER);
    table.setWidth("100%");
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < t.columns().size(); c++) {
      XWPFTableCell cell = header.getCell(c);
      cell.setColor("ECEFF3");
      run(cell.getParagraphs().get(0), t.columns().get(c), 8.5, true);
    }
    List<List<Cell>> rows = t.rows();
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      boolean total = t.total() && r == rows.size() - 1;
      for (int c = 0; c < rows.get(r).size(); c++) {
        Cell value = rows.get(r).get(c);
        XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
        if (value.number()) {
          p.setAlignment(ParagraphAlignment.RIGHT);
        }
        run(p, value.text(), 8.5, total);
      }
    }
    paragraph(ParagraphAlignment.LEFT).setSpacingAfter(120);
  }

  private void heading(String text, int outline) {
    XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
    p.setStyle(HEADING + (outline + 1));
    p.setSpacingBefore(outline == 0 ? 480 : 240);
    p.setSpacingAfter(120);
    if (outline == 0) {
      p.setBorderBottom(Borders.SINGLE);
    }
    p.createRun().setText(text);
  }

  private XWPFParagraph paragraph(ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    return p;
  }

  private static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    if (!text.isEmpty()) {
      r.setText(text);
    }
    return r;
  }

  /** Keeps the caller's stream open: POI closes the stream it writes to. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
