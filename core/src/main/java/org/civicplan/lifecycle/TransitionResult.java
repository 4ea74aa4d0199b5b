package org.civicplan.lifecycle;

import org.civicplan.governance.LifecycleState;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.Finding;

/**
 * The outcome of asking the {@link Lifecycle} for a transition: either the strategy in its new
 * state, or the reasons the transition was refused (never both).
 *
 * @param from the state before
 * @param to the state asked for
 * @param on the date of the transition
 * @param strategy the strategy after the transition; empty when refused
 * @param reasons why it was refused, each with a stable code and an en/ro message; empty when
 *     allowed
 */
public record TransitionResult(
    LifecycleState from, LifecycleState to, LocalDate on, Optional<Strategy> strategy, List<Finding> reasons) {

  /**
   * @throws NullPointerException if an argument or a reason is null
   * @throws IllegalArgumentException if both or neither of a strategy and reasons are given
   */
  public TransitionResult {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(strategy, "strategy");
    reasons = List.copyOf(reasons);
    if (strategy.isPresent() == !reasons.isEmpty()) {
      throw new IllegalArgumentException(
          "a transition result has either a strategy or refusal reasons, but had "
              + (strategy.isPresent() ? "both" : "neither"));
    }
  }

  /** Whether the transition was allowed. */
  public boolean isAllowed() {
    return strategy.isPresent();
  }

  /** The codes of the refusal reasons, in order. */
  public List<String> codes() {
    return reasons.stream().map(Finding::code).toList();
  }
}
