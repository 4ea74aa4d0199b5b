// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.MonitoringContribution.Cell;
import org.civicplan.template.MonitoringContribution.Table;
import org.civicplan.template.Parameters;

/**
 * The sections the climate template adds to the monitoring report of a climate strategy ({@link
 * ClimateTemplate#monitoring}): the emission trajectory ({@value #TRAJECTORY}) and the Covenant of
 * Mayors reporting cadence ({@value #CADENCE}), computed by {@link ClimateMonitoring}.
 */
final class ClimateReport {

  /** The id of the emission trajectory section. */
  static final String TRAJECTORY = "climate.emission-trajectory";

  /** The id of the target gap analysis section. */
  static final String GAP = "climate.target-gap";

  /** The id of the reporting cadence section. */
  static final String CADENCE = "climate.covenant-cadence";

  static final MessageCatalog LABELS =
      MessageCatalog.load(ClimateReport.class::getResourceAsStream, "/org/civicplan/climate/report");

  private ClimateReport() {}

  /**
   * The sections for {@code strategy} at {@code asOf}: the trajectory, the gap analysis, then the cadence, each when
   * it applies. Like the rest of the report they use only what was known at {@code asOf}: monitoring
   * reports and an action plan submitted later, and inventories of later years, are left out.
   */
  static List<MonitoringContribution> sections(Strategy all, LocalDate asOf, Parameters parameters) {
    List<MonitoringContribution> out = new ArrayList<>();
    PlanDate at = PlanDate.of(asOf);
    Strategy strategy = knownAt(all, asOf);
    ClimateMonitoring.emissionTrajectory(strategy, at, parameters).ifPresent(t -> out.add(trajectory(t)));
    ClimateMonitoring.gapAnalysis(strategy, parameters).ifPresent(g -> out.add(gap(strategy, g)));
    strategy.annexes(CovenantCommitment.class).stream().findFirst()
        .ifPresent(c -> out.add(cadence(strategy, c, at, parameters)));
    return List.copyOf(out);
  }

  static MonitoringContribution trajectory(EmissionTrajectory t) {
    LocalizedText unit = label(t.basis() == TargetBasis.PER_CAPITA ? "unit.per-capita" : "unit.absolute");
    List<LocalizedText> paragraphs = new ArrayList<>();
    paragraphs.add(label("trajectory.intro"));
    paragraphs.add(withArg("trajectory.status", label("status." + t.status().label())));
    paragraphs.add(t.assessment().explanation().readerText());
    Table path = new Table(label("trajectory.path"),
        List.of(label("col.item"), label("col.year"), label("col.reduction"), withArg("col.value", unit)),
        List.of(
            List.of(Cell.text(label("row.baseline", t.baselineInventory())), Cell.plain(String.valueOf(t.baselineYear())),
                Cell.number(BigDecimal.ZERO), Cell.number(t.baselineValue())),
            List.of(Cell.text(label("row.target")), Cell.plain(String.valueOf(t.target().year())),
                Cell.number(t.target().reductionPercent()), Cell.number(t.targetValue()))));
    List<Table> tables = new ArrayList<>(List.of(path));
    if (t.points().isEmpty()) {
      paragraphs.add(label("trajectory.none"));
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (EmissionTrajectory.Point p : t.points()) {
        rows.add(List.of(Cell.plain(p.inventory()), Cell.plain(String.valueOf(p.year())), Cell.number(p.value()),
            Cell.number(p.expectedValue()), Cell.number(p.gap()), Cell.number(p.reductionPercent()),
            Cell.number(p.expectedReductionPercent())));
      }
      tables.add(new Table(label("trajectory.inventories"),
          List.of(label("col.inventory"), label("col.year"), withArg("col.emissions", unit), withArg("col.expected", unit),
              withArg("col.gap", unit), label("col.reduction"), label("col.expected-reduction")),
          rows));
    }
    return new MonitoringContribution(
        TRAJECTORY, label("trajectory.title", String.valueOf(t.target().year())), paragraphs, tables, List.of());
  }

