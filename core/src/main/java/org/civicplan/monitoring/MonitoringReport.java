// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.template.MonitoringContribution;

/**
 * A frozen monitoring report of a strategy at an as-of date, for a period: plain immutable values
 * copied out of the strategy and its assessments, so it never changes when later data arrives.
 * Made by {@link MonitoringReporter}; rendered by {@link ReportRendering}.
 *
 * <p>Lists are in a fixed order: indicators and actions in document order, objectives depth first
 * in document order, budget figures by dimension, key and currency, alerts by kind then subject,
 * changes by subject then aspect. Equal inputs give equal reports.
 *
 * @param strategyId the strategy's id
 * @param title the strategy's title
 * @param municipality the municipality's name
 * @param asOf the as-of date: nothing dated after it is used
 * @param period the period reported on: it selects the budget years counted
 * @param method the indicator assessment method used
 * @param strategyProgress the strategy's rolled-up progress, if any child has one
 * @param objectives every objective, depth first
 * @param indicators every indicator, in document order
 * @param actions every action, in document order
 * @param budget budget execution of the period's years (see {@link BudgetExecution})
 * @param alerts what needs attention
 * @param previousAsOf the as-of date of the previous report compared with, if one was given
 * @param changes what changed since the previous report; empty without one
 * @param contributions the sections the strategy's template added ({@link
 *     org.civicplan.template.StrategyTemplate#monitoring}), in the template's order, preceded by
 *     core's section {@value MonitoringReporter#DERIVED_SECTION} when values derived from annexes
 *     were used; empty when there are none
 */
