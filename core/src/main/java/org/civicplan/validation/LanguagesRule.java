package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.indicator.Indicator;
import org.civicplan.strategy.Action;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.Task;

/**
 * Texts are given in Romanian and English (a warning per text, at the text, listing the missing
 * languages): the strategy's title and vision, objectives' titles, actions' and tasks' titles,
 * indicators', organisations' and bodies' names, and descriptions and definitions when they are not
 * blank. A blank text counts as missing.
 */
final class LanguagesRule implements ValidationRule {

  private static final List<String> REQUIRED = List.of(LocalizedText.ROMANIAN, LocalizedText.ENGLISH);

  private final MessageCatalog messages;

  LanguagesRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "core.text.languages";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    String sid = strategy.id().value();
    check(context, strategy.title(), "", "title", "strategy", sid);
    check(context, strategy.vision(), "", "vision", "strategy", sid);
    for (LocatedObjective o : LocatedObjective.all(strategy)) {
      Objective objective = o.objective();
      String id = objective.id().value();
      check(context, objective.title(), o.path(), "title", "objective", id);
      optional(context, objective.description(), o.path(), "description", "objective", id);
    }
    List<Action> actions = strategy.actions();
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      String path = Pointer.of("actions", i);
      String id = a.id().value();
      check(context, a.title(), path, "title", "action", id);
      optional(context, a.description(), path, "description", "action", id);
      List<Task> tasks = a.tasks();
      for (int k = 0; k < tasks.size(); k++) {
        check(context, tasks.get(k).title(), Pointer.child(path, "tasks", k), "title", "task", id,
            tasks.get(k).id().value());
      }
    }
    List<Indicator> indicators = strategy.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      String path = Pointer.of("indicators", i);
      check(context, indicator.name(), path, "name", "indicator", indicator.id().value());
      optional(context, indicator.definition(), path, "definition", "indicator", indicator.id().value());
    }
    for (int i = 0; i < strategy.organisations().size(); i++) {
      check(context, strategy.organisations().get(i).name(), Pointer.of("organisations", i), "name",
          "organisation", strategy.organisations().get(i).id().value());
    }
    List<GovernanceBody> bodies = strategy.governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      check(context, bodies.get(i).name(), Pointer.of("governance", "bodies", i), "name", "body",
          bodies.get(i).id().value());
    }
  }

  private void optional(RuleContext context, LocalizedText text, String base, String member, String kind, String id) {
    if (!text.isBlank()) {
      check(context, text, base, member, kind, id);
    }
  }

  private void check(
      RuleContext context, LocalizedText text, String base, String member, String kind, String... ids) {
    List<String> missing = new ArrayList<>();
    for (String language : REQUIRED) {
      if (!text.has(language)) {
        missing.add(language);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    Object[] args = new Object[ids.length + 2];
    System.arraycopy(ids, 0, args, 0, ids.length);
    args[ids.length] = member;
    args[ids.length + 1] = String.join(", ", missing);
    context.report(
        new Finding(Severity.WARNING, FindingCodes.TEXT_LANGUAGE_MISSING, Pointer.child(base, member),
            messages.text("text.language.missing." + kind, args)));
  }
}
