// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.testkit.TemplateDoc;
import org.junit.jupiter.api.Test;

/** {@code docs/templates/social.md} shows the parameters as declared and every rule and finding code. */
class SocialDocsTest {

  static final Path DOC = Path.of("..", "docs", "templates", "social.md");

  @Test
  void parameterTablesAreGeneratedFromTheDeclarations() throws IOException {
    TemplateDoc.of(DOC).rewriteWhen("social.docs.write").checkParameterTables(new SocialTemplate());
  }

  @Test
  void everyRuleAndFindingCodeIsDocumented() throws IOException, IllegalAccessException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int codes = 0;
    for (Field f : SocialCodes.class.getFields()) {
      String code = (String) f.get(null);
      assertTrue(doc.contains("`" + code + "`"), () -> code + " is not in docs/templates/social.md");
      if (!f.getName().startsWith("RULE_")) {
        codes++;
      }
    }
    // 22 finding codes of 9 rules, as in the table
    assertEquals(22, codes);
  }
}
