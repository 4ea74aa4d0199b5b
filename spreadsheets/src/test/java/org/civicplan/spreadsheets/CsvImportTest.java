// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.indicator.Measurement;
import org.civicplan.spreadsheets.SpreadsheetImport.What;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets save it: separators, byte order marks, encodings, Romanian headers and numbers. */
class CsvImportTest {

  private static final Strategy CLIMATE = Samples.climate();

  private static Strategy imported(byte[] bytes, What what) {
    ImportResult r = SpreadsheetImport.apply(CLIMATE, SpreadsheetImport.read(bytes, "a.csv"), what);
    assertEquals(List.of(), r.problems());
    return r.strategy().orElseThrow();
  }

  private static List<Measurement> measurements(Strategy s, String indicator) {
    return s.indicators().stream().filter(i -> i.id().value().equals(indicator)).findFirst().orElseThrow().measurements();
  }

  @Test
  void semicolons_romanianHeaders_decimalCommaAndGroupedThousands_dayFirstDates() {
    // As Romanian Excel saves "CSV (delimitat prin punct și virgulă)": 1.234,5 is 1234.5.
    byte[] csv = "Indicator;Data;Valoare;Sursa\nCLI-02;30.06.2026;1.234,5;contor\nCLI-02;2026-12;7,25;\n"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(
            new Measurement(PlanDate.of(2026, 6, 30), 1234.5, Optional.of("contor"), Optional.empty()),
            Measurement.of(PlanDate.ofMonth(2026, 12), 7.25)),
        measurements(imported(csv, What.MEASUREMENTS), "CLI-02"));
  }

  @Test
  void tabs_englishHeaders_groupedThousandsWithCommas() {
    byte[] csv = "indicator\tdate\tvalue\nCLI-02\t2026\t\"1,234.5\"\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(Measurement.of(PlanDate.ofYear(2026), 1234.5)), measurements(imported(csv, What.MEASUREMENTS), "CLI-02"));
  }

  @Test
  void utf8ByteOrderMark_andDiacriticsInHeadersAndTexts() {
    byte[] csv = "\uFEFFCod,Denumire,Categorie\nngo-nou,Asociația „Pădurea Verde”,ngo\n".getBytes(StandardCharsets.UTF_8);
    Strategy s = imported(csv, What.ORGANISATIONS);
    Organisation o = s.organisations().get(s.organisations().size() - 1);
    assertEquals("ngo-nou", o.id().value());
    assertEquals(Optional.of("Asociația „Pădurea Verde”"), o.name().exactly("ro"));
    assertEquals(OrganisationCategory.NGO, o.category());
  }

  @Test
  void utf16ByteOrderMark() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    b.write("Cod\tDenumire\tCategorie\nngo-nou\tAsociația Tineri\tngo\n".getBytes(StandardCharsets.UTF_16LE));
    Strategy s = imported(b.toByteArray(), What.ORGANISATIONS);
    assertEquals(Optional.of("Asociația Tineri"), s.organisations().get(s.organisations().size() - 1).name().exactly("ro"));
  }

  @Test
  void windows1250_whenTheBytesAreNotUtf8() {
    // Windows-1250 has no comma-below ș/ț: Romanian Excel on Windows writes the cedilla forms ş/ţ.
    byte[] csv = "Cod;Denumire;Categorie\nngo-nou;Asociaţia Şcolilor;ngo\n".getBytes(Charset.forName("windows-1250"));
    Strategy s = imported(csv, What.ORGANISATIONS);
    assertEquals(Optional.of("Asociaţia Şcolilor"), s.organisations().get(s.organisations().size() - 1).name().exactly("ro"));
  }

  @Test
  void existingOrganisation_keepsItsOtherLanguage_andGetsTheNewText() {
    byte[] csv = "Id,Name\ndir-environment,Environment and climate directorate\n".getBytes(StandardCharsets.UTF_8);
    Organisation o = imported(csv, What.ORGANISATIONS).organisations().get(0);
    assertEquals(Optional.of("Environment and climate directorate"), o.name().exactly("en"));
    assertEquals(Optional.of("Direcția de mediu"), o.name().exactly("ro"));
  }

  @Test
  void actionsCsv_updatesOnlyThePresentColumns_andAddsNewActions() {
    byte[] csv = ("Cod;Acțiune;Stare;Responsabil\nA-1.1;;late;isu\nA-9.1;Acțiune nouă;;\n").getBytes(StandardCharsets.UTF_8);
    Strategy s = imported(csv, What.ACTIONS);
    Action a = s.action(org.civicplan.base.ActionId.of("A-1.1")).orElseThrow();
    Action before = CLIMATE.action(org.civicplan.base.ActionId.of("A-1.1")).orElseThrow();
    assertEquals(ActionStatus.LATE, a.status());
    assertEquals("isu", a.responsible().orElseThrow().value());
    assertEquals(before.title(), a.title());
    assertEquals(before.budget(), a.budget());
    Action added = s.actions().get(s.actions().size() - 1);
    assertEquals("A-9.1", added.id().value());
    assertEquals(Optional.of("Acțiune nouă"), added.title().exactly("ro"));
  }

  @Test
  void budgetCsv_replacesTheLinesOfTheActionsItNames() {
    byte[] csv = ("Acțiune;An;Planificat;Realizat;Moneda;Sursa de finanțare;Program\n"
        + "A-1.2;2027;1.500.000,00;;RON;local-budget;\nA-1.2;2028;250000;10,5;EUR;eu-funds;PR Vest\n")
        .getBytes(StandardCharsets.UTF_8);
    Strategy s = imported(csv, What.ACTIONS);
    assertEquals(List.of(
            BudgetLine.planned(2027, Money.ron("1500000.00"), FundingSource.of(FundingKind.LOCAL_BUDGET)),
            BudgetLine.planned(2028, Money.eur("250000"), FundingSource.of(FundingKind.EU_FUNDS, "PR Vest"))
                .withActual(Money.eur("10.5"))),
        s.action(org.civicplan.base.ActionId.of("A-1.2")).orElseThrow().budget());
    assertEquals(CLIMATE.action(org.civicplan.base.ActionId.of("A-1.1")).orElseThrow().budget(),
        s.action(org.civicplan.base.ActionId.of("A-1.1")).orElseThrow().budget());
  }

  @Test
  void neutralisedTextIsRestored() {
    byte[] csv = "Id,Name\ndir-environment,'=Direcția\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.of("=Direcția"), imported(csv, What.ORGANISATIONS).organisations().get(0).name().exactly("en"));
  }

  @Test
  void csvText_keepsRowNumbers_padsRowsToTheHeader_andWritesDecimalCommasWithAPoint() {
    // Line 3 is blank, so the second record starts on line 4, as in the file; "1,20" in a
    // semicolon file is 1.20; the trailing empty note of line 4 is written again.
    SpreadsheetImport.Input input = SpreadsheetImport.read(
        "audit;value;note\nA;1,20;\"say \"\"hi\"\"\"\n\nB;x,y;\n".getBytes(StandardCharsets.UTF_8), "s.csv");
    assertEquals("\"audit\",\"value\",\"note\"\n\"A\",\"1.20\",\"say \"\"hi\"\"\"\n\n\"B\",\"x,y\",\"\"\n",
        input.csvText(input.sheets().get(0)));
    assertEquals(List.of(1, 2, 4), org.civicplan.io.Csv.parse(input.csvText(input.sheets().get(0))).rows().stream()
        .map(org.civicplan.io.Csv.Row::line).toList());
  }
}
