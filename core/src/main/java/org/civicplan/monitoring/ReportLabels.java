// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.base.ReaderFormat;
import org.civicplan.base.Severity;
import org.civicplan.template.MonitoringContribution;

/**
 * The labels and number formats of one rendering language: Romanian for a locale whose language
 * is {@code ro}, English otherwise. Numbers, amounts and shares are written by {@link
 * ReaderFormat}: digits grouped, a decimal comma in Romanian and a decimal point in English, the
 * same bytes on every JDK. Subjects and budget items are named (code and title, organisation and
 * funding source names), never shown as the ids the JSON carries.
 */
final class ReportLabels {

  static final MessageCatalog CATALOG =
      MessageCatalog.load(ReportLabels.class::getResourceAsStream, "report");

  private static final ReaderFormat EN = ReaderFormat.of(Locale.ENGLISH);
  private static final ReaderFormat RO = ReaderFormat.of(Locale.forLanguageTag("ro"));

  final Locale locale;
  final boolean romanian;
  final ReaderFormat format;

  private ReportLabels(Locale locale) {
    this.romanian = "ro".equals(locale.getLanguage());
    this.locale = romanian ? Locale.forLanguageTag("ro") : Locale.ENGLISH;
    this.format = romanian ? RO : EN;
  }

  /** {@return a share as each language writes it: {@code 47.1 %} / {@code 47,1 %}; {@code –} when empty} */
  static LocalizedText percentText(OptionalDouble share) {
    return LocalizedText.of(share.isPresent() ? EN.percent(share.getAsDouble()) : "–",
        share.isPresent() ? RO.percent(share.getAsDouble()) : "–");
  }

  /** {@return a date as each language writes it: {@code 31 March 2028} / {@code 31 martie 2028}} */
  static LocalizedText dateText(PlanDate date) {
    return LocalizedText.of(EN.date(date), RO.date(date));
  }

  /** {@return an amount as each language writes it: {@code 800,000 RON} / {@code 800.000 RON}} */
  static LocalizedText moneyText(Money money) {
    return LocalizedText.of(EN.money(money), RO.money(money));
  }

  /** {@return an amount with its digits grouped} */
  String money(Money money) {
    return format.money(money);
  }

  /** {@return a date for the reader: {@code 2020}, {@code 31 martie 2028}} */
  String date(PlanDate date) {
    return format.date(date);
  }

  /** {@return a day for the reader: {@code 31 martie 2028}} */
  String date(LocalDate day) {
    return format.date(day);
  }

  /** {@return a method's own category ({@code significant-progress}) in words in this language} */
  String category(String category) {
    return Messages.CATALOG.has("category." + category) ? Messages.CATALOG.text("category." + category).get(locale)
        : category;
  }

  /** {@return the assessment method's name in this language} */
  String method(AssessmentMethod method) {
    return get("method." + method.label());
  }

  /**
   * {@return what an alert or change is about, named: {@code Modernizarea rețelei de
   * termoficare} for {@code action: }} A subject the report does not know stays as it is.
   *
   * @param r the report
   * @param subject the subject as the JSON carries it, {@code kind:id}
   */
  String subject(MonitoringReport r, String subject) {
    int colon = subject.indexOf(':');
    if (colon < 0) {
      return subject;
    }
    String id = subject.substring(colon + 1);
    return switch (subject.substring(0, colon)) {
      case "action" -> r.action(id).map(a -> id + " " + text(a.title())).orElse(id);
      case "indicator" -> r.indicator(id).map(i -> id + " " + text(i.name())).orElse(id);
      case "objective" -> objective(r, id);
      default -> subject;
    };
  }

  private String objective(MonitoringReport r, String id) {
    return r.objectives().stream().filter(o -> o.id().equals(id)).findFirst().map(o -> id + " " + text(o.title()))
        .orElse(id);
  }

