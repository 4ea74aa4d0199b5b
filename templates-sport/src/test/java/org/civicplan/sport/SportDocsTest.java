// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.testkit.TemplateDoc;
import org.junit.jupiter.api.Test;

/** {@code docs/templates/sport.md} shows the parameters as declared and every rule code. */
class SportDocsTest {

  static final Path DOC = Path.of("..", "docs", "templates", "sport.md");

  @Test
  void parameterTablesAreGeneratedFromTheDeclarations() throws IOException {
    TemplateDoc.of(DOC).rewriteWhen("sport.docs.write").checkParameterTables(new SportTemplate());
  }

  @Test
  void everyFindingCodeIsDocumented() throws IOException, IllegalAccessException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int codes = 0;
    for (Field f : SportCodes.class.getFields()) {
      if (!f.getName().startsWith("RULE_")) {
        String code = (String) f.get(null);
        assertTrue(doc.contains("`" + code + "`"), () -> code + " is not in docs/templates/sport.md");
        codes++;
      }
    }
    assertEquals(15, codes);
  }
}
