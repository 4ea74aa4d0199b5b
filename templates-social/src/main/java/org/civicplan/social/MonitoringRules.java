// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.OrganisationId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.RuleKit;
import org.civicplan.template.ValidationRule;

/**
 * The rules of the independent monitoring of social services (the city's remit, issue 13 seed e);
 * codes in {@link SocialCodes}. That the monitoring body has no member from the directorate is
 * core's independence rule ({@code governance.body.independence}), which these rules rely on.
 */
final class MonitoringRules {

  private MonitoringRules() {}

  /** The bodies of {@code strategy} that monitor {@code directorate}, in document order. */
  static List<GovernanceBody> monitoring(Strategy strategy, OrganisationId directorate) {
    return strategy.governance().bodies().stream().filter(b -> b.monitors().contains(directorate)).toList();
  }

  /** The directorate's operating services need a body that monitors the directorate. */
  static ValidationRule body(RuleKit kit) {
    return kit.rule(SocialCodes.RULE_MONITORING_BODY, (strategy, report) -> {
      for (RuleKit.Located<SocialServices> annex : RuleKit.annexes(strategy, SocialServices.class)) {
        OrganisationId directorate = annex.value().directorate();
        long own = annex.value().services().stream()
            .filter(s -> s.operating() && s.provider().equals(directorate)).count();
        if (own > 0 && monitoring(strategy, directorate).isEmpty()) {
          report.error(SocialCodes.MONITORING_BODY_MISSING, "/governance/bodies", directorate.value(), own);
        }
      }
    });
  }

  /** The monitoring plan's references resolve, and every shortfall gets a recommendation. */
  static ValidationRule plan(RuleKit kit, List<QualityStandard> catalogue) {
    return kit.rule(SocialCodes.RULE_MONITORING_PLAN, (strategy, report) -> {
      Optional<SocialServices> services = strategy.annexes(SocialServices.class).stream().findFirst();
      Map<String, SocialServices.Service> byId = new HashMap<>();
      services.ifPresent(a -> a.services().forEach(s -> byId.putIfAbsent(s.id(), s)));
      for (RuleKit.Located<ServicesMonitoring> plan : RuleKit.annexes(strategy, ServicesMonitoring.class)) {
        ServicesMonitoring p = plan.value();
        boolean independent = services.isPresent() && monitoring(strategy, services.get().directorate()).stream()
            .anyMatch(b -> b.id().equals(p.body()));
        if (!independent) {
          report.error(SocialCodes.MONITORING_PLAN_BODY, plan.at("body"), p.body().value(),
              services.map(a -> a.directorate().value()).orElse("-"));
        }
        Map<String, QualityStandard> standards = new HashMap<>();
        catalogue.forEach(s -> standards.put(s.id(), s));
        p.standards().forEach(s -> standards.put(s.id(), s));
        for (RuleKit.Located<ServicesMonitoring.Visit> v : plan.each(p.visits(), "visits")) {
          SocialServices.Service service = byId.get(v.value().service());
          if (service == null) {
            report.error(SocialCodes.MONITORING_SERVICE_UNKNOWN, v.at("service"), v.value().service());
            continue;
          }
          for (RuleKit.Located<ServicesMonitoring.Check> c : v.each(v.value().checks(), "checks")) {
            QualityStandard standard = standards.get(c.value().standard());
            if (standard == null) {
              report.error(SocialCodes.MONITORING_STANDARD_UNKNOWN, c.at("standard"), c.value().standard(), service.id());
            } else if (standard.type() != service.type()) {
              report.error(SocialCodes.MONITORING_STANDARD_OTHER_TYPE, c.at("standard"), standard.id(),
                  Names.of(standard.type()), service.id(), Names.of(service.type()));
            }
          }
          boolean shortfall = v.value().checks().stream().anyMatch(c -> c.result() != CheckResult.MET);
          if (v.value().done() && shortfall && v.value().recommendations().isEmpty()) {
            report.warning(SocialCodes.MONITORING_RECOMMENDATION_MISSING, v.at("recommendations"), service.id(),
                v.value().doneOn().orElseThrow().toString());
          }
        }
      }
    });
  }
}
