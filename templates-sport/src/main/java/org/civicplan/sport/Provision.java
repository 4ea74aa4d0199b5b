// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.template.Parameters;

/**
 * The provision of sport facilities per 10,000 inhabitants, by district and facility type, against
 * the city's targets: the template's need model.
 *
 * <p><b>Need model.</b> For a district {@code d} with {@code P} inhabitants and a facility type
 * {@code t} with target {@code T} (parameter {@code provision.target.<type>}, facilities needed per
 * 10,000 inhabitants):
 *
 * <ul>
 *   <li>{@code counted}: the facilities of type {@code t} in {@code d} whose condition is at least
 *       {@code provision.counted-min-condition} (default 2: an unusable facility is not provision);
 *   <li>{@code perTenThousand = counted × 10,000 / P};
 *   <li>{@code needed = T × P / 10,000} (facilities, not rounded);
 *   <li>{@code deficit = max(0, needed − counted)};
 *   <li>{@code deficitRatio = deficit / needed}, in [0, 1], zero when nothing is needed.
 * </ul>
 *
 * <p>No official norm for these targets was found (DOMAIN.md §3, [NV]); the template's defaults are
 * placeholders the city replaces. Divisions keep 6 decimal places, half-even; the rest is exact.
 * Facilities whose district is not one of the inventory's are not counted (a rule reports them).
 *
 * @param cells one per district and type, districts in inventory order, types in {@link
 *     FacilityType} order
 */
public record Provision(List<Cell> cells) {

  /** The parameter: the lowest condition grade at which a facility counts towards provision. */
  public static final String COUNTED_MIN_CONDITION = "provision.counted-min-condition";

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  /**
   * Creates an instance from its components.
   *
   * @param cells the cells
   * @throws NullPointerException if the list or an element is null
   */
  public Provision {
    cells = List.copyOf(cells);
  }

  /**
   * {@return the provision of {@code inventory} under {@code parameters}}
   *
   * @param inventory the facility inventory
   * @param parameters the template's parameters in force; a target not set counts as zero, the
   *     counted minimum condition defaults to 2
   * @throws NullPointerException if an argument is null
   */
  public static Provision of(FacilityInventory inventory, Parameters parameters) {
    Objects.requireNonNull(inventory, "inventory");
    Objects.requireNonNull(parameters, "parameters");
    int minCondition = parameters.text(COUNTED_MIN_CONDITION).map(Integer::parseInt).orElse(2);
    List<Cell> out = new ArrayList<>();
    for (FacilityInventory.District d : inventory.districts()) {
      BigDecimal population = BigDecimal.valueOf(d.inhabitants());
      for (FacilityType t : FacilityType.values()) {
        int counted = 0;
        int excluded = 0;
        for (FacilityInventory.Facility f : inventory.facilities()) {
          if (f.type() == t && f.district().filter(d.name()::equals).isPresent()) {
            if (f.condition() >= minCondition) {
              counted++;
            } else {
              excluded++;
            }
          }
        }
        BigDecimal target = parameters.decimal(t.targetParameter(), BigDecimal.ZERO);
        BigDecimal needed = target.multiply(population).divide(TEN_THOUSAND, FacilityInventory.SCALE, RoundingMode.HALF_EVEN);
        BigDecimal have = BigDecimal.valueOf(counted);
        BigDecimal deficit = needed.subtract(have).max(BigDecimal.ZERO);
        BigDecimal ratio = needed.signum() == 0
            ? BigDecimal.ZERO
            : deficit.divide(needed, FacilityInventory.SCALE, RoundingMode.HALF_EVEN);
        BigDecimal per = have.multiply(TEN_THOUSAND).divide(population, FacilityInventory.SCALE, RoundingMode.HALF_EVEN);
        out.add(new Cell(d.name(), t, d.inhabitants(), counted, excluded, per, target, needed, deficit, ratio));
      }
    }
    return new Provision(out);
  }

  /**
   * {@return the cell of {@code district} and {@code type}, if the district is the inventory's}
   *
   * @param district the district's name
   * @param type the facility type
   */
  public Optional<Cell> cell(String district, FacilityType type) {
    return cells.stream().filter(c -> c.district().equals(district) && c.type() == type).findFirst();
  }

  /**
   * The provision of one facility type in one district.
   *
   * @param district the district's name
   * @param type the facility type
   * @param inhabitants the district's population
   * @param counted the facilities of the type in the district in a condition that counts
   * @param excluded those in a worse condition, not counted
   * @param perTenThousand {@code counted × 10,000 / inhabitants}
   * @param target the facilities needed per 10,000 inhabitants
   * @param needed {@code target × inhabitants / 10,000}
   * @param deficit {@code max(0, needed − counted)}
   * @param deficitRatio {@code deficit / needed}, zero when nothing is needed
   */
  public record Cell(
      String district,
      FacilityType type,
      long inhabitants,
      int counted,
      int excluded,
      BigDecimal perTenThousand,
      BigDecimal target,
      BigDecimal needed,
      BigDecimal deficit,
      BigDecimal deficitRatio) {

    /**
     * Creates an instance from its components.
     *
     * @param district the district's name
     * @param type the facility type
     * @param inhabitants the district's population
     * @param counted the facilities that count
     * @param excluded the facilities in a condition that does not count
     * @param perTenThousand facilities per 10,000 inhabitants
     * @param target the facilities needed per 10,000 inhabitants
     * @param needed the facilities needed
     * @param deficit the facilities missing
     * @param deficitRatio the share of the need that is missing
     * @throws NullPointerException if an argument is null
     */
    public Cell {
      Objects.requireNonNull(district, "district");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(perTenThousand, "perTenThousand");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(needed, "needed");
      Objects.requireNonNull(deficit, "deficit");
      Objects.requireNonNull(deficitRatio, "deficitRatio");
    }
  }
}
