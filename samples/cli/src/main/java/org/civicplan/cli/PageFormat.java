// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of the reports that are also pages: Markdown and HTML for people, JSON for programs. */
enum PageFormat {
  MARKDOWN,
  JSON,
  HTML;

  /** Reads {@code markdown} (or {@code md}), {@code json} or {@code html}, any case, with a message naming them. */
  static final class Converter implements ITypeConverter<PageFormat> {
    @Override
    public PageFormat convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "markdown", "md" -> MARKDOWN;
        case "json" -> JSON;
        case "html" -> HTML;
        default -> throw new TypeConversionException("--format must be markdown, json or html but was \"" + value + "\"");
      };
    }
  }
}
