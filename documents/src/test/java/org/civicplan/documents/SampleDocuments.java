// SPDX-License-Identifier: Apache-2.0
package org.civicplan.documents;

import java.nio.file.Path;
import java.util.Locale;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.report.StrategyPublication;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;

/** The illustrative sample climate strategy that {@code civicplan demo} runs on, as a publication. */
final class SampleDocuments {

  static final Path SAMPLE = Path.of("..", "samples", "data", "climate-strategy.json");
  static final TemplateRegistry TEMPLATES = TemplateRegistry.load();

  private SampleDocuments() {}

  static Strategy strategy() {
    return StrategyDocuments.of(TEMPLATES).read(SAMPLE).strategy()
        .orElseThrow(() -> new AssertionError("the sample does not read: " + SAMPLE));
  }

  static StrategyPublication publication(Locale locale) {
    Strategy s = strategy();
    return StrategyPublication.of(s, TEMPLATES.get(s.templateId()), locale);
  }
}
