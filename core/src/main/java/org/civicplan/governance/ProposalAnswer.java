// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The city's answer to a proposal.
 *
 * @param decision accepted, partly accepted or rejected
 * @param justification why; a blank justification is reported by a rule
 * @param answeredOn when it was answered
 */
public record ProposalAnswer(ProposalDecision decision, String justification, Optional<LocalDate> answeredOn) {

  /**
   * Creates an instance from its components.
   *
   * @param decision accepted, partly accepted or rejected
   * @param justification why; a blank justification is reported by a rule
   * @param answeredOn when it was answered
   * @throws NullPointerException if an argument is null
   */
  public ProposalAnswer {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(answeredOn, "answeredOn");
  }
}
