// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.civicplan.spreadsheets.SpreadsheetImport.What;
import org.civicplan.strategy.Strategy;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * Each kind of import problem, with its exact message in English and Romanian: sheet, row, column,
 * value and reason. Every import with a problem imports nothing.
 */
class ImportProblemsTest {

  private static final Locale RO = Locale.forLanguageTag("ro");
  private static final Strategy CLIMATE = Samples.climate();

  /** Imports {@code bytes} and checks the one problem it gives, in both languages. */
  private static void problem(byte[] bytes, String file, What what, String code, String english, String romanian) {
    ImportResult r = SpreadsheetImport.apply(CLIMATE, SpreadsheetImport.read(bytes, file), what);
    assertTrue(r.strategy().isEmpty(), "nothing is imported");
    assertEquals(1, r.problems().size(), r.problems().toString());
    ImportProblem p = r.problems().get(0);
    assertEquals(code, p.code());
    assertEquals(english, p.message(Locale.ENGLISH));
    assertEquals(romanian, p.message(RO));
  }

  private static void csv(String text, What what, String code, String english, String romanian) {
    problem(text.getBytes(StandardCharsets.UTF_8), "a.csv", what, code, english, romanian);
  }

  @Test
  void notAWorkbook() {
    problem(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "plan.xlsx", What.ACTIONS, "import.not-xlsx",
        "plan.xlsx: The file is neither an XLSX workbook nor CSV text; save it as .xlsx or as CSV.",
        "plan.xlsx: Fișierul nu este nici registru XLSX, nici text CSV; salvați-l ca .xlsx sau ca CSV.");
  }

