// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Emission arithmetic against values worked out by hand (sector × carrier × factor). The factors
 * are the shipped IPCC 2006 defaults (natural gas 0.202, gas/diesel oil 0.267, motor gasoline
 * 0.249, biodiesel 0.255, solid biomass 0.360 t CO2/MWh, DOMAIN.md §1.4) and the sample's
 * illustrative city factors for electricity and heat.
 */
class EmissionArithmeticTest {

  private static final List<EmissionFactor> IPCC = ClimateTemplate.emissionFactors();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static EmissionInventory inventory(List<EnergyUse> uses, long population) {
    return new EmissionInventory("I-1", InventoryType.BASELINE, 2020, population, uses, List.of(), List.of(), LocalizedText.empty());
  }

  @Test
  void oneSectorCarrierIsEnergyTimesFactorExactly() {
    // 1234.5 MWh × 0.202 t/MWh = 249.369 t
    InventoryEmissions e = inventory(List.of(EnergyUse.of(Sector.RESIDENTIAL, "natural-gas", "1234.5")), 1).emissions(IPCC);
    assertEquals(0, d("249.369").compareTo(e.fossilTotal()));
    assertEquals(Map.of(Sector.RESIDENTIAL, d("249.369")), e.fossilBySector());
  }

  @Test
  void sumsPerSectorAcrossCarriers() {
    // transport: 100 × 0.267 + 200 × 0.249 = 26.7 + 49.8 = 76.5; municipal: 10 × 0.341 = 3.41
    InventoryEmissions e =
        inventory(
                List.of(
                    EnergyUse.of(Sector.TRANSPORT, "gas-diesel-oil", "100"),
                    EnergyUse.of(Sector.TRANSPORT, "motor-gasoline", "200"),
                    EnergyUse.of(Sector.MUNICIPAL, "other-bituminous-coal", "10")),
                1)
            .emissions(IPCC);
    assertEquals(d("76.5"), e.fossilBySector().get(Sector.TRANSPORT));
    assertEquals(d("3.41"), e.fossilBySector().get(Sector.MUNICIPAL));
    assertEquals(d("79.91"), e.fossilTotal());
    assertEquals(List.of(Sector.MUNICIPAL, Sector.TRANSPORT), List.copyOf(e.fossilBySector().keySet()));
  }

  @Test
  void biogenicCarriersAreReportedApartAndNeverInFossilTotals() {
    // gas 1000 × 0.202 = 202 fossil; wood 1000 × 0.360 = 360 and biodiesel 100 × 0.255 = 25.5 biogenic
    List<EnergyUse> fossilOnly = List.of(EnergyUse.of(Sector.RESIDENTIAL, "natural-gas", "1000"));
    InventoryEmissions without = inventory(fossilOnly, 10).emissions(IPCC);
    InventoryEmissions with =
        inventory(
                List.of(
                    fossilOnly.get(0),
                    EnergyUse.of(Sector.RESIDENTIAL, "solid-biomass", "1000"),
                    EnergyUse.of(Sector.TRANSPORT, "biodiesel", "100")),
                10)
            .emissions(IPCC);
    assertEquals(d("202"), with.fossilTotal());
    assertEquals(without.fossilTotal(), with.fossilTotal());
    assertEquals(without.fossilPerCapita(), with.fossilPerCapita());
    assertEquals(d("385.5"), with.biogenicTotal());
    assertEquals(d("360"), with.biogenicBySector().get(Sector.RESIDENTIAL));
    assertEquals(d("25.5"), with.biogenicBySector().get(Sector.TRANSPORT));
  }

  @Test
  void cityFactorTakesPrecedenceOverShippedTable() {
    EmissionInventory inv =
        inventory(List.of(EnergyUse.of(Sector.TERTIARY, "natural-gas", "100")), 1)
            .withFactors(List.of(EmissionFactor.fossil("natural-gas", "0.2", "city measurement")));
    assertEquals(d("20"), inv.emissions(IPCC).fossilTotal());
  }

  @Test
  void carrierWithoutFactorIsListedAndLeftOut() {
    InventoryEmissions e =
        inventory(
                List.of(
                    EnergyUse.of(Sector.TERTIARY, "electricity", "500"),
                    EnergyUse.of(Sector.TERTIARY, "natural-gas", "10")),
                1)
            .emissions(IPCC);
    assertEquals(List.of("electricity"), e.carriersWithoutFactor());
    assertEquals(d("2.02"), e.fossilTotal());
  }

  static final Factors SAMPLE_FACTORS = Factors.of(ClimateTemplate.defaultParameters());

  @Test
  void sampleBaselineInventory() {
    // electricity 0.6 (illustrative city factor); heat 0.3, the local factor computed from the CHP plant:
    // (751509×0.202 + 101058×0.279) / 600000 = (151804.818 + 28195.182) / 600000 = 180000 / 600000 = 0.3
    // municipal 40000×0.6 + 50000×0.202 = 24000 + 10100 = 34100
    // tertiary 300000×0.6 + 200000×0.202 = 180000 + 40400 = 220400
    // residential 350000×0.6 + 900000×0.202 + 600000×0.3 = 210000 + 181800 + 180000 = 571800
    // transport 700000×0.267 + 400000×0.249 = 186900 + 99600 = 286500
    // fossil 1112800; biogenic wood 100000×0.36 = 36000; per capita 1112800/260000 = 4.28
    InventoryEmissions e = SAMPLE_FACTORS.emissions(ClimateSample.baseline());
    assertEquals(d("34100"), e.fossilBySector().get(Sector.MUNICIPAL));
    assertEquals(d("220400"), e.fossilBySector().get(Sector.TERTIARY));
    assertEquals(d("571800"), e.fossilBySector().get(Sector.RESIDENTIAL));
    // transport in its three parts: fleet 20000×0.267 = 5340, public 80000×0.267 = 21360,
    // private 600000×0.267 + 400000×0.249 = 160200 + 99600 = 259800; together 286500
    assertEquals(d("5340"), e.fossilBySector().get(Sector.MUNICIPAL_FLEET));
    assertEquals(d("21360"), e.fossilBySector().get(Sector.PUBLIC_TRANSPORT));
    assertEquals(d("259800"), e.fossilBySector().get(Sector.PRIVATE_TRANSPORT));
    assertEquals(d("286500"), e.fossilBySectorGroup().get(Sector.TRANSPORT));
    assertEquals(d("1112800"), e.fossilTotal());
    assertEquals(d("1112800"), e.keySectorTotal());
    assertEquals(d("36000"), e.biogenicTotal());
    assertEquals(d("4.2800"), e.fossilPerCapita());
    // local CHP: 180000 t (above), reported apart, not in the total
    assertEquals(d("180000"), e.localProductionFossil());
  }

