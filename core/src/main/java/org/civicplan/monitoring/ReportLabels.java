// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;
import org.civicplan.template.MonitoringContribution;

/**
 * The labels and number formats of one rendering language: Romanian for a locale whose language
 * is {@code ro}, English otherwise. Numbers are written without grouping, with a decimal comma in
 * Romanian and a decimal point in English, so the same report gives the same bytes everywhere.
 */
final class ReportLabels {

  static final MessageCatalog CATALOG =
      MessageCatalog.load(ReportLabels.class::getResourceAsStream, "report");

  final Locale locale;
  final boolean romanian;

  private ReportLabels(Locale locale) {
    this.romanian = "ro".equals(locale.getLanguage());
    this.locale = romanian ? Locale.forLanguageTag("ro") : Locale.ENGLISH;
  }

  static ReportLabels of(Locale locale) {
    return new ReportLabels(java.util.Objects.requireNonNull(locale, "locale"));
  }

  String language() {
    return romanian ? "ro" : "en";
  }

  String get(String key, Object... args) {
    return CATALOG.text(key, args).get(locale);
  }

  String text(LocalizedText text) {
    return text.get(locale);
  }

  String status(ProgressStatus s) {
    return get("status." + s.label());
  }

  /**
   * An indicator's status as the report words it: "not assessed" rather than "no data" when the
   * indicator has values but no assessment (no baseline, no target for the method, or no value
   * after the baseline), so that a report never says "no data" next to a value.
   */
  String status(MonitoringReport.IndicatorEntry i) {
    return notAssessed(i) ? get("status.not-assessed") : status(i.status());
  }

  static boolean notAssessed(MonitoringReport.IndicatorEntry i) {
    return i.status() == ProgressStatus.NO_DATA && !i.observations().isEmpty();
  }

  /**
   * The counts of an objective's indicator statuses, worded as {@link
   * #status(MonitoringReport.IndicatorEntry)} words each indicator: {@code no data 1, not assessed
   * 2, on track 1}.
   */
  String indicatorCounts(MonitoringReport r, MonitoringReport.ObjectiveEntry o) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<ProgressStatus, Integer> e : o.indicatorStatuses().entrySet()) {
      if (e.getKey() != ProgressStatus.NO_DATA) {
        parts.add(status(e.getKey()) + " " + e.getValue());
        continue;
      }
      int notAssessed = (int) Math.min(e.getValue(), r.indicators().stream()
          .filter(i -> i.objectiveIds().contains(o.id()) && notAssessed(i)).map(MonitoringReport.IndicatorEntry::id)
          .distinct().count());
      if (e.getValue() > notAssessed) {
        parts.add(status(e.getKey()) + " " + (e.getValue() - notAssessed));
      }
      if (notAssessed > 0) {
        parts.add(get("status.not-assessed") + " " + notAssessed);
      }
    }
    return String.join(", ", parts);
  }

  String severity(Severity s) {
    return get("severity." + s.name().toLowerCase(Locale.ROOT));
  }

  /** A table cell of a contributed section in this language. */
  String cell(MonitoringContribution.Cell c) {
    if (c instanceof MonitoringContribution.Cell.Text t) {
      return text(t.text());
    }
    if (c instanceof MonitoringContribution.Cell.Plain p) {
      return p.text();
    }
    return number(((MonitoringContribution.Cell.Number) c).value());
  }

  /** An exact number in plain notation, with a decimal comma in Romanian. */
  String number(BigDecimal value) {
    String s = value.toPlainString();
    return romanian ? s.replace('.', ',') : s;
  }

  String status(ActionStatus s) {
    return get("action." + MonitoringReporter.label(s));
  }

  String freshness(Freshness f) {
    return get("freshness." + f.name().toLowerCase(Locale.ROOT));
  }

  String source(ProgressSource s) {
    return get("source." + s.name().toLowerCase(Locale.ROOT));
  }

  String alert(MonitoringReport.AlertKind k) {
    return get("alert." + k.label());
  }

  String reason(LatenessReason r) {
    return get("reason." + r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.subject(), r.date().toString());
  }

  String aspect(String aspect) {
    if (aspect.startsWith("alert:")) {
      return get("aspect.alert", alert(MonitoringReport.AlertKind.valueOf(
          aspect.substring(6).toUpperCase(Locale.ROOT).replace('-', '_'))));
    }
    return get("aspect." + aspect);
  }

  /** A number with up to 4 decimals in this language's notation. */
  String number(double value) {
    String s = Numbers.format(value);
    return romanian ? s.replace('.', ',') : s;
  }

  /** A share as a percentage with one decimal: {@code 37.5 %} or {@code 37,5 %}; {@code –} when empty. */
  /**
   * A rolled-up progress with its coverage when partial: "50.0 % (1 of 2 indicators assessed)";
   * never a bare figure resting on part of the indicators.
   */
  String progress(OptionalDouble share, MonitoringReport.Coverage c) {
    return c.isPartial() ? percent(share) + " (" + CATALOG.text("detail.coverage", c.withProgress(), c.indicators()).get(locale)
        + ")" : percent(share);
  }

  String percent(OptionalDouble share) {
    if (share.isEmpty()) {
      return "–";
    }
    String s = BigDecimal.valueOf(share.getAsDouble() * 100).setScale(1, RoundingMode.HALF_UP).toPlainString();
    if (s.equals("-0.0")) {
      s = "0.0";
    }
    return (romanian ? s.replace('.', ',') : s) + " %";
  }
}
