package org.civicplan.monitoring;

import org.civicplan.validation.MessageCatalog;

/** The monitoring message catalogue (messages.properties, messages_ro.properties, UTF-8). */
final class Messages {
  static final MessageCatalog CATALOG =
      MessageCatalog.load(Messages.class::getResourceAsStream, "messages");

  private Messages() {}
}
