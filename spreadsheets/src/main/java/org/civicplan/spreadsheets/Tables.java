// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.util.List;
import org.civicplan.base.LocalizedText;
import org.civicplan.spreadsheets.Column.Format;

/**
 * The sheets and columns export writes and import reads, so that an exported workbook imports as it
 * is. Sheet names and headers are in English and Romanian; an import accepts either.
 */
final class Tables {

  private Tables() {}

  static final LocalizedText OBJECTIVES = LocalizedText.of("Objectives", "Obiective");
  static final LocalizedText ACTIONS = LocalizedText.of("Actions", "Acțiuni");
  static final LocalizedText BUDGET = LocalizedText.of("Budget", "Buget");
  static final LocalizedText ORGANISATIONS = LocalizedText.of("Organisations", "Organizații");
  static final LocalizedText INDICATORS = LocalizedText.of("Indicators", "Indicatori");
  static final LocalizedText TARGETS = LocalizedText.of("Targets", "Ținte");
  static final LocalizedText MEASUREMENTS = LocalizedText.of("Measurements", "Măsurători");
  static final LocalizedText ALERTS = LocalizedText.of("Alerts", "Alerte");
  static final LocalizedText PRIORITIES = LocalizedText.of("Priority list", "Lista de priorități");
  static final LocalizedText CRITERIA = LocalizedText.of("Criteria", "Criterii");

  // Action plan: objectives.
  static final List<Column> OBJECTIVE_COLUMNS = List.of(
      Column.of("Id", "Cod", Format.TEXT, 12),
      Column.of("Parent objective", "Obiectiv părinte", Format.TEXT, 14),
      Column.of("Objective", "Obiectiv", Format.TEXT, 60),
      Column.of("Indicators", "Indicatori", Format.TEXT, 24));

  // Action plan: actions. The indexes below name the columns import reads.
  static final int A_ID = 0;
  static final int A_TITLE = 1;
  static final int A_OBJECTIVES = 2;
  static final int A_RESPONSIBLE = 3;
  static final int A_RESPONSIBLE_NAME = 4;
  static final int A_PARTNERS = 5;
  static final int A_START = 6;
  static final int A_END = 7;
  static final int A_STATUS = 8;
  static final int A_EFFECTS = 9;
  static final List<Column> ACTION_COLUMNS = List.of(
      Column.of("Id", "Cod", Format.TEXT, 10),
      Column.of("Action", "Acțiune", Format.TEXT, 60),
      Column.of("Objectives", "Obiective", Format.TEXT, 16),
      Column.of("Responsible", "Responsabil", Format.TEXT, 20),
      Column.of("Responsible body", "Instituția responsabilă", Format.TEXT, 34),
      Column.of("Partners", "Parteneri", Format.TEXT, 36),
      Column.of("Start", "Început", Format.DATE, 11),
      Column.of("End", "Sfârșit", Format.DATE, 11),
      Column.of("Status", "Stare", Format.TEXT, 13),
      Column.of("Indicators moved", "Indicatori influențați", Format.TEXT, 28));

  static final int B_ACTION = 0;
  static final int B_YEAR = 1;
  static final int B_PLANNED = 2;
  static final int B_ACTUAL = 3;
  static final int B_CURRENCY = 4;
  static final int B_SOURCE = 5;
  static final int B_PROGRAMME = 6;
  static final List<Column> BUDGET_COLUMNS = List.of(
      Column.of("Action", "Acțiune", Format.TEXT, 10),
      Column.of("Year", "An", Format.YEAR, 7),
      Column.of("Planned", "Planificat", Format.AMOUNT, 16),
      Column.of("Actual", "Realizat", Format.AMOUNT, 16),
      Column.of("Currency", "Moneda", Format.TEXT, 9),
      Column.of("Funding source", "Sursa de finanțare", Format.TEXT, 16),
      Column.of("Programme", "Program", Format.TEXT, 30));

  static final int O_ID = 0;
  static final int O_NAME = 1;
  static final int O_CATEGORY = 2;
  static final List<Column> ORGANISATION_COLUMNS = List.of(
      Column.of("Id", "Cod", Format.TEXT, 20),
      Column.of("Name", "Denumire", Format.TEXT, 44),
      Column.of("Category", "Categorie", Format.TEXT, 24));

