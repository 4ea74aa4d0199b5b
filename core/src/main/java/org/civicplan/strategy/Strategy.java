// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.governance.ChangeRecord;
import org.civicplan.governance.Governance;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Organisation;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.base.TemplateId;
import org.civicplan.base.TextLength;
import org.civicplan.base.ConstraintSeverity;
import jakarta.validation.Valid;

/**
 * A strategy document: vision, period, objectives, actions, indicators, organisations,
 * governance and template-specific annexes.
 *
 * <p>Immutable. Invariants that can never hold for any document are checked here; everything
 * about the consistency of user data (unique ids, references that resolve, dates inside the
 * period...) is reported as findings by the validator.
 *
 * @param schemaVersion the document schema version this value corresponds to
 * @param id the strategy id
 * @param templateId the template it was made from
 * @param municipality whose strategy it is
 * @param title the localized title
 * @param vision the localized vision statement; may be empty
 * @param period the years covered
 * @param state where it stands in its lifecycle
 * @param objectives the top-level (strategic) objectives; each contains its specific objectives
 * @param actions the action plan
 * @param indicators the indicators
 * @param organisations the organisations referenced by actions and bodies
 * @param governance bodies and council decisions
 * @param annexes template-specific annexes, in document order
 * @param alignments links from local objectives and actions to reference frameworks
 * @param history the append-only change history, oldest first
 * @param prioritisations how the actions were prioritised (method, weights, scores, the portfolio
 *     selected), oldest first
 */
