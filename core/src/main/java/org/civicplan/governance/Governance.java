package org.civicplan.governance;

import java.util.List;
import jakarta.validation.Valid;

/**
 * How a strategy is governed: its bodies and the council decisions about it.
 *
 * @param bodies management team, consultative committee, working groups, monitoring committee
 * @param decisions council decisions, oldest first
 */
public record Governance(List<@Valid GovernanceBody> bodies, List<@Valid CouncilDecision> decisions) {

  private static final Governance EMPTY = new Governance(List.of(), List.of());

  /**
   * @throws NullPointerException if a list or an element is null
   */
  public Governance {
    bodies = List.copyOf(bodies);
    decisions = List.copyOf(decisions);
  }

  /** No bodies and no decisions yet. */
  public static Governance empty() {
    return EMPTY;
  }
}
