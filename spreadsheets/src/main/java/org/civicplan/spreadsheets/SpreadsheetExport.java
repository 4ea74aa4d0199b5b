// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.governance.Organisation;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Measurement;
import org.civicplan.indicator.Target;
import org.civicplan.monitoring.BudgetFigure;
import org.civicplan.monitoring.MonitoringReport;
import org.civicplan.report.PriorityList;
import org.civicplan.spreadsheets.Column.Format;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;

/**
 * The workbooks of a strategy's documents, one sheet per table, with sheet names and headers in the
 * locale's language (Romanian for {@code ro}, English otherwise). Texts are the strategy's own in
 * that language; constants (statuses, funding kinds, categories) are the codes of the strategy
 * document, such as {@code on-time} or {@code eu-funds}, so that a sheet edited and imported again
 * means the same in every language. Amounts are numbers, dates are dates (a year alone is a number,
 * a month a text {@code YYYY-MM}).
 *
 * <p>The action plan and the indicator table have the columns {@link SpreadsheetImport} reads, so a
 * city can export, edit and import again.
 */
public final class SpreadsheetExport {

  private SpreadsheetExport() {}

  /**
   * {@return the action plan: sheets Objectives (the objective tree, parents first), Actions (with
   * the responsible body and partners, period, status and the indicators each moves), Budget (one
   * row per budget line: year, planned and actual amount, funding source and programme) and
   * Organisations}
   *
   * @param strategy the strategy
   * @param locale the language of names, headers and texts
   * @throws NullPointerException if an argument is null
   */
  public static Spreadsheet actionPlan(Strategy strategy, Locale locale) {
    Objects.requireNonNull(strategy, "strategy");
    Locale lang = Sheets.language(Objects.requireNonNull(locale, "locale"));
    List<List<Cell>> objectives = new ArrayList<>();
    for (Objective o : strategy.objectives()) {
      objectives(o, "", lang, objectives);
    }
    Map<String, Organisation> orgs = new TreeMap<>();
    strategy.organisations().forEach(o -> orgs.put(o.id().value(), o));
    List<List<Cell>> actions = new ArrayList<>();
    List<List<Cell>> budget = new ArrayList<>();
    for (Action a : strategy.actions()) {
      String responsible = a.responsible().map(r -> r.value()).orElse("");
      actions.add(List.of(
          Cell.text(a.id().value()),
          Cell.text(a.title().get(lang)),
          Cell.text(a.objectiveIds().stream().map(o -> o.value()).collect(Collectors.joining("; "))),
          Cell.text(responsible),
          Cell.text(Optional.ofNullable(orgs.get(responsible)).map(o -> o.name().get(lang)).orElse("")),
          Cell.text(a.partners().stream().map(p -> p.organisation().value() + " (" + Sheets.code(p.role()) + ")")
              .collect(Collectors.joining("; "))),
          date(a.start()),
          date(a.end()),
          Cell.text(Sheets.code(a.status())),
          Cell.text(a.effects().stream().map(e -> e.indicator().value() + " (" + Sheets.code(e.direction()) + ")")
              .collect(Collectors.joining("; ")))));
      for (BudgetLine b : a.budget()) {
        budget.add(List.of(
            Cell.text(a.id().value()),
            Cell.number(BigDecimal.valueOf(b.year())),
            Cell.number(b.planned().amount()),
            b.actual().map(m -> Cell.number(m.amount())).orElse(Cell.EMPTY),
            Cell.text(b.planned().currency().getCurrencyCode()),
            Cell.text(Sheets.code(b.source().kind())),
            Cell.text(b.source().programme().orElse(""))));
      }
    }
    return new Spreadsheet(lang, List.of(
        new Table(Tables.OBJECTIVES, Tables.OBJECTIVE_COLUMNS, objectives),
        new Table(Tables.ACTIONS, Tables.ACTION_COLUMNS, actions),
        new Table(Tables.BUDGET, Tables.BUDGET_COLUMNS, budget),
        organisations(strategy, lang)));
  }

  private static void objectives(Objective o, String parent, Locale lang, List<List<Cell>> out) {
    out.add(List.of(Cell.text(o.id().value()), Cell.text(parent), Cell.text(o.title().get(lang)),
        Cell.text(o.indicatorIds().stream().map(i -> i.value()).collect(Collectors.joining("; ")))));
    for (Objective child : o.children()) {
      objectives(child, o.id().value(), lang, out);
    }
  }

