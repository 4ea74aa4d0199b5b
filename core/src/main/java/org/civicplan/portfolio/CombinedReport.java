// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceFrameworks;
import org.civicplan.alignment.ReferenceObjective;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.civicplan.base.StrategyId;
import org.civicplan.calendar.DayCount;
import org.civicplan.calendar.WorkingDays;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.template.Obligation;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.validation.DecisionRules;
import org.civicplan.governance.Consultation;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Measurement;
import org.civicplan.monitoring.MonitoringReport;
import org.civicplan.monitoring.MonitoringReporter;
import org.civicplan.monitoring.ProgressStatus;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.Task;

/**
 * One view of the city: the monitoring reports of a portfolio's strategies at one as-of date, a
 * section per strategy with each shared indicator reported once (in the strategy that owns its
 * series, whose values also measure the sharing strategy's objectives), the progress of the sectoral objectives rolled up to the integrated objectives delegated
 * to them, the combined budget with every line counted once, the coverage of the shipped reference
 * frameworks, and what is due across the strategies.
 *
 * <p>Made by {@link #of}; rendered by {@link CombinedRendering}. Plain immutable values; equal inputs
 * give equal reports.
 *
 * @param municipality the municipality of the portfolio's first strategy
 * @param asOf the as-of date
 * @param sections a section per strategy, in portfolio order
 * @param delegated the delegated objectives with the progress of their targets, in portfolio order
 * @param budget the combined budget
 * @param coverage every objective of the shipped reference frameworks with the strategies that
 *     serve it (an alignment link to it), by framework and objective id
 * @param calendar what is due, by date
 */
