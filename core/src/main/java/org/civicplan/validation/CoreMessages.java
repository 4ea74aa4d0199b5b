package org.civicplan.validation;

import org.civicplan.base.MessageCatalog;


/** The messages of core's findings, loaded once from {@code messages.properties} next to this class. */
final class CoreMessages {

  /** The catalogue, read from UTF-8 files in this package's resource folder. */
  static final MessageCatalog CATALOG =
      MessageCatalog.load(name -> StrategyValidator.class.getResourceAsStream(name), "messages");

  private CoreMessages() {}
}
