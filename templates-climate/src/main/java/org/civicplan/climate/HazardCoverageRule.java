// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.MessageCatalog;
import org.civicplan.template.RuleContext;
import org.civicplan.base.Severity;
import org.civicplan.template.ValidationRule;

/**
 * Every hazard a risk assessment rates high must be addressed by at least one adaptation action
 * (error); every hazard rated moderate should be (warning). The level comes from the risk matrix
 * parameter ({@link RiskMatrix}). An action addresses a hazard through the tag {@code
 * hazard:<id>} of the hazard or of its parent; cancelled actions address nothing. Also warns of
 * hazard ids and hazard tags that name no catalogue hazard.
 *
 * <p>Source: the Covenant of Mayors SECAP must contain adaptation actions responding to the risk
 * and vulnerability assessment (mayors-adapt.eu FAQ; DOMAIN.md §1.1, §1.5).
 */
final class HazardCoverageRule implements ValidationRule {

  static final String TAG_PREFIX = "hazard:";

  private final MessageCatalog messages;
  private final Map<HazardId, Hazard> hazards;

  HazardCoverageRule(MessageCatalog messages, List<Hazard> hazards) {
    this.messages = messages;
    this.hazards = hazards.stream().collect(Collectors.toMap(Hazard::id, Function.identity()));
  }

  @Override
  public String id() {
    return "climate.hazards";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    RiskMatrix matrix = ClimateTemplate.riskMatrix(context.parameters());
    List<Annex> annexes = strategy.annexes();
    for (int i = 0; i < annexes.size(); i++) {
      if (!(annexes.get(i) instanceof RiskAssessment rva)) {
        continue;
      }
      for (int j = 0; j < rva.hazards().size(); j++) {
        HazardAssessment h = rva.hazards().get(j);
        String path = "/annexes/" + i + "/data/hazards/" + j;
        if (!hazards.containsKey(h.hazard())) {
          context.report(messages.finding(Severity.WARNING, ClimateCodes.HAZARD_UNKNOWN, path + "/hazard", h.hazard()));
        }
        RiskLevel level = h.riskLevel(matrix);
        if ((level == RiskLevel.HIGH || level == RiskLevel.MODERATE) && !addressed(strategy, h.hazard())) {
          boolean high = level == RiskLevel.HIGH;
          context.report(
              messages.finding(
                  high ? Severity.ERROR : Severity.WARNING,
                  high ? ClimateCodes.HAZARD_HIGH_UNADDRESSED : ClimateCodes.HAZARD_MODERATE_UNADDRESSED,
                  path,
                  h.hazard(),
                  hazardName(h.hazard(), "en"),
                  hazardName(h.hazard(), "ro")));
        }
      }
    }
    List<Action> actions = strategy.actions();
    for (int a = 0; a < actions.size(); a++) {
      List<String> tags = actions.get(a).tags();
      for (int t = 0; t < tags.size(); t++) {
        String tag = tags.get(t);
        if (tag.startsWith(TAG_PREFIX) && tagged(tag).filter(hazards::containsKey).isEmpty()) {
          context.report(
              messages.finding(
                  Severity.WARNING, ClimateCodes.ACTION_HAZARD_TAG_UNKNOWN, "/actions/" + a + "/tags/" + t,
                  tag, actions.get(a).id().value()));
        }
      }
    }
  }

  /** The hazard a {@code hazard:<id>} tag names; empty when the rest is not an id. */
  private static Optional<HazardId> tagged(String tag) {
    String id = tag.substring(TAG_PREFIX.length());
    return IdSyntax.isValid(id) ? Optional.of(HazardId.of(id)) : Optional.empty();
  }

  private String hazardName(HazardId id, String language) {
    return Optional.ofNullable(hazards.get(id)).flatMap(h -> h.name().exactly(language)).orElse(id.value());
  }

  /** Whether a non-cancelled action carries the tag of the hazard or of its parent. */
  boolean addressed(Strategy strategy, HazardId hazardId) {
    Optional<HazardId> parent = Optional.ofNullable(hazards.get(hazardId)).flatMap(Hazard::parent);
    return strategy.actions().stream()
        .filter(a -> a.status() != ActionStatus.CANCELLED)
        .flatMap(a -> a.tags().stream())
        .anyMatch(
            tag ->
                tag.equals(TAG_PREFIX + hazardId)
                    || parent.map(p -> tag.equals(TAG_PREFIX + p)).orElse(false));
  }
}
