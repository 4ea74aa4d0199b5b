package org.civicplan.cli;

import java.util.Locale;
import org.civicplan.document.ReadProblem;

/** The code and the sentence of a problem that kept a document from being read. */
final class ReadProblems {

  /** The code of every read problem until the library gives each kind its own. */
  static final String UNREADABLE = "document.unreadable";

  private ReadProblems() {}

  static String code(ReadProblem p) {
    return UNREADABLE;
  }

  static String message(ReadProblem p, Locale locale) {
    return p.message();
  }
}
