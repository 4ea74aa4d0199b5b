// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.Severity;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;

/**
 * The action plan adds up: every estimate in the {@code mitigation-impacts} annex names an action
 * of the strategy (error) and only one estimate per action (warning); and, for a Covenant signatory
 * or a strategy with that annex, every mitigation action —
 * one serving an objective of the pillar given by parameter {@value
 * ClimateTemplate#MITIGATION_PILLAR} ({@code OG-1}) or tagged {@code mitigation}, and not cancelled
 * — has an estimate (warning); and the estimated reductions reach the reduction target in the
 * target year (warning, with the figures of the {@link GapAnalysis}).
 *
 * <p>Source: the SECAP template asks for the energy saved, the renewable energy produced and the
 * CO2 reduced of every mitigation action, and the commitment is a reduction by the target year
 * against the baseline inventory (JRC CoM approach; mayors-adapt.eu FAQ; DOMAIN.md §1.1–1.3). The
 * shortfall is a warning: the estimates are the city's own and the target may also be reached by
 * what the plan does not count.
 */
final class MitigationImpactRule implements ValidationRule {

  private final MessageCatalog messages;

  MitigationImpactRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "climate.mitigation-impacts";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    List<Annex> annexes = strategy.annexes();
    int index = CovenantRule.indexOf(annexes, MitigationImpacts.class);
    Set<String> estimated = new HashSet<>();
    if (index >= 0) {
      MitigationImpacts annex = (MitigationImpacts) annexes.get(index);
      String path = "/annexes/" + index + "/data/impacts/";
      for (int j = 0; j < annex.impacts().size(); j++) {
        ActionImpact impact = annex.impacts().get(j);
        String id = impact.action().value();
        if (strategy.action(impact.action()).isEmpty()) {
          context.report(messages.finding(Severity.ERROR, ClimateCodes.IMPACT_ACTION_UNKNOWN, path + j + "/action", id));
        } else if (!estimated.add(id)) {
          context.report(messages.finding(Severity.WARNING, ClimateCodes.IMPACT_ACTION_DUPLICATE, path + j + "/action", id));
        }
      }
    }
    boolean signatory = CovenantRule.indexOf(annexes, CovenantCommitment.class) >= 0
        || context.parameters().flag(ClimateTemplate.COM_SIGNATORY);
    if (index < 0 && !signatory) {
      return;
    }
    Map<ObjectiveId, ObjectiveId> pillars = GapAnalyses.pillars(strategy);
    Optional<ObjectiveId> pillar = context.parameters().text(ClimateTemplate.MITIGATION_PILLAR)
        .filter(org.civicplan.base.IdSyntax::isValid).map(ObjectiveId::of);
    List<Action> actions = strategy.actions();
    for (int k = 0; k < actions.size(); k++) {
      Action a = actions.get(k);
      if (a.status() != ActionStatus.CANCELLED && !estimated.contains(a.id().value())
          && GapAnalyses.isMitigation(a, pillars, pillar)) {
        context.report(messages.finding(Severity.WARNING, ClimateCodes.IMPACT_MISSING, "/actions/" + k, a.id().value()));
      }
    }
    ClimateMonitoring.gapAnalysis(strategy, context.parameters())
        .filter(g -> !g.reachesTarget())
        .ifPresent(g -> context.report(messages.finding(Severity.WARNING, ClimateCodes.IMPACT_TARGET_NOT_REACHED,
            index >= 0 ? "/annexes/" + index + "/data" : "/annexes",
            String.valueOf(g.target().year()), g.target().reductionPercent().toPlainString(),
            g.targetYear().committed().toPlainString(), g.requiredReduction().toPlainString(),
            g.targetYear().remainingGap().toPlainString())));
  }
}
