// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civicplan.base.MessageCatalog;
import org.civicplan.io.Csv;
import org.civicplan.monitoring.RejectedRow;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;

/**
 * Imports the field survey of an accessibility audit: the CSV file a survey team fills in on
 * site, one row per audited element and criterion, into the observations of the strategy's
 * {@link AccessibilityAudit} annexes. All or nothing: the strategy changes only when every row is
 * right ({@link SurveyImport}).
 *
 * <p>The text is CSV as RFC 4180 defines it (read by {@link Csv}; a UTF-8 byte order mark is
 * ignored). Its first line is a header naming the columns, in any order and in any case:
 *
 * <ul>
 *   <li>{@code audit}: the id of an audit annex of the strategy;
 *   <li>{@code element}: the id of an element of that audit (elements are declared in the audit,
 *       with their type and location, before the survey);
 *   <li>{@code criterion}: a criterion of the criteria catalogue for the element's type;
 *   <li>{@code value}: for a criterion compared with a threshold, the measured value in the
 *       criterion's unit, a number with a decimal point ({@code 1.20}); for a criterion that must
 *       be present, {@code yes} or {@code no} ({@code da} or {@code nu}); for any criterion, {@code
 *       n/a} ({@code nu se aplică}) when it does not apply to the element;
 *   <li>{@code note} (optional): the surveyor's note;
 *   <li>{@code photo} (optional): a photo's file name or link, added to the element's references.
 * </ul>
 *
 * <p>A surveyed criterion replaces what the element recorded for it before (a re-survey) and
 * keeps its place; a new one is appended, in file order. Every problem is a {@link RejectedRow}
 * with its line, its column and what was wrong and what is allowed, in English and Romanian:
 * malformed CSV, an empty file, a missing, unknown or repeated column, a row of the wrong width,
 * an unknown audit, element or criterion, a criterion of another element type, a value of the
 * wrong kind, and an element and criterion surveyed twice in the file. Bad input never throws.
 *
 * <p>Thread-safe; holds no state.
 */
public final class FieldSurvey {

  /** The columns a survey file may have, in the order this documentation lists them. */
  public static final List<String> COLUMNS = List.of("audit", "element", "criterion", "value", "note", "photo");

  private static final List<String> REQUIRED = COLUMNS.subList(0, 4);

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(FieldSurvey.class::getResourceAsStream, "/org/civicplan/accessibility/survey");

  // A decimal number written with a point, as the catalogue's thresholds are; no exponent, no
  // thousands separator, so that "1,20" from a Romanian spreadsheet is refused rather than misread.
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private FieldSurvey() {}