  /**
   * {@return a budget item named: an action or objective by its code and title, a funding source by
   * its kind and programme ({@code Fonduri UE: PR Vest 2021-2027}), a year as it is}
   *
   * @param r the report
   * @param f the figure
   */
  String budgetItem(MonitoringReport r, BudgetFigure f) {
    return switch (f.dimension()) {
      case "action" -> subject(r, "action:" + f.key());
      case "objective" -> objective(r, f.key());
      case "source" -> {
        int colon = f.key().indexOf(':');
        String kind = colon < 0 ? f.key() : f.key().substring(0, colon);
        String name = CATALOG.has("funding." + kind) ? get("funding." + kind) : kind;
        yield colon < 0 ? name : name + ": " + f.key().substring(colon + 1);
      }
      default -> f.key();
    };
  }

  /** {@return the responsible organisation's name, else its id, else {@code –}} */
  String responsible(MonitoringReport.ActionEntry a) {
    return a.responsibleName().map(this::text).orElse(a.responsible().orElse("–"));
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

  /** An exact number, digits grouped, with a decimal comma in Romanian. */
  String number(BigDecimal value) {
    return format.number(value);
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

  /** A lateness reason for a reader: an indicator by its name, the date with the month's name. */
  String reason(MonitoringReport report, LatenessReason r) {
    String subject = r.kind() == LatenessReason.Kind.INDICATOR_BEHIND
        ? report.indicator(r.subject()).map(i -> text(i.name())).orElse(r.subject()) : r.subject();
    return get("reason." + r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), subject, format.date(r.date()));
  }

  /** A lateness reason for a machine (the CSV): its date as the document writes it. */
  String reasonIso(LatenessReason r) {
    return get("reason." + r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.subject(), r.date().toString());
  }

  String aspect(String aspect) {
    if (aspect.startsWith("alert:")) {
      return get("aspect.alert", alert(MonitoringReport.AlertKind.valueOf(
          aspect.substring(6).toUpperCase(Locale.ROOT).replace('-', '_'))));
    }
    return get("aspect." + aspect);
  }

  /** A number with up to 4 decimals in this language's notation, digits grouped. */
  String number(double value) {
    return format.number(value);
  }

  /**
   * A rolled-up progress with its coverage when partial: "50.0 % (1 of 2 indicators assessed)";
   * never a bare figure resting on part of the indicators.
   */
  String progress(OptionalDouble share, MonitoringReport.Coverage c) {
    return c.isPartial() ? percent(share) + " (" + CATALOG.text("detail.coverage", c.withProgress(), c.indicators()).get(locale)
        + ")" : percent(share);
  }

  /** A share as a percentage with one decimal: {@code 37.5 %} or {@code 37,5 %}; {@code –} when empty. */
  String percent(OptionalDouble share) {
    return share.isPresent() ? format.percent(share.getAsDouble()) : "–";
  }

  /**
   * A value of a change since the previous report, for a reader: a status in words, a progress as
   * a percentage, presence in words, an alert raised now as its sentence and one raised before as
   * raised; {@code –} when there was or is none. The JSON keeps the values as they are compared.
   *
   * @param r the report
   * @param c the change
   * @param value {@link MonitoringReport.Change#before()} or {@link MonitoringReport.Change#after()}
   * @param now whether the value is the one now
   */
  String changeValue(MonitoringReport r, MonitoringReport.Change c, Optional<String> value, boolean now) {
    if (value.isEmpty()) {
      return "–";
    }
    String v = value.get();
    String aspect = c.aspect();
    if (aspect.equals("progress")) {
      return format.percent(Double.parseDouble(v));
    }
    if (aspect.equals("status")) {
      String key = (c.subject().startsWith("action:") ? "action." : "status.") + v;
      return CATALOG.has(key) ? get(key) : v;
    }
    if (aspect.equals("presence")) {
      return get("change.present");
    }
    if (aspect.startsWith("alert:")) {
      String kind = aspect.substring("alert:".length());
      return now
          ? r.alerts().stream().filter(a -> a.subject().equals(c.subject()) && a.kind().label().equals(kind)).findFirst()
              .map(a -> text(a.text())).orElse(get("change.raised"))
          : get("change.raised");
    }
    return v;
  }
}
