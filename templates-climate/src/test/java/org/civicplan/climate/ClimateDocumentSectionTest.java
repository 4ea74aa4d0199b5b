// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.civicplan.report.StrategyPublication;
import org.civicplan.report.StrategyPublication.Cell;
import org.civicplan.report.StrategyPublication.Section;
import org.civicplan.report.StrategyPublication.Table;
import org.junit.jupiter.api.Test;

/** The emission inventory table climate adds to the strategy document of the sample strategy. */
class ClimateDocumentSectionTest {

  private static final Locale RO = Locale.forLanguageTag("ro");

  private static Table inventory(Locale locale) {
    StrategyPublication d = StrategyPublication.of(ClimateSample.valid(), new ClimateTemplate(), locale);
    Section last = d.sections().get(d.sections().size() - 1);
    assertEquals(ClimateDocument.INVENTORY, last.id());
    return (Table) last.blocks().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
  }

  private static long number(String formatted) {
    return Long.parseLong(formatted.replace(".", "").replace(",", ""));
  }

  @Test
  void onesColumnPerInventory_baselineFirst_inRomanian() {
    Table t = inventory(RO);
    assertEquals(List.of("Sector", "Inventarul de referință 2008", "Inventarul de monitorizare 2022"), t.columns());
    assertEquals("Emisii de CO2 fosil (t CO2)", t.caption());
    List<String> labels = t.rows().stream().map(r -> r.get(0).text()).toList();
    assertEquals("Total", labels.get(labels.size() - 2));
    assertEquals("Pe locuitor (t CO2)", labels.get(labels.size() - 1));
  }

  @Test
  void keySectorsAddUpToTheBaselineValueOfCli01() {
    // CLI-01 (fossil CO2 of the municipal, tertiary, residential and transport sectors, transport
    // with its fleet, public and private parts) of BEI-2008 is 1,112,800 t, the value the
    // monitoring report derives from the same inventory
    Table t = inventory(Locale.ENGLISH);
    List<String> key = List.of("Municipal buildings, equipment and facilities", "Tertiary buildings, equipment and facilities",
        "Residential buildings", "Transport");
    long sum = 0;
    for (List<Cell> row : t.rows()) {
      if (key.contains(row.get(0).text()) || row.get(0).text().startsWith("Transport: ")) {
        sum += number(row.get(1).text());
      }
    }
    assertEquals(1_112_800, sum);
  }

  @Test
  void totalRowIsTheSumOfTheSectorRows_inEveryColumn() {
    Table t = inventory(Locale.ENGLISH);
    List<List<Cell>> sectors = t.rows().subList(0, t.rows().size() - 2);
    List<Cell> total = t.rows().get(t.rows().size() - 2);
    for (int c = 1; c < t.columns().size(); c++) {
      long sum = 0;
      for (List<Cell> row : sectors) {
        if (row.get(c).number()) {
          sum += number(row.get(c).text());
        }
      }
      assertEquals(sum, number(total.get(c).text()), t.columns().get(c));
      assertTrue(total.get(c).number());
    }
  }
}