  @Test
  void sampleMonitoringInventoryAndReductions() {
    // heat: (562871×0.202 + 40502×0.279) / 500000 = (113699.942 + 11300.058) / 500000 = 0.25
    // fossil: 13500 + 7070 + 126000 + 30300 + 153000 + 161600 + 125000 + 173550 + 87150 = 877170
    // biogenic: 120000×0.36 + 50000×0.255 = 43200 + 12750 = 55950
    // per capita: 877170 / 250000 = 3.50868 → 3.5087
    // reduction: (1112800 − 877170) / 1112800 × 100 = 21.1745… → 21.17
    // per capita: (4.28 − 3.50868) / 4.28 × 100 = 18.0215… → 18.02
    InventoryEmissions base = SAMPLE_FACTORS.emissions(ClimateSample.baseline());
    InventoryEmissions now = SAMPLE_FACTORS.emissions(ClimateSample.monitoring());
    assertEquals(d("877170"), now.fossilTotal());
    assertEquals(d("55950"), now.biogenicTotal());
    assertEquals(d("3.5087"), now.fossilPerCapita());
    assertEquals(Optional.of(d("21.17")), now.reductionPercentFrom(base));
    assertEquals(Optional.of(d("18.02")), now.perCapitaReductionPercentFrom(base));
    assertEquals(Optional.of(d("-26.86")), base.reductionPercentFrom(now)); // growth is negative
  }

  @Test
  void reductionAgainstZeroBaselineIsEmpty() {
    InventoryEmissions zero = inventory(List.of(), 5).emissions(IPCC);
    InventoryEmissions some = inventory(List.of(EnergyUse.of(Sector.RESIDENTIAL, "lpg", "1")), 5).emissions(IPCC);
    assertEquals(Optional.empty(), some.reductionPercentFrom(zero));
    assertEquals(Optional.empty(), some.perCapitaReductionPercentFrom(zero));
  }

  @Test
  void rejectsNegativeEnergyAndDuplicateFactors() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EnergyUse.of(Sector.TRANSPORT, "lpg", "-1"));
    assertEquals("energy (MWh) of TRANSPORT/lpg must not be negative but was -1", e.getMessage());
    EmissionInventory inv = inventory(List.of(), 1);
    EmissionFactor f = EmissionFactor.fossil("heat", "0.3", "city");
    assertThrows(IllegalArgumentException.class, () -> inv.withFactors(List.of(f, f)));
    assertThrows(IllegalArgumentException.class, () -> inventory(List.of(), 0));
  }

  @Test
  void shippedTableMatchesTheReferenceCatalogue() {
    // DOMAIN.md §1.4 table: 10 fuels, 2 of them biogenic
    assertEquals(10, IPCC.size());
    assertEquals(List.of("biodiesel", "solid-biomass"),
        IPCC.stream().filter(EmissionFactor::biogenic).map(EmissionFactor::carrier).toList());
    assertEquals(d("0.202"), IPCC.get(0).tonnesCo2PerMwh());
  }

  @Test
  void nonEnergyCo2AddsToItsSectorAndOtherGasesOnlyToTheCo2Equivalent() {
    // 100 MWh gas × 0.202 = 20.2 t; waste: 50 t CO2 direct, 10 t CH4; wastewater 2 t N2O
    // CO2e with GWP 28 and 265 (test values, not a shipped set): 70.2 + 10×28 + 2×265 = 70.2 + 280 + 530 = 880.2
    EmissionInventory inv = inventory(List.of(EnergyUse.of(Sector.RESIDENTIAL, "natural-gas", "100")), 1).withNonEnergy(List.of(
        DirectEmission.of(Sector.WASTE, DirectEmission.Gas.CO2, "50", "m"),
        DirectEmission.of(Sector.WASTE, DirectEmission.Gas.CH4, "10", "m"),
        DirectEmission.of(Sector.WASTEWATER, DirectEmission.Gas.N2O, "2", "m")));
    InventoryEmissions e = inv.emissions(IPCC);
    assertEquals(d("50"), e.fossilBySector().get(Sector.WASTE));
    assertEquals(d("70.2"), e.fossilTotal());
    assertEquals(d("20.2"), e.keySectorTotal()); // waste is not a key sector
    assertEquals(Optional.of(d("880.2")), e.co2eTotal(Map.of(DirectEmission.Gas.CH4, d("28"), DirectEmission.Gas.N2O, d("265"))));
    assertEquals(Optional.empty(), e.co2eTotal(Map.of(DirectEmission.Gas.CH4, d("28"))));
    assertThrows(IllegalArgumentException.class, () -> DirectEmission.of(Sector.RESIDENTIAL, DirectEmission.Gas.CH4, "1", "m"));
  }
}
