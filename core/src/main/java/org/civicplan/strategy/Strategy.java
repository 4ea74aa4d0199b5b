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

  /** A builder for a draft strategy in the current schema version. */
  public static Builder builder(
      StrategyId id, TemplateId templateId, Municipality municipality, LocalizedText title, StrategyPeriod period) {
    return new Builder(id, templateId, municipality, title, period);
  }

  /** A builder initialised with this strategy's values. */
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

  /** All objectives at every depth, depth first in document order. */
  public Stream<Objective> allObjectives() {
    return objectives.stream().flatMap(Objective::flatten);
  }

  /** The indicator with this id, the first if several share it. */
  public Optional<Indicator> indicator(IndicatorId indicatorId) {
    return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /** The action with this id, the first if several share it. */
  public Optional<Action> action(ActionId actionId) {
    return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  /** The objective with this id at any depth, the first if several share it. */
  public Optional<Objective> objective(ObjectiveId objectiveId) {
    return allObjectives().filter(o -> o.id().equals(objectiveId)).findFirst();
  }

  /**
   * This strategy with {@code child} added as the last sub-objective of the objective {@code
   * parent}, at any depth; the rest of the tree is unchanged.
   *
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

  /** The annexes of a kind, in document order. */
  public List<Annex> annexes(String kind) {
    return annexes.stream().filter(a -> a.kind().equals(kind)).toList();
  }

  /** The annexes of a type, in document order. */
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

    /** Sets the schema version. */
    public Builder schemaVersion(int value) {
      this.schemaVersion = value;
      return this;
    }

    /** Sets the id. */
    public Builder id(StrategyId value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /** Sets the template id. */
    public Builder templateId(TemplateId value) {
      this.templateId = Objects.requireNonNull(value, "templateId");
      return this;
    }

    /** Sets the municipality. */
    public Builder municipality(Municipality value) {
      this.municipality = Objects.requireNonNull(value, "municipality");
      return this;
    }

    /** Sets the title. */
    public Builder title(LocalizedText value) {
      this.title = Objects.requireNonNull(value, "title");
      return this;
    }

    /** Sets the vision. */
    public Builder vision(LocalizedText value) {
      this.vision = Objects.requireNonNull(value, "vision");
      return this;
    }

    /** Sets the period. */
    public Builder period(StrategyPeriod value) {
      this.period = Objects.requireNonNull(value, "period");
      return this;
    }

    /** Sets the lifecycle state. */
    public Builder state(LifecycleState value) {
      this.state = Objects.requireNonNull(value, "state");
      return this;
    }

    /** Adds a top-level objective. */
    public Builder objective(Objective value) {
      objectives.add(Objects.requireNonNull(value, "objective"));
      return this;
    }

    /** Replaces the top-level objectives. */
    public Builder objectives(List<Objective> values) {
      objectives.clear();
      objectives.addAll(Objects.requireNonNull(values, "objectives"));
      return this;
    }

    /** Adds an action. */
    public Builder action(Action value) {
      actions.add(Objects.requireNonNull(value, "action"));
      return this;
    }

    /** Replaces the actions. */
    public Builder actions(List<Action> values) {
      actions.clear();
      actions.addAll(Objects.requireNonNull(values, "actions"));
      return this;
    }

    /** Adds an indicator. */
    public Builder indicator(Indicator value) {
      indicators.add(Objects.requireNonNull(value, "indicator"));
      return this;
    }

    /** Replaces the indicators. */
    public Builder indicators(List<Indicator> values) {
      indicators.clear();
      indicators.addAll(Objects.requireNonNull(values, "indicators"));
      return this;
    }

    /** Adds an organisation. */
    public Builder organisation(Organisation value) {
      organisations.add(Objects.requireNonNull(value, "organisation"));
      return this;
    }

    /** Replaces the organisations. */
    public Builder organisations(List<Organisation> values) {
      organisations.clear();
      organisations.addAll(Objects.requireNonNull(values, "organisations"));
      return this;
    }

    /** Sets the governance. */
    public Builder governance(Governance value) {
      this.governance = Objects.requireNonNull(value, "governance");
      return this;
    }

    /** Adds an annex. */
    public Builder annex(Annex value) {
      annexes.add(Objects.requireNonNull(value, "annex"));
      return this;
    }

    /** Replaces the annexes. */
    public Builder annexes(List<Annex> values) {
      annexes.clear();
      annexes.addAll(Objects.requireNonNull(values, "annexes"));
      return this;
    }

    /** Adds an alignment link. */
    public Builder alignment(AlignmentLink value) {
      alignments.add(Objects.requireNonNull(value, "alignment"));
      return this;
    }

    /** Replaces the alignment links. */
    public Builder alignments(List<AlignmentLink> values) {
      alignments.clear();
      alignments.addAll(Objects.requireNonNull(values, "alignments"));
      return this;
    }

    /** Appends a change record to the history. */
    public Builder historyRecord(ChangeRecord value) {
      history.add(Objects.requireNonNull(value, "historyRecord"));
      return this;
    }

    /** Replaces the history. */
    public Builder history(List<ChangeRecord> values) {
      history.clear();
      history.addAll(Objects.requireNonNull(values, "history"));
      return this;
    }

    /** Appends a prioritisation record. */
    public Builder prioritisation(PrioritisationRecord value) {
      prioritisations.add(Objects.requireNonNull(value, "prioritisation"));
      return this;
    }

    /** Replaces the prioritisation records. */
    public Builder prioritisations(List<PrioritisationRecord> values) {
      prioritisations.clear();
      prioritisations.addAll(Objects.requireNonNull(values, "prioritisations"));
      return this;
    }

    /** Builds the strategy. */
    public Strategy build() {
      return new Strategy(
          schemaVersion, id, templateId, municipality, title, vision, period, state, objectives,
          actions, indicators, organisations, governance, annexes, alignments, history, prioritisations);
    }
  }
}