  static MonitoringContribution gap(Strategy strategy, GapAnalysis g) {
    GapAnalysis.Year last = g.targetYear();
    List<LocalizedText> paragraphs = new ArrayList<>();
    paragraphs.add(withArg("gap.intro", label(g.businessAsUsual() ? "gap.without.bau" : "gap.without.baseline")));
    paragraphs.add(label("gap.summary", g.baselineInventory(), String.valueOf(g.baselineYear()), tonnes(g.baselineTonnes()),
        String.valueOf(g.target().year()), g.target().reductionPercent().toPlainString(), tonnes(g.targetTonnes()),
        tonnes(last.committed()), tonnes(g.requiredReduction())));
    paragraphs.add(g.reachesTarget() ? label("gap.reached") : label("gap.short", tonnes(last.remainingGap())));
    List<List<Cell>> years = new ArrayList<>();
    for (GapAnalysis.Year y : g.years()) {
      years.add(List.of(Cell.plain(String.valueOf(y.year())), Cell.number(y.withoutPlan()), Cell.number(y.committed()),
          Cell.number(y.projected()), Cell.number(y.path()), Cell.number(y.remainingGap())));
    }
    List<Table> tables = new ArrayList<>();
    tables.add(new Table(label("gap.years"), List.of(label("col.year"), label("col.without-plan"), label("col.committed"),
        label("col.projected"), label("col.path"), label("col.remaining-gap")), years));
    List<LocalizedText> totalsColumns = List.of(label("col.actions"), label("col.energy-saved"), label("col.renewable"),
        label("col.co2-reduced"));
    if (!g.bySector().isEmpty()) {
      List<List<Cell>> rows = new ArrayList<>();
      g.bySector().forEach((sector, t) -> rows.add(totalsRow(Cell.text(label("sector." + sector.name().toLowerCase(java.util.Locale.ROOT))), t)));
      tables.add(new Table(label("gap.sectors"), prepend(label("col.sector"), totalsColumns), rows));
    }
    if (!g.byPillar().isEmpty()) {
      List<List<Cell>> rows = new ArrayList<>();
      g.byPillar().forEach((id, t) -> rows.add(totalsRow(
          Cell.text(strategy.objective(id).map(o -> o.title()).orElse(LocalizedText.of(id.value(), id.value()))), t)));
      tables.add(new Table(label("gap.pillars"), prepend(label("col.pillar"), totalsColumns), rows));
    }
    List<org.civicplan.base.Finding> findings = g.reachesTarget() ? List.of() : List.of(
        ClimateTemplate.sharedMessages().finding(org.civicplan.base.Severity.WARNING, ClimateCodes.IMPACT_TARGET_NOT_REACHED,
            "/annexes", String.valueOf(g.target().year()), g.target().reductionPercent().toPlainString(),
            last.committed().toPlainString(), g.requiredReduction().toPlainString(), last.remainingGap().toPlainString()));
    List<String> yearLabels = g.years().stream().map(y -> String.valueOf(y.year())).toList();
    MonitoringContribution.Chart chart = new MonitoringContribution.Chart(label("gap.chart"), "t CO2", yearLabels, List.of(
        new MonitoringContribution.Line(label("col.without-plan.short"),
            g.years().stream().map(GapAnalysis.Year::withoutPlan).toList(), true),
        new MonitoringContribution.Line(label("col.projected.short"), g.years().stream().map(GapAnalysis.Year::projected).toList(), false),
        new MonitoringContribution.Line(label("col.path.short"), g.years().stream().map(GapAnalysis.Year::path).toList(), true)));
    return new MonitoringContribution(GAP, label("gap.title", String.valueOf(g.target().year())), paragraphs, tables, findings,
        List.of(chart));
  }

  private static List<Cell> totalsRow(Cell first, GapAnalysis.Totals t) {
    return List.of(first, Cell.plain(String.valueOf(t.actions())), Cell.number(t.energySavedMwh()), Cell.number(t.renewableMwh()),
        Cell.number(t.co2ReducedTonnes()));
  }