  /**
   * Applies a survey file to the audits of {@code strategy}.
   *
   * @param strategy the strategy whose audits receive the observations
   * @param text the survey file's text
   * @param criteria the criteria catalogue ({@link AccessibilityTemplate#criteria()})
   * @return the strategy with the observations applied, or every rejected row
   * @throws NullPointerException if an argument is null
   */
  public static SurveyImport apply(Strategy strategy, String text, List<AuditCriterion> criteria) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(criteria, "criteria");
    List<RejectedRow> rejected = new ArrayList<>();
    Csv.Parsed parsed = Csv.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    parsed.malformed().ifPresent(m -> rejected.add(m.kind() == Csv.Malformed.Kind.UNTERMINATED_QUOTE
        ? reject(m.line(), "", "survey.quote", m.column())
        : reject(m.line(), "", "survey.quote.text", m.column())));
    List<Csv.Row> records = parsed.rows();
    if (records.isEmpty()) {
      if (rejected.isEmpty()) {
        rejected.add(reject(1, "", "survey.empty"));
      }
      return new SurveyImport(Optional.empty(), rejected, 0, 0);
    }
    int rowsRead = records.size() - 1;
    Csv.Row header = records.get(0);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        rejected.add(reject(header.line(), "", "survey.header.unknown", header.fields().get(i), i + 1));
      } else if (index.putIfAbsent(name, i) != null) {
        rejected.add(reject(header.line(), name, "survey.header.duplicate", name, index.get(name) + 1, i + 1));
      }
    }
    for (String required : REQUIRED) {
      if (!index.containsKey(required)) {
        rejected.add(reject(header.line(), required, "survey.header.missing", required));
      }
    }
    if (!rejected.isEmpty()) {
      return new SurveyImport(Optional.empty(), rejected, rowsRead, 0);
    }

    Map<String, Integer> audits = new LinkedHashMap<>();
    for (int i = 0; i < strategy.annexes().size(); i++) {
      if (strategy.annexes().get(i) instanceof AccessibilityAudit a) {
        audits.putIfAbsent(a.id(), i);
      }
    }
    Map<String, AuditCriterion> byId = new HashMap<>();
    criteria.forEach(c -> byId.putIfAbsent(c.id(), c));
    // Per annex index, per element id: the surveyed observations and photos, in file order.
    Map<Integer, Map<String, Surveyed>> surveyed = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    int width = header.fields().size();
    int applied = 0;
    for (Csv.Row rec : records.subList(1, records.size())) {
      int row = rec.line();
      if (rec.fields().size() != width) {
        rejected.add(reject(row, "", "survey.fields", width, rec.fields().size()));
        continue;
      }
      String auditId = field(rec, index, "audit");
      String elementId = field(rec, index, "element");
      String criterionId = field(rec, index, "criterion");
      String value = field(rec, index, "value");
      String note = index.containsKey("note") ? field(rec, index, "note") : "";
      String photo = index.containsKey("photo") ? field(rec, index, "photo") : "";

      Integer annex = audits.get(auditId);
      if (annex == null) {
        rejected.add(auditId.isEmpty()
            ? reject(row, "audit", "survey.audit.blank", list(audits.keySet()))
            : reject(row, "audit", "survey.audit.unknown", auditId, list(audits.keySet())));
        continue;
      }
      AccessibilityAudit audit = (AccessibilityAudit) strategy.annexes().get(annex);
      Optional<AccessibilityAudit.Element> element =
          audit.elements().stream().filter(e -> e.id().equals(elementId)).findFirst();
      if (element.isEmpty()) {
        rejected.add(reject(row, "element", "survey.element.unknown", elementId, auditId,
            list(audit.elements().stream().map(AccessibilityAudit.Element::id).toList())));
        continue;
      }
      ElementType type = element.get().type();
      List<String> ofType = criteria.stream().filter(c -> c.element() == type).map(AuditCriterion::id).toList();
      AuditCriterion criterion = byId.get(criterionId);
      if (criterion == null) {
        rejected.add(reject(row, "criterion", "survey.criterion.unknown", criterionId, type.label(), list(ofType)));
        continue;
      }
      if (criterion.element() != type) {
        rejected.add(reject(row, "criterion", "survey.criterion.other-type", criterionId,
            criterion.element().label(), elementId, type.label(), list(ofType)));
        continue;
      }
      Optional<AccessibilityAudit.Observation> observation = observation(criterion, value, note);
      if (observation.isEmpty()) {
        rejected.add(criterion.comparison() == Comparison.PRESENT
            ? reject(row, "value", "survey.value.yes-no", value, criterionId)
            : reject(row, "value", "survey.value.number", value, criterionId,
                criterion.unit().isEmpty() ? "-" : criterion.unit()));
        continue;
      }
      String key = auditId + "\u0000" + elementId + "\u0000" + criterionId;
      Integer first = seen.putIfAbsent(key, row);
      if (first != null) {
        rejected.add(reject(row, "criterion", "survey.duplicate", elementId, criterionId, auditId, first));
        continue;
      }
      Surveyed s = surveyed.computeIfAbsent(annex, k -> new LinkedHashMap<>())
          .computeIfAbsent(elementId, k -> new Surveyed(new LinkedHashMap<>(), new ArrayList<>()));
      s.observations().put(criterionId, observation.get());
      if (!photo.isEmpty() && !s.photos().contains(photo)) {
        s.photos().add(photo);
      }
      applied++;
    }
    if (!rejected.isEmpty()) {
      return new SurveyImport(Optional.empty(), rejected, rowsRead, 0);
    }
    List<Annex> annexes = new ArrayList<>(strategy.annexes());
    surveyed.forEach((i, elements) -> annexes.set(i, updated((AccessibilityAudit) annexes.get(i), elements)));
    return new SurveyImport(Optional.of(strategy.toBuilder().annexes(annexes).build()), List.of(), rowsRead, applied);
  }

  private record Surveyed(Map<String, AccessibilityAudit.Observation> observations, List<String> photos) {}

  private static AccessibilityAudit updated(AccessibilityAudit audit, Map<String, Surveyed> surveyed) {
    List<AccessibilityAudit.Element> elements = new ArrayList<>();
    for (AccessibilityAudit.Element e : audit.elements()) {
      Surveyed s = surveyed.get(e.id());
      if (s == null) {
        elements.add(e);
        continue;
      }
      Map<String, AccessibilityAudit.Observation> todo = new LinkedHashMap<>(s.observations());
      List<AccessibilityAudit.Observation> observations = new ArrayList<>();
      for (AccessibilityAudit.Observation o : e.observations()) {
        AccessibilityAudit.Observation replaced = todo.remove(o.criterion());
        observations.add(replaced == null ? o : replaced);
      }
      observations.addAll(todo.values());
      List<String> references = new ArrayList<>(e.references());
      s.photos().stream().filter(p -> !references.contains(p)).forEach(references::add);
      elements.add(new AccessibilityAudit.Element(e.id(), e.type(), e.name(), e.location(), e.street(), observations,
          references, e.remediation()));
    }
    return new AccessibilityAudit(audit.id(), audit.action(), audit.date(), audit.auditor(), elements);
  }

  private static Optional<AccessibilityAudit.Observation> observation(AuditCriterion c, String value, String note) {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.equals("n/a") || v.equals("nu se aplică") || v.equals("nu se aplica")) {
      return Optional.of(AccessibilityAudit.Observation.notApplicable(c.id()).withNote(note));
    }
    if (c.comparison() == Comparison.PRESENT) {
      return switch (v) {
        case "yes", "da" -> Optional.of(AccessibilityAudit.Observation.present(c.id(), true).withNote(note));
        case "no", "nu" -> Optional.of(AccessibilityAudit.Observation.present(c.id(), false).withNote(note));
        default -> Optional.empty();
      };
    }
    if (!NUMBER.matcher(value).matches()) {
      return Optional.empty();
    }
    return Optional.of(new AccessibilityAudit.Observation(
        c.id(), Optional.of(new BigDecimal(value)), Optional.empty(), false, note));
  }

  private static String field(Csv.Row rec, Map<String, Integer> index, String column) {
    return rec.fields().get(index.get(column)).strip();
  }

  private static String list(Iterable<String> ids) {
    String joined = java.util.stream.StreamSupport.stream(ids.spliterator(), false).collect(Collectors.joining(", "));
    return joined.isEmpty() ? "-" : joined;
  }

  // Numbers are passed as text so that MessageFormat does not group them (row 1,204).
  private static RejectedRow reject(int row, String column, String code, Object... args) {
    Object[] text = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = args[i] instanceof Integer n ? Integer.toString(n) : args[i];
    }
    return new RejectedRow(row, column, code, MESSAGES.text(code, text));
  }
}
