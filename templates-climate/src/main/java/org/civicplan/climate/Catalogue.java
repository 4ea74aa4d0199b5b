// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.util.List;
import org.civicplan.template.DataCatalogue;

/**
 * The climate template's lookup catalogues as typed records, from the rows {@link
 * org.civicplan.template.TemplateData} has read and checked (columns declared in {@code
 * template.yaml}).
 */
final class Catalogue {

  private final List<Hazard> hazards;
  private final List<VulnerableSector> sectors;
  private final List<EmissionFactor> factors;

  Catalogue(DataCatalogue hazards, DataCatalogue sectors, DataCatalogue factors) {
    this.hazards = hazards.rows().stream()
        .map(r -> new Hazard(HazardId.of(r.text("id")), r.localized("name"), r.optionalText("parent").map(HazardId::of), r.text("group"), r.text("source")))
        .toList();
    this.sectors = sectors.rows().stream()
        .map(r -> new VulnerableSector(r.text("id"), r.localized("name"), r.text("source")))
        .toList();
    this.factors = factors.rows().stream()
        .map(r -> new EmissionFactor(r.text("carrier"), r.localized("name"), r.decimal("t_co2_per_mwh"), r.flag("biogenic"), r.text("source")))
        .toList();
  }

  List<Hazard> hazards() {
    return hazards;
  }

  List<VulnerableSector> sectors() {
    return sectors;
  }

  List<EmissionFactor> factors() {
    return factors;
  }
}
