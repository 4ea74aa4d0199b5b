package org.civicplan.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rendered audit report of the sample. */
class AuditReportTest {

  static final AccessibilityTemplate TEMPLATE = new AccessibilityTemplate();
  static final AuditReport REPORT =
      new AuditReport(AccessibilitySample.valid(), Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters()));

  @Test
  void markdownListsEachElementWithItsScoreAndExplanations() {
    String md = REPORT.markdown(Locale.ENGLISH);

    assertTrue(md.contains("### C-1 Signalised crossing Bd. Exemplu / Str. Școlii (pedestrian-crossing)\n\nScore: 55.56 %; remediation: A-1.2\n"), md);
    assertTrue(md.contains("| ACC-25 | non-compliant | ACC-25 Push-button size in at least one dimension: required: ≥ 51 mm (non-EU reference); measured 50 mm → non-compliant |"), md);
    assertTrue(md.contains("| A-1.1 | 60.00 % | 5 | 3 | 0 | 3 |"), md);
    assertTrue(md.contains("| Str. Gării | 50.00 % | 1 | 1 | 0 | 1 |"), md);
  }

  @Test
  void markdownInRomanian() {
    String md = REPORT.markdown(Locale.forLanguageTag("ro"));

    assertTrue(md.contains("## Scoruri pe cartiere"), md);
    assertTrue(md.contains("| ACC-13-T * | neconform |"), md);
  }

  @Test
  void htmlIsADocumentAndDeterministic() {
    String html = REPORT.html(Locale.ENGLISH);

    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
    assertTrue(html.contains("<tr><td>ACC-13-T *</td><td>non-compliant</td>"), html);
    assertEquals(html, new AuditReport(AccessibilitySample.valid(), REPORT.compliance()).html(Locale.ENGLISH));
  }
}