@PopulationCountedInPeriod(payload = ConstraintSeverity.Warning.class)
@NormalisationHasDenominator(payload = ConstraintSeverity.Warning.class)
public record Strategy(
    int schemaVersion,
    StrategyId id,
    TemplateId templateId,
    @Valid Municipality municipality,
    @TextLength(max = 500) LocalizedText title,
    @TextLength(max = 10_000) LocalizedText vision,
    StrategyPeriod period,
    LifecycleState state,
    List<@Valid Objective> objectives,
    List<@Valid Action> actions,
    List<@Valid Indicator> indicators,
    List<@Valid Organisation> organisations,
    @Valid Governance governance,
    List<Annex> annexes,
    List<AlignmentLink> alignments,
    List<ChangeRecord> history,
    List<PrioritisationRecord> prioritisations) {

  /** The schema version this library writes. */
  public static final int CURRENT_SCHEMA_VERSION = 1;

  /**
   * Creates an instance from its components.
   *
   * @param schemaVersion the document schema version this value corresponds to
   * @param id the strategy id
   * @param templateId the template it was made from
   * @param municipality whose strategy it is
   * @param title the localized title
   * @param vision the localized vision statement; may be empty
   * @param period the years covered
   * @param state where it stands in its lifecycle
   * @param objectives the top-level (strategic) objectives; each contains its specific objectives
   * @param actions the action plan
   * @param indicators the indicators
   * @param organisations the organisations referenced by actions and bodies
   * @param governance bodies and council decisions
   * @param annexes template-specific annexes, in document order
   * @param alignments links from local objectives and actions to reference frameworks
   * @param history the append-only change history, oldest first
   * @param prioritisations how the actions were prioritised (method, weights, scores, the portfolio
   *     selected), oldest first
   * @throws NullPointerException if an argument or a list element is null
   * @throws IllegalArgumentException if the schema version is not positive
   */
  public Strategy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(vision, "vision");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(state, "state");
    objectives = List.copyOf(objectives);
    actions = List.copyOf(actions);
    indicators = List.copyOf(indicators);
    organisations = List.copyOf(organisations);
    Objects.requireNonNull(governance, "governance");
    annexes = List.copyOf(annexes);
    alignments = List.copyOf(alignments);
    history = List.copyOf(history);
    prioritisations = List.copyOf(prioritisations);
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schema version must be positive but was " + schemaVersion);
    }
  }

  /**
   * A builder for a draft strategy in the current schema version.
   *
   * @param id the strategy id
   * @param templateId the template it was made from
   * @param municipality whose strategy it is
   * @param title the localized title
   * @param period the years covered
   * @return this builder
   */
  public static Builder builder(
      StrategyId id, TemplateId templateId, Municipality municipality, LocalizedText title, StrategyPeriod period) {
    return new Builder(id, templateId, municipality, title, period);
  }

  /**
   * A builder initialised with this strategy's values.
   *
   * @return this builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, templateId, municipality, title, period);
    b.schemaVersion = schemaVersion;
    b.vision = vision;
    b.state = state;
    b.objectives.addAll(objectives);
    b.actions.addAll(actions);
    b.indicators.addAll(indicators);
    b.organisations.addAll(organisations);
    b.governance = governance;
    b.annexes.addAll(annexes);
    b.alignments.addAll(alignments);
    b.history.addAll(history);
    b.prioritisations.addAll(prioritisations);
    return b;
  }

  /**
   * A short summary for logs and debuggers, not the document:
   * {@code Strategy[tm-climate-2026, template climate, 2026/2030, draft, 17 objectives, 8 actions,
   * 18 indicators, 6 annexes]}. Write the document with {@code StrategyDocuments}.
   */
  @Override
  public String toString() {
    return "Strategy[" + id.value() + ", template " + templateId.value() + ", " + period + ", " + state.kebab()
        + ", " + allObjectives().count() + " objectives, " + actions.size() + " actions, " + indicators.size()
        + " indicators, " + annexes.size() + " annexes]";
  }

  /** {@return all objectives at every depth, depth first in document order} */
  public Stream<Objective> allObjectives() {
    return objectives.stream().flatMap(Objective::flatten);
  }

  /**
   * {@return the indicator with this id, the first if several share it}
   *
   * @param indicatorId the indicator's id
   */
  public Optional<Indicator> indicator(IndicatorId indicatorId) {
    return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /**
   * {@return the action with this id, the first if several share it}
   *
   * @param actionId the action's id
   */
  public Optional<Action> action(ActionId actionId) {
    return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  /**
   * {@return the objective with this id at any depth, the first if several share it}
   *
   * @param objectiveId the objective's id
   */
  public Optional<Objective> objective(ObjectiveId objectiveId) {
    return allObjectives().filter(o -> o.id().equals(objectiveId)).findFirst();
  }

  /**
   * {@return this strategy with {@code child} added as the last sub-objective of the objective
   * {@code parent}, at any depth; the rest of the tree is unchanged}
   *
   * @param parent the id of the objective that receives the sub-objective
   * @param child the sub-objective to add
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no objective has the id {@code parent}, or the id of
   *     {@code child} (or of one of its own sub-objectives) is already used in the tree
   */
  public Strategy withSubObjective(ObjectiveId parent, Objective child) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(child, "child");
    if (objective(parent).isEmpty()) {
      throw new IllegalArgumentException(
          "no objective \"" + parent.value() + "\" to add \"" + child.id().value() + "\" under; objectives: "
              + allObjectives().map(o -> o.id().value()).toList());
    }
    child.flatten().forEach(c -> {
      if (objective(c.id()).isPresent()) {
        throw new IllegalArgumentException("objective id \"" + c.id().value() + "\" is already used in the tree");
      }
    });
    return toBuilder().objectives(objectives.stream().map(o -> o.withChildAdded(parent, child)).toList()).build();
  }

  /**
   * {@return the annexes of a kind, in document order}
   *
   * @param kind the annex kind, e.g. {@code emission-inventory}
   */
  public List<Annex> annexes(String kind) {
    return annexes.stream().filter(a -> a.kind().equals(kind)).toList();
  }

  /**
   * {@return the annexes of a type, in document order}
   *
   * @param type the annex's record type
   * @param <T> the annex type
   */
  public <T extends Annex> List<T> annexes(Class<T> type) {
    return annexes.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Builds a {@link Strategy}; defaults: current schema version, draft, empty otherwise. */
  public static final class Builder {
    private int schemaVersion = CURRENT_SCHEMA_VERSION;
    private StrategyId id;
    private TemplateId templateId;
    private Municipality municipality;
    private LocalizedText title;
    private LocalizedText vision = LocalizedText.empty();
    private StrategyPeriod period;
    private LifecycleState state = LifecycleState.DRAFT;
    private final List<Objective> objectives = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private Governance governance = Governance.empty();
    private final List<Annex> annexes = new ArrayList<>();
    private final List<AlignmentLink> alignments = new ArrayList<>();
    private final List<ChangeRecord> history = new ArrayList<>();
    private final List<PrioritisationRecord> prioritisations = new ArrayList<>();

    private Builder(
        StrategyId id, TemplateId templateId, Municipality municipality, LocalizedText title, StrategyPeriod period) {
      this.id = Objects.requireNonNull(id, "id");
      this.templateId = Objects.requireNonNull(templateId, "templateId");
      this.municipality = Objects.requireNonNull(municipality, "municipality");
      this.title = Objects.requireNonNull(title, "title");
      this.period = Objects.requireNonNull(period, "period");
    }

    /**
     * Sets the schema version.
     *
     * @param value the document schema version this value corresponds to
     * @return this builder
     */
    public Builder schemaVersion(int value) {
      this.schemaVersion = value;
      return this;
    }

    /**
     * Sets the id.
     *
     * @param value the strategy id
     * @return this builder
     */
    public Builder id(StrategyId value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /**
     * Sets the template id.
     *
     * @param value the template it was made from
     * @return this builder
     */
    public Builder templateId(TemplateId value) {
      this.templateId = Objects.requireNonNull(value, "templateId");
      return this;
    }

    /**
     * Sets the municipality.
     *
     * @param value whose strategy it is
     * @return this builder
     */
    public Builder municipality(Municipality value) {
      this.municipality = Objects.requireNonNull(value, "municipality");
      return this;
    }

    /**
     * Sets the title.
     *
     * @param value the localized title
     * @return this builder
     */
    public Builder title(LocalizedText value) {
      this.title = Objects.requireNonNull(value, "title");
      return this;
    }

    /**
     * Sets the vision.
     *
     * @param value the localized vision statement; may be empty
     * @return this builder
     */
    public Builder vision(LocalizedText value) {
      this.vision = Objects.requireNonNull(value, "vision");
      return this;
    }

    /**
     * Sets the period.
     *
     * @param value the years covered
     * @return this builder
     */
    public Builder period(StrategyPeriod value) {
      this.period = Objects.requireNonNull(value, "period");
      return this;
    }

    /**
     * Sets the lifecycle state.
     *
     * @param value where it stands in its lifecycle
     * @return this builder
     */
    public Builder state(LifecycleState value) {
      this.state = Objects.requireNonNull(value, "state");
      return this;
    }

    /**
     * Adds a top-level objective.
     *
     * @param value the objective
     * @return this builder
     */
    public Builder objective(Objective value) {
      objectives.add(Objects.requireNonNull(value, "objective"));
      return this;
    }

    /**
     * Replaces the top-level objectives.
     *
     * @param values the top-level (strategic) objectives; each contains its specific objectives
     * @return this builder
     */
    public Builder objectives(List<Objective> values) {
      objectives.clear();
      objectives.addAll(Objects.requireNonNull(values, "objectives"));
      return this;
    }

    /**
     * Adds an action.
     *
     * @param value the action
     * @return this builder
     */
    public Builder action(Action value) {
      actions.add(Objects.requireNonNull(value, "action"));
      return this;
    }

    /**
     * Replaces the actions.
     *
     * @param values the action plan
     * @return this builder
     */
    public Builder actions(List<Action> values) {
      actions.clear();
      actions.addAll(Objects.requireNonNull(values, "actions"));
      return this;
    }

    /**
     * Adds an indicator.
     *
     * @param value the indicator
     * @return this builder
     */
    public Builder indicator(Indicator value) {
      indicators.add(Objects.requireNonNull(value, "indicator"));
      return this;
    }

    /**
     * Replaces the indicators.
     *
     * @param values the indicators
     * @return this builder
     */
    public Builder indicators(List<Indicator> values) {
      indicators.clear();
      indicators.addAll(Objects.requireNonNull(values, "indicators"));
      return this;
    }

    /**
     * Adds an organisation.
     *
     * @param value the organisation
     * @return this builder
     */
    public Builder organisation(Organisation value) {
      organisations.add(Objects.requireNonNull(value, "organisation"));
      return this;
    }

    /**
     * Replaces the organisations.
     *
     * @param values the organisations referenced by actions and bodies
     * @return this builder
     */
    public Builder organisations(List<Organisation> values) {
      organisations.clear();
      organisations.addAll(Objects.requireNonNull(values, "organisations"));
      return this;
    }

    /**
     * Sets the governance.
     *
     * @param value bodies and council decisions
     * @return this builder
     */
    public Builder governance(Governance value) {
      this.governance = Objects.requireNonNull(value, "governance");
      return this;
    }

    /**
     * Adds an annex.
     *
     * @param value the annex
     * @return this builder
     */
    public Builder annex(Annex value) {
      annexes.add(Objects.requireNonNull(value, "annex"));
      return this;
    }

    /**
     * Replaces the annexes.
     *
     * @param values template-specific annexes, in document order
     * @return this builder
     */
    public Builder annexes(List<Annex> values) {
      annexes.clear();
      annexes.addAll(Objects.requireNonNull(values, "annexes"));
      return this;
    }

    /**
     * Adds an alignment link.
     *
     * @param value the alignment link
     * @return this builder
     */
    public Builder alignment(AlignmentLink value) {
      alignments.add(Objects.requireNonNull(value, "alignment"));
      return this;
    }

    /**
     * Replaces the alignment links.
     *
     * @param values links from local objectives and actions to reference frameworks
     * @return this builder
     */
    public Builder alignments(List<AlignmentLink> values) {
      alignments.clear();
      alignments.addAll(Objects.requireNonNull(values, "alignments"));
      return this;
    }

    /**
     * Appends a change record to the history.
     *
     * @param value the change record
     * @return this builder
     */
    public Builder historyRecord(ChangeRecord value) {
      history.add(Objects.requireNonNull(value, "historyRecord"));
      return this;
    }

    /**
     * Replaces the history.
     *
     * @param values the append-only change history, oldest first
     * @return this builder
     */
    public Builder history(List<ChangeRecord> values) {
      history.clear();
      history.addAll(Objects.requireNonNull(values, "history"));
      return this;
    }

    /**
     * Appends a prioritisation record.
     *
     * @param value the prioritisation record
     * @return this builder
     */
    public Builder prioritisation(PrioritisationRecord value) {
      prioritisations.add(Objects.requireNonNull(value, "prioritisation"));
      return this;
    }

    /**
     * Replaces the prioritisation records.
     *
     * @param values how the actions were prioritised (method, weights, scores, the portfolio
     *     selected), oldest first
     * @return this builder
     */
    public Builder prioritisations(List<PrioritisationRecord> values) {
      prioritisations.clear();
      prioritisations.addAll(Objects.requireNonNull(values, "prioritisations"));
      return this;
    }

    /**
     * Builds the strategy.
     *
     * @return the strategy
     */
    public Strategy build() {
      return new Strategy(
          schemaVersion, id, templateId, municipality, title, vision, period, state, objectives,
          actions, indicators, organisations, governance, annexes, alignments, history, prioritisations);
    }
  }
}
