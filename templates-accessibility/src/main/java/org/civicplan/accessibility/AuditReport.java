// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.Strategy;

/**
 * The accessibility audits of a strategy with their compliance scores, rendered as Markdown or
 * HTML in English or Romanian: per audit, each element with its score and the explanation of every
 * criterion; then the scores per works project, per street and per district. Deterministic:
 * audits in document order, elements in audit order, criteria in catalogue order, groups sorted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param strategy the strategy
 * @param compliance the evaluation in force (criteria and parameters)
 */
public record AuditReport(Strategy strategy, Compliance compliance) {

  /**
   * Creates an instance from its components.
   *
   * @param strategy the strategy
   * @param compliance the evaluation in force (criteria and parameters)
   * @throws NullPointerException if an argument is null
   */
  public AuditReport {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(compliance, "compliance");
  }

  /**
   * {@return the audits reported on, in document order}
   */
  public List<AccessibilityAudit> audits() {
    return Compliance.audits(strategy);
  }

  /**
   * {@return the scores per works project}
   */
  public SortedMap<ActionId, Score> byAction() {
    return compliance.byAction(strategy);
  }

  /**
   * {@return the scores per street}
   */
  public SortedMap<String, Score> byStreet() {
    return compliance.byStreet(strategy);
  }

  /**
   * {@return the scores per district}
   */
  public SortedMap<String, Score> byDistrict() {
    return compliance.byDistrict(strategy);
  }

  /**
   * {@return a score as text: {@code 55.56 %}, or {@code –} when nothing weighs}
   *
   * @param s the score
   */
  public static String percent(Score s) {
    return s.percent().map(p -> p.toPlainString() + " %").orElse("–");
  }

  private static boolean ro(Locale locale) {
    return locale.getLanguage().equals("ro");
  }

  private static String outcome(Outcome o, Locale locale) {
    boolean ro = ro(locale);
    return switch (o) {
      case COMPLIANT -> ro ? "conform" : "compliant";
      case NON_COMPLIANT -> ro ? "neconform" : "non-compliant";
      case NOT_APPLICABLE -> ro ? "nu se aplică" : "not applicable";
      case NOT_MEASURED -> ro ? "nemăsurat" : "not measured";
    };
  }

  /**
   * {@return the report in Markdown}
   *
   * @param locale {@code ro} gives Romanian, any other language English
   */
  public String markdown(Locale locale) {
    boolean ro = ro(locale);
    StringBuilder b = new StringBuilder();
    b.append("# ").append(ro ? "Audituri de accesibilitate" : "Accessibility audits").append(" — ")
        .append(strategy.title().get(locale)).append("\n\n");
    if (audits().isEmpty()) {
      b.append(ro ? "Strategia nu are audituri de accesibilitate.\n" : "The strategy has no accessibility audits.\n");
      return b.toString();
    }
    for (AccessibilityAudit a : audits()) {
      b.append("## ").append(ro ? "Auditul " : "Audit ").append(a.id());
      a.action().ifPresent(x -> b.append(ro ? " (lucrarea " : " (works ").append(x.value()).append(')'));
      b.append("\n\n");
      a.date().ifPresent(d -> b.append(ro ? "Data: " : "Date: ").append(d).append("  \n"));
      if (!a.auditor().isBlank()) {
        b.append(ro ? "Auditor: " : "Auditor: ").append(md(a.auditor())).append("  \n");
      }
      b.append(ro ? "Scor: " : "Score: ").append(percent(compliance.score(a))).append("\n\n");
      for (AccessibilityAudit.Element e : a.elements()) {
        b.append("### ").append(e.id()).append(" ").append(md(e.name())).append(" (").append(e.type().label()).append(")\n\n");
        b.append(ro ? "Scor: " : "Score: ").append(percent(compliance.score(e)));
        e.remediation().ifPresent(r -> b.append(ro ? "; remediere: " : "; remediation: ").append(r.value()));
        b.append("\n\n");
        b.append(ro ? "| criteriu | rezultat | explicație |\n" : "| criterion | outcome | explanation |\n");
        b.append("|---|---|---|\n");
        for (CriterionResult r : compliance.evaluate(e)) {
          b.append("| ").append(r.criterion().id()).append(r.critical() ? " *" : "").append(" | ")
              .append(outcome(r.outcome(), locale)).append(" | ").append(md(r.explanation().get(locale))).append(" |\n");
        }
        b.append('\n');
      }
    }
    b.append(ro ? "\\* criteriu critic\n\n" : "\\* critical criterion\n\n");
    group(b, ro ? "Scoruri pe lucrări" : "Scores per works project", ro ? "lucrare" : "works", byAction(), locale);
    group(b, ro ? "Scoruri pe străzi" : "Scores per street", ro ? "stradă" : "street", byStreet(), locale);
    group(b, ro ? "Scoruri pe cartiere" : "Scores per district", ro ? "cartier" : "district", byDistrict(), locale);
    return b.toString();
  }