  private static Table organisations(Strategy strategy, Locale lang) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Organisation o : strategy.organisations()) {
      rows.add(List.of(Cell.text(o.id().value()), Cell.text(o.name().get(lang)), Cell.text(Sheets.code(o.category()))));
    }
    return new Table(Tables.ORGANISATIONS, Tables.ORGANISATION_COLUMNS, rows);
  }

  /**
   * {@return the indicator table: sheets Indicators (unit, direction, baseline, final target, latest
   * value and, when a monitoring report is given, its status), Targets (every target and milestone)
   * and Measurements (every measurement with its source)}
   *
   * @param strategy the strategy
   * @param report the monitoring report giving each indicator's status, if any
   * @param locale the language of names, headers and texts
   * @throws NullPointerException if an argument is null
   */
  public static Spreadsheet indicators(Strategy strategy, Optional<MonitoringReport> report, Locale locale) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(report, "report");
    Locale lang = Sheets.language(Objects.requireNonNull(locale, "locale"));
    List<List<Cell>> indicators = new ArrayList<>();
    List<List<Cell>> targets = new ArrayList<>();
    List<List<Cell>> measurements = new ArrayList<>();
    for (Indicator i : strategy.indicators()) {
      Optional<Target> last = i.finalTargets().stream().reduce((a, b) -> b);
      Optional<Measurement> latest = i.measurements().stream().reduce((a, b) -> a.date().compareTo(b.date()) > 0 ? a : b);
      indicators.add(List.of(
          Cell.text(i.id().value()),
          Cell.text(i.name().get(lang)),
          Cell.text(i.unit()),
          Cell.text(Sheets.code(i.direction())),
          date(i.baseline().map(b -> b.date())),
          i.baseline().map(b -> Cell.number(b.value())).orElse(Cell.EMPTY),
          date(last.map(Target::date)),
          last.map(t -> Cell.number(t.value())).orElse(Cell.EMPTY),
          date(latest.map(Measurement::date)),
          latest.map(m -> Cell.number(m.value())).orElse(Cell.EMPTY),
          Cell.text(report.flatMap(r -> r.indicator(i.id().value())).map(e -> e.status().label()).orElse(""))));
      for (Target t : i.targets()) {
        targets.add(List.of(Cell.text(i.id().value()), date(Optional.of(t.date())), Cell.number(t.value()),
            t.upper().isPresent() ? Cell.number(t.upper().getAsDouble()) : Cell.EMPTY,
            Cell.text(t.milestone() ? (lang == Sheets.ROMANIAN ? "da" : "yes") : "")));
      }
      for (Measurement m : i.measurements()) {
        measurements.add(List.of(Cell.text(i.id().value()), date(Optional.of(m.date())), Cell.number(m.value()),
            Cell.text(m.source().orElse(""))));
      }
    }
    return new Spreadsheet(lang, List.of(
        new Table(Tables.INDICATORS, Tables.INDICATOR_COLUMNS, indicators),
        new Table(Tables.TARGETS, Tables.TARGET_COLUMNS, targets),
        new Table(Tables.MEASUREMENTS, Tables.MEASUREMENT_COLUMNS, measurements)));
  }

  /**
   * {@return the monitoring report: sheets Indicators (status, progress against expected progress,
   * latest value, freshness), Actions (status, progress and where it comes from), Budget (budget
   * execution by action, objective, funding source and year: planned, actual, absorption,
   * overspend) and Alerts (their texts in the locale's language)}
   *
   * @param report the monitoring report
   * @param locale the language of names, headers and texts
   * @throws NullPointerException if an argument is null
   */
  public static Spreadsheet report(MonitoringReport report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Locale lang = Sheets.language(Objects.requireNonNull(locale, "locale"));
    List<List<Cell>> indicators = new ArrayList<>();
    for (MonitoringReport.IndicatorEntry i : report.indicators()) {
      indicators.add(List.of(Cell.text(i.id()), Cell.text(i.name().get(lang)), Cell.text(i.status().label()),
          share(i.progress()), share(i.expectedProgress()),
          date(i.latest().map(o -> o.date())),
          i.latest().map(o -> Cell.number(o.value())).orElse(Cell.EMPTY),
          Cell.text(i.unit()), Cell.text(Sheets.code(i.freshness()))));
    }
    List<List<Cell>> actions = new ArrayList<>();
    for (MonitoringReport.ActionEntry a : report.actions()) {
      actions.add(List.of(Cell.text(a.id()), Cell.text(a.title().get(lang)), Cell.text(Sheets.code(a.status())),
          share(a.progress()), Cell.text(a.responsible().orElse("")), Cell.text(Sheets.code(a.source()))));
    }
    List<List<Cell>> budget = new ArrayList<>();
    for (BudgetFigure f : report.budget()) {
      budget.add(List.of(Cell.text(f.dimension()), Cell.text(f.key()), Cell.number(f.planned().amount()),
          Cell.number(f.actual().amount()), f.absorptionRate().map(Cell::number).orElse(Cell.EMPTY),
          Cell.number(f.overspend().amount()), Cell.text(f.planned().currency().getCurrencyCode())));
    }
    List<List<Cell>> alerts = new ArrayList<>();
    for (MonitoringReport.Alert a : report.alerts()) {
      alerts.add(List.of(Cell.text(a.kind().label()), Cell.text(a.subject()), Cell.text(a.text().get(lang))));
    }
    return new Spreadsheet(lang, List.of(
        new Table(Tables.INDICATORS, Tables.REPORT_INDICATOR_COLUMNS, indicators),
        new Table(Tables.ACTIONS, Tables.REPORT_ACTION_COLUMNS, actions),
        new Table(Tables.BUDGET, Tables.REPORT_BUDGET_COLUMNS, budget),
        new Table(Tables.ALERTS, Tables.ALERT_COLUMNS, alerts)));
  }

  /**
   * {@return a priority list: sheet Priority list (rank, action, score, decision, the years of a
   * selection, the cost of each year and the total, funding) and sheet Criteria (weights)}
   *
   * @param list the priority list
   * @param locale the language of names, headers and texts
   * @throws NullPointerException if an argument is null
   */
  public static Spreadsheet priorities(PriorityList list, Locale locale) {
    Objects.requireNonNull(list, "list");
    Locale lang = Sheets.language(Objects.requireNonNull(locale, "locale"));
    List<Integer> years = list.years();
    List<Column> columns = new ArrayList<>(List.of(
        Column.of("Rank", "Loc", Format.INTEGER, 6),
        Column.of("Action", "Acțiune", Format.TEXT, 10),
        Column.of("Name", "Denumire", Format.TEXT, 50),
        Column.of("Score", "Scor", Format.DECIMAL, 10),
        Column.of("Decision", "Decizie", Format.TEXT, 14),
        Column.of("Start", "Început", Format.YEAR, 8),
        Column.of("End", "Sfârșit", Format.YEAR, 8)));
    for (int y : years) {
      columns.add(new Column(LocalizedText.of("Cost " + y, "Cost " + y), Format.AMOUNT, 15));
    }
    columns.add(Column.of("Total cost", "Cost total", Format.AMOUNT, 16));
    columns.add(Column.of("Currency", "Moneda", Format.TEXT, 9));
    columns.add(Column.of("Funding", "Finanțare", Format.TEXT, 30));
    List<List<Cell>> rows = new ArrayList<>();
    for (PriorityList.Entry e : list.entries()) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.number(BigDecimal.valueOf(e.rank())));
      row.add(Cell.text(e.action().value()));
      row.add(Cell.text(e.name().get(lang)));
      row.add(Cell.number(e.score()));
      row.add(Cell.text(e.decision().code()));
      if (e.decision() instanceof PriorityList.Selected s) {
        row.add(Cell.number(BigDecimal.valueOf(s.start())));
        row.add(Cell.number(BigDecimal.valueOf(s.end())));
      } else {
        row.add(Cell.EMPTY);
        row.add(Cell.EMPTY);
      }
      List<Money> total = e.total();
      boolean oneCurrency = total.size() <= 1;
      for (int y : years) {
        row.add(amount(e.cost(y), oneCurrency));
      }
      row.add(amount(total, oneCurrency));
      row.add(Cell.text(total.stream().map(m -> m.currency().getCurrencyCode()).collect(Collectors.joining("; "))));
      row.add(Cell.text(e.funding().stream()
          .map(f -> Sheets.code(f.kind()) + f.programme().map(p -> " (" + p + ")").orElse(""))
          .distinct().collect(Collectors.joining("; "))));
      rows.add(row);
    }
    List<List<Cell>> criteria = new ArrayList<>();
    for (PriorityList.CriterionWeight c : list.criteria()) {
      criteria.add(List.of(Cell.text(c.id()), Cell.text(c.name().get(lang)),
          Cell.text(c.direction().map(Sheets::code).orElse("")), Cell.number(c.weight())));
    }
    return new Spreadsheet(lang, List.of(
        new Table(Tables.PRIORITIES, columns, rows),
        new Table(Tables.CRITERIA, Tables.CRITERION_COLUMNS, criteria)));
  }

  /** One currency: the sum as a number; several: the amounts as text, such as "10.00 RON; 5.00 EUR". */
  private static Cell amount(List<Money> amounts, boolean oneCurrency) {
    if (amounts.isEmpty()) {
      return Cell.EMPTY;
    }
    if (oneCurrency) {
      return Cell.number(amounts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    return Cell.text(amounts.stream().map(Money::toString).collect(Collectors.joining("; ")));
  }

  private static Cell share(OptionalDouble d) {
    return d.isPresent() ? Cell.number(d.getAsDouble()) : Cell.EMPTY;
  }

  /** A day is a date cell, a year a number, a month a text {@code YYYY-MM}. */
  static Cell date(Optional<PlanDate> date) {
    if (date.isEmpty()) {
      return Cell.EMPTY;
    }
    PlanDate d = date.get();
    return switch (d.precision()) {
      case DAY -> new Cell.Date(d.firstDay());
      case YEAR -> Cell.number(BigDecimal.valueOf(d.year()));
      default -> Cell.text(d.toString());
    };
  }
}
