// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;

/** The sample strategies of samples/data, read with the installed templates. */
final class Samples {

  static final TemplateRegistry TEMPLATES = TemplateRegistry.load(Samples.class.getClassLoader());
  static final StrategyDocuments DOCUMENTS = StrategyDocuments.of(TEMPLATES);

  private Samples() {}

  static Strategy read(String name) {
    return DOCUMENTS.read(Path.of("..", "samples", "data", name)).orElseThrow();
  }

  static Strategy climate() {
    return read("climate-strategy.json");
  }

  static byte[] xlsx(Spreadsheet s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Xlsx.write(s, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
