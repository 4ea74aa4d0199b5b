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
   * @throws NullPointerException if an argument is null
   */
  public FundingSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(programme, "programme");
  }

  /** A source with no programme. */
  public static FundingSource of(FundingKind kind) {
    return new FundingSource(kind, Optional.empty());
  }

  /** A source with its programme. */
  public static FundingSource of(FundingKind kind, String programme) {
    return new FundingSource(kind, Optional.of(programme));
  }
}
