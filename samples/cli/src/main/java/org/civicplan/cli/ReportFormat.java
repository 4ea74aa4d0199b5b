// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of the governance reports: Markdown for people, JSON for programs. */
enum ReportFormat {
  MARKDOWN,
  JSON;

  /** Reads {@code markdown} or {@code json} (any case) for picocli, with a message naming both. */
  static final class Converter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "markdown", "md" -> MARKDOWN;
        case "json" -> JSON;
        default -> throw new TypeConversionException("--format must be markdown or json but was \"" + value + "\"");
      };
    }
  }
}
