// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.civicplan.governance.OrganisationId;
import org.civicplan.sport.FacilityInventory.District;
import org.civicplan.sport.FacilityInventory.Facility;
import org.civicplan.strategy.Location;
import org.civicplan.template.Parameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the need model on seeded random inventories, small ones first, cross-checked with
 * a naive count: every facility in a known district is counted or excluded exactly once, the
 * deficit is never negative and never more than the need, the ratio stays in [0, 1], and raising
 * a target never lowers a deficit. A failure names the seed.
 */
class ProvisionPropertiesTest {

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 200).boxed();
  }

  private static FacilityInventory inventory(long seed) {
    RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    int size = (int) Math.min(40, 1 + seed / 5);
    List<District> districts = new ArrayList<>();
    int nd = 1 + r.nextInt(4);
    for (int i = 0; i < nd; i++) {
      districts.add(new District("D" + i, 1 + r.nextInt(80_000)));
    }
    List<Facility> facilities = new ArrayList<>();
    FacilityType[] types = FacilityType.values();
    for (int i = 0; i < size; i++) {
      // one district in six is unknown to the inventory
      String district = "D" + r.nextInt(nd + 1 + nd / 5);
      BigDecimal available = BigDecimal.valueOf(r.nextInt(169));
      facilities.add(new Facility("F-" + i, "Facility " + i, types[r.nextInt(types.length)], Location.ofDistrict(district),
          OrganisationId.of("owner"), Optional.empty(), 1 + r.nextInt(5), r.nextInt(300), available,
          BigDecimal.valueOf(r.nextInt(available.intValue() + 1)), Optional.empty(), List.of(), Optional.empty(),
          Optional.empty(), Optional.empty()));
    }
    return new FacilityInventory(Optional.empty(), districts, facilities);
  }

  private static Parameters targets(long seed, int minCondition) {
    RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(seed * 31 + 7);
    Map<String, String> values = new java.util.HashMap<>();
    for (FacilityType t : FacilityType.values()) {
      values.put(t.targetParameter(), BigDecimal.valueOf(r.nextInt(30), 1).toPlainString());
    }
    values.put(Provision.COUNTED_MIN_CONDITION, String.valueOf(minCondition));
    return Parameters.of(values);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void countsMatchANaiveCountAndDeficitsStayInRange(long seed) {
    FacilityInventory inv = inventory(seed);
    int minCondition = 1 + (int) (seed % 5);
    Provision p = Provision.of(inv, targets(seed, minCondition));
    assertEquals(inv.districts().size() * FacilityType.values().length, p.cells().size(), () -> "seed " + seed);
    int known = 0;
    for (Provision.Cell c : p.cells()) {
      int counted = 0;
      int excluded = 0;
      for (Facility f : inv.facilities()) {
        if (f.type() == c.type() && f.district().orElseThrow().equals(c.district())) {
          if (f.condition() >= minCondition) {
            counted++;
          } else {
            excluded++;
          }
        }
      }
      assertEquals(counted, c.counted(), () -> "seed " + seed + " " + c);
      assertEquals(excluded, c.excluded(), () -> "seed " + seed + " " + c);
      known += counted + excluded;
      assertTrue(c.deficit().signum() >= 0 && c.deficit().compareTo(c.needed()) <= 0, () -> "seed " + seed + " " + c);
      assertTrue(c.deficitRatio().signum() >= 0 && c.deficitRatio().compareTo(BigDecimal.ONE) <= 0, () -> "seed " + seed + " " + c);
    }
    long inKnownDistricts = inv.facilities().stream()
        .filter(f -> inv.districts().stream().anyMatch(d -> d.name().equals(f.district().orElseThrow()))).count();
    assertEquals(inKnownDistricts, known, () -> "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aHigherTargetNeverLowersADeficit(long seed) {
    FacilityInventory inv = inventory(seed);
    Parameters base = targets(seed, 2);
    FacilityType t = FacilityType.values()[(int) (seed % FacilityType.values().length)];
    BigDecimal raised = base.decimal(t.targetParameter()).add(BigDecimal.ONE);
    Provision before = Provision.of(inv, base);
    Provision after = Provision.of(inv, base.with(Map.of(t.targetParameter(), raised.toPlainString())));
    for (int i = 0; i < before.cells().size(); i++) {
      Provision.Cell b = before.cells().get(i);
      Provision.Cell a = after.cells().get(i);
      assertTrue(a.deficit().compareTo(b.deficit()) >= 0, () -> "seed " + seed + " " + b + " → " + a);
      if (b.type() != t) {
        assertEquals(b, a, () -> "seed " + seed);
      }
    }
  }
}
