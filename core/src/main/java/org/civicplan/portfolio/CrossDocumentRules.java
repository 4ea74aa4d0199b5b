// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.LifecycleState;
import org.civicplan.indicator.Indicator;
import org.civicplan.strategy.Strategy;

/**
 * The rules only a portfolio can check, each a small function of the {@link PortfolioIndex}.
 *
 * <p>Sources: the duties of the city to draw up and monitor the integrated sustainable-development
 * strategy spanning the sectoral ones, and the portfolio checks asked for in the project's issue
 * on the integrated strategy. The structure of an integrated urban strategy (SIDU) and the order
 * in which it and its sectoral strategies are approved are not verified in the sources consulted
 * (DOMAIN.md §5, [NV]): the period and lifecycle rules are therefore warnings.
 */
final class CrossDocumentRules {

  private interface Rule {
    void check(PortfolioIndex ix, List<PortfolioFinding> out);
  }

  private static final List<Rule> ALL = List.of(
      CrossDocumentRules::strategyIds,
      CrossDocumentRules::municipality,
      CrossDocumentRules::linkProblems,
      CrossDocumentRules::delegations,
      CrossDocumentRules::sharedActions,
      CrossDocumentRules::sharedIndicators,
      CrossDocumentRules::actionsClaimedTwice,
      CrossDocumentRules::approvalOrder,
      CrossDocumentRules::periods,
      CrossDocumentRules::lifecycle);

  private static final Set<LifecycleState> IN_FORCE = EnumSet.of(LifecycleState.APPROVED, LifecycleState.IN_IMPLEMENTATION);
  private static final Set<LifecycleState> ENDED = EnumSet.of(LifecycleState.CLOSED, LifecycleState.WITHDRAWN);

  private CrossDocumentRules() {}

