// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
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

  /** The section's labels (document.properties, document_ro.properties, UTF-8). */
  static final MessageCatalog LABELS =
      MessageCatalog.load(AccessibilityDocument.class::getResourceAsStream, "/org/civicplan/accessibility/document");

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
    tables.add(new Table(label("document.audits"),
        List.of(label("col.works"), label("col.date"), label("col.elements"), label("col.score"),
            label("col.compliant"), label("col.non-compliant")),
        rows));
    Map<String, Score> districts = report.byDistrict();
    if (!districts.isEmpty()) {
      List<List<Cell>> byDistrict = new ArrayList<>();
      districts.forEach((d, s) -> byDistrict.add(List.of(Cell.plain(d), score(s),
          Cell.number(BigDecimal.valueOf(s.compliant())), Cell.number(BigDecimal.valueOf(s.nonCompliant())))));
      tables.add(new Table(label("document.districts"),
          List.of(label("col.district"), label("col.score"), label("col.compliant"), label("col.non-compliant")),
          byDistrict));
    }
    return List.of(new DocumentSection(AUDITS, label("document.title"), List.of(label("document.intro")), tables));
  }

  private static LocalizedText label(String key) {
    return LABELS.text(key);
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
