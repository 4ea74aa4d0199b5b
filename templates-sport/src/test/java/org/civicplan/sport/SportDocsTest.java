// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.civicplan.template.ParameterDefinition;
import org.junit.jupiter.api.Test;

/** {@code docs/templates/sport.md} shows the parameters as declared and every rule code. */
class SportDocsTest {

  static final Path DOC = Path.of("..", "docs", "templates", "sport.md");

  @Test
  void parameterTablesAreGeneratedFromTheDeclarations() throws IOException {
    List<ParameterDefinition> declared = new SportTemplate().parameterDefinitions();
    String en = ParameterDefinition.markdownTable(declared, Locale.ENGLISH);
    String ro = ParameterDefinition.markdownTable(declared, Locale.forLanguageTag("ro"));
    if (Boolean.getBoolean("sport.docs.write")) {
      String doc = Files.readString(DOC, StandardCharsets.UTF_8);
      int start = doc.indexOf("<!-- parameters:en -->");
      int end = doc.indexOf("<!-- parameters:end -->");
      Files.writeString(DOC, doc.substring(0, start) + "<!-- parameters:en -->\n\n" + en + "\n<!-- parameters:ro -->\n\n" + ro
          + "\n" + doc.substring(end), StandardCharsets.UTF_8);
    }
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    assertTrue(doc.contains(en), "docs/templates/sport.md lacks the generated English table; run with -Dsport.docs.write=true");
    assertTrue(doc.contains(ro), "docs/templates/sport.md lacks the generated Romanian table; run with -Dsport.docs.write=true");
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
