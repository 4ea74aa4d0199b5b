// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DocumentSection;
import org.civicplan.template.MonitoringContribution.Cell;
import org.civicplan.template.MonitoringContribution.Table;
import org.civicplan.template.Parameters;

/**
 * The section the climate template adds to the strategy document ({@link
 * ClimateTemplate#documentSections}): the emission inventory table, fossil CO2 per sector of each
 * inventory (baseline first, then the monitoring inventories by year), with the totals and the
 * emissions per inhabitant, computed with the factors in force as the monitoring report computes
 * them ({@link Factors}). The factors' sources and the inventories' notes are for the maintainers
 * and are not shown.
 */
final class ClimateDocument {

  /** The id of the emission inventory section. */
  static final String INVENTORY = "climate.emission-inventory";

  private ClimateDocument() {}

  static List<DocumentSection> sections(Strategy strategy, Parameters parameters) {
    List<EmissionInventory> inventories = strategy.annexes(EmissionInventory.class).stream()
        .sorted(Comparator.comparing((EmissionInventory e) -> e.type() != InventoryType.BASELINE)
            .thenComparingInt(EmissionInventory::year).thenComparing(EmissionInventory::id))
        .toList();
    if (inventories.isEmpty()) {
      return List.of();
    }
    Factors factors = Factors.of(parameters);
    List<InventoryEmissions> emissions = inventories.stream().map(factors::emissions).toList();
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    emissions.forEach(e -> sectors.addAll(e.fossilBySector().keySet()));
    List<LocalizedText> columns = new ArrayList<>();
    columns.add(label("document.col.sector"));
    for (EmissionInventory i : inventories) {
      columns.add(ClimateReport.LABELS.text("document.col.inventory",
          label("document.inventory." + i.type().name().toLowerCase(java.util.Locale.ROOT)), Integer.toString(i.year())));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (Sector s : sectors) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(label("sector." + s.name().toLowerCase(java.util.Locale.ROOT))));
      for (InventoryEmissions e : emissions) {
        BigDecimal v = e.fossilBySector().get(s);
        row.add(v == null ? Cell.plain("–") : Cell.number(v));
      }
      rows.add(row);
    }
    List<Cell> total = new ArrayList<>();
    total.add(Cell.text(label("document.row.total")));
    emissions.forEach(e -> total.add(Cell.number(e.fossilTotal())));
    rows.add(total);
    List<Cell> perCapita = new ArrayList<>();
    perCapita.add(Cell.text(label("document.row.per-capita")));
    emissions.forEach(e -> perCapita.add(Cell.number(e.fossilPerCapita())));
    rows.add(perCapita);
    return List.of(new DocumentSection(INVENTORY, label("document.inventory.title"),
        List.of(label("document.inventory.intro")), List.of(new Table(label("document.inventory.caption"), columns, rows))));
  }

  private static LocalizedText label(String key) {
    return ClimateReport.LABELS.text(key);
  }
}
