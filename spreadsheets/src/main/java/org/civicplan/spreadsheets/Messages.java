// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import org.civicplan.base.MessageCatalog;

/** The reasons of import problems, in English and Romanian ({@code messages*.properties}). */
final class Messages {

  static final MessageCatalog CATALOG = MessageCatalog.load(Messages.class::getResourceAsStream, "messages");

  private Messages() {}

  static ImportProblem problem(String sheet, int row, String column, String value, String code, Object... args) {
    return new ImportProblem(sheet, row, column, value, code, CATALOG.text(code, args));
  }
}
