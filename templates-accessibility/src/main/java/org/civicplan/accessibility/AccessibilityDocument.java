// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ReaderFormat;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DocumentSection;
import org.civicplan.template.MonitoringContribution.Cell;
import org.civicplan.template.MonitoringContribution.Table;

/**
 * The section the accessibility template adds to the strategy document ({@link
 * AccessibilityTemplate#documentSections}): the summary of the accessibility audits, one row per
 * audit (the works it audits by code and title, its date, how many elements, the compliance score
 * and the counts of compliant and non-compliant criteria), then the scores per district. The
 * per-criterion detail stays in the audit report ({@link AuditReport}).
 */
final class AccessibilityDocument {

  /** The id of the audit summary section. */
  static final String AUDITS = "accessibility.audit-summary";

  private AccessibilityDocument() {}

  static List<DocumentSection> sections(Strategy strategy, Compliance compliance) {
    AuditReport report = new AuditReport(strategy, compliance);
    if (report.audits().isEmpty()) {
      return List.of();
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (AccessibilityAudit a : report.audits()) {
      LocalizedText subject = a.action()
          .map(id -> strategy.action(id).map(x -> prefixed(id.value(), x.title())).orElse(plain(id.value())))
          .orElse(plain(a.id()));
      Score s = compliance.score(a);
      rows.add(List.of(Cell.text(subject), a.date().map(d -> Cell.text(LocalizedText.of(ReaderFormat.of(java.util.Locale.ENGLISH).date(d),
              ReaderFormat.of(java.util.Locale.forLanguageTag("ro")).date(d)))).orElse(Cell.plain("–")),
          Cell.number(BigDecimal.valueOf(a.elements().size())), score(s),
          Cell.number(BigDecimal.valueOf(s.compliant())), Cell.number(BigDecimal.valueOf(s.nonCompliant()))));
    }
    List<Table> tables = new ArrayList<>();
    tables.add(new Table(LocalizedText.of("Audits", "Audituri"),
        List.of(LocalizedText.of("Works audited", "Lucrarea auditată"), LocalizedText.of("Date", "Data"),
            LocalizedText.of("Elements", "Elemente"), LocalizedText.of("Score (%)", "Scor (%)"),
            LocalizedText.of("Compliant criteria", "Criterii conforme"),
            LocalizedText.of("Non-compliant criteria", "Criterii neconforme")),
        rows));
    Map<String, Score> districts = report.byDistrict();
    if (!districts.isEmpty()) {
      List<List<Cell>> byDistrict = new ArrayList<>();
      districts.forEach((d, s) -> byDistrict.add(List.of(Cell.plain(d), score(s),
          Cell.number(BigDecimal.valueOf(s.compliant())), Cell.number(BigDecimal.valueOf(s.nonCompliant())))));
      tables.add(new Table(LocalizedText.of("Scores per district", "Scoruri pe cartiere"),
          List.of(LocalizedText.of("District", "Cartier"), LocalizedText.of("Score (%)", "Scor (%)"),
              LocalizedText.of("Compliant criteria", "Criterii conforme"),
              LocalizedText.of("Non-compliant criteria", "Criterii neconforme")),
          byDistrict));
    }
    return List.of(new DocumentSection(AUDITS, LocalizedText.of("Accessibility audits", "Auditurile de accesibilitate"),
        List.of(LocalizedText.of(
            "The accessibility audits of the works in the action plan: each element audited is checked against the"
                + " criteria of the audit catalogue; the score is the weighted share of the criteria assessed that"
                + " are met, critical criteria weighing more.",
            "Auditurile de accesibilitate ale lucrărilor din planul de acțiune: fiecare element auditat este"
                + " verificat după criteriile catalogului de audit; scorul este ponderea criteriilor evaluate care"
                + " sunt îndeplinite, criteriile critice având o pondere mai mare.")),
        tables));
  }

  private static Cell score(Score s) {
    return s.percent().map(Cell::number).orElse(Cell.plain("–"));
  }

  private static LocalizedText prefixed(String code, LocalizedText title) {
    return LocalizedText.of(code + " " + title.get(java.util.Locale.ENGLISH),
        code + " " + title.get(java.util.Locale.forLanguageTag("ro")));
  }

  private static LocalizedText plain(String text) {
    return LocalizedText.of(text, text);
  }
}
