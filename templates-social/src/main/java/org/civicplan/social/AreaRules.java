// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.governance.PartnershipProject;
import org.civicplan.strategy.Action;
import org.civicplan.template.RuleKit;
import org.civicplan.template.ValidationRule;

/**
 * The rules of the marginalised areas and of the projects with Local Action Groups and NGOs (the
 * city's remit, issue 13 seed h; CLLD, DOMAIN.md §4); codes in {@link SocialCodes}.
 */
final class AreaRules {

  /** Parameter: the action tag that marks a community-led local development (LAG) project. */
  static final String LAG_TAG = "projects.lag-tag";

  private AreaRules() {}

  static ValidationRule areas(RuleKit kit) {
    return kit.rule(SocialCodes.RULE_AREAS, (strategy, report) -> {
      Set<String> known = new HashSet<>();
      for (RuleKit.Located<MarginalisedAreas> annex : RuleKit.annexes(strategy, MarginalisedAreas.class)) {
        Set<String> ids = new HashSet<>();
        for (RuleKit.Located<MarginalisedAreas.Area> a : annex.each(annex.value().areas(), "areas")) {
          if (!ids.add(a.value().id())) {
            report.error(SocialCodes.DUPLICATE, a.at("id"), "areas", a.value().id());
          }
        }
        known.addAll(ids);
      }
      String tag = report.parameters().text(LAG_TAG).orElse("clld");
      Map<OrganisationId, OrganisationCategory> category = new HashMap<>();
      strategy.organisations().forEach(o -> category.put(o.id(), o.category()));
      List<PartnershipProject> projects = strategy.governance().projects();
      for (int p = 0; p < projects.size(); p++) {
        PartnershipProject project = projects.get(p);
        String path = "/governance/projects/" + p;
        for (int t = 0; t < project.targetAreas().size(); t++) {
          String area = project.targetAreas().get(t);
          if (!known.contains(area)) {
            report.error(SocialCodes.PROJECT_AREA_UNKNOWN, path + "/targetAreas/" + t, project.action().value(), area);
          }
        }
        Optional<Action> action = strategy.action(project.action());
        if (action.isPresent() && action.get().tags().contains(tag)
            && action.get().partners().stream().noneMatch(x -> category.get(x.organisation()) == OrganisationCategory.LOCAL_ACTION_GROUP)) {
          report.error(SocialCodes.PROJECT_LAG_MISSING, path, project.action().value(), tag);
        }
      }
    });
  }
}
