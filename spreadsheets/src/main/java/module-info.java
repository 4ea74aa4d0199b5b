// SPDX-License-Identifier: Apache-2.0
/**
 * Spreadsheets in and out: XLSX workbooks of the action plan, the indicator table, the monitoring
 * report and priority lists ({@link org.civicplan.spreadsheets.SpreadsheetExport}), and
 * all-or-nothing XLSX and CSV imports of actions with their budget lines, organisations and
 * measurements ({@link org.civicplan.spreadsheets.SpreadsheetImport}). Kept out of core so that
 * core carries no spreadsheet library.
 */
module org.civicplan.spreadsheets {
  requires transitive org.civicplan.core;
  requires static org.jspecify;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;

  exports org.civicplan.spreadsheets;
}
