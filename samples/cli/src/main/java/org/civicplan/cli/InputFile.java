// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a command's input file (a ranking or selection problem, an assessment, a budget scenario,
 * a measurements CSV) whole, within a size limit, as UTF-8 text; whatever keeps it from being read
 * is one sentence naming the file, never a stack trace: a missing file, a directory, a file it may
 * not read, an empty file, a file or stream (a device such as {@code /dev/zero}, a pipe) longer
 * than the limit, bytes that are not UTF-8.
 */
final class InputFile {

  /** The most bytes an input file may have: {@value} (256 MiB). */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  /** Why an input file cannot be read, as one sentence without the {@code civicplan:} prefix. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String sentence) {
      super(sentence, null, false, false);
    }
  }

  private InputFile() {}

  /** {@return the file's text, without a leading byte-order mark} */
  static String read(Path file) throws Unreadable {
    return read(file, MAX_BYTES);
  }

  /** {@return the file's text, without a leading byte-order mark, refusing more than {@code max} bytes} */
  static String read(Path file, long max) throws Unreadable {
    if (Files.isDirectory(file)) {
      throw new Unreadable(file + " is a directory; give a file");
    }
    java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
    boolean utf16 = false;
    try (InputStream in = Files.newInputStream(file)) {
      // chunk by chunk, so that a NUL byte (which no text holds: /dev/zero) stops the reading at once
      byte[] chunk = new byte[64 * 1024];
      for (int n; read.size() <= max && (n = in.readNBytes(chunk, 0, chunk.length)) > 0; ) {
        utf16 |= read.size() == 0 && utf16ByteOrderMark(chunk, n);
        if (!utf16 && containsNul(chunk, n)) {
          throw new Unreadable(file + " is not a text file: it holds NUL bytes"
              + (Files.isRegularFile(file) ? "" : " (it is not a regular file: a device or a pipe)"));
        }
        read.write(chunk, 0, (int) Math.min(n, max + 1 - read.size()));
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    byte[] bytes = read.toByteArray();
    if (bytes.length > max) {
      throw new Unreadable(file + " is longer than the limit of " + max + " bytes"
          + (Files.isRegularFile(file) ? "" : " (it is not a regular file: a device or a pipe)"));
    }
    if (bytes.length == 0) {
      throw new Unreadable(file + " is empty");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable(file + " is not UTF-8 text" + encodingHint(bytes) + "; save it as UTF-8");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Why a stream opened by {@link #reader} stopped, as one sentence: bytes that are not UTF-8, or
   * more bytes than the limit. Thrown by the reader's {@code read}.
   */
  static final class StoppedReading extends IOException {
    private static final long serialVersionUID = 1L;

    StoppedReading(String sentence) {
      super(sentence);
    }
  }

  /**
   * Opens a file to be read as it goes, in memory that does not grow with it, with the checks of
   * {@link #read(Path, long)}: what is wrong before the first byte (a missing file, a directory, a
   * file it may not read, an empty file) is an {@link Unreadable}; what is found later (bytes that
   * are not UTF-8, a NUL byte, which no text holds, more than {@code max} bytes) makes the reader's
   * {@code read} throw a {@link
   * StoppedReading} whose message is the sentence. A leading byte-order mark is left in the text.
   */
  static java.io.Reader reader(Path file, long max) throws Unreadable {
    if (Files.isDirectory(file)) {
      throw new Unreadable(file + " is a directory; give a file");
    }
    InputStream in;
    byte[] head;
    try {
      in = Files.newInputStream(file);
      head = in.readNBytes(4096);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (head.length == 0) {
      try {
        in.close();
      } catch (IOException e) {
        // nothing was read from it
      }
      throw new Unreadable(file + " is empty");
    }
    String notUtf8 = file + " is not UTF-8 text" + encodingHint(head) + "; save it as UTF-8";
    if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
      // UTF-16 holds NUL bytes in every ASCII character: name the encoding, not the bytes
      try {
        in.close();
      } catch (IOException e) {
        // nothing more is read from it
      }
      throw new Unreadable(notUtf8);
    }
    String binary = file + " is not a text file: it holds NUL bytes"
        + (Files.isRegularFile(file) ? "" : " (it is not a regular file: a device or a pipe)");
    String tooLong = file + " is longer than the limit of " + max + " bytes"
        + (Files.isRegularFile(file) ? "" : " (it is not a regular file: a device or a pipe)");
    InputStream limited = new java.io.FilterInputStream(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in)) {
      private long count;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0 && (count += n) > max) {
          throw new StoppedReading(tooLong);
        }
        for (int i = off; i < off + n; i++) {
          if (b[i] == 0) {
            throw new StoppedReading(binary);
          }
        }
        return n;
      }
    };
    java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    java.io.Reader decoded = new java.io.InputStreamReader(limited, utf8);
    return new java.io.FilterReader(decoded) {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        try {
          return super.read(cbuf, off, len);
        } catch (CharacterCodingException e) {
          throw new StoppedReading(notUtf8);
        }
      }

      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (CharacterCodingException e) {
          throw new StoppedReading(notUtf8);
        }
      }
    };
  }

  /** {@return the text of {@code reader} without its leading byte-order mark, if it has one} */
  static java.io.Reader withoutByteOrderMark(java.io.Reader reader) throws IOException {
    java.io.PushbackReader r = new java.io.PushbackReader(reader, 1);
    int first = r.read();
    if (first >= 0 && first != '\uFEFF') {
      r.unread(first);
    }
    return r;
  }

  private static boolean utf16ByteOrderMark(byte[] b, int n) {
    return n >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
  }

  private static boolean containsNul(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** A hint at the encoding a file that is not UTF-8 seems to have. */
  static String encodingHint(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return " (it starts with the byte-order mark of UTF-16)";
    }
    for (byte b : bytes) {
      // ș ț ă î â and Ș Ț Ă Î Â in Windows-1250 (the Central European code page Romanian Excel writes)
      int u = b & 0xFF;
      if (u == 0xBA || u == 0xFE || u == 0xE3 || u == 0xEE || u == 0xE2 || u == 0xAA || u == 0xDE || u == 0xC3 || u == 0xCE || u == 0xC2) {
        return " (it looks like Windows-1250, the Central European code page)";
      }
    }
    return "";
  }

  /**
   * Why {@code file} could not be opened or read, as one sentence that names no exception class: a
   * missing file, a file it may not read, or the reason the system gave.
   */
  static Unreadable unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new Unreadable("no such file: " + file);
    }
    if (e instanceof AccessDeniedException) {
      return new Unreadable("cannot read " + file + ": permission denied");
    }
    return new Unreadable("cannot read " + file + ": " + reason(e));
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
