// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.documents.StrategyDocx;
import org.civicplan.documents.StrategyPdf;
import org.civicplan.report.StrategyPublication;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;

/**
 * The strategy document ({@code export --what strategy}) in one of its formats: the HTML page, the
 * PDF laid out from it, or the DOCX for editing. The sections of the strategy's template are added
 * when the template is installed.
 */
final class StrategyExport {

  /** The formats the strategy document is written in. */
  enum Format {
    HTML,
    PDF,
    DOCX
  }

  private StrategyExport() {}

  static StrategyPublication publication(Strategy s, TemplateRegistry registry, Locale locale) {
    Optional<StrategyTemplate> template = registry.find(s.templateId());
    return template.map(t -> StrategyPublication.of(s, t, locale)).orElseGet(() -> StrategyPublication.of(s, locale));
  }

  static byte[] render(StrategyPublication doc, Format format) {
    // Apache POI logs through the Log4j API, and so does PDFBox (commons-logging 1.3 picks the Log4j
    // API when it is present); without a Log4j implementation the API warns on standard error. Its
    // own simple logger (errors only) keeps the command's output clean.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    return switch (format) {
      case HTML -> doc.toHtml().getBytes(StandardCharsets.UTF_8);
      case PDF -> {
        // openhtmltopdf logs each resource it loads through java.util.logging; a command line
        // prints only its own messages.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        yield StrategyPdf.render(doc);
      }
      case DOCX -> StrategyDocx.render(doc);
    };
  }
}
