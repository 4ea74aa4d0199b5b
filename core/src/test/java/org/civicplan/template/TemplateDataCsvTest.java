package org.civicplan.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicplan.base.Finding;
import org.junit.jupiter.api.Test;

/** A malformed quoted field in a template's CSV catalogue is a finding with its line and column. */
class TemplateDataCsvTest {

  private static Finding syntaxFinding(String file, String from, String to) {
    Map<String, String> files = TemplateDataTest.files();
    assertTrue(files.get(file).contains(from), "fixture has " + from);
    files.put(file, files.get(file).replace(from, to));
    List<Finding> findings = new TreesTemplate(files).definitionFindings();
    return findings.stream().filter(f -> f.code().equals(TemplateDataCodes.SYNTAX)).findFirst()
        .orElseThrow(() -> new AssertionError("no syntax finding in " + findings));
  }

  @Test
  void textAfterAClosingQuote() {
    Finding f = syntaxFinding("species.csv", "Platan,false,35,", "\"Platan\"x,false,35,");
    String en = f.message(Locale.ENGLISH);
    assertTrue(en.startsWith("species.csv, line 3, column 34: "), en);
    assertTrue(en.contains("text follows the closing quote"), en);
  }

  @Test
  void quoteNeverClosed_namesTheColumnWhereItOpens() {
    Finding f = syntaxFinding("species.csv", "Platan,false,35,", "Platan,\"false,35,");
    assertEquals(TemplateDataCodes.SYNTAX, f.code());
    String en = f.message(Locale.ENGLISH);
    assertTrue(en.startsWith("species.csv, line 3, column 41: "), en);
    assertTrue(en.contains("never closed"), en);
  }
}
