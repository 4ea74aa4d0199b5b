// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Checks a document's nesting depth, string, number and member-name lengths against the {@link
 * DocumentLimits} in one pass over its tokens, the same way for JSON and YAML, before the document
 * is parsed into a tree.
 *
 * <p>Jackson enforces the same limits through {@code StreamReadConstraints}, but not alike in both
 * formats: the JSON parser checks a decimal's length only when its value is asked for (so a tree
 * of a 101-character decimal is built under a limit of 100) while the YAML parser refuses it, and a
 * limit found while a value is read lazily comes without line or path. This scan reads every token
 * with a parser that has no such limits of its own and compares each length itself, so a document
 * is refused at the first token over a limit, with the same message in both formats, the token's
 * line and column, and the JSON Pointer of the value or member. Its text is already in memory and
 * no longer than {@link DocumentLimits#maxDocumentLength()}, so the unlimited parser cannot be made
 * to hold more than that; it stops at the first container deeper than the limit.
 */
final class LimitScan {

  private static final StreamReadConstraints UNLIMITED =
      StreamReadConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxDocumentLength(-1)
          .maxTokenCount(-1)
          .build();

  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(UNLIMITED).build();

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
          .streamReadConstraints(UNLIMITED)
          .build();

  private LimitScan() {}

  /**
   * The first token of {@code text} over one of the limits, in document order; empty when none
   * is, or when the text stops being well-formed before one is found (the parse that follows
   * reports the syntax error).
   */
  static Optional<ReadProblem> firstProblem(String text, DocumentFormat format, DocumentLimits limits) {
    TokenStreamFactory factory = format == DocumentFormat.JSON ? JSON : YAML;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        Optional<ReadProblem> problem = check(p, t, limits);
        if (problem.isPresent()) {
          return problem;
        }
      }
    } catch (JacksonException e) {
      // not well-formed: the parse proper reports it with its place
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text} may hold a number longer than {@code maxNumberLength} or with an exponent
   * beyond {@link DocumentLimits#MAX_EXPONENT}: whether it has a run of more than that many characters that a
   * number can be made of ({@code 0-9 + - . e E}), or an {@code e} or {@code E} followed by such an
   * exponent. Every number is such a run, so no means none is over; a long run inside a string only
   * makes the answer yes where no is right. One pass over the characters, for reading a document without
   * this scan's token pass when the parser's own limits say the same (see {@code
   * StrategyDocuments}).
   *
   * @param text the document
   * @param maxNumberLength the limit
   * @return whether a number of the text may be over the limit
   */
  static boolean mayHoldLongNumber(CharSequence text, int maxNumberLength) {
    int run = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      run = numberChar(c) ? run + 1 : 0;
      if (run > maxNumberLength || (c == 'e' || c == 'E') && exponent(text, i + 1) > DocumentLimits.MAX_EXPONENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * The magnitude of the exponent digits at {@code from} (after an optional sign), at most a
   * billion: enough to compare with {@link DocumentLimits#MAX_EXPONENT} however long they run.
   */
  static long exponent(CharSequence text, int from) {
    int i = from < text.length() && (text.charAt(from) == '-' || text.charAt(from) == '+') ? from + 1 : from;
    long v = 0;
    for (; i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
      v = Math.min(1_000_000_000L, v * 10 + text.charAt(i) - '0');
    }
    return v;
  }

  /**
   * {@link #mayHoldLongNumber(CharSequence, int)} over a document's UTF-8 bytes (a number's
   * characters are ASCII, and no byte of a multi-byte character is one of them).
   *
   * @param utf8 the document's bytes
   * @param maxNumberLength the limit
   * @return whether a number of the text may be over the limit
   */
  static boolean mayHoldLongNumber(byte[] utf8, int maxNumberLength) {
    return mayHoldLongNumber(new AsciiView(utf8), maxNumberLength);
  }

  /** A document's UTF-8 bytes as characters, each byte one char: enough to find runs of ASCII. */
  private record AsciiView(byte[] bytes) implements CharSequence {
    @Override
    public int length() {
      return bytes.length;
    }

    @Override
    public char charAt(int index) {
      return (char) (bytes[index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(bytes, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
  }

  private static boolean numberChar(char c) {
    return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
  }

  private static Optional<ReadProblem> check(JsonParser p, JsonToken t, DocumentLimits limits) {
    return switch (t) {
      case START_OBJECT, START_ARRAY -> {
        // the container's own context is open: its depth counts it, its parent names its place
        TokenStreamContext context = p.streamReadContext();
        yield over(p, "maxNestingDepth", limits.maxNestingDepth(), context.getNestingDepth(), context.getParent());
      }
      case PROPERTY_NAME -> over(p, "maxNameLength", limits.maxNameLength(), p.currentName().length(), p.streamReadContext());
      case VALUE_STRING -> over(p, "maxStringLength", limits.maxStringLength(), p.getString().length(), p.streamReadContext());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        String number = p.getString();
        Optional<ReadProblem> tooLong =
            over(p, "maxNumberLength", limits.maxNumberLength(), number.length(), p.streamReadContext());
        yield tooLong.isPresent() ? tooLong : exponent(p, number);
      }
      default -> Optional.empty();
    };
  }

  private static Optional<ReadProblem> exponent(JsonParser p, String number) {
    int e = Math.max(number.indexOf('e'), number.indexOf('E'));
    if (e < 0 || exponent(number, e + 1) <= DocumentLimits.MAX_EXPONENT) {
      return Optional.empty();
    }
    TokenStreamLocation at = p.currentTokenLocation();
    TokenStreamContext place = p.streamReadContext();
    return Optional.of(
        ReadMessages.at(
            ReadProblem.Kind.LIMIT_EXCEEDED,
            "exponent",
            Math.max(0, at.getLineNr()),
            Math.max(0, at.getColumnNr()),
            place == null ? "" : place.pathAsPointer().toString(),
            String.valueOf(DocumentLimits.MAX_EXPONENT),
            number.substring(e + 1)));
  }

  private static Optional<ReadProblem> over(
      JsonParser p, String limit, int max, int actual, TokenStreamContext place) {
    if (actual <= max) {
      return Optional.empty();
    }
    TokenStreamLocation at = p.currentTokenLocation();
    String path = place == null ? "" : place.pathAsPointer().toString();
    return Optional.of(
        ReadMessages.at(
            ReadProblem.Kind.LIMIT_EXCEEDED,
            limit,
            Math.max(0, at.getLineNr()),
            Math.max(0, at.getColumnNr()),
            path,
            String.valueOf(max),
            String.valueOf(actual)));
  }
}
