// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

/**
 * The council's vote on a draft decision. Whether the counts agree with each other (votes cast
 * not more than present, present not more than in office) is checked by a rule, so a document
 * that records an inconsistent vote still reads and is reported.
 *
 * @param present councillors present
 * @param inFavour votes for
 * @param against votes against
 * @param abstentions abstentions
 * @param inOffice councillors in office (consilieri în funcție)
 */
public record Vote(int present, int inFavour, int against, int abstentions, int inOffice) {

  /**
   * Creates an instance from its components.
   *
   * @param present councillors present
   * @param inFavour votes for
   * @param against votes against
   * @param abstentions abstentions
   * @param inOffice councillors in office
   * @throws IllegalArgumentException if a count is negative, naming it and its value
   */
  public Vote {
    nonNegative("present", present);
    nonNegative("inFavour", inFavour);
    nonNegative("against", against);
    nonNegative("abstentions", abstentions);
    nonNegative("inOffice", inOffice);
  }

  /** {@return whether the counts agree: votes cast not more than present, present not more than in office} */
  public boolean consistent() {
    return (long) inFavour + against + abstentions <= present && present <= inOffice;
  }

  private static void nonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("vote count " + name + " must be >= 0 but was " + value);
    }
  }
}
