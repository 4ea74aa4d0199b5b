// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.nio.file.Path;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.testkit.SampleFile;
import org.junit.jupiter.api.Test;

/**
 * {@code samples/data/climate-strategy.json} is the illustrative sample {@link ClimateSample#valid()}
 * written by {@link StrategyDocuments}, and the document reader gives the fixture back. Run with
 * {@code -Dclimate.sample.write=true} to rewrite the file after changing the fixture.
 */
class SampleFileTest {

  static final Path SAMPLE = Path.of("..", "samples", "data", "climate-strategy.json");

  static final StrategyDocuments DOCUMENTS = StrategyDocuments.of(TemplateRegistry.load());

  @Test
  void sampleFileIsTheFixtureWrittenAndReadByTheDocuments() {
    SampleFile.of(SAMPLE, DOCUMENTS).rewriteWhen("climate.sample.write").check(ClimateSample.valid());
  }
}
