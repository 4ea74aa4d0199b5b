package org.civicplan.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicplan.governance.Lifecycle;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.TransitionResult;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.Finding;

/**
 * Demo stage: checks the sample's way through the lifecycle towards approval, all on the first day
 * of its period (a fixed date, so the demo prints the same every time), and prints each step and,
 * at the first refusal, its reasons: what the strategy would still need.
 */
final class LifecycleStage implements DemoStage {

  /** At most this many steps are tried, more than the longest way to approval. */
  private static final int MAX_STEPS = 5;

  @Override
  public void run(Context c, int step) {
    PrintWriter o = c.printer();
    Strategy s = c.strategy();
    LocalDate on = LocalDate.of(s.period().startYear(), 1, 1);
    Lifecycle lifecycle = Lifecycle.of(GovernanceOptions.terms(c.templates(), s));
    o.println(step + ". Lifecycle check on " + on + ": the sample is " + s.state().kebab() + " and may move to "
        + next(s.state()) + "; trying the way to approval:");
    for (int i = 0; i < MAX_STEPS; i++) {
      Optional<LifecycleState> towards = towardsApproval(s.state());
      if (towards.isEmpty()) {
        o.println("   " + s.state().kebab() + " is past approval; nothing more to check");
        return;
      }
      TransitionResult r = lifecycle.transition(s, towards.get(), on);
      if (!r.isAllowed()) {
        o.println("   " + r.from().kebab() + " -> " + r.to().kebab() + ": refused; it would need:");
        for (Finding f : r.reasons()) {
          o.println("     " + GovernanceOptions.describe(f, c.locale()));
        }
        return;
      }
      o.println("   " + r.from().kebab() + " -> " + r.to().kebab() + ": allowed");
      s = r.strategy().orElseThrow();
      if (s.state() == LifecycleState.APPROVED) {
        return;
      }
    }
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
