// SPDX-License-Identifier: Apache-2.0
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
   * Creates an instance from its components.
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

  /**
   * A builder for an action; defaults: not started, planning, nothing else.
   *
   * @param id unique among the actions of a document
   * @param title the localized title
   * @return the builder
   */
  public static Builder builder(ActionId id, LocalizedText title) {
    return new Builder(id, title);
  }

  /**
   * A builder for an action; defaults: not started, planning, nothing else.
   *
   * @param id unique among the actions of a document
   * @param title the localized title
   * @return the builder
   */
  public static Builder builder(String id, LocalizedText title) {
    return new Builder(ActionId.of(id), title);
  }

  /**
   * A builder initialised with this action's values.
   *
   * @return the builder
   */
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

    /**
     * Sets the id.
     *
     * @param value unique among the actions of a document
     * @return this builder
     */
    public Builder id(ActionId value) {
      this.id = Objects.requireNonNull(value, "id");
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
     * Sets the description.
     *
     * @param value the localized description; may be empty
     * @return this builder
     */
    public Builder description(LocalizedText value) {
      this.description = Objects.requireNonNull(value, "description");
      return this;
    }

    /**
     * Adds objectives served.
     *
     * @param values the objectives
     * @return this builder
     */
    public Builder serves(ObjectiveId... values) {
      objectiveIds.addAll(List.of(Objects.requireNonNull(values, "serves")));
      return this;
    }

    /**
     * Replaces the objectives served.
     *
     * @param values the objectives it serves
     * @return this builder
     */
    public Builder objectiveIds(List<ObjectiveId> values) {
      objectiveIds.clear();
      objectiveIds.addAll(Objects.requireNonNull(values, "objectiveIds"));
      return this;
    }

    /**
     * Sets the responsible body.
     *
     * @param value the responsible body
     * @return this builder
     */
    public Builder responsible(OrganisationId value) {
      this.responsible = Optional.of(Objects.requireNonNull(value, "responsible"));
      return this;
    }

    /**
     * Clears the responsible body: the action will have none.
     *
     * @return this builder
     */
    public Builder clearResponsible() {
      this.responsible = Optional.empty();
      return this;
    }

    /**
     * Adds a partner.
     *
     * @param value the partner
     * @return this builder
     */
    public Builder partner(Partner value) {
      partners.add(Objects.requireNonNull(value, "partner"));
      return this;
    }

    /**
     * Replaces the partners.
     *
     * @param values other organisations with their roles
     * @return this builder
     */
    public Builder partners(List<Partner> values) {
      partners.clear();
      partners.addAll(Objects.requireNonNull(values, "partners"));
      return this;
    }

    /**
     * Sets the start.
     *
     * @param value when it starts
     * @return this builder
     */
    public Builder start(PlanDate value) {
      this.start = Optional.of(Objects.requireNonNull(value, "start"));
      return this;
    }

    /**
     * Sets the end.
     *
     * @param value when it ends
     * @return this builder
     */
    public Builder end(PlanDate value) {
      this.end = Optional.of(Objects.requireNonNull(value, "end"));
      return this;
    }

    /**
     * Clears the start: the action will have none.
     *
     * @return this builder
     */
    public Builder clearStart() {
      this.start = Optional.empty();
      return this;
    }

    /**
     * Clears the end: the action will have none.
     *
     * @return this builder
     */
    public Builder clearEnd() {
      this.end = Optional.empty();
      return this;
    }

    /**
     * Sets the status.
     *
     * @param value whether it keeps to its schedule
     * @return this builder
     */
    public Builder status(ActionStatus value) {
      this.status = Objects.requireNonNull(value, "status");
      return this;
    }

    /**
     * Sets the phase.
     *
     * @param value how far it has come
     * @return this builder
     */
    public Builder phase(ImplementationPhase value) {
      this.phase = Objects.requireNonNull(value, "phase");
      return this;
    }

    /**
     * Adds a task.
     *
     * @param value the task
     * @return this builder
     */
    public Builder task(Task value) {
      tasks.add(Objects.requireNonNull(value, "task"));
      return this;
    }

    /**
     * Replaces the tasks.
     *
     * @param values its tasks and milestones
     * @return this builder
     */
    public Builder tasks(List<Task> values) {
      tasks.clear();
      tasks.addAll(Objects.requireNonNull(values, "tasks"));
      return this;
    }

    /**
     * Adds actions that must come first.
     *
     * @param values actions that must come first
     * @return this builder
     */
    public Builder dependsOn(ActionId... values) {
      dependsOn.addAll(List.of(Objects.requireNonNull(values, "dependsOn")));
      return this;
    }

    /**
     * Replaces the actions that must come first.
     *
     * @param values actions that must come first
     * @return this builder
     */
    public Builder dependsOn(List<ActionId> values) {
      dependsOn.clear();
      dependsOn.addAll(Objects.requireNonNull(values, "dependsOn"));
      return this;
    }

    /**
     * Adds a budget line.
     *
     * @param value the budget line
     * @return this builder
     */
    public Builder budgetLine(BudgetLine value) {
      budget.add(Objects.requireNonNull(value, "budgetLine"));
      return this;
    }

    /**
     * Replaces the budget lines.
     *
     * @param values its budget lines, per year and source
     * @return this builder
     */
    public Builder budget(List<BudgetLine> values) {
      budget.clear();
      budget.addAll(Objects.requireNonNull(values, "budget"));
      return this;
    }

    /**
     * Adds an expected effect.
     *
     * @param value the expected effect
     * @return this builder
     */
    public Builder effect(IndicatorEffect value) {
      effects.add(Objects.requireNonNull(value, "effect"));
      return this;
    }

    /**
     * Replaces the expected effects.
     *
     * @param values the indicators it should move, and which way
     * @return this builder
     */
    public Builder effects(List<IndicatorEffect> values) {
      effects.clear();
      effects.addAll(Objects.requireNonNull(values, "effects"));
      return this;
    }

    /**
     * Adds tags.
     *
     * @param values the tags
     * @return this builder
     */
    public Builder tag(String... values) {
      tags.addAll(List.of(Objects.requireNonNull(values, "tag")));
      return this;
    }

    /**
     * Replaces the tags.
     *
     * @param values free tags
     * @return this builder
     */
    public Builder tags(List<String> values) {
      tags.clear();
      tags.addAll(Objects.requireNonNull(values, "tags"));
      return this;
    }

    /**
     * Sets the location.
     *
     * @param value where it takes place
     * @return this builder
     */
    public Builder location(Location value) {
      this.location = Optional.of(Objects.requireNonNull(value, "location"));
      return this;
    }

    /**
     * Clears the location: the action will have none.
     *
     * @return this builder
     */
    public Builder clearLocation() {
      this.location = Optional.empty();
      return this;
    }

    /**
     * Builds the action.
     *
     * @return the action
     */
    public Action build() {
      return new Action(
          id, title, description, objectiveIds, responsible, partners, start, end, status, phase,
          tasks, dependsOn, budget, effects, tags, location);
    }
  }
}
