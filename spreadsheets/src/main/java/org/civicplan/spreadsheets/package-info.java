// SPDX-License-Identifier: Apache-2.0
/**
 * Spreadsheets in and out.
 *
 * <p><b>Export.</b> {@link org.civicplan.spreadsheets.SpreadsheetExport} builds the workbook of a
 * document, one sheet per table: the action plan, the indicator table, the monitoring report and a
 * priority list. {@link org.civicplan.spreadsheets.Xlsx#write} writes it as XLSX: header row bold
 * and frozen, column widths, numbers and dates with formats the spreadsheet shows in its reader's
 * locale, sheet names and headers in English or Romanian.
 *
 * <p><b>Import.</b> {@link org.civicplan.spreadsheets.SpreadsheetImport} reads an XLSX workbook or a
 * CSV file with the same columns and imports actions with their budget lines, organisations or
 * measurements into a strategy, all or nothing, reporting every problem with its sheet, row, column
 * and value in English and Romanian ({@link org.civicplan.spreadsheets.ImportProblem}).
 *
 * <p><b>Safety.</b> No cell is ever written as a formula, and a text that a spreadsheet would read as
 * one (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is
 * neutralised with an apostrophe ({@link org.civicplan.io.Csv#neutralise}), which an import removes.
 *
 * <p><b>Library.</b> Workbooks are written with fastexcel ({@code org.dhatim:fastexcel}) and read
 * with fastexcel-reader, both Apache-2.0 and maintained: they stream the sheet XML instead of
 * building an object model, so the two jars are about 160 KB with three small dependencies (opczip,
 * aalto-xml, commons-compress), against more than 10 MB for Apache POI's {@code poi-ooxml} with
 * XMLBeans; both are named Java modules. What this module needs (typed cells, number and date
 * formats, column widths, frozen panes, reading values and formats back) they cover; what they lack
 * (formula evaluation, charts) it does not want.
 */
package org.civicplan.spreadsheets;