public record MonitoringReport(
    String strategyId,
    LocalizedText title,
    String municipality,
    LocalDate asOf,
    StrategyPeriod period,
    AssessmentMethod method,
    OptionalDouble strategyProgress,
    List<ObjectiveEntry> objectives,
    List<IndicatorEntry> indicators,
    List<ActionEntry> actions,
    List<BudgetFigure> budget,
    List<Alert> alerts,
    Optional<LocalDate> previousAsOf,
    List<Change> changes,
    List<MonitoringContribution> contributions) {

  /**
   * Creates an instance from its components.
   *
   * @param contributions the sections the strategy's template added ({@link
   *     org.civicplan.template.StrategyTemplate#monitoring}), in the template's order, preceded by
   *     core's section {@value MonitoringReporter#DERIVED_SECTION} when values derived from annexes
   *     were used; empty when there are none
   * @param strategyId the strategy's id
   * @param title the strategy's title
   * @param municipality the municipality's name
   * @param asOf the as-of date: nothing dated after it is used
   * @param period the period reported on: it selects the budget years counted
   * @param method the indicator assessment method used
   * @param strategyProgress the strategy's rolled-up progress, if any child has one
   * @param objectives every objective, depth first
   * @param indicators every indicator, in document order
   * @param actions every action, in document order
   * @param budget budget execution of the period's years (see {@link BudgetExecution})
   * @param alerts what needs attention
   * @param previousAsOf the as-of date of the previous report compared with, if one was given
   * @param changes what changed since the previous report; empty without one
   * @throws NullPointerException if an argument or a list element is null
   */
  public MonitoringReport {
    Objects.requireNonNull(strategyId, "strategyId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(strategyProgress, "strategyProgress");
    objectives = List.copyOf(objectives);
    indicators = List.copyOf(indicators);
    actions = List.copyOf(actions);
    budget = List.copyOf(budget);
    alerts = List.copyOf(alerts);
    Objects.requireNonNull(previousAsOf, "previousAsOf");
    changes = List.copyOf(changes);
    contributions = List.copyOf(contributions);
  }

  /**
   * {@return the section with this id, if the report has one}
   *
   * @param id the objective id
   */
  public Optional<MonitoringContribution> contribution(String id) {
    return contributions.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * {@return the entry of an indicator by id}
   *
   * @param id the indicator's id
   */
  public Optional<IndicatorEntry> indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * {@return the entry of an action by id}
   *
   * @param id the action's id
   */
  public Optional<ActionEntry> action(String id) {
    return actions.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * How many indicators a progress figure rests on: those with a progress among all that count.
   * A progress rolled up from part of its indicators says so ({@link #isPartial()}).
   *
   * @param withProgress the indicators with a progress
   * @param indicators all the indicators counted
   */
  public record Coverage(int withProgress, int indicators) {

    /**
     * Creates an instance from its components.
     *
     * @param withProgress the indicators with a progress, 0 to {@code indicators}
     * @param indicators all the indicators counted, at least 0
     * @throws IllegalArgumentException if the counts are out of range
     */
    public Coverage {
      if (indicators < 0 || withProgress < 0 || withProgress > indicators) {
        throw new IllegalArgumentException("coverage must be 0 <= withProgress <= indicators but was "
            + withProgress + " of " + indicators);
      }
    }

    /** {@return whether some indicators counted have no progress} */
    public boolean isPartial() {
      return withProgress < indicators;
    }
  }

  /** {@return the coverage of the strategy's progress: every indicator of the report} */
  public Coverage coverage() {
    return new Coverage((int) indicators.stream().filter(i -> i.progress().isPresent()).count(), indicators.size());
  }

  /**
   * {@return the coverage of an objective's progress: the indicators of the objective and of its
   * sub-objectives (the entries after it with a greater depth), each counted once}
   *
   * @param objective one of this report's objectives
   * @throws IllegalArgumentException if the objective is not one of this report's
   */
  public Coverage coverage(ObjectiveEntry objective) {
    int at = objectives.indexOf(objective);
    if (at < 0) {
      throw new IllegalArgumentException("objective " + objective.id() + " is not in this report");
    }
    java.util.Set<String> subtree = new java.util.HashSet<>();
    subtree.add(objective.id());
    for (int k = at + 1; k < objectives.size() && objectives.get(k).depth() > objective.depth(); k++) {
      subtree.add(objectives.get(k).id());
    }
    List<IndicatorEntry> counted = indicators.stream()
        .filter(i -> i.objectiveIds().stream().anyMatch(subtree::contains)).toList();
    return new Coverage((int) counted.stream().filter(i -> i.progress().isPresent()).count(), counted.size());
  }

  /**
   * {@return the budget figures of one dimension ({@code action}, {@code objective}, {@code
   * source}, {@code year})}
   *
   * @param dimension the dimension
   */
  public List<BudgetFigure> budget(String dimension) {
    return budget.stream().filter(f -> f.dimension().equals(dimension)).toList();
  }

  /**
   * An objective's line: its rolled-up progress and the counts of statuses below it.
   *
   * @param id the objective id
   * @param title its title
   * @param depth 0 for a strategic objective, 1 for its specific objectives...
   * @param progress its rolled-up progress ({@link RollUp}), if any child has one
   * @param indicatorStatuses how many of its own indicators have each status
   * @param actionStatuses how many of the actions serving it directly have each derived status
   */
  public record ObjectiveEntry(
      String id,
      LocalizedText title,
      int depth,
      OptionalDouble progress,
      Map<ProgressStatus, Integer> indicatorStatuses,
      Map<ActionStatus, Integer> actionStatuses) {

    /**
     * Creates an instance from its components.
     *
     * @param id the objective id
     * @param title its title
     * @param depth 0 for a strategic objective, 1 for its specific objectives...
     * @param progress its rolled-up progress ({@link RollUp}), if any child has one
     * @param indicatorStatuses how many of its own indicators have each status
     * @param actionStatuses how many of the actions serving it directly have each derived status
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code depth} is negative
     */
    public ObjectiveEntry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      if (depth < 0) {
        throw new IllegalArgumentException("depth must be >= 0 but was " + depth + " (objective \"" + id + "\")");
      }
      Objects.requireNonNull(progress, "progress");
      indicatorStatuses = Collections.unmodifiableMap(copy(indicatorStatuses, ProgressStatus.class));
      actionStatuses = Collections.unmodifiableMap(copy(actionStatuses, ActionStatus.class));
    }

    private static <E extends Enum<E>> Map<E, Integer> copy(Map<E, Integer> map, Class<E> type) {
      EnumMap<E, Integer> m = new EnumMap<>(type);
      map.forEach((k, v) -> {
        if (v > 0) {
          m.put(k, v);
        }
      });
      return m;
    }
  }

  /**
   * An indicator's line: the values used and its assessment at the as-of date.
   *
   * @param id the indicator id
   * @param name its name
   * @param unit its unit
   * @param direction which way is better
   * @param objectiveIds the objectives it measures, depth first
   * @param baseline its baseline, if any
   * @param target the final target assessed against, if any
   * @param milestones its milestones, by date
   * @param observations its measurements dated on or before the as-of date, by date
   * @param status the assessed status
   * @param category the method's own category, if it has one
   * @param progress share of the distance covered, if defined
   * @param expectedProgress share expected by the trajectory, if defined
   * @param freshness whether its measurements are recent enough
   * @param explanation how the status was reached, in English and Romanian, written for a reader
   *     ({@link Explanation#readerText()}): the exact figures are the entry's other components
   */
  public record IndicatorEntry(
      String id,
      LocalizedText name,
      String unit,
      Direction direction,
      List<String> objectiveIds,
      Optional<Observation> baseline,
      Optional<Target> target,
      List<Observation> milestones,
      List<Observation> observations,
      ProgressStatus status,
      Optional<String> category,
      OptionalDouble progress,
      OptionalDouble expectedProgress,
      Freshness freshness,
      LocalizedText explanation) {

    /**
     * Creates an instance from its components.
     *
     * @param id the indicator id
     * @param name its name
     * @param unit its unit
     * @param direction which way is better
     * @param objectiveIds the objectives it measures, depth first
     * @param baseline its baseline, if any
     * @param target the final target assessed against, if any
     * @param milestones its milestones, by date
     * @param observations its measurements dated on or before the as-of date, by date
     * @param status the assessed status
     * @param category the method's own category, if it has one
     * @param progress share of the distance covered, if defined
     * @param expectedProgress share expected by the trajectory, if defined
     * @param freshness whether its measurements are recent enough
     * @param explanation how the status was reached, in English and Romanian, written for a reader
   *     ({@link Explanation#readerText()}): the exact figures are the entry's other components
     * @throws NullPointerException if an argument or a list element is null
     */
    public IndicatorEntry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(direction, "direction");
      objectiveIds = List.copyOf(objectiveIds);
      Objects.requireNonNull(baseline, "baseline");
      Objects.requireNonNull(target, "target");
      milestones = List.copyOf(milestones);
      observations = List.copyOf(observations);
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(progress, "progress");
      Objects.requireNonNull(expectedProgress, "expectedProgress");
      Objects.requireNonNull(freshness, "freshness");
      Objects.requireNonNull(explanation, "explanation");
    }

    /** {@return the latest observation used, if any} */
    public Optional<Observation> latest() {
      return observations.isEmpty() ? Optional.empty() : Optional.of(observations.get(observations.size() - 1));
    }
  }

  /**
   * An action's line: derived status with every lateness reason.
   *
   * @param id the action id
   * @param title its title
   * @param objectiveIds the objectives it serves
   * @param responsible the responsible organisation's id, if any
   * @param status the derived status ({@link ActionTracker})
   * @param progress its progress, if it can be computed
   * @param source where the progress comes from
   * @param reasons why it is late
   * @param freshness whether it was updated recently enough
   * @param responsibleName the responsible organisation's name, for readers; empty when there is
   *     none or the strategy does not list it
   */
  public record ActionEntry(
      String id,
      LocalizedText title,
      List<String> objectiveIds,
      Optional<String> responsible,
      ActionStatus status,
      OptionalDouble progress,
      ProgressSource source,
      List<LatenessReason> reasons,
      Freshness freshness,
      Optional<LocalizedText> responsibleName) {

    /**
     * Creates an instance from its components.
     *
     * @param id the action id
     * @param title its title
     * @param objectiveIds the objectives it serves
     * @param responsible the responsible organisation's id, if any
     * @param status the derived status ({@link ActionTracker})
     * @param progress its progress, if it can be computed
     * @param source where the progress comes from
     * @param reasons why it is late
     * @param freshness whether it was updated recently enough
     * @param responsibleName the responsible organisation's name, for readers; empty when there is
     *     none or the strategy does not list it
     * @throws NullPointerException if an argument or a list element is null
     */
    public ActionEntry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      objectiveIds = List.copyOf(objectiveIds);
      Objects.requireNonNull(responsible, "responsible");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(progress, "progress");
      Objects.requireNonNull(source, "source");
      reasons = List.copyOf(reasons);
      Objects.requireNonNull(freshness, "freshness");
      Objects.requireNonNull(responsibleName, "responsibleName");
    }
  }

  /** What an alert is about. */
  public enum AlertKind {
    /** An action is late (a task past due, an indicator behind, the end date passed). */
    LATE,
    /** An action or indicator was not updated within its expected interval. */
    STALE,
    /** An action spent more than planned on some budget line. */
    OVER_BUDGET,
    /** An indicator is off track or moving away from its target. */
    OFF_TRACK;

    /** {@return the lower-case kebab label: {@code late}, {@code over-budget}..} */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Something that needs attention.
   *
   * @param kind what kind of alert
   * @param subject {@code action:ID} or {@code indicator:ID}
   * @param detail the facts behind it in plain, language-neutral notation (dates, ids, amounts,
   *     statuses), e.g. {@code task T-2 due 2027-06; end 2028-06}; compared between reports
   * @param text the same facts as a sentence for people, in English and Romanian
   */
  public record Alert(AlertKind kind, String subject, String detail, LocalizedText text) {
    /**
     * Creates an instance from its components.
     *
     * @param kind what kind of alert
     * @param subject {@code action:ID} or {@code indicator:ID}
     * @param detail the facts behind it in plain, language-neutral notation (dates, ids, amounts,
     *     statuses), e.g. {@code task T-2 due 2027-06; end 2028-06}; compared between reports
     * @param text the same facts as a sentence for people, in English and Romanian
     * @throws NullPointerException if an argument is null
     */
    public Alert {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A difference from the previous report.
   *
   * @param subject {@code indicator:ID}, {@code action:ID} or {@code alert:KIND:SUBJECT}
   * @param aspect {@code status}, {@code progress}, {@code presence} or {@code alert}
   * @param before the value in the previous report; empty when it had none
   * @param after the value now; empty when there is none now
   */
  public record Change(String subject, String aspect, Optional<String> before, Optional<String> after) {
    /**
     * Creates an instance from its components.
     *
     * @param subject {@code indicator:ID}, {@code action:ID} or {@code alert:KIND:SUBJECT}
     * @param aspect {@code status}, {@code progress}, {@code presence} or {@code alert}
     * @param before the value in the previous report; empty when it had none
     * @param after the value now; empty when there is none now
     * @throws NullPointerException if an argument is null
     */
    public Change {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(aspect, "aspect");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }
}