  static final List<Column> INDICATOR_COLUMNS = List.of(
      Column.of("Id", "Cod", Format.TEXT, 10),
      Column.of("Indicator", "Indicator", Format.TEXT, 50),
      Column.of("Unit", "Unitate", Format.TEXT, 14),
      Column.of("Direction", "Sens", Format.TEXT, 13),
      Column.of("Baseline date", "Data valorii de referință", Format.DATE, 12),
      Column.of("Baseline", "Valoare de referință", Format.DECIMAL, 14),
      Column.of("Final target date", "Data țintei finale", Format.DATE, 12),
      Column.of("Final target", "Ținta finală", Format.DECIMAL, 14),
      Column.of("Latest date", "Data ultimei valori", Format.DATE, 12),
      Column.of("Latest value", "Ultima valoare", Format.DECIMAL, 14),
      Column.of("Status", "Stare", Format.TEXT, 16));

  static final List<Column> TARGET_COLUMNS = List.of(
      Column.of("Indicator", "Indicator", Format.TEXT, 10),
      Column.of("Date", "Data", Format.DATE, 12),
      Column.of("Target", "Ținta", Format.DECIMAL, 14),
      Column.of("Upper bound", "Limita superioară", Format.DECIMAL, 14),
      Column.of("Milestone", "Etapă intermediară", Format.TEXT, 10));

  static final int M_INDICATOR = 0;
  static final int M_DATE = 1;
  static final int M_VALUE = 2;
  static final int M_SOURCE = 3;
  static final List<Column> MEASUREMENT_COLUMNS = List.of(
      Column.of("Indicator", "Indicator", Format.TEXT, 10),
      Column.of("Date", "Data", Format.DATE, 12),
      Column.of("Value", "Valoare", Format.DECIMAL, 14),
      Column.of("Source", "Sursa", Format.TEXT, 40));

  static final List<Column> REPORT_INDICATOR_COLUMNS = List.of(
      Column.of("Id", "Cod", Format.TEXT, 10),
      Column.of("Indicator", "Indicator", Format.TEXT, 50),
      Column.of("Status", "Stare", Format.TEXT, 16),
      Column.of("Progress", "Progres", Format.PERCENT, 10),
      Column.of("Expected progress", "Progres așteptat", Format.PERCENT, 10),
      Column.of("Latest date", "Data ultimei valori", Format.DATE, 12),
      Column.of("Latest value", "Ultima valoare", Format.DECIMAL, 14),
      Column.of("Unit", "Unitate", Format.TEXT, 14),
      Column.of("Freshness", "Actualitate", Format.TEXT, 12));

  static final List<Column> REPORT_ACTION_COLUMNS = List.of(
      Column.of("Id", "Cod", Format.TEXT, 10),
      Column.of("Action", "Acțiune", Format.TEXT, 60),
      Column.of("Status", "Stare", Format.TEXT, 13),
      Column.of("Progress", "Progres", Format.PERCENT, 10),
      Column.of("Responsible", "Responsabil", Format.TEXT, 20),
      Column.of("Progress from", "Progres după", Format.TEXT, 12));

  static final List<Column> REPORT_BUDGET_COLUMNS = List.of(
      Column.of("By", "După", Format.TEXT, 10),
      Column.of("Key", "Cheie", Format.TEXT, 30),
      Column.of("Planned", "Planificat", Format.AMOUNT, 16),
      Column.of("Actual", "Realizat", Format.AMOUNT, 16),
      Column.of("Absorption", "Grad de absorbție", Format.PERCENT, 11),
      Column.of("Overspend", "Depășire", Format.AMOUNT, 16),
      Column.of("Currency", "Moneda", Format.TEXT, 9));

  static final List<Column> ALERT_COLUMNS = List.of(
      Column.of("Kind", "Tip", Format.TEXT, 12),
      Column.of("Subject", "Subiect", Format.TEXT, 14),
      Column.of("Alert", "Alertă", Format.TEXT, 90));

  static final List<Column> CRITERION_COLUMNS = List.of(
      Column.of("Id", "Cod", Format.TEXT, 14),
      Column.of("Criterion", "Criteriu", Format.TEXT, 44),
      Column.of("Direction", "Sens", Format.TEXT, 10),
      Column.of("Weight", "Pondere", Format.DECIMAL, 10));
}
