// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where a template's messages file has the unicode escape that {@link Properties#load} refuses
 * without saying where: each text below is refused by {@code Properties.load}, and the place found
 * is the backslash of the bad escape, counted by hand (lines and columns from 1). {@code B} stands
 * for a backslash.
 */
class PropertiesEscapeTest {

  static Stream<Arguments> texts() {
    return Stream.of(
        // a value; the escape's backslash is the 5th character
        Arguments.of("a=b Bu12 c", 1, 5),
        // the text ends inside the escape
        Arguments.of("k=Bu00", 1, 3),
        // the first line is a comment, not read; an escaped backslash starts no escape; a good
        // escape is passed over
        Arguments.of("# Bu in a comment\nk=BBuZZ Bu0103 Buq", 2, 16),
        // a continued line that starts with # is no comment; CR LF ends one line
        Arguments.of("k=aB\r\n# Bu1", 2, 3),
        // ! starts a comment too, after blanks; a lone CR ends a line
        Arguments.of("  ! Bu\rx=Bu", 2, 3));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void theBadEscapeIsFound(String written, int line, int column) {
    String text = written.replace('B', '\\');
    assertThrows(IllegalArgumentException.class, () -> new Properties().load(new StringReader(text)), text);
    assertArrayEquals(new int[] {line, column}, TemplateData.malformedEscape(text), text);
  }
}
