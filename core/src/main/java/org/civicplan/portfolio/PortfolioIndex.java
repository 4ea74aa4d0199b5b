// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.base.StrategyId;
import org.civicplan.indicator.Indicator;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;

/**
 * What the cross-document rules, the combined budget and the combined report share: each
 * member's links, the strategies by id, and which actions of different strategies are the same.
 */
final class PortfolioIndex {

  /** An action of a member: the member's index and the action's index in its action plan. */
  record Node(int member, int action) implements Comparable<Node> {
    @Override
    public int compareTo(Node o) {
      return member != o.member ? Integer.compare(member, o.member) : Integer.compare(action, o.action);
    }
  }

  /**
   * Two actions that are the same: the copy and the action that owns it. Declared by a shared
   * link at {@code pointer} in the copy's document, or found by their title.
   */
  record SameAction(Node copy, Node owner, boolean declared) {}

  /** An integrated strategy and a sectoral strategy it delegates an objective to. */
  record Implementation(int integrated, int sectoral) {}

  final Portfolio portfolio;
  final List<Portfolio.Member> members;
  final List<LinksCodec.Read> links = new ArrayList<>();
  private final Map<StrategyId, Integer> byId = new HashMap<>();
  private final List<Set<String>> objectiveIds = new ArrayList<>();
  private final List<Map<String, Integer>> actionIds = new ArrayList<>();
  private final List<Map<String, Integer>> indicatorIds = new ArrayList<>();
  final List<SameAction> undeclared = new ArrayList<>();
  final List<SameAction> declared = new ArrayList<>();
  final List<Implementation> implementations = new ArrayList<>();
  private final Map<Node, Node> parent = new HashMap<>();
  private final Map<Node, Node> owners = new HashMap<>();

  PortfolioIndex(Portfolio portfolio) {
    this.portfolio = portfolio;
    this.members = portfolio.members();
    for (int i = 0; i < members.size(); i++) {
      Strategy s = members.get(i).strategy();
      byId.putIfAbsent(s.id(), i);
      links.add(LinksCodec.read(s));
      Set<String> objectives = new HashSet<>();
      s.allObjectives().forEach(o -> objectives.add(o.id().value()));
      objectiveIds.add(objectives);
      Map<String, Integer> actions = new HashMap<>();
      for (int a = 0; a < s.actions().size(); a++) {
        actions.putIfAbsent(s.actions().get(a).id().value(), a);
      }
      actionIds.add(actions);
      Map<String, Integer> indicators = new HashMap<>();
      for (int k = 0; k < s.indicators().size(); k++) {
        indicators.putIfAbsent(s.indicators().get(k).id().value(), k);
      }
      indicatorIds.add(indicators);
    }
    Set<Implementation> pairs = new LinkedHashSet<>();
    for (int i = 0; i < members.size(); i++) {
      for (var d : links.get(i).delegations()) {
        int target = resolve(i, d.link().to()).orElse(-1);
        if (target >= 0) {
          pairs.add(new Implementation(i, target));
        }
      }
      for (var s : links.get(i).sharedActions()) {
        Optional<Integer> m = resolveMember(i, s.link().with());
        Optional<Integer> a = action(i, s.link().action().value());
        if (m.isPresent() && a.isPresent()) {
          Integer owner = actionIds.get(m.get()).get(s.link().with().id());
          if (owner != null) {
            SameAction same = new SameAction(new Node(i, a.get()), new Node(m.get(), owner), true);
            declared.add(same);
            union(same.copy(), same.owner());
          }
        }
      }
    }
    implementations.addAll(pairs);
    findUndeclared();
    assignOwners();
  }

  /** {@return the member index of a strategy id, the first if several share it} */
  Optional<Integer> member(StrategyId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** {@return the member a reference from member {@code from} points to; never {@code from} itself} */
  Optional<Integer> resolveMember(int from, CrossReference ref) {
    Integer m = byId.get(ref.strategy());
    return m == null || m == from || members.get(from).strategy().id().equals(ref.strategy())
        ? Optional.empty() : Optional.of(m);
  }

  /** {@return the member a reference points to, if it has the item referred to} */
  Optional<Integer> resolve(int from, CrossReference ref) {
    return resolveMember(from, ref).filter(m -> has(m, ref.kind(), ref.id()));
  }

  boolean has(int member, CrossReference.Kind kind, String id) {
    return switch (kind) {
      case OBJECTIVE -> objectiveIds.get(member).contains(id);
      case ACTION -> actionIds.get(member).containsKey(id);
      case INDICATOR -> indicatorIds.get(member).containsKey(id);
    };
  }

  Optional<Integer> action(int member, String id) {
    return Optional.ofNullable(actionIds.get(member).get(id));
  }

  Optional<Integer> indicator(int member, String id) {
    return Optional.ofNullable(indicatorIds.get(member).get(id));
  }

  Action actionAt(Node n) {
    return members.get(n.member()).strategy().actions().get(n.action());
  }

  Indicator indicatorAt(int member, int index) {
    return members.get(member).strategy().indicators().get(index);
  }

  /** {@return the action that owns the group of same actions this one belongs to; itself if none} */
  Node owner(Node n) {
    return owners.getOrDefault(n, n);
  }

  private void findUndeclared() {
    Map<String, Node> firstByTitle = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      List<Action> actions = members.get(i).strategy().actions();
      for (int a = 0; a < actions.size(); a++) {
        Node n = new Node(i, a);
        Node match = null;
        List<String> keys = titleKeys(actions.get(a));
        for (String key : keys) {
          Node earlier = firstByTitle.get(key);
          if (earlier != null && earlier.member() != i && (match == null || earlier.compareTo(match) < 0)) {
            match = earlier;
          }
        }
        for (String key : keys) {
          firstByTitle.putIfAbsent(key, n);
        }
        if (match != null && !find(match).equals(find(n))) {
          undeclared.add(new SameAction(n, match, false));
          union(n, match);
        }
      }
    }
  }

  private static List<String> titleKeys(Action action) {
    List<String> keys = new ArrayList<>();
    for (String lang : action.title().languages()) {
      String text = action.title().exactly(lang).orElse("").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (!text.isEmpty()) {
        keys.add(lang + "\u0000" + text);
      }
    }
    return keys;
  }

  private void assignOwners() {
    Set<Node> copies = new HashSet<>();
    declared.forEach(s -> copies.add(s.copy()));
    Map<Node, List<Node>> groups = new LinkedHashMap<>();
    List<Node> nodes = new ArrayList<>(parent.keySet());
    nodes.sort(null);
    for (Node n : nodes) {
      groups.computeIfAbsent(find(n), k -> new ArrayList<>()).add(n);
    }
    for (List<Node> group : groups.values()) {
      Node owner = group.stream().filter(n -> !copies.contains(n)).findFirst().orElse(group.get(0));
      group.forEach(n -> owners.put(n, owner));
    }
  }

  private Node find(Node n) {
    Node p = parent.get(n);
    if (p == null || p.equals(n)) {
      return n;
    }
    Node root = find(p);
    parent.put(n, root);
    return root;
  }

  private void union(Node a, Node b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    Node ra = find(a);
    Node rb = find(b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
