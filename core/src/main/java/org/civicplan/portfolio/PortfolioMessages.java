// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import org.civicplan.base.MessageCatalog;

/** The English and Romanian texts of the portfolio's findings and renderings. */
final class PortfolioMessages {

  static final MessageCatalog CATALOG =
      MessageCatalog.load(name -> PortfolioMessages.class.getResourceAsStream(name), "messages");

  private PortfolioMessages() {}
}
