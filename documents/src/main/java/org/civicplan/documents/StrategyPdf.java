// SPDX-License-Identifier: Apache-2.0
package org.civicplan.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.civicplan.report.StrategyPublication;

/**
 * The strategy document as PDF: {@link StrategyPublication#toHtml()} laid out by openhtmltopdf (the
 * maintained HTML/CSS-to-PDF renderer on Apache PDFBox), with DejaVu Sans regular and bold embedded
 * as subsets, so that the Romanian letters with comma below (ș ț) and the other diacritics (ă â î)
 * print and extract right on any machine, whatever fonts it has.
 *
 * <p>The PDF is tagged for accessibility (PDF/UA: a structure tree of headings, paragraphs, lists
 * and tables, the title shown in the window, the document's language), as a public authority's
 * published documents should be.
 *
 * <p>The output is deterministic: the document information holds the title, the municipality as
 * author and no dates, and the file identifier is derived from the page's content, so the same
 * document gives the same bytes.
 */
public final class StrategyPdf {

  /** The family name the page asks for ({@code font-family}) and the fonts are embedded under. */
  static final String FAMILY = "DejaVu Sans";

  private static final String FONTS = "/org/civicplan/documents/fonts/";

  private StrategyPdf() {}

  /**
   * {@return the PDF of {@code document}}
   *
   * @param document the document
   * @throws NullPointerException if {@code document} is null
   * @throws UncheckedIOException if the bundled fonts cannot be read (a broken installation)
   */
  public static byte[] render(StrategyPublication document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try {
      write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes the PDF of {@code document} to {@code out}, which is left open.
   *
   * @param document the document
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public static void write(StrategyPublication document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    String html = document.toHtml();
    try (PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // Tagged PDF (PDF/UA): headings, paragraphs and tables as a structure tree that screen
      // readers and reflow follow; the title comes from the page's <title>, the language from its lang.
      builder.usePdfUaAccessibility(true);
      builder.usePDDocument(pdf);
      builder.withHtmlContent(html, null);
      builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
      }
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(document.titlePage().title());
      info.setAuthor(document.titlePage().municipality());
      info.setProducer("civicplan");
      pdf.setDocumentInformation(info);
      pdf.getDocumentCatalog().setLanguage(document.language());
      byte[] id = Arrays.copyOf(sha256(html), 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
      pdf.save(out);
    }
  }

  private static InputStream font(String name) {
    InputStream in = StrategyPdf.class.getResourceAsStream(FONTS + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("bundled font " + FONTS + name + " not found"));
    }
    return in;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