  static List<PortfolioFinding> check(PortfolioIndex ix) {
    List<PortfolioFinding> out = new ArrayList<>();
    for (Rule r : ALL) {
      r.check(ix, out);
    }
    List<PortfolioFinding> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparingInt((PortfolioFinding f) -> memberOrder(ix, f.source()))
        .thenComparing(f -> f.finding().path(), Pointer.ORDER)
        .thenComparing(f -> f.finding().code()));
    return List.copyOf(sorted);
  }

  private static int memberOrder(PortfolioIndex ix, String source) {
    for (int i = 0; i < ix.members.size(); i++) {
      if (ix.members.get(i).source().equals(source)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static void add(PortfolioIndex ix, List<PortfolioFinding> out, int member, Severity severity, String code,
      String path, String key, Object... args) {
    LocalizedText text = PortfolioMessages.CATALOG.text(key, args);
    out.add(new PortfolioFinding(ix.members.get(member).source(), new Finding(severity, code, path, text)));
  }

  private static String id(PortfolioIndex ix, int member) {
    return ix.members.get(member).strategy().id().value();
  }

  private static LocalizedText kind(CrossReference.Kind kind) {
    return PortfolioMessages.CATALOG.text("kind." + kind.label());
  }

  private static void strategyIds(PortfolioIndex ix, List<PortfolioFinding> out) {
    for (int i = 0; i < ix.members.size(); i++) {
      int first = ix.member(ix.members.get(i).strategy().id()).orElseThrow();
      if (first != i) {
        add(ix, out, i, Severity.ERROR, PortfolioCodes.STRATEGY_ID_DUPLICATE, "/id", PortfolioCodes.STRATEGY_ID_DUPLICATE,
            id(ix, i), ix.members.get(first).source());
      }
    }
  }

  private static void municipality(PortfolioIndex ix, List<PortfolioFinding> out) {
    if (ix.members.isEmpty()) {
      return;
    }
    String name = ix.members.get(0).strategy().municipality().name();
    for (int i = 1; i < ix.members.size(); i++) {
      String other = ix.members.get(i).strategy().municipality().name();
      if (!other.equals(name)) {
        add(ix, out, i, Severity.WARNING, PortfolioCodes.MUNICIPALITY_DIFFERS, "/municipality/name",
            PortfolioCodes.MUNICIPALITY_DIFFERS, other, id(ix, 0), name);
      }
    }
  }

  private static void linkProblems(PortfolioIndex ix, List<PortfolioFinding> out) {
    for (int i = 0; i < ix.members.size(); i++) {
      for (Finding f : ix.links.get(i).problems()) {
        out.add(new PortfolioFinding(ix.members.get(i).source(), f));
      }
    }
  }

  /** Reports a reference that does not resolve; {@return whether it resolves} */
  private static boolean reference(PortfolioIndex ix, List<PortfolioFinding> out, int i, CrossReference ref, String path) {
    if (ref.strategy().equals(ix.members.get(i).strategy().id())) {
      add(ix, out, i, Severity.ERROR, PortfolioCodes.REFERENCE_UNRESOLVED, path, "portfolio.reference-unresolved.self",
          ref.toString());
      return false;
    }
    Optional<Integer> m = ix.resolveMember(i, ref);
    if (m.isEmpty()) {
      add(ix, out, i, Severity.ERROR, PortfolioCodes.REFERENCE_UNRESOLVED, path,
          "portfolio.reference-unresolved.strategy", ref.toString(), ref.strategy().value(),
          String.join(", ", ix.members.stream().map(x -> x.strategy().id().value()).toList()));
      return false;
    }
    if (!ix.has(m.get(), ref.kind(), ref.id())) {
      add(ix, out, i, Severity.ERROR, PortfolioCodes.REFERENCE_UNRESOLVED, path, "portfolio.reference-unresolved.item",
          ref.toString(), kind(ref.kind()), ref.id(), ref.strategy().value());
      return false;
    }
    return true;
  }

  private static void subject(PortfolioIndex ix, List<PortfolioFinding> out, int i, CrossReference.Kind kind,
      String id, String path) {
    if (!ix.has(i, kind, id)) {
      add(ix, out, i, Severity.ERROR, PortfolioCodes.LINK_SUBJECT_UNKNOWN, path, PortfolioCodes.LINK_SUBJECT_UNKNOWN,
          kind(kind), id);
    }
  }

  private static void delegations(PortfolioIndex ix, List<PortfolioFinding> out) {
    for (int i = 0; i < ix.members.size(); i++) {
      for (var d : ix.links.get(i).delegations()) {
        subject(ix, out, i, CrossReference.Kind.OBJECTIVE, d.link().objective().value(), Pointer.child(d.pointer(), "objective"));
        reference(ix, out, i, d.link().to(), Pointer.child(d.pointer(), "to"));
      }
    }
  }

  private static void sharedActions(PortfolioIndex ix, List<PortfolioFinding> out) {
    for (int i = 0; i < ix.members.size(); i++) {
      for (var s : ix.links.get(i).sharedActions()) {
        subject(ix, out, i, CrossReference.Kind.ACTION, s.link().action().value(), Pointer.child(s.pointer(), "action"));
        reference(ix, out, i, s.link().with(), Pointer.child(s.pointer(), "with"));
      }
    }
  }

  private static void sharedIndicators(PortfolioIndex ix, List<PortfolioFinding> out) {
    for (int i = 0; i < ix.members.size(); i++) {
      for (var s : ix.links.get(i).sharedIndicators()) {
        String local = s.link().indicator().value();
        subject(ix, out, i, CrossReference.Kind.INDICATOR, local, Pointer.child(s.pointer(), "indicator"));
        if (!reference(ix, out, i, s.link().with(), Pointer.child(s.pointer(), "with"))) {
          continue;
        }
        Optional<Integer> k = ix.indicator(i, local);
        if (k.isEmpty()) {
          continue;
        }
        int m = ix.resolve(i, s.link().with()).orElseThrow();
        Indicator mine = ix.indicatorAt(i, k.get());
        Indicator owner = ix.indicatorAt(m, ix.indicator(m, s.link().with().id()).orElseThrow());
        if (!mine.unit().equals(owner.unit())) {
          add(ix, out, i, Severity.ERROR, PortfolioCodes.INDICATOR_UNIT_DIFFERS, Pointer.of("indicators", k.get(), "unit"),
              PortfolioCodes.INDICATOR_UNIT_DIFFERS, local, s.link().with().toString(), owner.unit(), mine.unit());
        }
        if (!mine.measurements().isEmpty() && !owner.measurements().isEmpty()) {
          add(ix, out, i, Severity.ERROR, PortfolioCodes.INDICATOR_SERIES_TWICE,
              Pointer.of("indicators", k.get(), "measurements"), PortfolioCodes.INDICATOR_SERIES_TWICE, local,
              s.link().with().toString(), mine.measurements().size());
        }
      }
    }
  }

  private static void actionsClaimedTwice(PortfolioIndex ix, List<PortfolioFinding> out) {
    for (PortfolioIndex.SameAction same : ix.undeclared) {
      var copy = ix.actionAt(same.copy());
      var owner = ix.actionAt(same.owner());
      add(ix, out, same.copy().member(), Severity.WARNING, PortfolioCodes.ACTION_CLAIMED_TWICE,
          Pointer.of("actions", same.copy().action()), PortfolioCodes.ACTION_CLAIMED_TWICE, copy.id().value(),
          copy.title(), id(ix, same.owner().member()), owner.id().value());
    }
  }

  private static Optional<Integer> latestDecision(Strategy s) {
    List<CouncilDecision> d = s.governance().decisions();
    int best = -1;
    for (int k = 0; k < d.size(); k++) {
      if (best < 0 || d.get(k).date().isAfter(d.get(best).date())) {
        best = k;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  private static void approvalOrder(PortfolioIndex ix, List<PortfolioFinding> out) {
    for (var p : ix.implementations) {
      Strategy integrated = ix.members.get(p.integrated()).strategy();
      Strategy sectoral = ix.members.get(p.sectoral()).strategy();
      Optional<Integer> di = latestDecision(integrated);
      Optional<Integer> ds = latestDecision(sectoral);
      if (di.isEmpty() || ds.isEmpty()) {
        continue;
      }
      CouncilDecision ci = integrated.governance().decisions().get(di.get());
      CouncilDecision cs = sectoral.governance().decisions().get(ds.get());
      LocalDate approved = cs.date();
      if (approved.isAfter(ci.date())) {
        add(ix, out, p.sectoral(), Severity.WARNING, PortfolioCodes.APPROVED_AFTER_INTEGRATED,
            Pointer.of("governance", "decisions", ds.get(), "date"), PortfolioCodes.APPROVED_AFTER_INTEGRATED,
            approved.toString(), cs.number(), integrated.id().value(), ci.date().toString());
      }
    }
  }

  private static void periods(PortfolioIndex ix, List<PortfolioFinding> out) {
    for (var p : ix.implementations) {
      Strategy integrated = ix.members.get(p.integrated()).strategy();
      Strategy sectoral = ix.members.get(p.sectoral()).strategy();
      if (sectoral.period().endYear() > integrated.period().endYear()) {
        add(ix, out, p.sectoral(), Severity.WARNING, PortfolioCodes.OUTLIVES_INTEGRATED, "/period",
            PortfolioCodes.OUTLIVES_INTEGRATED, sectoral.period().toString(), integrated.id().value(),
            integrated.period().toString());
      }
    }
  }

  private static void lifecycle(PortfolioIndex ix, List<PortfolioFinding> out) {
    for (var p : ix.implementations) {
      Strategy integrated = ix.members.get(p.integrated()).strategy();
      Strategy sectoral = ix.members.get(p.sectoral()).strategy();
      boolean mismatch = (IN_FORCE.contains(sectoral.state()) && ENDED.contains(integrated.state()))
          || (ENDED.contains(sectoral.state()) && IN_FORCE.contains(integrated.state()));
      if (mismatch) {
        add(ix, out, p.sectoral(), Severity.WARNING, PortfolioCodes.LIFECYCLE_INCONSISTENT, "/state",
            PortfolioCodes.LIFECYCLE_INCONSISTENT, state(sectoral.state()), integrated.id().value(),
            state(integrated.state()));
      }
    }
  }

  private static LocalizedText state(LifecycleState s) {
    return PortfolioMessages.CATALOG.text("state." + s.kebab());
  }
}
