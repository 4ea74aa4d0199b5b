package org.civicplan.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the governance report commands share: the document, the output format and the language. */
final class ReportOptions {

  @Parameters(paramLabel = "FILE", description = "the strategy document (JSON or YAML)")
  Path file;

  @Option(names = "--format", defaultValue = "markdown", converter = ReportFormat.Converter.class,
      description = "markdown or json (default: ${DEFAULT-VALUE})")
  ReportFormat format;

  @Option(names = "--locale", defaultValue = "en", description = "language of the Markdown report, a BCP 47 tag (default: ${DEFAULT-VALUE})")
  String locale;

  Locale locale() {
    return Cli.locale(locale);
  }
}
