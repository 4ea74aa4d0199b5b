// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.civicplan.io.CsvLimits;
import org.civicplan.spreadsheets.SpreadsheetImport.What;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * Spreadsheet imports (CSV and XLSX) are read within {@link CsvLimits}: exactly at each limit the
 * file reads, one past it is refused with one problem naming the limit and the row where it was
 * passed, in English and Romanian (issue 19).
 */
class ImportLimitsTest {

  private static final Locale RO = Locale.forLanguageTag("ro");
  private static final CsvLimits DEFAULTS = CsvLimits.defaults();
  /**
   * A header and two data rows; the longest field, {@code Museum of art}, has 13 characters; 41
   * bytes (8 + 21 + 12 for the three lines).
   */
  private static final byte[] CSV = "Id,Name\n#org-a,Museum of art\n#org-b,Park\n".getBytes(StandardCharsets.UTF_8);

  private static SpreadsheetImport.Input read(byte[] bytes, String file, CsvLimits limits) {
    return SpreadsheetImport.read(bytes, file, limits);
  }

  /** The file reads with no problem and all its rows. */
  private static void reads(byte[] bytes, String file, CsvLimits limits, int rows) {
    SpreadsheetImport.Input in = read(bytes, file, limits);
    assertEquals(List.of(), in.problems());
    assertEquals(rows, in.sheets().get(0).rows().size());
  }

  /** The file is refused with one problem, and an import of it imports nothing and says only that. */
  private static void refused(byte[] bytes, String file, CsvLimits limits, String code, String english, String romanian) {
    SpreadsheetImport.Input in = read(bytes, file, limits);
    assertEquals(List.of(), in.sheets(), "nothing read in part is handed on");
    assertEquals(1, in.problems().size(), in.problems().toString());
    ImportProblem p = in.problems().get(0);
    assertEquals(code, p.code());
    assertEquals(english, p.message(Locale.ENGLISH));
    assertEquals(romanian, p.message(RO));
    ImportResult r = SpreadsheetImport.apply(Samples.climate(), in, What.ORGANISATIONS);
    assertTrue(r.strategy().isEmpty());
    assertEquals(List.of(p), r.problems());
  }

  @Test
  void theFixtureIsWhatItSays() {
    assertEquals(41, CSV.length);
    reads(CSV, "o.csv", DEFAULTS, 3);
  }

  @Test
  void csvRows_atTheLimitRead_onePastIsRefusedAtItsLine() {
    reads(CSV, "o.csv", DEFAULTS.withMaxRows(2), 3);
    refused(CSV, "o.csv", DEFAULTS.withMaxRows(1), "import.limit.rows",
        "o.csv, row 3: The sheet has more than one data row, the limit of an import; the rest of the file was not read.",
        "o.csv, rândul 3: Foaia are mai multe rânduri de date decât limita unui import, 1; restul fișierului nu a fost citit.");
  }

  @Test
  void csvCell_atTheLimitReads_onePastIsRefusedAtItsLine() {
    reads(CSV, "o.csv", DEFAULTS.withMaxFieldLength(13), 3);
    refused(CSV, "o.csv", DEFAULTS.withMaxFieldLength(12), "import.limit.cell",
        "o.csv, row 2: A cell is longer than 12 characters, the limit of an import; the rest of the file was not read.",
        "o.csv, rândul 2: O celulă are mai multe caractere decât limita unui import, 12; restul fișierului nu a fost citit.");
  }

  @Test
  void fileSize_atTheLimitReads_onePastIsRefused() {
    reads(CSV, "o.csv", DEFAULTS.withMaxBytes(41), 3);
    refused(CSV, "o.csv", DEFAULTS.withMaxBytes(40), "import.limit.bytes",
        "o.csv: The file is longer than 40 bytes, the limit of an import; it was not read.",
        "o.csv: Fișierul are mai mulți octeți decât limita unui import, 40; nu a fost citit.");
  }

  @Test
  void theLimitsAreFormattedForTheReader() {
    refused(CSV, "o.csv", DEFAULTS.withMaxBytes(1), "import.limit.bytes",
        "o.csv: The file is longer than one byte, the limit of an import; it was not read.",
        "o.csv: Fișierul are mai mulți octeți decât limita unui import, 1; nu a fost citit.");
    byte[] many = ("Id,Name\n" + "#org-a,Museum\n".repeat(1001)).getBytes(StandardCharsets.UTF_8);
    refused(many, "o.csv", DEFAULTS.withMaxRows(1000), "import.limit.rows",
        "o.csv, row 1002: The sheet has more than 1,000 data rows, the limit of an import; the rest of the file was not read.",
        "o.csv, rândul 1002: Foaia are mai multe rânduri de date decât limita unui import, 1.000; restul fișierului nu a fost citit.");
  }

