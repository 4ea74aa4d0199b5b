package org.civicplan.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.lifecycle.Lifecycle;
import org.civicplan.governance.LifecycleState;
import org.civicplan.lifecycle.TransitionResult;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.base.Finding;

/**
 * Demo stage: checks on a fixed date ({@link DemoStage#AS_OF}, so the demo prints the same every
 * time) what the sample may do next in its lifecycle.
 *
 * <p>A strategy before approval is walked towards approval, step by step, until the first refusal,
 * whose reasons say what it would still need. An approved or implemented strategy says how it got
 * there (consultation, council decision) and tries each state it may move to; when one of them is
 * a revision, the revision is walked on the same day towards a new approval: it opens a new public
 * consultation, and the refusal to leave it on the same day shows what a revision requires.
 */
final class LifecycleStage implements DemoStage {

  /** At most this many steps are tried, more than the longest way to approval. */
  private static final int MAX_STEPS = 5;

  @Override
  public void run(Context c, int step) {
    PrintWriter o = c.printer();
    Strategy s = c.strategy();
    LocalDate on = AS_OF;
    Lifecycle lifecycle = Lifecycle.of(GovernanceOptions.terms(c.templates(), s), StrategyValidator.of(c.templates()));
    o.println(step + ". Lifecycle check on " + on + ": the sample is " + s.state().kebab() + history(s)
        + " and may move to " + next(s.state()) + ":");
    if (towardsApproval(s.state()).isPresent()) {
      o.println("   trying the way to approval:");
      walkTowardsApproval(lifecycle, s, on, c);
      return;
    }
    for (LifecycleState to : Lifecycle.next(s.state())) {
      TransitionResult r = lifecycle.transition(s, to, on);
      if (!r.isAllowed()) {
        refused(r, c);
        continue;
      }
      Strategy moved = r.strategy().orElseThrow();
      o.println("   " + r.from().kebab() + " -> " + r.to().kebab() + ": allowed; then " + next(moved.state()));
      if (to == LifecycleState.UNDER_REVISION) {
        o.println("   a revision goes back to the public before a new approval:");
        walkTowardsApproval(lifecycle, moved, on, c);
      }
    }
  }

  /** Walks {@code s} towards approval on {@code on}, printing each step, until refused or approved. */
  private static void walkTowardsApproval(Lifecycle lifecycle, Strategy s, LocalDate on, Context c) {
    PrintWriter o = c.printer();
    for (int i = 0; i < MAX_STEPS; i++) {
      Optional<LifecycleState> towards = towardsApproval(s.state());
      if (towards.isEmpty()) {
        return;
      }
      TransitionResult r = lifecycle.transition(s, towards.get(), on);
      if (!r.isAllowed()) {
        refused(r, c);
        return;
      }
      Strategy moved = r.strategy().orElseThrow();
      o.println("   " + r.from().kebab() + " -> " + r.to().kebab() + ": allowed" + opened(s, moved));
      s = moved;
      if (s.state() == LifecycleState.APPROVED) {
        return;
      }
    }
  }

  private static void refused(TransitionResult r, Context c) {
    c.printer().println("   " + r.from().kebab() + " -> " + r.to().kebab() + ": refused; it would need:");
    for (Finding f : r.reasons()) {
      c.printer().println("     " + GovernanceOptions.describe(f, c.locale()));
    }
  }

  /** What a step recorded: a new consultation opened by the transition. */
  private static String opened(Strategy before, Strategy after) {
    if (after.governance().consultations().size() <= before.governance().consultations().size()) {
      return "";
    }
    Consultation k = after.governance().lastConsultation().orElseThrow();
    return " (opens a consultation announced " + k.announcedOn() + ", proposals until " + k.proposalsUntil() + ")";
  }

  /** How the strategy got where it is: its last consultation and council decision, when recorded. */
  private static String history(Strategy s) {
    Optional<CouncilDecision> d = s.governance().lastDecision();
    Optional<Consultation> k = s.governance().lastConsultation();
    if (d.isEmpty() && k.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" (");
    k.ifPresent(x -> b.append("consulted from ").append(x.announcedOn())
        .append(x.closedOn().map(cl -> " to " + cl).orElse(", still open")));
    d.ifPresent(x -> b.append(k.isPresent() ? "; " : "").append("approved by council decision ").append(x.number())
        .append(" of ").append(x.date()).append(x.approvedVersion().map(v -> ", version " + v).orElse("")));
    return b.append(")").toString();
  }

  private static String next(LifecycleState state) {
    return Lifecycle.next(state).isEmpty()
        ? "no other state (final)"
        : Lifecycle.next(state).stream().map(LifecycleState::kebab).collect(Collectors.joining(" or "));
  }

  /** The next state on the way from drafting to approval, if the state is before approval. */
  static Optional<LifecycleState> towardsApproval(LifecycleState state) {
    return Optional.ofNullable(switch (state) {
      case DRAFT -> LifecycleState.INTERNAL_REVIEW;
      case INTERNAL_REVIEW, UNDER_REVISION -> LifecycleState.PUBLIC_CONSULTATION;
      case PUBLIC_CONSULTATION -> LifecycleState.SUBMITTED;
      case SUBMITTED -> LifecycleState.APPROVED;
      case APPROVED, IN_IMPLEMENTATION, CLOSED, WITHDRAWN -> null;
    });
  }
}
