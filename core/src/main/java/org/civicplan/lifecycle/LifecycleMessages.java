package org.civicplan.lifecycle;

import org.civicplan.base.MessageCatalog;

/** The English and Romanian texts of lifecycle findings and events (the governance catalogue). */
final class LifecycleMessages {

  static final MessageCatalog CATALOG =
      MessageCatalog.load(LifecycleMessages.class::getResourceAsStream, "/org/civicplan/governance/messages");

  private LifecycleMessages() {}
}
