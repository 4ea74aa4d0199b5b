// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A public debate held on the draft.
 *
 * @param heldOn the date
 * @param place where it was held (address, or an online meeting)
 * @param minutes the minutes of the debate; empty in documents that do not record them
 */
public record PublicDebate(LocalDate heldOn, Optional<String> place, Optional<DebateMinutes> minutes) {

  /**
   * Creates an instance from its components.
   *
   * @param heldOn the date
   * @param place where it was held (address, or an online meeting)
   * @param minutes the minutes of the debate
   * @throws NullPointerException if an argument is null
   */
  public PublicDebate {
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(minutes, "minutes");
  }


  /**
   * {@return a debate held on a date at a place}
   *
   * @param heldOn the date
   * @param place where it was held (address, or an online meeting)
   */
  public static PublicDebate of(LocalDate heldOn, String place) {
    return new PublicDebate(heldOn, Optional.of(place), Optional.empty());
  }

  /**
   * {@return a copy with these minutes}
   *
   * @param newMinutes the minutes
   */
  public PublicDebate withMinutes(DebateMinutes newMinutes) {
    return new PublicDebate(heldOn, place, Optional.of(newMinutes));
  }
}
