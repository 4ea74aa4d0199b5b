package org.civicplan.strategy;

import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.governance.OrganisationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.civicplan.base.TextLength;

/**
 * A measure or action (măsură, acțiune): what the city will do, when, by whom, with what money,
 * and which indicators it should move.
 *
 * @param id unique among the actions of a document
 * @param title the localized title
 * @param description the localized description; may be empty
 * @param objectiveIds the objectives it serves
 * @param responsible the responsible body
 * @param partners other organisations with their roles
 * @param start when it starts
 * @param end when it ends
 * @param status whether it keeps to its schedule
 * @param phase how far it has come
 * @param tasks its tasks and milestones
 * @param dependsOn actions that must come first
 * @param budget its budget lines, per year and source
 * @param effects the indicators it should move, and which way
 * @param tags free tags
 * @param location where it takes place
 */
public record Action(
    ActionId id,
    @TextLength(max = 500) LocalizedText title,
    @TextLength(max = 10_000) LocalizedText description,
    List<ObjectiveId> objectiveIds,
    Optional<OrganisationId> responsible,
    List<Partner> partners,
    Optional<PlanDate> start,
    Optional<PlanDate> end,
    ActionStatus status,
    ImplementationPhase phase,
    List<@Valid Task> tasks,
    List<ActionId> dependsOn,
    List<@Valid BudgetLine> budget,
    List<IndicatorEffect> effects,
    List<@Size(max = 64, message = "{org.civicplan.text.too-long}") String> tags,
    Optional<@Valid Location> location) {

  /**
   * @throws NullPointerException if an argument or a list element is null
   */
  public Action {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    objectiveIds = List.copyOf(objectiveIds);
    Objects.requireNonNull(responsible, "responsible");
    partners = List.copyOf(partners);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(phase, "phase");
    tasks = List.copyOf(tasks);
    dependsOn = List.copyOf(dependsOn);
    budget = List.copyOf(budget);
    effects = List.copyOf(effects);
    tags = List.copyOf(tags);
    Objects.requireNonNull(location, "location");
  }

  /** A builder for an action; defaults: not started, planning, nothing else. */
  public static Builder builder(ActionId id, LocalizedText title) {
    return new Builder(id, title);
  }

  /** A builder for an action; defaults: not started, planning, nothing else. */
  public static Builder builder(String id, LocalizedText title) {
    return new Builder(ActionId.of(id), title);
  }

  /** A builder initialised with this action's values. */
  public Builder toBuilder() {
    Builder b = new Builder(id, title);
    b.description = description;
    b.objectiveIds.addAll(objectiveIds);
    b.responsible = responsible;
    b.partners.addAll(partners);
    b.start = start;
    b.end = end;
    b.status = status;
    b.phase = phase;
    b.tasks.addAll(tasks);
    b.dependsOn.addAll(dependsOn);
    b.budget.addAll(budget);
    b.effects.addAll(effects);
    b.tags.addAll(tags);
    b.location = location;
    return b;
  }

  /** Builds an {@link Action}. */
  public static final class Builder {
    private ActionId id;
    private LocalizedText title;
    private LocalizedText description = LocalizedText.empty();
    private final List<ObjectiveId> objectiveIds = new ArrayList<>();
    private Optional<OrganisationId> responsible = Optional.empty();
    private final List<Partner> partners = new ArrayList<>();
    private Optional<PlanDate> start = Optional.empty();
    private Optional<PlanDate> end = Optional.empty();
    private ActionStatus status = ActionStatus.NOT_STARTED;
    private ImplementationPhase phase = ImplementationPhase.PLANNING;
    private final List<Task> tasks = new ArrayList<>();
    private final List<ActionId> dependsOn = new ArrayList<>();
    private final List<BudgetLine> budget = new ArrayList<>();
    private final List<IndicatorEffect> effects = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private Optional<Location> location = Optional.empty();

    private Builder(ActionId id, LocalizedText title) {
      this.id = Objects.requireNonNull(id, "id");
      this.title = Objects.requireNonNull(title, "title");
    }

    /** Sets the id. */
    public Builder id(ActionId value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /** Sets the title. */
    public Builder title(LocalizedText value) {
      this.title = Objects.requireNonNull(value, "title");
      return this;
    }

    /** Sets the description. */
    public Builder description(LocalizedText value) {
      this.description = Objects.requireNonNull(value, "description");
      return this;
    }

    /** Adds objectives served. */
    public Builder serves(ObjectiveId... values) {
      objectiveIds.addAll(List.of(Objects.requireNonNull(values, "serves")));
      return this;
    }

    /** Replaces the objectives served. */
    public Builder objectiveIds(List<ObjectiveId> values) {
      objectiveIds.clear();
      objectiveIds.addAll(Objects.requireNonNull(values, "objectiveIds"));
      return this;
    }

    /** Sets the responsible body. */
    public Builder responsible(OrganisationId value) {
      this.responsible = Optional.of(Objects.requireNonNull(value, "responsible"));
      return this;
    }

    /** Sets or clears the responsible body. */
    public Builder responsible(Optional<OrganisationId> value) {
      this.responsible = Objects.requireNonNull(value, "responsible");
      return this;
    }

    /** Adds a partner. */
    public Builder partner(Partner value) {
      partners.add(Objects.requireNonNull(value, "partner"));
      return this;
    }

    /** Replaces the partners. */
    public Builder partners(List<Partner> values) {
      partners.clear();
      partners.addAll(Objects.requireNonNull(values, "partners"));
      return this;
    }

    /** Sets the start. */
    public Builder start(PlanDate value) {
      this.start = Optional.of(Objects.requireNonNull(value, "start"));
      return this;
    }

    /** Sets the end. */
    public Builder end(PlanDate value) {
      this.end = Optional.of(Objects.requireNonNull(value, "end"));
      return this;
    }

    /** Sets or clears the start. */
    public Builder start(Optional<PlanDate> value) {
      this.start = Objects.requireNonNull(value, "start");
      return this;
    }

    /** Sets or clears the end. */
    public Builder end(Optional<PlanDate> value) {
      this.end = Objects.requireNonNull(value, "end");
      return this;
    }

    /** Sets the status. */
    public Builder status(ActionStatus value) {
      this.status = Objects.requireNonNull(value, "status");
      return this;
    }

    /** Sets the phase. */
    public Builder phase(ImplementationPhase value) {
      this.phase = Objects.requireNonNull(value, "phase");
      return this;
    }

    /** Adds a task. */
    public Builder task(Task value) {
      tasks.add(Objects.requireNonNull(value, "task"));
      return this;
    }

    /** Replaces the tasks. */
    public Builder tasks(List<Task> values) {
      tasks.clear();
      tasks.addAll(Objects.requireNonNull(values, "tasks"));
      return this;
    }

    /** Adds actions that must come first. */
    public Builder dependsOn(ActionId... values) {
      dependsOn.addAll(List.of(Objects.requireNonNull(values, "dependsOn")));
      return this;
    }

    /** Replaces the actions that must come first. */
    public Builder dependsOn(List<ActionId> values) {
      dependsOn.clear();
      dependsOn.addAll(Objects.requireNonNull(values, "dependsOn"));
      return this;
    }

    /** Adds a budget line. */
    public Builder budgetLine(BudgetLine value) {
      budget.add(Objects.requireNonNull(value, "budgetLine"));
      return this;
    }

    /** Replaces the budget lines. */
    public Builder budget(List<BudgetLine> values) {
      budget.clear();
      budget.addAll(Objects.requireNonNull(values, "budget"));
      return this;
    }

    /** Adds an expected effect. */
    public Builder effect(IndicatorEffect value) {
      effects.add(Objects.requireNonNull(value, "effect"));
      return this;
    }

    /** Replaces the expected effects. */
    public Builder effects(List<IndicatorEffect> values) {
      effects.clear();
      effects.addAll(Objects.requireNonNull(values, "effects"));
      return this;
    }

    /** Adds tags. */
    public Builder tag(String... values) {
      tags.addAll(List.of(Objects.requireNonNull(values, "tag")));
      return this;
    }

    /** Replaces the tags. */
    public Builder tags(List<String> values) {
      tags.clear();
      tags.addAll(Objects.requireNonNull(values, "tags"));
      return this;
    }

    /** Sets the location. */
    public Builder location(Location value) {
      this.location = Optional.of(Objects.requireNonNull(value, "location"));
      return this;
    }

    /** Sets or clears the location. */
    public Builder location(Optional<Location> value) {
      this.location = Objects.requireNonNull(value, "location");
      return this;
    }

    /** Builds the action. */
    public Action build() {
      return new Action(
          id, title, description, objectiveIds, responsible, partners, start, end, status, phase,
          tasks, dependsOn, budget, effects, tags, location);
    }
  }
}
