// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicplan.base.ActionId;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Location;
import org.civicplan.strategy.Strategy;

/**
 * From vote to plan: the projects an outcome funds become actions of a strategy, each with a
 * budget line of its cost in the edition's budget year funded from the local budget under the
 * edition's name, the project's district as location, and tags {@code participatory-budget} and
 * its categories; the outcome itself is stored with the strategy as a {@link PbRecord}.
 */
public final class PbPlan {

  /** The tag every action created from a participatory budget carries. */
  public static final String TAG = "participatory-budget";

  private PbPlan() {}

  /**
   * The id of the action project {@code project} of {@code edition} becomes: the edition's id, a
   * hyphen and the project's id, with characters an id may not hold replaced by hyphens.
   *
   * @param edition the participatory-budgeting edition
   * @param project the project's id
   * @return the action id
   */
  public static ActionId actionId(PbEdition edition, ProjectId project) {
    String raw = edition.id() + "-" + project.value().replaceAll("[^A-Za-z0-9._:-]", "-");
    String id = raw.length() > 64 ? raw.substring(0, 64) : raw;
    IdSyntax.requireValid(id, "action id");
    return ActionId.of(id);
  }

  /**
   * The actions the funded projects of {@code outcome} become, in the order the rule funded them.
   *
   * @param objective the objective the actions serve
   * @param instance the instance that was counted
   * @param outcome the outcome of a rule on {@code instance}
   * @param edition the participatory-budgeting edition
   * @return the actions, one per funded project
   * @throws IllegalArgumentException if {@code outcome} funds a project {@code instance} does not
   *     have
   */
  public static List<Action> actions(PbInstance instance, PbOutcome outcome, PbEdition edition, ObjectiveId objective) {
    Objects.requireNonNull(objective, "objective");
    List<Action> actions = new ArrayList<>();
    for (ProjectId id : outcome.selected()) {
      PbProject p = instance.project(id)
          .orElseThrow(() -> new IllegalArgumentException("the outcome funds project \"" + id + "\", which the instance does not have"));
      ProjectDecision d = outcome.decision(id).orElseThrow();
      String name = p.name().isEmpty() ? id.value() : p.name();
      Action.Builder b = Action.builder(actionId(edition, id), LocalizedText.of(name, name))
          .description(LocalizedText.of(
              "Funded by " + edition.name().get(java.util.Locale.ENGLISH) + " (rule " + outcome.rule().label() + "): "
                  + d.reason().text().get(java.util.Locale.ENGLISH) + ". Approved by " + d.approvals() + " voters.",
              "Finanțat prin " + edition.name().get(java.util.Locale.forLanguageTag("ro")) + " (regula " + outcome.rule().label() + "): "
                  + d.reason().text().get(java.util.Locale.forLanguageTag("ro")) + ". Aprobat de " + d.approvals() + " votanți."))
          .serves(objective)
          .budgetLine(BudgetLine.planned(
              edition.budgetYear(), Money.of(p.cost(), edition.currency()),
              FundingSource.of(FundingKind.LOCAL_BUDGET, edition.name().get(java.util.Locale.forLanguageTag("ro")))))
          .tag(TAG);
      p.categories().forEach(b::tag);
      if (!p.targets().isEmpty()) {
        b.location(Location.ofDistrict(p.targets().get(0)));
      }
      actions.add(b.build());
    }
    return actions;
  }

  /**
   * The record of {@code outcome} as the strategy keeps it.
   *
   * @param instance the instance that was counted
   * @param outcome the outcome of a rule on {@code instance}
   * @param edition the participatory-budgeting edition
   * @return the record
   */
  public static PbRecord record(PbInstance instance, PbOutcome outcome, PbEdition edition) {
    Map<String, String> options = new LinkedHashMap<>();
    if (outcome.rule() instanceof PbRule.EqualShares s) {
      options.put("utility", s.utility().label());
      options.put("completion", s.completion().label());
      if (s.completion() instanceof PbRule.Completion.Add1 a) {
        options.put("increment", a.increment().toPlainString());
      } else if (s.completion() instanceof PbRule.Completion.Add1Exhaustive a) {
        options.put("increment", a.increment().toPlainString());
      }
      options.put("fill", s.fill().label());
      outcome.voterBudget().ifPresent(v -> options.put("voterBudget", v.toPlainString()));
    } else if (outcome.rule() instanceof PbRule.Greedy g) {
      options.put("order", g.order().label());
    }
    Set<ProjectId> funded = new HashSet<>(outcome.selected());
    List<PbRecord.Entry> entries = new ArrayList<>();
    for (ProjectDecision d : outcome.projects()) {
      Map<String, String> figures = new LinkedHashMap<>();
      d.reason().figures().forEach((k, v) -> figures.put(k, v.toPlainString()));
      String name = instance.project(d.id()).map(PbProject::name).orElse("");
      entries.add(new PbRecord.Entry(
          d.id(), name, funded.contains(d.id()) ? Optional.of(actionId(edition, d.id())) : Optional.empty(),
          d.funded(), d.reason().kind(), d.reason().text(), figures));
    }
    return new PbRecord(
        edition.id(), edition.name(), edition.decidedOn(), outcome.rule().label(), options, outcome.budget().toPlainString(),
        edition.currency().getCurrencyCode(), outcome.selected(), outcome.totalCost().toPlainString(), entries,
        List.copyOf(instance.officialOutcome()));
  }

  /**
   * {@code strategy} with the funded projects of {@code outcome} appended as actions serving {@code
   * objective}, and the outcome's record appended as an annex.
   *
   * @param strategy the strategy to add the actions and the record to
   * @param instance the instance that was counted
   * @param outcome the outcome of a rule on {@code instance}
   * @param edition the participatory-budgeting edition
   * @param objective the objective the actions serve
   * @return the strategy with the new actions and the record
   * @throws IllegalArgumentException if the strategy already has one of the action ids (the edition
   *     was applied before) or does not have {@code objective}
   */
  public static Strategy fund(Strategy strategy, PbInstance instance, PbOutcome outcome, PbEdition edition, ObjectiveId objective) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(objective, "objective");
    if (strategy.objectives().stream().flatMap(org.civicplan.strategy.Objective::flatten).noneMatch(o -> o.id().equals(objective))) {
      throw new IllegalArgumentException("strategy \"" + strategy.id() + "\" has no objective \"" + objective + "\"");
    }
    List<Action> actions = actions(instance, outcome, edition, objective);
    Set<ActionId> existing = new HashSet<>();
    strategy.actions().forEach(a -> existing.add(a.id()));
    for (Action a : actions) {
      if (existing.contains(a.id())) {
        throw new IllegalArgumentException("strategy \"" + strategy.id() + "\" already has action \"" + a.id() + "\"; was edition \""
            + edition.id() + "\" applied before?");
      }
    }
    Strategy.Builder b = strategy.toBuilder();
    actions.forEach(b::action);
    b.annex(record(instance, outcome, edition).toAnnex());
    return b.build();
  }
}
