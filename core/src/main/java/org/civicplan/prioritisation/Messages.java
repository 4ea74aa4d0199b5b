package org.civicplan.prioritisation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;

/** The prioritisation message catalogue, loaded once. */
final class Messages {

  private static final MessageCatalog CATALOG =
      MessageCatalog.load(Messages.class::getResourceAsStream, "messages");

  private Messages() {}

  static Finding error(String code, String path, Object... args) {
    return CATALOG.finding(Severity.ERROR, code, path, args);
  }

  static Finding warning(String code, String path, Object... args) {
    return CATALOG.finding(Severity.WARNING, code, path, args);
  }

  static Finding info(String code, String path, Object... args) {
    return CATALOG.finding(Severity.INFO, code, path, args);
  }

  static boolean has(String code) {
    return CATALOG.has(code);
  }
}
