package org.civicplan.strategy;

import org.civicplan.base.ActionId;
import org.civicplan.base.ObjectiveId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.base.TemplateId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"A-12", "OS-1.1", "co2-total", "hz:HZ-01", "x", "a_b"})
  void acceptsIdSyntax(String id) {
    assertEquals(id, ActionId.of(id).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " A", "A 12", "-A", "a/b", "a~b", "ș1"})
  void rejectsWithKindAndValue(String id) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActionId.of(id));
    assertTrue(e.getMessage().startsWith("action id"), e.getMessage());
    assertTrue(e.getMessage().contains("\"" + id + "\""), e.getMessage());
  }

  @Test
  void rejectsOverlongId() {
    assertThrows(IllegalArgumentException.class, () -> IndicatorId.of("a".repeat(65)));
    assertEquals(64, IndicatorId.of("a".repeat(64)).value().length());
  }

  @Test
  void equalityIsByValueAndType() {
    new EqualsTester()
        .addEqualityGroup(ActionId.of("A-1"), new ActionId("A-1"))
        .addEqualityGroup(ObjectiveId.of("A-1"))
        .addEqualityGroup(TemplateId.of("climate"))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().testAllPublicStaticMethods(ActionId.class);
    new NullPointerTester().testAllPublicConstructors(IndicatorId.class);
  }
}
