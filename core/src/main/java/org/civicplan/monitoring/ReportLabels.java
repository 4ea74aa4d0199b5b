package org.civicplan.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;

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
