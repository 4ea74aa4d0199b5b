// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.civicplan.base.LocalizedText;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicplan.indicator.Denominator;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.monitoring.MonitoringReport.ActionEntry;
import org.civicplan.monitoring.MonitoringReport.Alert;
import org.civicplan.monitoring.MonitoringReport.AlertKind;
import org.civicplan.monitoring.MonitoringReport.Change;
import org.civicplan.monitoring.MonitoringReport.IndicatorEntry;
import org.civicplan.monitoring.MonitoringReport.ObjectiveEntry;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.strategy.Task;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.civicplan.base.TemplateId;
import org.civicplan.indicator.Measurement;
import org.civicplan.template.DerivedMeasurement;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.Obligation;
import org.civicplan.template.Parameters;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes frozen {@link MonitoringReport}s. Immutable and thread-safe.
 *
 * <p>What a report at an as-of date uses:
 *
 * <ul>
 *   <li>measurements whose date begins on or before the as-of date; later ones are dropped before
 *       anything is computed, so a report never changes when later data arrives;
 *   <li>tasks completed after the as-of date count as open (their completion had not happened);
 *   <li>indicator assessments with this reporter's {@link IndicatorAssessor}, action tracking and
 *       freshness with its {@link FreshnessPolicy} ({@link ActionTracker}), roll-ups with equal
 *       weights ({@link RollUp});
 *   <li>budget execution of the lines whose year lies in the report's period.
 * </ul>
 *
 * <p>Alerts: {@code late} for each action with a lateness reason, {@code stale} for each action or
 * indicator not updated within its interval, {@code over-budget} for each action with an
 * overspent line in the period, {@code off-track} for each indicator off track or moving away.
 *
 * <p>Changes since a previous report: status and progress (4 decimals) of every indicator and
 * action, indicators and actions that appeared or disappeared ({@code presence}), and alerts
 * raised or cleared.
 *
 * <p>Budget actual amounts carry no date, so they are reported as the document states them.
 *
 * <p><b>Templates.</b> A reporter built with a {@link TemplateRegistry} ({@link #of(TemplateRegistry)}
 * or the {@link Builder}) asks the strategy's template, when installed, for two things:
 *
 * <ul>
 *   <li>{@linkplain StrategyTemplate#derivedMeasurements derived measurements}: indicator values
 *       computed from the strategy's annexes, merged with the recorded measurements of the same
 *       indicator before anything is computed. <b>A recorded measurement at the same date wins</b>:
 *       the derived value is then dropped. Derived values dated after the as-of date are dropped
 *       like recorded ones. The values used are listed in core's section {@value #DERIVED_SECTION},
 *       with the annex each came from;
 *   <li>{@linkplain StrategyTemplate#monitoring monitoring contributions}: sections added to the
 *       report after core's, called with the strategy as known at the as-of date (derived values
 *       merged in) and the template's parameters overridden by the builder's.
 * </ul>
 *
 * The host switches each off: {@link Builder#withoutDerivedMeasurements(TemplateId)}, {@link
 * Builder#withoutContributions(TemplateId)}, {@link Builder#withoutContribution(String)}. A template
 * whose hook throws does not stop the report: its part is left out and a section {@code
 * TEMPLATE.failed} carries a {@link MonitoringCodes#CONTRIBUTION_FAILED} error naming the exception.
 * Without a registry, or when the strategy's template is not installed, nothing is added.
 */
public final class MonitoringReporter {

  private static final Logger LOG = LoggerFactory.getLogger(MonitoringReporter.class);

  /** The id of core's section listing the values derived from annexes that the report used. */
  public static final String DERIVED_SECTION = "core.derived-measurements";

  private final IndicatorAssessor assessor;
  private final FreshnessPolicy freshness;
  private final ActionTracker tracker;
  private final Optional<TemplateRegistry> templates;
  private final Parameters parameters;
  private final Set<TemplateId> contributionsOff;
  private final Set<String> sectionsOff;
  private final Set<TemplateId> derivedOff;

  private MonitoringReporter(IndicatorAssessor assessor, FreshnessPolicy freshness) {
    this(assessor, freshness, Optional.empty(), Parameters.empty(), Set.of(), Set.of(), Set.of());
  }

  private MonitoringReporter(IndicatorAssessor assessor, FreshnessPolicy freshness,
      Optional<TemplateRegistry> templates, Parameters parameters, Set<TemplateId> contributionsOff,
      Set<String> sectionsOff, Set<TemplateId> derivedOff) {
    this.assessor = Objects.requireNonNull(assessor, "assessor");
    this.freshness = Objects.requireNonNull(freshness, "freshness");
    this.tracker = ActionTracker.of(assessor, freshness);
    this.templates = templates;
    this.parameters = parameters;
    this.contributionsOff = Set.copyOf(contributionsOff);
    this.sectionsOff = Set.copyOf(sectionsOff);
    this.derivedOff = Set.copyOf(derivedOff);
  }

  /**
   * {@return a reporter with the linear method and the default freshness policy, and no templates}
   */
  public static MonitoringReporter standard() {
    return new MonitoringReporter(IndicatorAssessor.linear(), FreshnessPolicy.DEFAULTS);
  }

  /**
   * {@return a reporter with the given assessor and freshness policy, and no templates}
   *
   * @param assessor the method that assesses the indicators
   * @param freshness when an update counts as recent
   * @throws NullPointerException if an argument is null
   */
  public static MonitoringReporter of(IndicatorAssessor assessor, FreshnessPolicy freshness) {
    return new MonitoringReporter(assessor, freshness);
  }

  /**
   * {@return a reporter with the linear method and the default freshness policy that adds the
   * derived measurements and monitoring contributions of the strategy's template found in {@code
   * templates}}
   *
   * @param templates the installed templates
   * @throws NullPointerException if {@code templates} is null
   */
  public static MonitoringReporter of(TemplateRegistry templates) {
    return builder().templates(templates).build();
  }

  /**
   * A builder, to choose the method, the freshness policy, the templates and what they add.
   *
   * @return this builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the report of {@code strategy} at {@code asOf} for the strategy's whole period, with
   * no previous report}
   *
   * @param strategy the strategy
   * @param asOf the date of the report
   * @throws NullPointerException if an argument is null
   */
  public MonitoringReport report(Strategy strategy, LocalDate asOf) {
    return report(strategy, asOf, strategy.period(), Optional.empty());
  }

  /**
   * {@return the report of {@code strategy} at {@code asOf} for {@code period} (e.g. {@code
   * StrategyPeriod.of(2027, 2027)} for the year 2027), with no previous report}
   *
   * @param strategy the strategy
   * @param asOf the date of the report
   * @param period the period the report covers
   * @throws NullPointerException if an argument is null
   */
  public MonitoringReport report(Strategy strategy, LocalDate asOf, StrategyPeriod period) {
    return report(strategy, asOf, period, Optional.empty());
  }

  /**
   * {@return the report of {@code strategy} at {@code asOf} for {@code period}, compared with
   * {@code previous}: what changed since it}
   *
   * @param strategy the strategy
   * @param asOf the date of the report
   * @param period the period the report covers
   * @param previous the previous report, to compare with
   * @throws NullPointerException if an argument is null
   */
  public MonitoringReport report(Strategy strategy, LocalDate asOf, StrategyPeriod period, MonitoringReport previous) {
    return report(strategy, asOf, period, Optional.of(Objects.requireNonNull(previous, "previous")));
  }

  /**
   * {@return the parameters in force for {@code strategy}: its template's (defaults and overlay)
   * overridden by this reporter's; this reporter's alone when the template is not installed}
   *
   * @param strategy the strategy
   * @throws NullPointerException if {@code strategy} is null
   */
  public Parameters parameters(Strategy strategy) {
    Objects.requireNonNull(strategy, "strategy");
    return templates.flatMap(t -> t.find(strategy.templateId())).map(this::effective).orElse(parameters);
  }

  /** The template's parameters (defaults and overlay) overridden by this reporter's. */
  private Parameters effective(StrategyTemplate template) {
    return template.parameters().with(parameters.values());
  }

  /**
   * {@return what the template of {@code strategy} makes due and not yet done at {@code asOf}
   * ({@link StrategyTemplate#obligations}), with the {@linkplain #parameters(Strategy) parameters in
   * force}, ordered by date, code and subject}
   *
   * <p>None when the template is not installed or its contributions are switched off ({@link
   * Builder#withoutContributions}). A template that throws contributes none; the failure is logged
   * at warning level (its monitoring report shows the same failure as an error finding).
   *
   * @param strategy the strategy
   * @param asOf the date to look from
   * @throws NullPointerException if an argument is null
   */
  public List<Obligation> obligations(Strategy strategy, LocalDate asOf) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(asOf, "asOf");
    Optional<StrategyTemplate> template = templates.flatMap(t -> t.find(strategy.templateId()));
    if (template.isEmpty() || contributionsOff.contains(template.get().id())) {
      return List.of();
    }
    List<Obligation> out;
    try {
      out = new ArrayList<>(template.get().obligations(strategy, asOf, effective(template.get())));
    } catch (RuntimeException e) {
      LOG.warn("template {} failed to list the obligations of strategy {}", template.get().id(), strategy.id(), e);
      return List.of();
    }
    out.sort(Comparator.comparing(Obligation::date).thenComparing(Obligation::code).thenComparing(Obligation::subject));
    return List.copyOf(out);
  }

  private MonitoringReport report(
      Strategy strategy, LocalDate asOf, StrategyPeriod period, Optional<MonitoringReport> previous) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(previous, "previous");
    Optional<StrategyTemplate> template = templates.flatMap(t -> t.find(strategy.templateId()));
    List<MonitoringContribution> added = new ArrayList<>();
    List<DerivedMeasurement> derived = new ArrayList<>();
    Strategy s = freeze(withDerived(strategy, template, derived, added), asOf);
    derived.removeIf(d -> d.date().firstDay().isAfter(asOf));
    if (!derived.isEmpty()) {
      added.add(0, derivedSection(s, derived, template.map(StrategyTemplate::annexTypes).orElse(List.of())));
    }
    template.ifPresent(t -> added.addAll(contributions(t, s, asOf)));
    added.removeIf(c -> sectionsOff.contains(c.id()));
    PlanDate at = PlanDate.of(asOf);

    List<Assessment> assessments = new ArrayList<>(s.indicators().size());
    Map<IndicatorId, Assessment> assessed = new LinkedHashMap<>();
    for (Indicator i : s.indicators()) {
      Assessment a = assessor.assess(series(i, s.municipality()), at);
      assessments.add(a);
      assessed.putIfAbsent(i.id(), a);
    }
    List<ActionAssessment> trackings = new ArrayList<>(s.actions().size());
    Map<ActionId, ActionAssessment> tracked = new LinkedHashMap<>();
    for (Action a : s.actions()) {
      ActionAssessment t = tracker.assess(s, a, asOf);
      trackings.add(t);
      tracked.putIfAbsent(a.id(), t);
    }
    RollUp rollUp = RollUp.of(s, assessed, tracked, Map.of());

    Map<String, Map<ActionStatus, Integer>> actionsByObjective = new HashMap<>();
    for (Action a : s.actions()) {
      ActionStatus st = tracked.get(a.id()).status();
      for (ObjectiveId o : a.objectiveIds()) {
        actionsByObjective.computeIfAbsent(o.value(), k -> new EnumMap<>(ActionStatus.class)).merge(st, 1, Integer::sum);
      }
    }
    List<ObjectiveEntry> objectives = new ArrayList<>();
    Map<String, List<String>> objectivesOfIndicator = new HashMap<>();
    for (Objective o : s.objectives()) {
      addObjective(o, 0, rollUp, actionsByObjective, objectives, objectivesOfIndicator);
    }

    List<IndicatorEntry> indicators = new ArrayList<>();
    List<Alert> alerts = new ArrayList<>();
    for (int n = 0; n < s.indicators().size(); n++) {
      Indicator i = s.indicators().get(n);
      Assessment a = assessments.get(n);
      IndicatorSeries series = series(i, s.municipality());
      Freshness fresh = freshness.indicator(i, asOf);
      String id = i.id().value();
      indicators.add(new IndicatorEntry(id, i.name(), unit(i, s.municipality()), i.direction(),
          objectivesOfIndicator.getOrDefault(id, List.of()), series.baseline(), series.target(), series.milestones(),
          series.observations(), a.status(), a.category(), a.progress(), a.expectedProgress(), fresh,
          a.explanation().readerText()));
      if (a.status() == ProgressStatus.OFF_TRACK || a.status() == ProgressStatus.MOVING_AWAY) {
        LocalizedText progress = ReportLabels.percentText(a.progress());
        LocalizedText expected = ReportLabels.percentText(a.expectedProgress());
        alerts.add(new Alert(AlertKind.OFF_TRACK, "indicator:" + id, "status " + a.status().label()
            + a.progress().stream().mapToObj(p -> ", progress " + Numbers.format(p)).findFirst().orElse("")
            + a.expectedProgress().stream().mapToObj(p -> ", expected " + Numbers.format(p)).findFirst().orElse(""),
            prefixed(statusText(a.status()), ReportLabels.CATALOG.text("detail.off-track", progress, expected))));
      }
      if (fresh == Freshness.STALE) {
        PlanDate lastDate = series.observations().get(series.observations().size() - 1).date();
        String last = lastDate.toString();
        alerts.add(new Alert(AlertKind.STALE, "indicator:" + id,
            "latest measurement " + last + ", reported " + i.frequency().name().toLowerCase(java.util.Locale.ROOT),
            ReportLabels.CATALOG.text("detail.stale-indicator", ReportLabels.dateText(lastDate),
                i.frequency().months().orElse(0))));
      }
    }

    List<Action> inPeriod = new ArrayList<>();
    for (Action a : s.actions()) {
      List<BudgetLine> lines = a.budget().stream().filter(l -> period.contains(l.year())).toList();
      inPeriod.add(lines.size() == a.budget().size() ? a : a.toBuilder().budget(lines).build());
    }
    BudgetExecution budget = BudgetExecution.of(inPeriod);
    Map<String, List<BudgetFigure>> overspent = budget.figures("action").stream().filter(BudgetFigure::isOverspent)
        .collect(Collectors.groupingBy(BudgetFigure::key, TreeMap::new, Collectors.toList()));

    List<ActionEntry> actions = new ArrayList<>();
    for (int n = 0; n < s.actions().size(); n++) {
      Action a = s.actions().get(n);
      ActionAssessment t = trackings.get(n);
      String id = a.id().value();
      actions.add(new ActionEntry(id, a.title(), a.objectiveIds().stream().map(ObjectiveId::value).toList(),
          a.responsible().map(r -> r.value()), t.status(), t.progress(), t.source(), t.reasons(), t.freshness(),
          a.responsible().flatMap(r -> s.organisations().stream().filter(o -> o.id().equals(r)).findFirst())
              .map(o -> o.name())));
      if (t.isLate()) {
        alerts.add(new Alert(AlertKind.LATE, "action:" + id,
            t.reasons().stream().map(MonitoringReporter::reason).collect(Collectors.joining("; ")),
            joined(t.reasons().stream().map(MonitoringReporter::reasonText).toList())));
      }
      if (t.freshness() == Freshness.STALE) {
        alerts.add(new Alert(AlertKind.STALE, "action:" + id, "not updated within " + freshness.actionDays() + " days",
            ReportLabels.CATALOG.text("detail.stale-action", freshness.actionDays())));
      }
      if (overspent.remove(id) != null) {
        // the figures of the overspent years only: an overspend is never shown next to totals of other years
        List<BudgetFigure> over = BudgetExecution.overspentYears(inPeriod.get(n));
        alerts.add(new Alert(AlertKind.OVER_BUDGET, "action:" + id, over.stream()
            .map(f -> "overspend " + f.overspend() + " in " + f.key() + " (planned " + f.planned() + ", actual " + f.actual() + ")")
            .collect(Collectors.joining("; ")),
            joined(over.stream()
                .map(f -> ReportLabels.CATALOG.text("detail.overspend", ReportLabels.moneyText(f.overspend()),
                    ReportLabels.moneyText(f.planned()), ReportLabels.moneyText(f.actual()), f.key()))
                .toList())));
      }
    }
    alerts.sort(Comparator.comparing(Alert::kind).thenComparing(Alert::subject).thenComparing(Alert::detail));
    List<Change> changes = previous.map(p -> changes(p, indicators, actions, alerts)).orElse(List.of());
    return new MonitoringReport(s.id().value(), s.title(), s.municipality().name(), asOf, period, assessor.method(),
        rollUp.strategy().progress(), objectives, indicators, actions, budget.figures(), alerts,
        previous.map(MonitoringReport::asOf), changes, added);
  }

  /**
   * The series an indicator is assessed and shown with: divided per inhabitant, per 1 000
   * inhabitants or per km² as its normalisation says, with the municipality's population series and
   * area ({@link IndicatorSeries#normalised}); as recorded when the municipality lacks the
   * denominator.
   */
  private static IndicatorSeries series(Indicator i, Municipality m) {
    return IndicatorSeries.normalised(i, m).orElseGet(() -> IndicatorSeries.from(i));
  }

  /** The unit of the values {@link #series} gives: the indicator's, divided as normalised. */
  private static String unit(Indicator i, Municipality m) {
    if (i.normalisation() == Denominator.NONE || IndicatorSeries.normalised(i, m).isEmpty()) {
      return i.unit();
    }
    return i.unit() + switch (i.normalisation()) {
      case PER_CAPITA -> "/cap";
      case PER_1000_INHABITANTS -> "/1000 cap";
      case PER_KM2 -> "/km²";
      case NONE -> "";
    };
  }

  /**
   * {@code strategy} with the template's derived measurements merged into its indicators; the
   * derived values used go to {@code used}, a failure to {@code failures}.
   */
  private Strategy withDerived(Strategy strategy, Optional<StrategyTemplate> template, List<DerivedMeasurement> used,
      List<MonitoringContribution> failures) {
    if (template.isEmpty() || derivedOff.contains(template.get().id())) {
      return strategy;
    }
    List<DerivedMeasurement> all;
    try {
      all = List.copyOf(template.get().derivedMeasurements(strategy, effective(template.get())));
    } catch (RuntimeException e) {
      failures.add(failure(template.get().id(), e));
      return strategy;
    }
    Map<IndicatorId, List<DerivedMeasurement>> byIndicator = new HashMap<>();
    all.forEach(d -> byIndicator.computeIfAbsent(d.indicator(), k -> new ArrayList<>()).add(d));
    if (byIndicator.isEmpty()) {
      return strategy;
    }
    List<Indicator> indicators = new ArrayList<>(strategy.indicators().size());
    boolean changed = false;
    for (Indicator i : strategy.indicators()) {
      List<DerivedMeasurement> candidates = byIndicator.getOrDefault(i.id(), List.of());
      java.util.Set<PlanDate> dates = new java.util.HashSet<>();
      i.measurements().forEach(m -> dates.add(m.date()));
      List<Measurement> merged = new ArrayList<>(i.measurements());
      for (DerivedMeasurement d : candidates.stream().sorted(Comparator.comparing(DerivedMeasurement::date)).toList()) {
        // A recorded value at the same date wins; of two derived values at one date the first counts.
        if (dates.add(d.date())) {
          merged.add(d.measurement());
          used.add(d);
        }
      }
      if (merged.size() > i.measurements().size()) {
        indicators.add(i.withMeasurements(merged));
        changed = true;
      } else {
        indicators.add(i);
      }
    }
    return changed ? strategy.toBuilder().indicators(indicators).build() : strategy;
  }

  /**
   * The values derived from annexes, for the reader: the indicator and the annex by their names
   * (the annex as its template names it, its kind when no installed template does), the date and
   * the value written for each language.
   */
  private MonitoringContribution derivedSection(Strategy s, List<DerivedMeasurement> used,
      List<org.civicplan.template.AnnexType<?>> annexTypes) {
    Map<String, LocalizedText> annexNames = new HashMap<>();
    annexTypes.forEach(t -> annexNames.putIfAbsent(t.kind(), t.name()));
    List<List<MonitoringContribution.Cell>> rows = new ArrayList<>();
    for (Indicator i : s.indicators()) {
      for (DerivedMeasurement d : used) {
        if (d.indicator().equals(i.id())) {
          rows.add(List.of(MonitoringContribution.Cell.text(i.name()),
              MonitoringContribution.Cell.text(ReportLabels.dateText(d.date())),
              MonitoringContribution.Cell.number(new java.math.BigDecimal(Numbers.format(d.value()))),
              MonitoringContribution.Cell.plain(i.unit()),
              Optional.ofNullable(annexNames.get(d.annexKind())).map(MonitoringContribution.Cell::text)
                  .orElseGet(() -> MonitoringContribution.Cell.plain(d.annexKind())),
              MonitoringContribution.Cell.plain(d.item())));
        }
      }
    }
    MonitoringContribution.Table table = MonitoringContribution.Table.of(
        List.of(label("col.indicator"), label("col.date"), label("col.value"), label("col.unit"), label("col.annex"),
            label("col.item")),
        rows);
    return new MonitoringContribution(DERIVED_SECTION, label("section.derived"), List.of(label("derived.note")),
        List.of(table), List.of());
  }

  private List<MonitoringContribution> contributions(StrategyTemplate template, Strategy s, LocalDate asOf) {
    if (contributionsOff.contains(template.id())) {
      return List.of();
    }
    try {
      return List.copyOf(template.monitoring(s, asOf, effective(template)));
    } catch (RuntimeException e) {
      return List.of(failure(template.id(), e));
    }
  }

  private static MonitoringContribution failure(TemplateId template, RuntimeException e) {
    String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new MonitoringContribution(template.value() + ".failed", label("contribution.failed.title", template.value()),
        List.of(), List.of(), List.of(new Finding(Severity.ERROR, MonitoringCodes.CONTRIBUTION_FAILED, "",
            label("contribution.failed", template.value(), what))));
  }

  private static LocalizedText label(String key, Object... args) {
    return ReportLabels.CATALOG.text(key, args);
  }

  /** The strategy as it was known at {@code asOf}: later measurements and completions removed. */
  static Strategy freeze(Strategy strategy, LocalDate asOf) {
    List<Indicator> indicators = new ArrayList<>(strategy.indicators().size());
    boolean changed = false;
    for (Indicator i : strategy.indicators()) {
      if (i.measurements().stream().anyMatch(m -> m.date().firstDay().isAfter(asOf))) {
        indicators.add(i.withMeasurements(
            i.measurements().stream().filter(m -> !m.date().firstDay().isAfter(asOf)).toList()));
        changed = true;
      } else {
        indicators.add(i);
      }
    }
    List<Action> actions = new ArrayList<>(strategy.actions().size());
    for (Action a : strategy.actions()) {
      if (a.tasks().stream().anyMatch(t -> completedAfter(t, asOf))) {
        actions.add(a.toBuilder().tasks(a.tasks().stream()
            .map(t -> completedAfter(t, asOf) ? new Task(t.id(), t.title(), t.due(), false, Optional.empty()) : t)
            .toList()).build());
        changed = true;
      } else {
        actions.add(a);
      }
    }
    return changed ? strategy.toBuilder().indicators(indicators).actions(actions).build() : strategy;
  }

  private static boolean completedAfter(Task t, LocalDate asOf) {
    return t.completedOn().isPresent() && t.completedOn().get().firstDay().isAfter(asOf);
  }

  private static void addObjective(Objective o, int depth, RollUp rollUp, Map<String, Map<ActionStatus, Integer>> actions,
      List<ObjectiveEntry> out, Map<String, List<String>> objectivesOfIndicator) {
    String id = o.id().value();
    RollUp.ProgressNode node = rollUp.objectives().get(id);
    out.add(new ObjectiveEntry(id, o.title(), depth, node == null ? OptionalDouble.empty() : node.progress(),
        rollUp.indicatorStatusesByObjective().getOrDefault(id, Map.of()), actions.getOrDefault(id, Map.of())));
    for (IndicatorId i : o.indicatorIds()) {
      List<String> list = objectivesOfIndicator.computeIfAbsent(i.value(), k -> new ArrayList<>());
      if (!list.contains(id)) {
        list.add(id);
      }
    }
    for (Objective c : o.children()) {
      addObjective(c, depth + 1, rollUp, actions, out, objectivesOfIndicator);
    }
  }

  private static LocalizedText reasonText(LatenessReason r) {
    return switch (r.kind()) {
      case TASK_PAST_DUE -> ReportLabels.CATALOG.text("detail.task-past-due", r.subject(), ReportLabels.dateText(r.date()));
      case INDICATOR_BEHIND -> ReportLabels.CATALOG.text("detail.indicator-behind", r.subject(), ReportLabels.dateText(r.date()));
      case END_PASSED -> ReportLabels.CATALOG.text("detail.end-passed", ReportLabels.dateText(r.date()));
    };
  }

  /** The status as the report words it, in both languages. */
  private static LocalizedText statusText(ProgressStatus status) {
    return ReportLabels.CATALOG.text("status." + status.label());
  }

  /** {@code label: text} in each language. */
  private static LocalizedText prefixed(LocalizedText label, LocalizedText text) {
    java.util.Map<String, String> byLanguage = new java.util.TreeMap<>();
    for (String language : List.of(LocalizedText.ENGLISH, LocalizedText.ROMANIAN)) {
      java.util.Locale locale = java.util.Locale.forLanguageTag(language);
      byLanguage.put(language, label.get(locale) + ": " + text.get(locale));
    }
    return new LocalizedText(byLanguage);
  }

  /** Sentences joined with "; " in each language. */
  private static LocalizedText joined(List<LocalizedText> parts) {
    java.util.Map<String, String> byLanguage = new java.util.TreeMap<>();
    for (String language : List.of(LocalizedText.ENGLISH, LocalizedText.ROMANIAN)) {
      java.util.Locale locale = java.util.Locale.forLanguageTag(language);
      byLanguage.put(language, parts.stream().map(p -> p.get(locale)).collect(Collectors.joining("; ")));
    }
    return new LocalizedText(byLanguage);
  }

  private static String reason(LatenessReason r) {
    return switch (r.kind()) {
      case TASK_PAST_DUE -> "task " + r.subject() + " due " + r.date();
      case INDICATOR_BEHIND -> "indicator " + r.subject() + " behind at " + r.date();
      case END_PASSED -> "end " + r.date() + " passed";
    };
  }

  private static List<Change> changes(
      MonitoringReport previous, List<IndicatorEntry> indicators, List<ActionEntry> actions, List<Alert> alerts) {
    Map<String, String[]> before = new TreeMap<>();
    Map<String, String[]> after = new TreeMap<>();
    previous.indicators().forEach(i -> before.putIfAbsent("indicator:" + i.id(), state(i.status().label(), i.progress())));
    previous.actions().forEach(a -> before.putIfAbsent("action:" + a.id(), state(label(a.status()), a.progress())));
    indicators.forEach(i -> after.putIfAbsent("indicator:" + i.id(), state(i.status().label(), i.progress())));
    actions.forEach(a -> after.putIfAbsent("action:" + a.id(), state(label(a.status()), a.progress())));
    List<Change> out = new ArrayList<>();
    TreeMap<String, Boolean> subjects = new TreeMap<>();
    before.keySet().forEach(k -> subjects.put(k, true));
    after.keySet().forEach(k -> subjects.put(k, true));
    for (String k : subjects.keySet()) {
      String[] b = before.get(k);
      String[] a = after.get(k);
      if (b == null || a == null) {
        out.add(new Change(k, "presence", Optional.ofNullable(b).map(x -> "present"),
            Optional.ofNullable(a).map(x -> "present")));
        continue;
      }
      for (int f = 0; f < 2; f++) {
        if (!Objects.equals(b[f], a[f])) {
          out.add(new Change(k, f == 0 ? "progress" : "status", Optional.ofNullable(b[f]), Optional.ofNullable(a[f])));
        }
      }
    }
    Map<String, String> alertsBefore = new TreeMap<>();
    Map<String, String> alertsAfter = new TreeMap<>();
    previous.alerts().forEach(x -> alertsBefore.merge(x.subject() + "\u0000" + x.kind().label(), x.detail(), (p, q) -> p));
    alerts.forEach(x -> alertsAfter.merge(x.subject() + "\u0000" + x.kind().label(), x.detail(), (p, q) -> p));
    TreeMap<String, Boolean> keys = new TreeMap<>();
    alertsBefore.keySet().forEach(k -> keys.put(k, true));
    alertsAfter.keySet().forEach(k -> keys.put(k, true));
    for (String k : keys.keySet()) {
      String b = alertsBefore.get(k);
      String a = alertsAfter.get(k);
      if (!Objects.equals(b, a)) {
        String[] parts = k.split("\u0000", 2);
        out.add(new Change(parts[0], "alert:" + parts[1], Optional.ofNullable(b), Optional.ofNullable(a)));
      }
    }
    out.sort(Comparator.comparing(Change::subject).thenComparing(Change::aspect));
    return out;
  }

  /** Progress first, then status, so that the sorted aspects read progress before status. */
  private static String[] state(String status, OptionalDouble progress) {
    return new String[] {progress.isPresent() ? Numbers.format(progress.getAsDouble()) : null, status};
  }

  static String label(ActionStatus s) {
    return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return "MonitoringReporter[method=" + assessor.method().label()
        + ", templates=" + templates.map(TemplateRegistry::ids).map(Object::toString).orElse("none")
        + (contributionsOff.isEmpty() ? "" : ", contributionsOff=" + new TreeSet<>(contributionsOff.stream().map(TemplateId::value).toList()))
        + (sectionsOff.isEmpty() ? "" : ", sectionsOff=" + new TreeSet<>(sectionsOff))
        + (derivedOff.isEmpty() ? "" : ", derivedOff=" + new TreeSet<>(derivedOff.stream().map(TemplateId::value).toList()))
        + "]";
  }

  /**
   * Builds a {@link MonitoringReporter}: by default the linear method, the default freshness
   * policy, and no templates. Each setting may be given once; a repeated setting is refused and
   * named.
   */
  public static final class Builder {
    private @Nullable IndicatorAssessor assessor;
    private @Nullable FreshnessPolicy freshness;
    private @Nullable TemplateRegistry templates;
    private @Nullable Parameters parameters;
    private final Set<TemplateId> contributionsOff = new LinkedHashSet<>();
    private final Set<String> sectionsOff = new LinkedHashSet<>();
    private final Set<TemplateId> derivedOff = new LinkedHashSet<>();

    private Builder() {}

    /**
     * The assessment method.
     *
     * @param value the assessment method
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if the assessor was already set
     */
    public Builder assessor(IndicatorAssessor value) {
      Objects.requireNonNull(value, "value");
      if (assessor != null) {
        throw new IllegalStateException("the assessor was already set to " + assessor.method().label());
      }
      assessor = value;
      return this;
    }

    /**
     * The freshness policy.
     *
     * @param value the freshness policy
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if the policy was already set
     */
    public Builder freshness(FreshnessPolicy value) {
      Objects.requireNonNull(value, "value");
      if (freshness != null) {
        throw new IllegalStateException("the freshness policy was already set to " + freshness);
      }
      freshness = value;
      return this;
    }

    /**
     * The templates whose derived measurements and contributions are added.
     *
     * @param registry the installed templates
     * @return this builder
     * @throws NullPointerException if {@code registry} is null
     * @throws IllegalStateException if templates were already set
     */
    public Builder templates(TemplateRegistry registry) {
      Objects.requireNonNull(registry, "registry");
      if (templates != null) {
        throw new IllegalStateException("templates were already set to " + templates.ids());
      }
      templates = registry;
      return this;
    }

    /**
     * Parameters that override the template's defaults when its contributions are made (for
     * instance those of an overlay).
     *
     * @param values the parameter values, by name
     * @return this builder
     * @throws NullPointerException if {@code values} is null
     * @throws IllegalStateException if parameters were already set
     */
    public Builder parameters(Parameters values) {
      Objects.requireNonNull(values, "values");
      if (parameters != null) {
        throw new IllegalStateException("parameters were already set to " + parameters.values());
      }
      parameters = values;
      return this;
    }

    /**
     * Leaves out every section the template {@code template} contributes.
     *
     * @param template the contributing template's id
     * @return this builder
     * @throws NullPointerException if {@code template} is null
     * @throws IllegalArgumentException if it was already left out
     */
    public Builder withoutContributions(TemplateId template) {
      Objects.requireNonNull(template, "template");
      if (!contributionsOff.add(template)) {
        throw new IllegalArgumentException("the contributions of template \"" + template + "\" were already switched off");
      }
      return this;
    }

    /**
     * Leaves out the section with this id, whichever template contributes it (also core's {@value
     * MonitoringReporter#DERIVED_SECTION}).
     *
     * @param sectionId the section's id
     * @return this builder
     * @throws NullPointerException if {@code sectionId} is null
     * @throws IllegalArgumentException if it was already left out
     */
    public Builder withoutContribution(String sectionId) {
      Objects.requireNonNull(sectionId, "sectionId");
      if (!sectionsOff.add(sectionId)) {
        throw new IllegalArgumentException("the section \"" + sectionId + "\" was already switched off");
      }
      return this;
    }

    /**
     * Uses none of the values the template {@code template} derives from annexes: only recorded
     * measurements count.
     *
     * @param template the deriving template's id
     * @return this builder
     * @throws NullPointerException if {@code template} is null
     * @throws IllegalArgumentException if they were already switched off
     */
    public Builder withoutDerivedMeasurements(TemplateId template) {
      Objects.requireNonNull(template, "template");
      if (!derivedOff.add(template)) {
        throw new IllegalArgumentException(
            "the derived measurements of template \"" + template + "\" were already switched off");
      }
      return this;
    }

    /**
     * {@return the reporter}
     *
     * @throws IllegalStateException if templates are switched off without templates, or a
     *     switched-off template is not in the registry (the message lists the installed ones)
     */
    public MonitoringReporter build() {
      List<TemplateId> named = new ArrayList<>(contributionsOff);
      named.addAll(derivedOff);
      if (templates == null && !named.isEmpty()) {
        throw new IllegalStateException(
            "template contributions were switched off (" + named + ") but no templates were set");
      }
      for (TemplateId id : named) {
        if (templates != null && templates.find(id).isEmpty()) {
          throw new IllegalStateException(
              "cannot switch off what template \"" + id + "\" adds: it is not installed; installed: " + templates.ids());
        }
      }
      return new MonitoringReporter(
          assessor == null ? IndicatorAssessor.linear() : assessor,
          freshness == null ? FreshnessPolicy.DEFAULTS : freshness,
          Optional.ofNullable(templates), parameters == null ? Parameters.empty() : parameters,
          contributionsOff, sectionsOff, derivedOff);
    }
  }
}