  private static <K> void group(StringBuilder b, String title, String key, Map<K, Score> scores, Locale locale) {
    if (scores.isEmpty()) {
      return;
    }
    boolean ro = ro(locale);
    b.append("## ").append(title).append("\n\n");
    b.append("| ").append(key).append(ro ? " | scor | conforme | neconforme | nu se aplică | nemăsurate |\n"
        : " | score | compliant | non-compliant | not applicable | not measured |\n");
    b.append("|---|---:|---:|---:|---:|---:|\n");
    scores.forEach((k, s) -> b.append("| ").append(md(k instanceof ActionId id ? id.value() : k.toString())).append(" | ")
        .append(percent(s)).append(" | ").append(s.compliant()).append(" | ").append(s.nonCompliant()).append(" | ")
        .append(s.notApplicable()).append(" | ").append(s.notMeasured()).append(" |\n"));
    b.append('\n');
  }

  private static String md(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }

  /**
   * {@return the report as an HTML document}
   *
   * @param locale {@code ro} gives Romanian, any other language English
   */
  public String html(Locale locale) {
    boolean ro = ro(locale);
    StringBuilder b = new StringBuilder();
    String title = (ro ? "Audituri de accesibilitate" : "Accessibility audits") + " — " + strategy.title().get(locale);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(ro ? "ro" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(h(title)).append("</title>\n</head>\n<body>\n<h1>").append(h(title)).append("</h1>\n");
    for (AccessibilityAudit a : audits()) {
      b.append("<section>\n<h2>").append(ro ? "Auditul " : "Audit ").append(h(a.id()));
      a.action().ifPresent(x -> b.append(ro ? " (lucrarea " : " (works ").append(h(x.value())).append(')'));
      b.append("</h2>\n<p>").append(ro ? "Scor: " : "Score: ").append(h(percent(compliance.score(a)))).append("</p>\n");
      for (AccessibilityAudit.Element e : a.elements()) {
        b.append("<h3>").append(h(e.id() + " " + e.name() + " (" + e.type().label() + ")")).append("</h3>\n<p>")
            .append(ro ? "Scor: " : "Score: ").append(h(percent(compliance.score(e))));
        e.remediation().ifPresent(r -> b.append(ro ? "; remediere: " : "; remediation: ").append(h(r.value())));
        b.append("</p>\n<table>\n<tr><th>").append(ro ? "criteriu" : "criterion").append("</th><th>")
            .append(ro ? "rezultat" : "outcome").append("</th><th>").append(ro ? "explicație" : "explanation").append("</th></tr>\n");
        for (CriterionResult r : compliance.evaluate(e)) {
          b.append("<tr><td>").append(h(r.criterion().id())).append(r.critical() ? " *" : "").append("</td><td>")
              .append(h(outcome(r.outcome(), locale))).append("</td><td>").append(h(r.explanation().get(locale))).append("</td></tr>\n");
        }
        b.append("</table>\n");
      }
      b.append("</section>\n");
    }
    htmlGroup(b, ro ? "Scoruri pe lucrări" : "Scores per works project", byAction(), locale);
    htmlGroup(b, ro ? "Scoruri pe străzi" : "Scores per street", byStreet(), locale);
    htmlGroup(b, ro ? "Scoruri pe cartiere" : "Scores per district", byDistrict(), locale);
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static <K> void htmlGroup(StringBuilder b, String title, Map<K, Score> scores, Locale locale) {
    if (scores.isEmpty()) {
      return;
    }
    b.append("<h2>").append(h(title)).append("</h2>\n<table>\n");
    scores.forEach((k, s) -> b.append("<tr><td>").append(h(k instanceof ActionId id ? id.value() : k.toString()))
        .append("</td><td>").append(h(percent(s))).append("</td></tr>\n"));
    b.append("</table>\n");
  }

  private static String h(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
