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
 */
public record CouncilDecision(
    @Size(max = 64, message = "{org.civicplan.text.too-long}") String number, LocalDate date, Optional<String> reference, Optional<String> approvedVersion) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number is blank
   */
  public CouncilDecision {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(approvedVersion, "approvedVersion");
    if (number.isBlank()) {
      throw new IllegalArgumentException("council decision number must not be blank");
    }
  }
}
