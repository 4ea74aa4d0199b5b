// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceFrameworks;
import org.civicplan.alignment.ReferenceObjective;
import org.junit.jupiter.api.Test;

/**
 * The climate template's frameworks and core's are one catalogue written twice in the same format:
 * the same id is the same framework, with the same name, and a shared objective reads the same.
 */
class SharedFrameworksTest {

  private final List<ReferenceFramework> climate = new ClimateTemplate().referenceFrameworks();
  private final Map<String, ReferenceFramework> core =
      ReferenceFrameworks.standard().stream().collect(Collectors.toMap(f -> f.id().value(), Function.identity()));

  @Test
  void sharedIdsNameTheSameFramework() {
    List<String> shared = climate.stream().map(f -> f.id().value()).filter(core::containsKey).toList();
    assertEquals(List.of("eu-adaptation-strategy", "european-climate-law", "covenant-of-mayors", "sdg", "who-urban-green-space"), shared);
    for (String id : shared) {
      ReferenceFramework ours = climate.stream().filter(f -> f.id().value().equals(id)).findFirst().orElseThrow();
      assertEquals(core.get(id).name(), ours.name(), id);
    }
  }

  @Test
  void aFrameworkOnlyClimateShipsIsNotOneOfCoresUnderAnotherId() {
    for (ReferenceFramework f : climate) {
      if (!core.containsKey(f.id().value())) {
        for (ReferenceFramework c : core.values()) {
          assertFalse(c.name().equals(f.name()), () -> f.id() + " is core's " + c.id());
        }
      }
    }
  }

  @Test
  void sharedObjectivesReadTheSame() {
    int compared = 0;
    for (ReferenceFramework f : climate) {
      ReferenceFramework c = core.get(f.id().value());
      if (c == null) {
        continue;
      }
      for (ReferenceObjective o : f.objectives()) {
        Optional<ReferenceObjective> theirs = c.objectives().stream().filter(x -> x.id().equals(o.id())).findFirst();
        assertTrue(theirs.isPresent(), () -> f.id() + "/" + o.id() + " is not in core's catalogue");
        assertEquals(theirs.get(), o, f.id() + "/" + o.id());
        compared++;
      }
    }
    assertEquals(22, compared);
  }

  @Test
  void theUnverifiedCommitmentIsMarkedInItsColumn() {
    ReferenceObjective com55 = climate.stream().filter(f -> f.id().value().equals("covenant-of-mayors")).findFirst().orElseThrow()
        .objectives().stream().filter(o -> o.id().equals("COM-2030-55")).findFirst().orElseThrow();
    assertFalse(com55.verified());
    assertEquals("At least 55% GHG cut by 2030", com55.title().get(java.util.Locale.ENGLISH));
  }
}
