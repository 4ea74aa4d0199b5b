// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document of the dossier of a draft council decision: the approval report, the specialist
 * report or a committee opinion, with its registry number, date and author.
 *
 * @param kind what document it is
 * @param number its registry number, e.g. {@code 1234}
 * @param date the date it was registered
 * @param author who signed it: the initiator, a department, a committee
 * @param result the opinion's result; for committee opinions (a committee opinion without one is
 *     reported by a rule), empty for the other kinds
 */
public record DossierDocument(
    DossierDocumentKind kind, String number, LocalDate date, String author, Optional<OpinionResult> result) {

  /**
   * Creates an instance from its components.
   *
   * @param kind what document it is
   * @param number its registry number
   * @param date the date it was registered
   * @param author who signed it
   * @param result the opinion's result, for committee opinions
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number or the author is blank
   */
  public DossierDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(result, "result");
    if (number.isBlank()) {
      throw new IllegalArgumentException("number of " + kind.kebab() + " must not be blank");
    }
    if (author.isBlank()) {
      throw new IllegalArgumentException("author of " + kind.kebab() + " " + number + " must not be blank");
    }
  }

  /**
   * {@return a report (approval or specialist) with no opinion result}
   *
   * @param kind what document it is
   * @param number its registry number
   * @param date the date it was registered
   * @param author who signed it
   */
  public static DossierDocument of(DossierDocumentKind kind, String number, LocalDate date, String author) {
    return new DossierDocument(kind, number, date, author, Optional.empty());
  }

  /**
   * {@return a committee opinion with its result}
   *
   * @param number its registry number
   * @param date the date it was given
   * @param committee the committee that gave it
   * @param result favourable, favourable with amendments or unfavourable
   */
  public static DossierDocument opinion(String number, LocalDate date, String committee, OpinionResult result) {
    return new DossierDocument(DossierDocumentKind.COMMITTEE_OPINION, number, date, committee, Optional.of(result));
  }
}
