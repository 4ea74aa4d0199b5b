package org.civicplan.validation;

import org.civicplan.alignment.AlignmentLink;
import org.civicplan.report.AlignmentReport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.base.MessageCatalog;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.Finding;
import org.civicplan.template.RuleContext;
import org.civicplan.base.Severity;
import org.civicplan.template.ValidationRule;

/**
 * The validation rules of alignment: every link starts at an objective or action of the
 * strategy ({@value #LINK_LOCAL_UNKNOWN}, error). Whether the reference objective exists depends
 * on the frameworks installed, so the {@link AlignmentReport} lists unknown references instead.
 */
public final class AlignmentRules {

  /** An alignment link starts at an objective or action that does not exist (error). */
  public static final String LINK_LOCAL_UNKNOWN = "alignment.link.local-unknown";

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(name -> AlignmentRules.class.getResourceAsStream(name), "/org/civicplan/alignment/messages");

  private static final List<ValidationRule> ALL = List.of(new LocalExists());

  private AlignmentRules() {}

  /** The rules, in the fixed order a validator runs them. */
  public static List<ValidationRule> all() {
    return ALL;
  }

  static final class LocalExists implements ValidationRule {
    @Override
    public String id() {
      return "alignment.links";
    }

    @Override
    public void check(Strategy strategy, RuleContext context) {
      Set<ObjectiveId> objectives = new HashSet<>();
      strategy.allObjectives().map(Objective::id).forEach(objectives::add);
      Set<ActionId> actions = new HashSet<>();
      strategy.actions().stream().map(Action::id).forEach(actions::add);
      List<AlignmentLink> links = strategy.alignments();
      for (int i = 0; i < links.size(); i++) {
        AlignmentLink l = links.get(i);
        boolean exists = l.objective().map(objectives::contains).orElseGet(() -> actions.contains(l.action().orElseThrow()));
        if (!exists) {
          String what = l.objective().isPresent() ? "objective" : "action";
          context.report(new Finding(Severity.ERROR, LINK_LOCAL_UNKNOWN, "/alignments/" + i + "/" + what,
              MESSAGES.text(LINK_LOCAL_UNKNOWN + "." + what, l.framework(), l.reference(), l.localId())));
        }
      }
    }
  }
}
