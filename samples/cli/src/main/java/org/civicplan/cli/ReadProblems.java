// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.util.Locale;
import org.civicplan.document.ReadProblem;

/** The code and the sentence of a problem that kept a document from being read. */
final class ReadProblems {

  private ReadProblems() {}

  /** The problem's stable code ({@code document.syntax}, {@code document.missing-member}, …). */
  static String code(ReadProblem p) {
    return p.code();
  }

  /** The problem's sentence in {@code locale} (Romanian for {@code ro}, English otherwise). */
  static String message(ReadProblem p, Locale locale) {
    return p.message(locale);
  }
}