  /** An Actions sheet with a header and two actions, the longest cell {@code Museum of art} (13 characters). */
  private static byte[] workbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "test", "1.0");
    Worksheet ws = wb.newWorksheet("Acțiuni");
    ws.value(0, 0, "Cod");
    ws.value(0, 1, "Acțiune");
    ws.value(1, 0, "A-1.1");
    ws.value(1, 1, "Museum of art");
    ws.value(2, 0, "A-1.2");
    ws.value(2, 1, "Park");
    wb.finish();
    // an archive java.util.zip reads, as the workbooks civicplan writes are
    return Zips.deterministic(out.toByteArray());
  }

  @Test
  void xlsxRows_atTheLimitRead_onePastIsRefusedAtItsRow() throws IOException {
    reads(workbook(), "plan.xlsx", DEFAULTS.withMaxRows(2), 3);
    refused(workbook(), "plan.xlsx", DEFAULTS.withMaxRows(1), "import.limit.rows",
        "Acțiuni, row 3: The sheet has more than one data row, the limit of an import; the rest of the file was not read.",
        "Acțiuni, rândul 3: Foaia are mai multe rânduri de date decât limita unui import, 1; restul fișierului nu a fost citit.");
  }

  @Test
  void xlsxCell_atTheLimitReads_onePastIsRefusedAtItsRowAndColumn() throws IOException {
    reads(workbook(), "plan.xlsx", DEFAULTS.withMaxFieldLength(13), 3);
    refused(workbook(), "plan.xlsx", DEFAULTS.withMaxFieldLength(12), "import.limit.cell",
        "Acțiuni, row 2, column Acțiune: A cell is longer than 12 characters, the limit of an import; the rest of the file was not read.",
        "Acțiuni, rândul 2, coloana Acțiune: O celulă are mai multe caractere decât limita unui import, 12; restul fișierului nu a fost citit.");
  }

  @Test
  void xlsxUnpacked_atTheLimitReads_onePastIsRefused() throws IOException {
    byte[] book = workbook();
    // the unpacked size, summed here entry by entry
    long unpacked = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(book))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        unpacked += in.readAllBytes().length;
      }
    }
    assertTrue(unpacked > book.length, unpacked + " > " + book.length);
    reads(book, "plan.xlsx", DEFAULTS.withMaxBytes(unpacked), 3);
    long limit = unpacked - 1;
    refused(book, "plan.xlsx", DEFAULTS.withMaxBytes(limit), "import.limit.unpacked",
        "plan.xlsx: The workbook unpacks to more than " + java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH).format(limit)
            + " bytes, the limit of an import; it was not read.",
        "plan.xlsx: Registrul despachetat are mai mulți octeți decât limita unui import, "
            + java.text.NumberFormat.getIntegerInstance(RO).format(limit) + "; nu a fost citit.");
  }

  @Test
  void aZipBombIsRefusedWithoutBeingUnpacked() throws IOException {
    // 64 MiB of zeros deflate to about 64 KiB: past a 1 MiB limit as soon as 1 MiB is unpacked
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertTrue(out.size() < 1024 * 1024, "the archive is " + out.size() + " bytes");
    refused(out.toByteArray(), "bomb.xlsx", DEFAULTS.withMaxBytes(1024 * 1024), "import.limit.unpacked",
        "bomb.xlsx: The workbook unpacks to more than 1,048,576 bytes, the limit of an import; it was not read.",
        "bomb.xlsx: Registrul despachetat are mai mulți octeți decât limita unui import, 1.048.576; nu a fost citit.");
  }

  @Test
  void aZipBombBehindAGapThatALocalHeaderReaderStopsAt_isCountedAsTheWorkbookReaderSeesIt() throws IOException {
    // A small first entry, then 64 MiB of zeros; between them 64 bytes of zeros that no local header
    // starts with. Read local header by local header (java.util.zip.ZipInputStream) the archive ends
    // after its first entry; read by its central directory, as the workbook reader reads it, the
    // bomb is there.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int second;
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.flush();
      second = out.size();
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    byte[] bomb = withGap(out.toByteArray(), second, 64);
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bomb))) {
      while (in.getNextEntry() != null) {
        entries++;
      }
    }
    assertEquals(1, entries, "a local-header reader stops at the gap");
    refused(bomb, "gap.xlsx", DEFAULTS.withMaxBytes(1024 * 1024), "import.limit.unpacked",
        "gap.xlsx: The workbook unpacks to more than 1,048,576 bytes, the limit of an import; it was not read.",
        "gap.xlsx: Registrul despachetat are mai mulți octeți decât limita unui import, 1.048.576; nu a fost citit.");
  }

  /**
   * The archive with {@code gap} zero bytes inserted at {@code at}, the start of an entry's local
   * header: the central directory's offsets of that entry and of the directory itself moved past the
   * gap (PKWARE APPNOTE 4.3.12, 4.3.16; the archive has no comment).
   */
  private static byte[] withGap(byte[] zip, int at, int gap) {
    byte[] moved = new byte[zip.length + gap];
    System.arraycopy(zip, 0, moved, 0, at);
    System.arraycopy(zip, at, moved, at + gap, zip.length - at);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(moved).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int end = moved.length - 22;
    assertEquals(0x06054b50, b.getInt(end), "end of central directory record");
    int directory = b.getInt(end + 16) + gap;
    b.putInt(end + 16, directory);
    for (int h = directory; b.getInt(h) == 0x02014b50; ) {
      if (b.getInt(h + 42) >= at) {
        b.putInt(h + 42, b.getInt(h + 42) + gap);
      }
      h += 46 + Short.toUnsignedInt(b.getShort(h + 28)) + Short.toUnsignedInt(b.getShort(h + 30))
          + Short.toUnsignedInt(b.getShort(h + 32));
    }
    return moved;
  }
}