public record CombinedReport(
    String municipality,
    LocalDate asOf,
    List<Section> sections,
    List<DelegatedObjective> delegated,
    CombinedBudget budget,
    List<Coverage> coverage,
    List<Due> calendar) {

  /** Months after {@code asOf} that the calendar looks ahead. */
  public static final int HORIZON_MONTHS = 12;

  /** Working days between the announcement of a draft and its submission (Law 52/2003 art. 7(2), [2nd]). */
  public static final int ANNOUNCEMENT_WORKING_DAYS = 30;

  /**
   * The monitoring report of one strategy.
   *
   * @param source the document's source
   * @param report its monitoring report, without the shared indicators whose series another
   *     strategy owns (that series still measures this strategy's objectives)
   * @param sharedIndicators the indicators left out, each with the indicator that owns its series
   */
  public record Section(String source, MonitoringReport report, List<SharedIndicator> sharedIndicators) {

    /**
     * Creates an instance from its components.
     *
     * @param source the document's source
     * @param report its monitoring report
     * @param sharedIndicators the indicators left out
     * @throws NullPointerException if an argument or an element is null
     */
    public Section {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(report, "report");
      sharedIndicators = List.copyOf(sharedIndicators);
    }
  }

  /**
   * An integrated objective and the progress of the sectoral objective it is delegated to.
   *
   * @param strategy the integrated strategy
   * @param objective the delegating objective's id
   * @param title its title
   * @param to the objective it is delegated to
   * @param targetTitle that objective's title
   * @param progress that objective's rolled-up progress, a share (1 = 100 %), if any
   * @param indicatorStatuses the statuses of that objective's indicators, counted
   */
  public record DelegatedObjective(StrategyId strategy, String objective, LocalizedText title, CrossReference to,
      LocalizedText targetTitle, OptionalDouble progress, Map<ProgressStatus, Integer> indicatorStatuses) {

    /**
     * Creates an instance from its components.
     *
     * @param strategy the integrated strategy
     * @param objective the delegating objective's id
     * @param title its title
     * @param to the objective it is delegated to
     * @param targetTitle that objective's title
     * @param progress that objective's rolled-up progress, if any
     * @param indicatorStatuses the statuses of that objective's indicators, counted
     * @throws NullPointerException if an argument is null
     */
    public DelegatedObjective {
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(objective, "objective");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(targetTitle, "targetTitle");
      Objects.requireNonNull(progress, "progress");
      EnumMap<ProgressStatus, Integer> m = new EnumMap<>(ProgressStatus.class);
      m.putAll(indicatorStatuses);
      indicatorStatuses = java.util.Collections.unmodifiableMap(m);
    }
  }

  /**
   * An objective of a reference framework and the strategies that serve it.
   *
   * @param framework the framework's id
   * @param frameworkName the framework's name
   * @param objective the objective's id in the framework
   * @param title the objective's title
   * @param servedBy the strategies with an alignment link to it, in portfolio order; empty when
   *     no strategy serves it
   */
  public record Coverage(String framework, LocalizedText frameworkName, String objective, LocalizedText title,
      List<StrategyId> servedBy) {

    /**
     * Creates an instance from its components.
     *
     * @param framework the framework's id
     * @param frameworkName the framework's name
     * @param objective the objective's id in the framework
     * @param title the objective's title
     * @param servedBy the strategies with an alignment link to it
     * @throws NullPointerException if an argument or an element is null
     */
    public Coverage {
      Objects.requireNonNull(framework, "framework");
      Objects.requireNonNull(frameworkName, "frameworkName");
      Objects.requireNonNull(objective, "objective");
      Objects.requireNonNull(title, "title");
      servedBy = List.copyOf(servedBy);
    }
  }

  /** What falls due. */
  public enum DueKind {
    /** The last day for written proposals on a draft in public consultation (Law 52/2003). */
    CONSULTATION_PROPOSALS,
    /**
     * The first day a draft announced for consultation may be submitted for endorsement or adoption:
     * {@value CombinedReport#ANNOUNCEMENT_WORKING_DAYS} working days after the announcement (Law 52/2003
     * art. 7(2) as quoted by secondary sources, [2nd]).
     */
    EARLIEST_SUBMISSION,
    /** The next measurement of an indicator, one reporting interval after its latest value. */
    MEASUREMENT,
    /** An open task of an action. */
    TASK,
    /**
     * The communication to the prefect of a council decision not yet communicated, when the city set
     * the term ({@link DecisionRules#PREFECT_DAYS}; DOMAIN.md §5 "Council decisions": the legal
     * deadline's article was not read [NV]); the subject is the decision number.
     */
    DECISION_PREFECT,
    /**
     * The publication of a council decision not yet published, when the city set the term ({@link
     * DecisionRules#PUBLICATION_DAYS}; [NV] as above); the subject is the decision number.
     */
    DECISION_PUBLICATION,
    /**
     * An obligation of the strategy's template ({@link StrategyTemplate#obligations}): a monitoring
     * report or inventory of the Covenant of Mayors, the social-services data to the ministry; the
     * subject is its code and which one, {@code CODE/SUBJECT} (e.g. {@code
     * climate.monitoring-report/2026}), the name what it is.
     */
    OBLIGATION;

    /** {@return the lower-case kebab label, e.g. {@code consultation-proposals}} */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Something due in one of the strategies.
   *
   * @param date the day it falls due
   * @param strategy the strategy
   * @param kind what falls due
   * @param subject the id of the indicator, the action and task ({@code A-1/T-2}), the
   *     consultation's announcement date, the decision's number, or the obligation's code and
   *     subject ({@code climate.monitoring-report/2026})
   * @param name the indicator's name, the task's title or the obligation's name; empty for
   *     consultations and decisions
   * @param overdue whether the date is before the as-of date
   */
  public record Due(LocalDate date, StrategyId strategy, DueKind kind, String subject, LocalizedText name, boolean overdue) {

    /**
     * Creates an instance from its components.
     *
     * @param date the day it falls due
     * @param strategy the strategy
     * @param kind what falls due
     * @param subject what it is about
     * @param name the indicator's name or the task's title
     * @param overdue whether the date is before the as-of date
     * @throws NullPointerException if an argument is null
     */
    public Due {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * Creates an instance from its components.
   *
   * @param municipality the municipality
   * @param asOf the as-of date
   * @param sections a section per strategy
   * @param delegated the delegated objectives
   * @param budget the combined budget
   * @param coverage the coverage of the reference frameworks
   * @param calendar what is due
   * @throws NullPointerException if an argument or an element is null
   */
  public CombinedReport {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(asOf, "asOf");
    sections = List.copyOf(sections);
    delegated = List.copyOf(delegated);
    Objects.requireNonNull(budget, "budget");
    coverage = List.copyOf(coverage);
    calendar = List.copyOf(calendar);
  }

  /**
   * {@return the reference-framework objectives no strategy serves}
   */
  public List<Coverage> uncovered() {
    return coverage.stream().filter(c -> c.servedBy().isEmpty()).toList();
  }

  /**
   * Reports on a portfolio at an as-of date with core's shipped reference frameworks.
   *
   * @param portfolio the portfolio
   * @param reporter the monitoring reporter of single strategies (it knows the templates)
   * @param asOf the as-of date
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public static CombinedReport of(Portfolio portfolio, MonitoringReporter reporter, LocalDate asOf) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(asOf, "asOf");
    PortfolioIndex ix = new PortfolioIndex(portfolio);
    List<MonitoringReport> reports = new ArrayList<>();
    for (int i = 0; i < ix.members.size(); i++) {
      reports.add(reporter.report(withOwnersSeries(ix, i), asOf));
    }
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < ix.members.size(); i++) {
      List<SharedIndicator> shared = new ArrayList<>();
      for (var s : ix.links.get(i).sharedIndicators()) {
        if (ix.resolve(i, s.link().with()).isPresent() && ix.indicator(i, s.link().indicator().value()).isPresent()) {
          shared.add(s.link());
        }
      }
      Set<String> left = new HashSet<>();
      shared.forEach(s -> left.add(s.indicator().value()));
      MonitoringReport r = reports.get(i);
      if (!left.isEmpty()) {
        r = new MonitoringReport(r.strategyId(), r.title(), r.municipality(), r.asOf(), r.period(), r.method(),
            r.strategyProgress(), r.objectives(),
            r.indicators().stream().filter(e -> !left.contains(e.id())).toList(), r.actions(), r.budget(), r.alerts(),
            r.previousAsOf(), r.changes(), r.contributions());
      }
      sections.add(new Section(ix.members.get(i).source(), r, shared));
    }
    List<DelegatedObjective> delegated = new ArrayList<>();
    for (int i = 0; i < ix.members.size(); i++) {
      Strategy s = ix.members.get(i).strategy();
      for (var d : ix.links.get(i).delegations()) {
        Optional<Integer> target = ix.resolve(i, d.link().to());
        var own = s.objective(d.link().objective());
        if (target.isEmpty() || own.isEmpty()) {
          continue;
        }
        MonitoringReport.ObjectiveEntry e = reports.get(target.get()).objectives().stream()
            .filter(o -> o.id().equals(d.link().to().id())).findFirst().orElseThrow();
        delegated.add(new DelegatedObjective(s.id(), own.get().id().value(), own.get().title(), d.link().to(), e.title(),
            e.progress(), e.indicatorStatuses()));
      }
    }
    String municipality = ix.members.isEmpty() ? "" : ix.members.get(0).strategy().municipality().name();
    return new CombinedReport(municipality, asOf, sections, delegated, CombinedBudget.of(ix),
        coverage(ix, ReferenceFrameworks.standard()), calendar(ix, reporter, asOf));
  }

  /**
   * The member's strategy with each resolved shared indicator carrying the series of the indicator
   * that owns it, so that its objectives roll up the one series the portfolio records.
   */
  private static Strategy withOwnersSeries(PortfolioIndex ix, int i) {
    Strategy s = ix.members.get(i).strategy();
    Map<String, List<Measurement>> owned = new java.util.HashMap<>();
    for (var sh : ix.links.get(i).sharedIndicators()) {
      Optional<Integer> m = ix.resolve(i, sh.link().with());
      if (m.isPresent()) {
        Indicator owner = ix.indicatorAt(m.get(), ix.indicator(m.get(), sh.link().with().id()).orElseThrow());
        owned.putIfAbsent(sh.link().indicator().value(), owner.measurements());
      }
    }
    if (owned.isEmpty()) {
      return s;
    }
    return s.toBuilder()
        .indicators(s.indicators().stream()
            .map(ind -> owned.containsKey(ind.id().value())
                ? ind.toBuilder().measurements(owned.get(ind.id().value())).build() : ind)
            .toList())
        .build();
  }

  private static List<Coverage> coverage(PortfolioIndex ix, List<ReferenceFramework> frameworks) {
    List<Coverage> out = new ArrayList<>();
    List<ReferenceFramework> sorted = new ArrayList<>(frameworks);
    sorted.sort(Comparator.comparing(ReferenceFramework::id));
    for (ReferenceFramework f : sorted) {
      for (ReferenceObjective o : f.objectives()) {
        List<StrategyId> served = new ArrayList<>();
        for (Portfolio.Member m : ix.members) {
          for (AlignmentLink l : m.strategy().alignments()) {
            if (l.framework().equals(f.id()) && l.reference().equals(o.id()) && !served.contains(m.strategy().id())) {
              served.add(m.strategy().id());
            }
          }
        }
        out.add(new Coverage(f.id().value(), f.name(), o.id(), o.title(), served));
      }
    }
    return out;
  }

  private static List<Due> calendar(PortfolioIndex ix, MonitoringReporter reporter, LocalDate asOf) {
    LocalDate horizon = asOf.plusMonths(HORIZON_MONTHS);
    WorkingDays working = WorkingDays.romania();
    List<Due> out = new ArrayList<>();
    for (int i = 0; i < ix.members.size(); i++) {
      Strategy s = ix.members.get(i).strategy();
      for (Consultation c : s.governance().consultations()) {
        if (c.closedOn().isPresent()) {
          continue;
        }
        String subject = c.announcedOn().toString();
        add(out, c.proposalsUntil(), s.id(), DueKind.CONSULTATION_PROPOSALS, subject, LocalizedText.empty(), asOf, horizon);
        LocalDate earliest = working.add(c.announcedOn(), ANNOUNCEMENT_WORKING_DAYS, DayCount.WORKING).due();
        add(out, earliest, s.id(), DueKind.EARLIEST_SUBMISSION, subject, LocalizedText.empty(), asOf, horizon);
      }
      Set<String> notOwned = new HashSet<>();
      for (var sh : ix.links.get(i).sharedIndicators()) {
        if (ix.resolve(i, sh.link().with()).isPresent()) {
          notOwned.add(sh.link().indicator().value());
        }
      }
      for (Indicator ind : s.indicators()) {
        if (notOwned.contains(ind.id().value()) || ind.frequency().months().isEmpty()) {
          continue;
        }
        Optional<PlanDate> last = ind.measurements().stream().map(Measurement::date).max(Comparator.naturalOrder());
        if (last.isEmpty() && ind.baseline().isPresent()) {
          last = Optional.of(ind.baseline().get().date());
        }
        if (last.isPresent()) {
          LocalDate next = last.get().lastDay().plusMonths(ind.frequency().months().getAsInt());
          add(out, next, s.id(), DueKind.MEASUREMENT, ind.id().value(), ind.name(), asOf, horizon);
        }
      }
      DecisionRules rules = DecisionRules.from(reporter.parameters(s));
      for (CouncilDecision d : s.governance().decisions()) {
        if (d.dossier().isEmpty()) {
          continue;
        }
        DecisionDossier dossier = d.dossier().get();
        if (dossier.prefectOn().isEmpty()) {
          rules.prefectDeadline(d.date())
              .ifPresent(x -> add(out, x.due(), s.id(), DueKind.DECISION_PREFECT, d.number(), LocalizedText.empty(), asOf,
                  horizon));
        }
        if (dossier.publishedOn().isEmpty()) {
          rules.publicationDeadline(d.date())
              .ifPresent(x -> add(out, x.due(), s.id(), DueKind.DECISION_PUBLICATION, d.number(), LocalizedText.empty(),
                  asOf, horizon));
        }
      }
      for (Obligation o : reporter.obligations(s, asOf)) {
        add(out, o.date(), s.id(), DueKind.OBLIGATION, o.code() + "/" + o.subject(), o.name(), asOf, horizon);
      }
      for (Action a : s.actions()) {
        for (Task t : a.tasks()) {
          if (!t.done() && t.due().isPresent()) {
            add(out, t.due().get().lastDay(), s.id(), DueKind.TASK, a.id().value() + "/" + t.id().value(), t.title(), asOf,
                horizon);
          }
        }
      }
    }
    List<StrategyId> order = ix.members.stream().map(m -> m.strategy().id()).toList();
    out.sort(Comparator.comparing(Due::date).thenComparingInt(d -> order.indexOf(d.strategy()))
        .thenComparing(Due::kind).thenComparing(Due::subject));
    return out;
  }

  private static void add(List<Due> out, LocalDate date, StrategyId strategy, DueKind kind, String subject,
      LocalizedText name, LocalDate asOf, LocalDate horizon) {
    if (!date.isAfter(horizon)) {
      out.add(new Due(date, strategy, kind, subject, name, date.isBefore(asOf)));
    }
  }
}
