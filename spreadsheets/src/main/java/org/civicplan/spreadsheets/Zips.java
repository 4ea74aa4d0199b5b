// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Makes a workbook's bytes depend on its content only: fastexcel stamps the time of writing into
 * {@code docProps/core.xml} ({@code dcterms:created}). The archive is rewritten entry by entry, in the
 * same order, with that element left out and every entry dated 1980-01-01 00:00 (the first time a
 * ZIP archive can hold), so the same workbook gives the same bytes byte for byte.
 */
final class Zips {

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int DATA_DESCRIPTOR = 0x08074b50;
  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  private Zips() {}

  /** Rewrites the archive fastexcel wrote: deflated entries, each followed by a data descriptor. */
  static byte[] deterministic(byte[] zip) {
    ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      int at = 0;
      while (at + 30 <= zip.length && in.getInt(at) == LOCAL_HEADER) {
        int method = in.getShort(at + 8) & 0xFFFF;
        int nameLength = in.getShort(at + 26) & 0xFFFF;
        int extraLength = in.getShort(at + 28) & 0xFFFF;
        String name = new String(zip, at + 30, nameLength, StandardCharsets.UTF_8);
        int data = at + 30 + nameLength + extraLength;
        if (method != ZipEntry.DEFLATED) {
          throw new IllegalStateException("fastexcel wrote entry " + name + " with method " + method + ", not deflated");
        }
        Inflater inflater = new Inflater(true);
        inflater.setInput(zip, data, zip.length - data);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
          int n = inflater.inflate(buffer);
          if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            throw new IllegalStateException("entry " + name + " of the workbook is truncated");
          }
          content.write(buffer, 0, n);
        }
        at = data + (int) inflater.getBytesRead();
        inflater.end();
        if (in.getInt(at) == DATA_DESCRIPTOR) {
          at += 4;
        }
        // CRC, then the two sizes: 8 bytes each when the entry is ZIP64, 4 otherwise; the next header
        // (another entry or the central directory) tells which.
        at += 4 + (signatureAt(in, zip, at + 4 + 16) ? 16 : 8);
        byte[] body = content.toByteArray();
        if (name.equals("docProps/core.xml")) {
          body = new String(body, StandardCharsets.UTF_8).replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
              .getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(EPOCH);
        out.putNextEntry(entry);
        out.write(body);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DataFormatException e) {
      throw new IllegalStateException("fastexcel wrote a workbook that does not inflate", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Whether the entries of an archive unpack to more than {@code max} bytes in all, counted as they
   * are inflated, never taken from the sizes the archive claims (a ZIP bomb claims little). The
   * archive is opened as the workbook reader opens it, by its central directory (commons-compress
   * {@code ZipFile}), so that every entry the reader could inflate is counted: entries that overlap,
   * or that a reader going from one local header to the next would never reach, count in full. An
   * archive that cannot be opened is not judged here: reading it reports it.
   */
  static boolean unpacksToMoreThan(byte[] zip, long max) {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipFile archive = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (Enumeration<ZipArchiveEntry> entries = archive.getEntries(); entries.hasMoreElements(); ) {
        ZipArchiveEntry entry = entries.nextElement();
        if (!archive.canReadEntryData(entry)) {
          continue;
        }
        try (InputStream in = archive.getInputStream(entry)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
              return true;
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }

  /** Whether a local or central directory header starts at {@code at}. */
  private static boolean signatureAt(ByteBuffer in, byte[] zip, int at) {
    return at + 4 <= zip.length && (in.getInt(at) == LOCAL_HEADER || in.getInt(at) == 0x02014b50);
  }
}
