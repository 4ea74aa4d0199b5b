// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;

/**
 * One edition of a city's participatory budget: what funds the projects it selects.
 *
 * @param id the edition's id ({@code pb-2026}); prefixes the ids of the actions it creates
 * @param name its name, the funding programme of the actions ({@code Bugetare participativă 2026})
 * @param budgetYear the year the funded projects are budgeted in
 * @param currency the currency of the costs
 * @param decidedOn the day the outcome was decided (the end of the vote, or the council's decision)
 */
public record PbEdition(String id, LocalizedText name, int budgetYear, Currency currency, LocalDate decidedOn) {

  /**
   * Creates an instance from its components.
   *
   * @param id the edition's id ({@code pb-2026}); prefixes the ids of the actions it creates
   * @param name its name, the funding programme of the actions ({@code Bugetare participativă
   *     2026})
   * @param budgetYear the year the funded projects are budgeted in
   * @param currency the currency of the costs
   * @param decidedOn the day the outcome was decided (the end of the vote, or the council's
   *     decision)
   * @throws IllegalArgumentException if {@code id} is not a valid id or the year is outside
   *     2000–2100
   * @throws NullPointerException if an argument is null
   */
  public PbEdition {
    IdSyntax.requireValid(id, "edition id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(decidedOn, "decidedOn");
    if (budgetYear < 2000 || budgetYear > 2100) {
      throw new IllegalArgumentException("budget year must be in 2000–2100 but was " + budgetYear + " (edition \"" + id + "\")");
    }
  }
}
