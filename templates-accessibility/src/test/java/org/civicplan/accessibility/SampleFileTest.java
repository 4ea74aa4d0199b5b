// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.nio.file.Path;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.testkit.SampleFile;
import org.junit.jupiter.api.Test;

/**
 * {@code samples/data/accessibility-strategy.json} is the illustrative sample {@link AccessibilitySample#valid()}
 * written by {@link StrategyDocuments}, and the document reader gives the fixture back. Run with
 * {@code -Daccessibility.sample.write=true} to rewrite the file after changing the fixture.
 */
class SampleFileTest {

  static final Path SAMPLE = Path.of("..", "samples", "data", "accessibility-strategy.json");

  static final StrategyDocuments DOCUMENTS = StrategyDocuments.of(TemplateRegistry.load());

  @Test
  void sampleFileIsTheFixtureWrittenAndReadByTheDocuments() {
    SampleFile.of(SAMPLE, DOCUMENTS).rewriteWhen("accessibility.sample.write").check(AccessibilitySample.valid());
  }
}
