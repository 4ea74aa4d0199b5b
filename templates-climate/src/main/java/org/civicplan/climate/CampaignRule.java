package org.civicplan.climate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.MessageCatalog;
import org.civicplan.template.RuleContext;
import org.civicplan.base.Severity;
import org.civicplan.template.ValidationRule;

/**
 * Awareness campaigns are consistent with the strategy: unique ids, an end not before the start,
 * a reach indicator and partners that the strategy declares (all errors).
 */
final class CampaignRule implements ValidationRule {

  private final MessageCatalog messages;

  CampaignRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "climate.campaigns";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    Set<IndicatorId> indicators = strategy.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
    Set<OrganisationId> organisations =
        strategy.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
    List<Annex> annexes = strategy.annexes();
    for (int i = 0; i < annexes.size(); i++) {
      if (!(annexes.get(i) instanceof AwarenessCampaigns ac)) {
        continue;
      }
      Set<String> ids = new HashSet<>();
      for (int j = 0; j < ac.campaigns().size(); j++) {
        Campaign c = ac.campaigns().get(j);
        String path = "/annexes/" + i + "/data/campaigns/" + j;
        if (!ids.add(c.id())) {
          context.report(messages.finding(Severity.ERROR, ClimateCodes.CAMPAIGN_ID_DUPLICATE, path + "/id", c.id()));
        }
        if (c.start().isPresent() && c.end().isPresent() && c.end().get().isBefore(c.start().get())) {
          context.report(
              messages.finding(
                  Severity.ERROR, ClimateCodes.CAMPAIGN_DATES_REVERSED, path + "/end", c.id(),
                  c.start().get().toString(), c.end().get().toString()));
        }
        if (c.reachIndicator().isPresent() && !indicators.contains(c.reachIndicator().get())) {
          context.report(
              messages.finding(
                  Severity.ERROR, ClimateCodes.CAMPAIGN_INDICATOR_UNKNOWN, path + "/reachIndicator", c.id(),
                  c.reachIndicator().get().value()));
        }
        for (int k = 0; k < c.partners().size(); k++) {
          if (!organisations.contains(c.partners().get(k))) {
            context.report(
                messages.finding(
                    Severity.ERROR, ClimateCodes.CAMPAIGN_PARTNER_UNKNOWN, path + "/partners/" + k, c.id(),
                    c.partners().get(k).value()));
          }
        }
      }
    }
  }
}
