// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

import java.util.Objects;
import java.util.Optional;
import jakarta.validation.constraints.Size;

/**
 * A source of money, e.g. EU funds from the Regional Programme West 2021-2027.
 *
 * @param kind the kind of source
 * @param programme the programme's name, expected for EU and national funds
 */
public record FundingSource(FundingKind kind, Optional<@Size(max = 200, message = "{org.civicplan.text.too-long}") String> programme) {

  /**
   * Creates an instance from its components.
   *
   * @param kind the kind of source
   * @param programme the programme's name, expected for EU and national funds
   * @throws NullPointerException if an argument is null
   */
  public FundingSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(programme, "programme");
  }

  /**
   * {@return a source with no programme}
   *
   * @param kind the kind of source
   */
  public static FundingSource of(FundingKind kind) {
    return new FundingSource(kind, Optional.empty());
  }

  /**
   * {@return a source with its programme}
   *
   * @param kind the kind of source
   * @param programme the programme's name, expected for EU and national funds
   */
  public static FundingSource of(FundingKind kind, String programme) {
    return new FundingSource(kind, Optional.of(programme));
  }
}
