// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import java.time.LocalDate;
import java.util.Objects;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;

/**
 * Something a strategy's template or its council decisions make due on a day and not yet done: a
 * report to send, an inventory to compile, data to file ({@link StrategyTemplate#obligations}). The
 * portfolio calendar lists them beside consultations, measurements and tasks.
 *
 * @param date the last day it is due (a year-level obligation is due on 31 December of its year)
 * @param code what it is, a template-defined id such as {@code climate.monitoring-report}
 * @param subject which one: a year, a decision number; never blank
 * @param name what it is, for the reader (e.g. "Monitoring report to the Covenant of Mayors")
 * @param source the rule it comes from (a law's article, a programme's template), for the reader
 */
public record Obligation(LocalDate date, String code, String subject, LocalizedText name, String source) {

  /**
   * Creates an instance from its components.
   *
   * @param date the last day it is due
   * @param code what it is
   * @param subject which one
   * @param name what it is, for the reader
   * @param source the rule it comes from
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code code} does not follow {@link IdSyntax} or {@code
   *     subject} is blank
   */
  public Obligation {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    IdSyntax.requireValid(code, "obligation code");
    if (subject.isBlank()) {
      throw new IllegalArgumentException("the subject of obligation \"" + code + "\" must not be blank");
    }
  }
}