  private static List<LocalizedText> prepend(LocalizedText first, List<LocalizedText> rest) {
    List<LocalizedText> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** Tonnes for a sentence: rounded half-even to whole tonnes, the same in both languages. */
  private static String tonnes(BigDecimal value) {
    return value.setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  static MonitoringContribution cadence(Strategy strategy, CovenantCommitment c, PlanDate asOf, Parameters p) {
    int reportDue = CovenantCadenceRule.reportDueYear(c, p);
    int inventoryDue = CovenantCadenceRule.inventoryDueYear(strategy, c, p);
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(row(label("row.signed"), c.signed().toString(), label("state.done")));
    int planDue = CovenantCadenceRule.actionPlanDueYear(c, p);
    rows.add(c.actionPlanSubmitted().isPresent()
        ? row(label("row.action-plan"), c.actionPlanSubmitted().get().toString(),
            label(c.actionPlanSubmitted().get().year() > planDue ? "state.done-late" : "state.done"))
        : row(label("row.action-plan-due"), String.valueOf(planDue), state(asOf.year(), planDue)));
    c.monitoringReports().stream().sorted()
        .forEach(d -> rows.add(row(label("row.monitoring-report"), d.toString(), label("state.done"))));
    rows.add(row(label("row.next-report"), String.valueOf(reportDue), state(asOf.year(), reportDue)));
    Optional<EmissionInventory> latest = strategy.annexes(EmissionInventory.class).stream()
        .filter(e -> e.type() == InventoryType.MONITORING)
        .reduce((a, b) -> b.year() >= a.year() ? b : a);
    latest.ifPresent(e -> rows.add(row(label("row.latest-inventory", e.id()), String.valueOf(e.year()), label("state.done"))));
    rows.add(row(label("row.next-inventory"), String.valueOf(inventoryDue), state(asOf.year(), inventoryDue)));
    boolean fromSigning = p.text(ClimateTemplate.COM_REPORT_FIRST_FROM).map("signing"::equals).orElse(false);
    LocalizedText intro = label(fromSigning ? "cadence.intro.signing" : "cadence.intro",
        years(p, ClimateTemplate.COM_ACTION_PLAN_YEARS), years(p, ClimateTemplate.COM_REPORT_FIRST_YEARS),
        years(p, ClimateTemplate.COM_REPORT_INTERVAL_YEARS), years(p, ClimateTemplate.COM_INVENTORY_INTERVAL_YEARS));
    Table table = Table.of(List.of(label("col.item"), label("col.date"), label("col.state")), rows);
    return new MonitoringContribution(CADENCE, label("cadence.title"), List.of(intro), List.of(table),
        ClimateMonitoring.cadence(strategy, asOf, p));
  }

  private static Strategy knownAt(Strategy strategy, LocalDate asOf) {
    List<Annex> annexes = new ArrayList<>(strategy.annexes().size());
    boolean changed = false;
    for (Annex a : strategy.annexes()) {
      if (a instanceof EmissionInventory e && e.year() > asOf.getYear()) {
        changed = true;
      } else if (a instanceof CovenantCommitment c) {
        List<PlanDate> reports = c.monitoringReports().stream().filter(d -> !d.firstDay().isAfter(asOf)).toList();
        Optional<PlanDate> plan = c.actionPlanSubmitted().filter(d -> !d.firstDay().isAfter(asOf));
        if (reports.size() == c.monitoringReports().size() && plan.equals(c.actionPlanSubmitted())) {
          annexes.add(c);
        } else {
          annexes.add(new CovenantCommitment(c.signed(), c.targets(), c.neutralityBy(), plan, reports));
          changed = true;
        }
      } else {
        annexes.add(a);
      }
    }
    return changed ? strategy.toBuilder().annexes(annexes).build() : strategy;
  }

  private static List<Cell> row(LocalizedText item, String date, LocalizedText state) {
    return List.of(Cell.text(item), Cell.plain(date), Cell.text(state));
  }

  private static LocalizedText state(int year, int due) {
    return label(year == due ? "state.due" : year > due ? "state.late" : "state.upcoming");
  }

  private static String years(Parameters p, String name) {
    return String.valueOf(p.integer(name));
  }

  private static LocalizedText label(String key, Object... args) {
    return LABELS.text(key, args);
  }

  /** The label {@code key} with {@code arg} filled in, each language with its own text of the argument. */
  private static LocalizedText withArg(String key, LocalizedText arg) {
    LocalizedText en = LABELS.text(key, arg.get(java.util.Locale.ENGLISH));
    LocalizedText ro = LABELS.text(key, arg.get(java.util.Locale.forLanguageTag("ro")));
    return LocalizedText.of(en.get(java.util.Locale.ENGLISH), ro.get(java.util.Locale.forLanguageTag("ro")));
  }
}
