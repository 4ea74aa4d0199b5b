// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.MessageCatalog;
import org.civicplan.template.RuleContext;
import org.civicplan.base.Severity;
import org.civicplan.template.ValidationRule;

/**
 * Emission inventories can be computed: every carrier has a factor (error otherwise, once per
 * carrier and inventory, at its first use; for grid electricity a warning asking for parameter
 * {@value ClimateTemplate#FACTOR_ELECTRICITY}, because no verified national factor for Romania is
 * shipped — DOMAIN.md §1.4 [NV]), ids are unique (error), there is at most one baseline (warning),
 * and no monitoring inventory predates the baseline (error). Factors are looked up as {@link
 * Factors} says (the inventory's own, its local heat factor, the national electricity parameter,
 * the IPCC 2006 defaults of JRC107518).
 *
 * <p>It also checks the scope: every inventory has energy use in each key sector of parameter
 * {@value ClimateTemplate#INVENTORY_KEY_SECTORS} (default municipal, tertiary, residential and
 * transport: the four key sectors of the JRC CoM approach, DOMAIN.md §1.3) (warning); transport
 * given whole rather than in its three parts is an info (the split is the SECAP reporting
 * template's structure, not verified in DOMAIN.md); and an inventory with methane or nitrous oxide
 * needs the GWP of that gas (parameters {@value ClimateTemplate#GWP_CH4}, {@value
 * ClimateTemplate#GWP_N2O}: no GWP set is shipped, as none is given in DOMAIN.md) for its
 * CO2-equivalent (warning).
 */
final class InventoryRule implements ValidationRule {

  private final MessageCatalog messages;

  InventoryRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "climate.inventory";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    Factors factors = Factors.of(context.parameters());
    List<Annex> annexes = strategy.annexes();
    Set<String> ids = new HashSet<>();
    OptionalInt baselineYear =
        strategy.annexes(EmissionInventory.class).stream()
            .filter(e -> e.type() == InventoryType.BASELINE)
            .mapToInt(EmissionInventory::year)
            .findFirst();
    boolean baselineSeen = false;
    for (int i = 0; i < annexes.size(); i++) {
      if (!(annexes.get(i) instanceof EmissionInventory inv)) {
        continue;
      }
      String path = "/annexes/" + i + "/data";
      if (!ids.add(inv.id())) {
        context.report(messages.finding(Severity.ERROR, ClimateCodes.INVENTORY_ID_DUPLICATE, path + "/id", inv.id()));
      }
      if (inv.type() == InventoryType.BASELINE) {
        if (baselineSeen) {
          context.report(
              messages.finding(Severity.WARNING, ClimateCodes.INVENTORY_BASELINE_MULTIPLE, path + "/type", inv.id()));
        }
        baselineSeen = true;
      } else if (baselineYear.isPresent() && inv.year() < baselineYear.getAsInt()) {
        context.report(
            messages.finding(
                Severity.ERROR, ClimateCodes.INVENTORY_MONITORING_BEFORE_BASELINE, path + "/year", inv.id(),
                String.valueOf(inv.year()), String.valueOf(baselineYear.getAsInt())));
      }
      checkScope(inv, path, context);
      // One finding per missing carrier and inventory, at its first use.
      Set<String> reported = new HashSet<>();
      List<EmissionFactor> defaults = factors.defaults(inv);
      for (int j = 0; j < inv.consumption().size(); j++) {
        String carrier = inv.consumption().get(j).carrier();
        if (inv.factor(carrier, defaults).isEmpty() && reported.add(carrier)) {
          String at = path + "/consumption/" + j + "/carrier";
          context.report(Factors.ELECTRICITY.equals(carrier)
              ? messages.finding(Severity.WARNING, ClimateCodes.INVENTORY_ELECTRICITY_FACTOR_UNSET, at, inv.id(),
                  ClimateTemplate.FACTOR_ELECTRICITY)
              : messages.finding(Severity.ERROR, ClimateCodes.INVENTORY_FACTOR_MISSING, at, carrier, inv.id()));
        }
      }
      for (int k = 0; k < inv.localProduction().size(); k++) {
        List<LocalProduction.FuelInput> inputs = inv.localProduction().get(k).inputs();
        for (int j = 0; j < inputs.size(); j++) {
          if (inv.factor(inputs.get(j).carrier(), defaults).isEmpty() && reported.add(inputs.get(j).carrier())) {
            context.report(
                messages.finding(
                    Severity.ERROR, ClimateCodes.INVENTORY_FACTOR_MISSING,
                    path + "/localProduction/" + k + "/inputs/" + j + "/carrier", inputs.get(j).carrier(), inv.id()));
          }
        }
      }
    }
  }

  private void checkScope(EmissionInventory inv, String path, RuleContext context) {
    java.util.Set<Sector> present = java.util.EnumSet.noneOf(Sector.class);
    inv.consumption().forEach(u -> present.add(u.sector().group()));
    for (Sector key : ClimateTemplate.keySectors(context.parameters())) {
      if (!present.contains(key.group())) {
        context.report(messages.finding(Severity.WARNING, ClimateCodes.INVENTORY_KEY_SECTOR_MISSING, path + "/consumption",
            inv.id(), key.label()));
      }
    }
    for (int j = 0; j < inv.consumption().size(); j++) {
      if (inv.consumption().get(j).sector() == Sector.TRANSPORT) {
        context.report(messages.finding(Severity.INFO, ClimateCodes.INVENTORY_TRANSPORT_UNSPLIT,
            path + "/consumption/" + j + "/sector", inv.id()));
        break;
      }
    }
    java.util.Map<DirectEmission.Gas, java.math.BigDecimal> gwp = ClimateTemplate.gwp(context.parameters());
    for (int j = 0; j < inv.nonEnergy().size(); j++) {
      DirectEmission d = inv.nonEnergy().get(j);
      if (d.gas() != DirectEmission.Gas.CO2 && !gwp.containsKey(d.gas())) {
        context.report(messages.finding(Severity.WARNING, ClimateCodes.INVENTORY_GWP_UNSET, path + "/nonEnergy/" + j + "/gas",
            inv.id(), d.gas().name(), d.gas() == DirectEmission.Gas.CH4 ? ClimateTemplate.GWP_CH4 : ClimateTemplate.GWP_N2O));
        break;
      }
    }
  }
}
