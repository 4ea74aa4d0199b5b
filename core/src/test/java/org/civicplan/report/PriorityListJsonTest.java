// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import static org.civicplan.fixture.JsonMembers.assertText;
import static org.civicplan.fixture.JsonMembers.kebab;
import static org.civicplan.fixture.JsonMembers.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.document.ReportJson;
import org.civicplan.prioritisation.OrderInterval;
import org.civicplan.report.PriorityList.Budget;
import org.civicplan.report.PriorityList.Entry;
import org.civicplan.report.PriorityList.NotSelected;
import org.civicplan.report.PriorityList.OrderChange;
import org.civicplan.report.PriorityList.Selected;
import org.civicplan.report.PriorityList.Shortfall;
import org.civicplan.report.PriorityList.Stability;
import org.civicplan.report.PriorityList.StabilityStatus;
import org.civicplan.strategy.FundingSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ReportJson#priorityList} member by member against the list it writes: names in order,
 * exact values, money as exact decimal strings, optional members left out when empty.
 */
class PriorityListJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static List<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }

  private static void assertMoney(Money m, JsonNode n) {
    assertEquals(List.of("amount", "currency"), names(n));
    assertEquals(m.amount().toPlainString(), n.get("amount").asString());
    assertEquals(m.currency().getCurrencyCode(), n.get("currency").asString());
  }

  private static void assertDoubles(Map<String, Double> expected, JsonNode n) {
    assertEquals(new ArrayList<>(expected.keySet()), names(n));
    expected.forEach((k, v) -> assertEquals(v, n.get(k).doubleValue(), k));
  }

  static void assertMirrors(PriorityList l) {
    JsonNode j = MAPPER.readTree(ReportJson.write(ReportJson.priorityList(l)));
    List<String> members = new ArrayList<>(List.of("strategy", "title", "municipality", "decidedOn"));
    assertEquals(l.strategy(), j.get("strategy").asString());
    assertText(l.title(), j.get("title"));
    assertEquals(l.municipality(), j.get("municipality").asString());
    assertEquals(l.decidedOn().toString(), j.get("decidedOn").asString());
    l.decidedBy().ifPresent(by -> {
      members.add("decidedBy");
      assertEquals(by, j.get("decidedBy").asString());
    });
    if (!l.reason().isBlank()) {
      members.add("reason");
      assertText(l.reason(), j.get("reason"));
    }
    members.addAll(List.of("method", "options", "criteriaSet", "criteria", "entries"));
    assertEquals(l.method(), j.get("method").asString());
    assertEquals(new ArrayList<>(l.options().keySet()), names(j.get("options")));
    l.options().forEach((k, v) -> assertEquals(v, j.get("options").get(k).asString()));
    assertEquals(List.of("id", "name"), names(j.get("criteriaSet")));
    assertEquals(l.criteriaSet().value(), j.get("criteriaSet").get("id").asString());
    assertText(l.criteriaSetName(), j.get("criteriaSet").get("name"));
    assertEquals(l.criteria().size(), j.get("criteria").size());
    for (int k = 0; k < l.criteria().size(); k++) {
      PriorityList.CriterionWeight c = l.criteria().get(k);
      JsonNode x = j.get("criteria").get(k);
      assertEquals(c.direction().isPresent() ? List.of("id", "name", "direction", "weight") : List.of("id", "name", "weight"),
          names(x));
      assertEquals(c.id(), x.get("id").asString());
      assertText(c.name(), x.get("name"));
      c.direction().ifPresent(d -> assertEquals(kebab(d), x.get("direction").asString()));
      assertEquals(c.weight(), x.get("weight").doubleValue());
    }
    assertEquals(l.entries().size(), j.get("entries").size());
    for (int k = 0; k < l.entries().size(); k++) {
      assertEntry(l.entries().get(k), j.get("entries").get(k));
    }
    l.budget().ifPresent(b -> {
      members.add("budget");
      assertBudget(b, j.get("budget"));
    });
    members.add("stability");
    assertStability(l.stability(), j.get("stability"));
    assertEquals(members, names(j));
  }

  private static void assertEntry(Entry e, JsonNode x) {
    assertEquals(List.of("rank", "action", "name", "score", "values", "contributions", "cost", "total", "funding",
        "selected", "decision"), names(x));
    assertEquals(e.rank(), x.get("rank").asInt());
    assertEquals(e.action().value(), x.get("action").asString());
    assertText(e.name(), x.get("name"));
    assertEquals(e.score(), x.get("score").doubleValue());
    assertDoubles(e.values(), x.get("values"));
    assertDoubles(e.contributions(), x.get("contributions"));
    assertEquals(e.cost().size(), x.get("cost").size());
    for (int k = 0; k < e.cost().size(); k++) {
      JsonNode c = x.get("cost").get(k);
      assertEquals(List.of("year", "amount", "currency"), names(c));
      assertEquals(e.cost().get(k).year(), c.get("year").asInt());
      assertEquals(e.cost().get(k).amount().amount().toPlainString(), c.get("amount").asString());
      assertEquals(e.cost().get(k).amount().currency().getCurrencyCode(), c.get("currency").asString());
    }
    assertEquals(e.total().size(), x.get("total").size());
    for (int k = 0; k < e.total().size(); k++) {
      assertMoney(e.total().get(k), x.get("total").get(k));
    }
    assertEquals(e.funding().size(), x.get("funding").size());
    for (int k = 0; k < e.funding().size(); k++) {
      FundingSource f = e.funding().get(k);
      JsonNode y = x.get("funding").get(k);
      assertEquals(f.programme().isPresent() ? List.of("kind", "programme") : List.of("kind"), names(y));
      assertEquals(kebab(f.kind()), y.get("kind").asString());
      f.programme().ifPresent(p -> assertEquals(p, y.get("programme").asString()));
    }
    assertEquals(e.selected(), x.get("selected").asBoolean());
    JsonNode d = x.get("decision");
    assertEquals(e.decision().code(), d.get("kind").asString());
    if (e.decision() instanceof Selected s) {
      assertEquals(List.of("kind", "start", "end", "slip"), names(d));
      assertEquals(s.start(), d.get("start").asInt());
      assertEquals(s.end(), d.get("end").asInt());
      assertEquals(s.slip(), d.get("slip").asInt());
    } else if (e.decision() instanceof NotSelected n) {
      assertEquals(List.of("kind", "requires", "shortfalls", "outvalued"), names(d));
      assertEquals(n.requires().stream().map(ActionId::value).toList(), strings(d.get("requires")));
      assertEquals(n.shortfalls().size(), d.get("shortfalls").size());
      for (int k = 0; k < n.shortfalls().size(); k++) {
        Shortfall s = n.shortfalls().get(k);
        JsonNode y = d.get("shortfalls").get(k);
        assertEquals(List.of("year", "needed", "left"), names(y));
        assertEquals(s.year(), y.get("year").asInt());
        assertMoney(s.needed(), y.get("needed"));
        assertMoney(s.left(), y.get("left"));
      }
      assertEquals(n.outvalued(), d.get("outvalued").asBoolean());
    } else {
      assertEquals(List.of("kind"), names(d));
    }
  }

  private static void assertBudget(Budget b, JsonNode x) {
    List<String> members = new ArrayList<>(List.of("years"));
    assertEquals(b.available().size(), x.get("years").size());
    int k = 0;
    for (Map.Entry<Integer, Money> e : b.available().entrySet()) {
      JsonNode y = x.get("years").get(k++);
      assertEquals(List.of("year", "available", "cost", "left"), names(y));
      assertEquals(e.getKey().intValue(), y.get("year").asInt());
      assertMoney(e.getValue(), y.get("available"));
      assertMoney(b.cost().getOrDefault(e.getKey(), Money.zero(e.getValue().currency())), y.get("cost"));
      assertMoney(b.left(e.getKey()), y.get("left"));
    }
    if (!b.rates().isEmpty()) {
      members.add("rates");
      assertEquals(new ArrayList<>(b.rates().keySet()), names(x.get("rates")));
      b.rates().forEach((c, r) -> assertEquals(r.toPlainString(), x.get("rates").get(c).asString()));
    }
    members.addAll(List.of("optimal", "value", "bound"));
    assertEquals(b.optimal(), x.get("optimal").asBoolean());
    assertEquals(b.value(), x.get("value").doubleValue());
    assertEquals(b.bound(), x.get("bound").doubleValue());
    assertEquals(members, names(x));
  }

  private static void assertStability(Stability s, JsonNode x) {
    assertEquals(kebab(s.status()), x.get("status").asString());
    if (s.status() != StabilityStatus.AVAILABLE) {
      assertEquals(List.of("status"), names(x));
      return;
    }
    assertEquals(List.of("status", "firstPlace", "firstTwo", "changes"), names(x));
    assertIntervals(s.firstPlace(), x.get("firstPlace"));
    assertIntervals(s.firstTwo(), x.get("firstTwo"));
    List<OrderChange> changes = s.changes();
    assertEquals(changes.size(), x.get("changes").size());
    for (int k = 0; k < changes.size(); k++) {
      OrderChange c = changes.get(k);
      JsonNode y = x.get("changes").get(k);
      assertEquals(List.of("criterion", "direction", "weight", "at", "before", "after", "kind"), names(y));
      assertEquals(c.criterion(), y.get("criterion").asString());
      assertEquals(c.raised() ? "raise" : "lower", y.get("direction").asString());
      assertEquals(c.weight(), y.get("weight").doubleValue());
      assertEquals(c.at(), y.get("at").doubleValue());
      assertEquals(c.before().stream().map(ActionId::value).toList(), strings(y.get("before")));
      assertEquals(c.after().stream().map(ActionId::value).toList(), strings(y.get("after")));
      assertEquals(kebab(c.kind()), y.get("kind").asString());
    }
  }

  private static void assertIntervals(List<OrderInterval> intervals, JsonNode array) {
    assertEquals(intervals.size(), array.size());
    for (int k = 0; k < intervals.size(); k++) {
      OrderInterval i = intervals.get(k);
      JsonNode y = array.get(k);
      List<String> members = new ArrayList<>(List.of("criterion", "weight", "lower", "upper", "order"));
      assertEquals(i.criterion(), y.get("criterion").asString());
      assertEquals(i.weight(), y.get("weight").doubleValue());
      assertEquals(i.lower(), y.get("lower").doubleValue());
      assertEquals(i.upper(), y.get("upper").doubleValue());
      assertEquals(i.order(), strings(y.get("order")));
      if (i.changesBelow()) {
        members.add("orderBelow");
        assertEquals(i.orderBelow(), strings(y.get("orderBelow")));
      }
      if (i.changesAbove()) {
        members.add("orderAbove");
        assertEquals(i.orderAbove(), strings(y.get("orderAbove")));
      }
      assertEquals(members, names(y));
    }
  }

  // ---- the lists -------------------------------------------------------------------------

  @Test
  void theFixturesListIsWrittenMemberByMember() {
    PriorityList l = PriorityListFixture.list();
    assertTrue(l.budget().isPresent());
    assertEquals(StabilityStatus.AVAILABLE, l.stability().status());
    assertTrue(l.entries().stream().anyMatch(e -> e.decision() instanceof Selected));
    assertTrue(l.entries().stream().anyMatch(e -> e.decision() instanceof NotSelected));
    assertFalse(l.stability().changes().isEmpty());
    assertMirrors(l);
  }

  @Test
  void everyOptionalMemberFilledAndEveryIntervalKind() {
    PriorityList l = PriorityListFixture.list();
    Budget b = l.budget().orElseThrow();
    Map<String, BigDecimal> rates = new TreeMap<>(Map.of("EUR", new BigDecimal("4.9750")));
    Budget withRates = new Budget(b.available(), b.cost(), rates, false, b.value(), b.value() + 1.5);
    List<String> order = l.entries().stream().map(e -> e.action().value()).toList();
    List<String> swapped = new ArrayList<>(order);
    swapped.set(0, order.get(1));
    swapped.set(1, order.get(0));
    OrderInterval both = new OrderInterval("need", 0.5, 0.25, 0.75, order, swapped, swapped);
    OrderInterval none = new OrderInterval("users", 0.2, 0.0, 1.0, order, List.of(), List.of());
    PriorityList full = new PriorityList(l.strategy(), l.title(), l.municipality(), l.decidedOn(), Optional.of("Consiliul Local"),
        LocalizedText.of("Annual review", "Revizuirea anuală"), l.method(), l.options(), l.criteriaSet(), l.criteriaSetName(),
        l.criteria(), l.entries(), Optional.of(withRates), new Stability(StabilityStatus.AVAILABLE, List.of(none), List.of(both, none)));
    assertMirrors(full);
    JsonNode j = MAPPER.readTree(ReportJson.write(ReportJson.priorityList(full)));
    assertEquals("4.9750", j.get("budget").get("rates").get("EUR").asString());
    assertEquals(List.of("lower", "raise"), j.get("stability").get("changes").valueStream()
        .map(c -> c.get("direction").asString()).toList());
  }

  @Test
  void aListWithNothingOptionalLeavesTheMembersOut() {
    PriorityList l = PriorityListFixture.list();
    PriorityList bare = new PriorityList(l.strategy(), l.title(), l.municipality(), l.decidedOn(), Optional.empty(),
        LocalizedText.of("", ""), l.method(), Map.of(), l.criteriaSet(), l.criteriaSetName(), l.criteria(), l.entries(),
        Optional.empty(), Stability.of(StabilityStatus.TOO_FEW_ACTIONS));
    assertMirrors(bare);
    JsonNode j = MAPPER.readTree(ReportJson.write(ReportJson.priorityList(bare)));
    assertEquals(List.of("strategy", "title", "municipality", "decidedOn", "method", "options", "criteriaSet", "criteria",
        "entries", "stability"), names(j));
    assertEquals("too-few-actions", j.get("stability").get("status").asString());
  }
}
