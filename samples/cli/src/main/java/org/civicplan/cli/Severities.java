package org.civicplan.cli;

import java.util.Locale;
import org.civicplan.base.Severity;

/** The severity words of text output; JSON output always carries {@link Severity#label()}. */
final class Severities {

  private Severities() {}

  static String label(Severity s, Locale locale) {
    if (!Cli.romanian(locale)) {
      return s.label();
    }
    return switch (s) {
      case ERROR -> "eroare";
      case WARNING -> "avertisment";
      case INFO -> "informare";
    };
  }
}
