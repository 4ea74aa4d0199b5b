// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.civicplan.base.ActionId;
import org.civicplan.base.Finding;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes the data of {@value StrategyLinks#KIND} annexes. */
final class LinksCodec {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private LinksCodec() {}

  /** A link with the JSON Pointer of its entry in the document. */
  record Located<T>(T link, String pointer) {}

  /** What a strategy's link annexes hold, with where each link is and what could not be read. */
  record Read(
      StrategyLinks links,
      List<Located<Delegation>> delegations,
      List<Located<SharedAction>> sharedActions,
      List<Located<SharedIndicator>> sharedIndicators,
      List<Finding> problems) {}

  private record Member<T>(String name, String local, String target, BiFunction<String, CrossReference, T> make) {}

  private static final Member<Delegation> DELEGATION =
      new Member<>("delegations", "objective", "to", (l, r) -> new Delegation(ObjectiveId.of(l), r));
  private static final Member<SharedAction> SHARED_ACTION =
      new Member<>("sharedActions", "action", "with", (l, r) -> new SharedAction(ActionId.of(l), r));
  private static final Member<SharedIndicator> SHARED_INDICATOR =
      new Member<>("sharedIndicators", "indicator", "with", (l, r) -> new SharedIndicator(IndicatorId.of(l), r));
  private static final Map<String, CrossReference.Kind> KINDS = Map.of(
      "delegations", CrossReference.Kind.OBJECTIVE,
      "sharedActions", CrossReference.Kind.ACTION,
      "sharedIndicators", CrossReference.Kind.INDICATOR);

  static Read read(Strategy strategy) {
    List<Located<Delegation>> delegations = new ArrayList<>();
    List<Located<SharedAction>> actions = new ArrayList<>();
    List<Located<SharedIndicator>> indicators = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    List<Annex> annexes = strategy.annexes();
    for (int i = 0; i < annexes.size(); i++) {
      if (!(annexes.get(i) instanceof RawAnnex raw) || !raw.kind().equals(StrategyLinks.KIND)) {
        continue;
      }
      String data = Pointer.of("annexes", i, "data");
      JsonNode root;
      try {
        root = MAPPER.readTree(raw.json());
      } catch (JacksonException e) {
        problems.add(invalid(data, "portfolio.links.not-object"));
        continue;
      }
      if (!root.isObject()) {
        problems.add(invalid(data, "portfolio.links.not-object"));
        continue;
      }
      for (String name : root.propertyNames()) {
        if (!KINDS.containsKey(name)) {
          problems.add(invalid(Pointer.child(data, name), "portfolio.links.unknown-member", name,
              "delegations, sharedActions, sharedIndicators"));
        }
      }
      entries(root, data, DELEGATION, delegations, problems);
      entries(root, data, SHARED_ACTION, actions, problems);
      entries(root, data, SHARED_INDICATOR, indicators, problems);
    }
    StrategyLinks links = new StrategyLinks(
        delegations.stream().map(Located::link).toList(),
        actions.stream().map(Located::link).toList(),
        indicators.stream().map(Located::link).toList());
    return new Read(links, delegations, actions, indicators, problems);
  }

  private static <T> void entries(JsonNode root, String data, Member<T> member, List<Located<T>> out, List<Finding> problems) {
    JsonNode list = root.get(member.name());
    if (list == null) {
      return;
    }
    String at = Pointer.child(data, member.name());
    if (!list.isArray()) {
      problems.add(invalid(at, "portfolio.links.not-list", member.name()));
      return;
    }
    for (int j = 0; j < list.size(); j++) {
      String entry = Pointer.child(at, j);
      JsonNode e = list.get(j);
      if (!e.isObject()) {
        problems.add(invalid(entry, "portfolio.links.entry-not-object", member.local(), member.target()));
        continue;
      }
      boolean ok = true;
      for (String name : e.propertyNames()) {
        if (!name.equals(member.local()) && !name.equals(member.target())) {
          problems.add(invalid(Pointer.child(entry, name), "portfolio.links.unknown-member", name,
              member.local() + ", " + member.target()));
          ok = false;
        }
      }
      String local = text(e, member.local(), entry, problems);
      String target = text(e, member.target(), entry, problems);
      if (local == null || target == null || !ok) {
        continue;
      }
      if (!IdSyntax.isValid(local)) {
        problems.add(invalid(Pointer.child(entry, member.local()), "portfolio.links.bad-id", local, IdSyntax.RULE));
        continue;
      }
      CrossReference ref;
      try {
        ref = CrossReference.parse(target);
      } catch (IllegalArgumentException ex) {
        problems.add(invalid(Pointer.child(entry, member.target()), "portfolio.links.bad-reference", target,
            "STRATEGY/" + KINDS.get(member.name()).label() + "/ID"));
        continue;
      }
      if (ref.kind() != KINDS.get(member.name())) {
        problems.add(invalid(Pointer.child(entry, member.target()), "portfolio.links.bad-reference", target,
            "STRATEGY/" + KINDS.get(member.name()).label() + "/ID"));
        continue;
      }
      out.add(new Located<>(member.make().apply(local, ref), entry));
    }
  }

  private static String text(JsonNode entry, String name, String at, List<Finding> problems) {
    JsonNode v = entry.get(name);
    if (v == null) {
      problems.add(invalid(at, "portfolio.links.missing-member", name));
      return null;
    }
    if (!v.isString()) {
      problems.add(invalid(Pointer.child(at, name), "portfolio.links.not-text", name));
      return null;
    }
    return v.asString();
  }

  private static Finding invalid(String path, String key, Object... args) {
    return new Finding(Severity.ERROR, PortfolioCodes.LINKS_INVALID, path, PortfolioMessages.CATALOG.text(key, args));
  }

  static String write(StrategyLinks links) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    if (!links.delegations().isEmpty()) {
      ArrayNode a = root.putArray("delegations");
      links.delegations().forEach(d -> a.addObject().put("objective", d.objective().value()).put("to", d.to().toString()));
    }
    if (!links.sharedActions().isEmpty()) {
      ArrayNode a = root.putArray("sharedActions");
      links.sharedActions().forEach(s -> a.addObject().put("action", s.action().value()).put("with", s.with().toString()));
    }
    if (!links.sharedIndicators().isEmpty()) {
      ArrayNode a = root.putArray("sharedIndicators");
      links.sharedIndicators().forEach(s -> a.addObject().put("indicator", s.indicator().value()).put("with", s.with().toString()));
    }
    return MAPPER.writeValueAsString(root);
  }

}
