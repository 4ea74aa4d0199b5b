// SPDX-License-Identifier: Apache-2.0
package org.civicplan.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * A day off on a given date: a public holiday or a host's own day off.
 *
 * @param date the day
 * @param name its name in English and Romanian
 * @param source the law or decision that makes it a day off (empty for none given)
 */
public record Holiday(LocalDate date, LocalizedText name, String source) {

  /**
   * Creates an instance from its components.
   *
   * @param date the day
   * @param name its name
   * @param source its legal source, empty when none is given
   * @throws NullPointerException if an argument is null
   */
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }
}
