package org.civicplan.validation;

import org.civicplan.base.MessageCatalog;

/** The English and Romanian texts of the governance package. */
final class GovernanceMessages {

  static final MessageCatalog CATALOG = MessageCatalog.load(GovernanceMessages.class::getResourceAsStream, "/org/civicplan/governance/messages");

  private GovernanceMessages() {}
}
