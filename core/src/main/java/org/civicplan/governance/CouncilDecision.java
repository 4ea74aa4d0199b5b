// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jakarta.validation.constraints.Size;

/**
 * A decision of the Local Council (hotărârea consiliului local, HCL) on a strategy.
 *
 * @param number the decision number, e.g. {@code 550}
 * @param date the date of adoption
 * @param reference a link or registry reference to the published decision
 * @param approvedVersion the version of the strategy document approved
 * @param dossier the documents, vote, communication and publication of the decision; empty in
 *     documents that do not record it
 */
public record CouncilDecision(
    @Size(max = 64, message = "{org.civicplan.text.too-long}") String number, LocalDate date, Optional<String> reference,
    Optional<String> approvedVersion, Optional<DecisionDossier> dossier) {

  /**
   * Creates an instance from its components.
   *
   * @param number the decision number, e.g. {@code 550}
   * @param date the date of adoption
   * @param reference a link or registry reference to the published decision
   * @param approvedVersion the version of the strategy document approved
   * @param dossier the documents, vote, communication and publication of the decision
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number is blank
   */
  public CouncilDecision {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(approvedVersion, "approvedVersion");
    Objects.requireNonNull(dossier, "dossier");
    if (number.isBlank()) {
      throw new IllegalArgumentException("council decision number must not be blank");
    }
  }


  /**
   * {@return a copy with this dossier}
   *
   * @param newDossier the dossier of the copy
   */
  public CouncilDecision withDossier(DecisionDossier newDossier) {
    return new CouncilDecision(number, date, reference, approvedVersion, Optional.of(newDossier));
  }

  /**
   * {@return a copy approving this version of the strategy document}
   *
   * @param version the version approved
   */
  public CouncilDecision approving(String version) {
    return new CouncilDecision(number, date, reference, Optional.of(version), dossier);
  }
}