  @Test
  void sheetMissing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "test", "1.0");
    wb.newWorksheet("Foo").value(0, 0, "x");
    wb.finish();
    problem(out.toByteArray(), "plan.xlsx", What.ACTIONS, "import.sheet-missing",
        "plan.xlsx: The workbook has no sheet Actions; its sheets are: Foo.",
        "plan.xlsx: Registrul nu are foaia Acțiuni; foile lui sunt: Foo.");
  }

  private static byte[] actionsWorkbook(java.util.function.Consumer<Worksheet> cells) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "test", "1.0");
    Worksheet ws = wb.newWorksheet("Acțiuni");
    ws.value(0, 0, "Cod");
    ws.value(0, 1, "Acțiune");
    ws.value(1, 0, "A-1.1");
    cells.accept(ws);
    wb.finish();
    return out.toByteArray();
  }

  @Test
  void formula() throws IOException {
    problem(actionsWorkbook(ws -> ws.formula(1, 1, "HYPERLINK(\"http://x\")")), "plan.xlsx", What.ACTIONS, "import.formula",
        "Acțiuni, row 2, column Acțiune, value \"=HYPERLINK(\"http://x\")\": A formula is not imported; replace it with its value.",
        "Acțiuni, rândul 2, coloana Acțiune, valoarea „=HYPERLINK(\"http://x\")”: O formulă nu se importă; înlocuiți-o cu valoarea ei.");
  }

  @Test
  void errorCell() throws IOException {
    // fastexcel writes no error cells: the sheet XML is edited to hold the error #DIV/0! in B2.
    // Zips.deterministic gives an archive java.util.zip reads (fastexcel's has ZIP64 descriptors).
    byte[] book = Zips.deterministic(actionsWorkbook(ws -> ws.value(1, 1, "PLACEHOLDER")));
    problem(withErrorCell(book), "plan.xlsx", What.ACTIONS, "import.error-cell",
        "Acțiuni, row 2, column Acțiune, value \"#DIV/0!\": The cell holds a spreadsheet error; enter a value.",
        "Acțiuni, rândul 2, coloana Acțiune, valoarea „#DIV/0!”: Celula conține o eroare a foii de calcul; introduceți o valoare.");
  }

  private static byte[] withErrorCell(byte[] book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(book)); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          String edited = xml.replaceAll("<c r=\"B2\"[^>]*>.*?</c>", "<c r=\"B2\" t=\"e\"><v>#DIV/0!</v></c>");
          assertTrue(!edited.equals(xml), "cell B2 found in " + xml);
          content = edited.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void emptyFile() {
    csv("", What.ORGANISATIONS, "import.empty",
        "a.csv: The sheet has no header row.",
        "a.csv: Foaia nu are rândul de antet.");
  }

  @Test
  void quoteNeverClosed() {
    csv("Id,Name\ndir-x,\"Direcția\n", What.ORGANISATIONS, "import.csv-quote",
        "a.csv, row 2: A quoted field is never closed; close it with a double quote.",
        "a.csv, rândul 2: Un câmp între ghilimele nu este închis niciodată; închideți-l cu ghilimele.");
  }

  @Test
  void textAfterClosingQuote() {
    csv("Id,Name\ndir-x,\"Direcția\" de mediu\n", What.ORGANISATIONS, "import.csv-after-quote",
        "a.csv, row 2: Text follows the closing quote of the field at column 7; put the whole field in quotes.",
        "a.csv, rândul 2: După ghilimelele de închidere ale câmpului din coloana 7 urmează text; puneți tot câmpul între ghilimele.");
  }

  @Test
  void unknownColumn() {
    csv("Id,Name,Colour\n", What.ORGANISATIONS, "import.header-unknown",
        "a.csv, row 1, column Colour: Unknown column; the columns are: Id, Name, Category.",
        "a.csv, rândul 1, coloana Colour: Coloană necunoscută; coloanele sunt: Cod, Denumire, Categorie.");
  }

  @Test
  void duplicateColumn() {
    csv("Cod;Denumire;DENUMIRE\n", What.ORGANISATIONS, "import.header-duplicate",
        "a.csv, row 1, column DENUMIRE: The column appears twice; keep one.",
        "a.csv, rândul 1, coloana DENUMIRE: Coloana apare de două ori; păstrați una.");
  }

  @Test
  void missingColumn() {
    csv("Name,Category\nX,ngo\n", What.ORGANISATIONS, "import.header-missing",
        "a.csv, row 1: The column Id is missing; it is required.",
        "a.csv, rândul 1: Lipsește coloana Cod, care este obligatorie.");
  }

  @Test
  void requiredValue() {
    csv("Id,Name,Category\nngo-new,,ngo\n", What.ORGANISATIONS, "import.required",
        "a.csv, row 2, column Name: A value is required.",
        "a.csv, rândul 2, coloana Name: Valoarea este obligatorie.");
  }

  @Test
  void badId() {
    csv("Id,Name,Category\n#ngo,Asociația X,ngo\n", What.ORGANISATIONS, "import.id",
        "a.csv, row 2, column Id, value \"#ngo\": Not an id: an id has 1 to 64 characters, a letter or digit and then"
            + " letters, digits, '.', '_', ':' or '-'.",
        "a.csv, rândul 2, coloana Id, valoarea „#ngo”: Nu este un cod: un cod are între 1 și 64 de caractere, o literă"
            + " sau o cifră și apoi litere, cifre, '.', '_', ':' sau '-'.");
  }

  @Test
  void repeatedId() {
    csv("Cod;Denumire;Categorie\nngo-a;A;ngo\nngo-a;B;ngo\n", What.ORGANISATIONS, "import.row-duplicate",
        "a.csv, row 3, column Cod, value \"ngo-a\": This id appears again; it was first at row 2.",
        "a.csv, rândul 3, coloana Cod, valoarea „ngo-a”: Codul apare din nou; prima dată a apărut în rândul 2.");
  }

  @Test
  void choice() {
    csv("Id,Name,Category\nngo-a,A,club\n", What.ORGANISATIONS, "import.choice",
        "a.csv, row 2, column Category, value \"club\": Not one of: city-directorate, municipal-company,"
            + " public-institution, ngo, local-action-group, business, academia, professional-association,"
            + " beneficiaries-organisation, social-service-provider-public, social-service-provider-private,"
            + " sport-club-or-federation, school, citizen-group, other.",
        "a.csv, rândul 2, coloana Category, valoarea „club”: Nu este una dintre valorile: city-directorate,"
            + " municipal-company, public-institution, ngo, local-action-group, business, academia,"
            + " professional-association, beneficiaries-organisation, social-service-provider-public,"
            + " social-service-provider-private, sport-club-or-federation, school, citizen-group, other.");
  }

  @Test
  void notANumber() {
    csv("Indicator;Data;Valoare\nCLI-01;2026;12,5 t\n", What.MEASUREMENTS, "import.number",
        "a.csv, row 2, column Valoare, value \"12,5 t\": Not a number; write digits with a decimal point or comma,"
            + " such as 1250.50 or 1.250,50.",
        "a.csv, rândul 2, coloana Valoare, valoarea „12,5 t”: Nu este un număr; scrieți cifre cu virgulă sau punct"
            + " zecimal, de exemplu 1.250,50 sau 1250.50.");
  }

  @Test
  void aNumberNoValueCanHold() {
    // found by fuzzing civicplan import: 1e40078 read as a measured value of infinity, which threw
    csv("Indicator,Date,Value\nCLI-01,2026,1e40078\n", What.MEASUREMENTS, "import.number-range",
        "a.csv, row 2, column Value, value \"1e40078\": The number is too large: no value here has more than 308"
            + " digits before the decimal point.",
        "a.csv, rândul 2, coloana Value, valoarea „1e40078”: Numărul este prea mare: nicio valoare de aici nu are mai"
            + " mult de 308 cifre înainte de virgula zecimală.");
  }

  @Test
  void aNumberWhoseExponentNoDecimalHolds() {
    // found by fuzzing civicplan import with 1e999999999 inserted into 21: a NumberFormatException escaped
    csv("Indicator,Date,Value\nCLI-01,2026,21e9999999993\n", What.MEASUREMENTS, "import.number-exponent",
        "a.csv, row 2, column Value, value \"21e9999999993\": The exponent is out of range: an exponent here is at"
            + " most 100000 in magnitude.",
        "a.csv, rândul 2, coloana Value, valoarea „21e9999999993”: Exponentul este în afara domeniului: un exponent de"
            + " aici are cel mult 100000 în valoare absolută.");
    // a tiny amount whose exact sum with a budget would have 400,600,001 digits; 1e-100000 is read
    csv("Indicator,Date,Value\nCLI-01,2026,1e-400600000\n", What.MEASUREMENTS, "import.number-exponent",
        "a.csv, row 2, column Value, value \"1e-400600000\": The exponent is out of range: an exponent here is at"
            + " most 100000 in magnitude.",
        "a.csv, rândul 2, coloana Value, valoarea „1e-400600000”: Exponentul este în afara domeniului: un exponent de"
            + " aici are cel mult 100000 în valoare absolută.");
    csv("Indicator,Date,Value\nCLI-01,21e-9999999993,4\n", What.MEASUREMENTS, "import.date",
        "a.csv, row 2, column Date, value \"21e-9999999993\": Not a date; write a year, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY.",
        "a.csv, rândul 2, coloana Date, valoarea „21e-9999999993”: Nu este o dată; scrieți un an, AAAA-LL, AAAA-LL-ZZ sau ZZ.LL.AAAA.");
  }

  @Test
  void notADate() {
    csv("Indicator,Date,Value\nCLI-01,31.02.2026,4\n", What.MEASUREMENTS, "import.date",
        "a.csv, row 2, column Date, value \"31.02.2026\": Not a date; write a year, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY.",
        "a.csv, rândul 2, coloana Date, valoarea „31.02.2026”: Nu este o dată; scrieți un an, AAAA-LL, AAAA-LL-ZZ sau ZZ.LL.AAAA.");
  }

  @Test
  void unknownIndicator() {
    csv("Indicator,Date,Value\nCLI-99,2026,4\n", What.MEASUREMENTS, "import.indicator-unknown",
        "a.csv, row 2, column Indicator, value \"CLI-99\": No indicator of the strategy has this id.",
        "a.csv, rândul 2, coloana Indicator, valoarea „CLI-99”: Niciun indicator al strategiei nu are acest cod.");
  }

  @Test
  void secondValueForADate() {
    csv("Indicator,Date,Value\nCLI-01,2026-06,4\nCLI-01,2026-06,5\n", What.MEASUREMENTS, "import.measurement-duplicate",
        "a.csv, row 3, column Date, value \"2026-06\": A second value of indicator CLI-01 for this date; the first is at row 2.",
        "a.csv, rândul 3, coloana Date, valoarea „2026-06”: A doua valoare a indicatorului CLI-01 pentru această dată;"
            + " prima este în rândul 2.");
  }

  @Test
  void negativeAmount() {
    csv("Action,Year,Planned,Currency,Funding source\nA-1.1,2024,-5,RON,eu-funds\n", What.ACTIONS, "import.negative",
        "a.csv, row 2, column Planned, value \"-5\": An amount is never negative.",
        "a.csv, rândul 2, coloana Planned, valoarea „-5”: O sumă nu este niciodată negativă.");
  }

  @Test
  void notAYear() {
    csv("Action,Year,Planned,Currency,Funding source\nA-1.1,2024.5,5,RON,eu-funds\n", What.ACTIONS, "import.year",
        "a.csv, row 2, column Year, value \"2024.5\": Not a year from 1800 to 2500.",
        "a.csv, rândul 2, coloana Year, valoarea „2024.5”: Nu este un an între 1800 și 2500.");
  }

  @Test
  void currency() {
    csv("Action,Year,Planned,Currency,Funding source\nA-1.1,2024,5,LEI,eu-funds\n", What.ACTIONS, "import.currency",
        "a.csv, row 2, column Currency, value \"LEI\": Not a currency code (ISO 4217) such as RON or EUR.",
        "a.csv, rândul 2, coloana Currency, valoarea „LEI”: Nu este un cod de monedă (ISO 4217), precum RON sau EUR.");
  }

  @Test
  void unknownAction() {
    csv("Acțiune;An;Planificat;Moneda;Sursa de finanțare\nA-9.9;2024;5;RON;eu-funds\n", What.ACTIONS, "import.action-unknown",
        "a.csv, row 2, column Acțiune, value \"A-9.9\": No action of the strategy or of the Actions sheet has this id.",
        "a.csv, rândul 2, coloana Acțiune, valoarea „A-9.9”: Nicio acțiune a strategiei sau din foaia Acțiuni nu are acest cod.");
  }

  @Test
  void unknownObjective() {
    csv("Id,Objectives\nA-1.1,OS-9.9\n", What.ACTIONS, "import.objective-unknown",
        "a.csv, row 2, column Objectives, value \"OS-9.9\": No objective of the strategy has this id.",
        "a.csv, rândul 2, coloana Objectives, valoarea „OS-9.9”: Niciun obiectiv al strategiei nu are acest cod.");
  }

  @Test
  void unknownOrganisation() {
    csv("Id,Responsible\nA-1.1,dir-nowhere\n", What.ACTIONS, "import.organisation-unknown",
        "a.csv, row 2, column Responsible, value \"dir-nowhere\": No organisation of the strategy has this id;"
            + " import the organisations first.",
        "a.csv, rândul 2, coloana Responsible, valoarea „dir-nowhere”: Nicio organizație a strategiei nu are acest cod;"
            + " importați mai întâi organizațiile.");
  }

  @Test
  void everyProblemOfAFileIsReported_inFileOrder() {
    ImportResult r = SpreadsheetImport.apply(CLIMATE, SpreadsheetImport.read(
        "Indicator,Date,Value\nCLI-99,2026,4\nCLI-01,someday,x\n".getBytes(StandardCharsets.UTF_8), "a.csv"), What.MEASUREMENTS);
    assertEquals(List.of("import.indicator-unknown", "import.date", "import.number"),
        r.problems().stream().map(ImportProblem::code).toList());
    assertEquals(2, r.rows());
  }
}
