package org.civicplan.governance;

import org.civicplan.validation.MessageCatalog;

/** The English and Romanian texts of the governance package. */
final class GovernanceMessages {

  static final MessageCatalog CATALOG = MessageCatalog.load(GovernanceMessages.class::getResourceAsStream, "messages");

  private GovernanceMessages() {}
}
