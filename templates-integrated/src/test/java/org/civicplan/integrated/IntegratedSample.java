// SPDX-License-Identifier: Apache-2.0
package org.civicplan.integrated;

import java.nio.file.Path;
import java.util.List;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.portfolio.Portfolio;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;

/**
 * The illustrative integrated strategy of the fictional "Municipiul Exemplu"
 * ({@code samples/data/integrated-strategy.json}), and its portfolio with the city's climate,
 * accessibility, sport and social samples. Not an official document: every figure is invented.
 */
final class IntegratedSample {

  static final Path DATA = Path.of("..", "samples", "data");
  static final Path FILE = DATA.resolve("integrated-strategy.json");
  static final List<Path> PORTFOLIO = List.of(FILE, DATA.resolve("climate-strategy.json"),
      DATA.resolve("accessibility-strategy.json"), DATA.resolve("sport-strategy.json"), DATA.resolve("social-strategy.json"));
  static final StrategyDocuments DOCUMENTS = StrategyDocuments.of(TemplateRegistry.load());

  private IntegratedSample() {}

  static Strategy valid() {
    return DOCUMENTS.read(FILE).orElseThrow();
  }

  static Portfolio portfolio() {
    return Portfolio.read(DOCUMENTS, PORTFOLIO);
  }
}
