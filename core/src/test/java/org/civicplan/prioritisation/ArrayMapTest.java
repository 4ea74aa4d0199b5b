// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The map of an explanation's numbers: sorted shared keys, one array of values. */
class ArrayMapTest {

  private final ArrayMap map = new ArrayMap(new String[] {"c1", "c3", "c7"}, new double[] {0.5, -2, 1e-3});

  @Test
  void readsLikeTheTreeMapOfTheSameEntries() {
    Map<String, Double> tree = new TreeMap<>(Map.of("c1", 0.5, "c3", -2.0, "c7", 1e-3));
    assertEquals(tree, map);
    assertEquals(map, tree);
    assertEquals(tree.hashCode(), map.hashCode());
    assertEquals(tree.toString(), map.toString());
    assertEquals(List.copyOf(tree.keySet()), List.copyOf(map.keySet()));
    assertEquals(3, map.size());
  }

  @Test
  void findsItsKeysAndOnlyThem() {
    assertEquals(-2.0, map.get("c3"));
    assertEquals(0.5, map.get("c1"));
    assertEquals(1e-3, map.get("c7"));
    assertNull(map.get("c2"));
    assertNull(map.get("c9"));
    assertNull(map.get(3));
    assertTrue(map.containsKey("c1") && map.containsKey("c7"));
    assertFalse(map.containsKey("c0"));
    assertFalse(map.containsKey("c4"));
    assertFalse(map.containsKey(null));
    assertFalse(map.containsKey(7));
  }

  @Test
  void itsIteratorEndsWithTheKeys() {
    Iterator<Map.Entry<String, Double>> it = map.entrySet().iterator();
    for (int i = 0; i < 3; i++) {
      assertTrue(it.hasNext());
      it.next();
    }
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
    assertThrows(UnsupportedOperationException.class, () -> map.put("c2", 1.0));
  }

  @Test
  void keysAndValuesMustPair() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ArrayMap(new String[] {"a"}, new double[2]));
    assertEquals("keys (1) and values (2) differ in length", e.getMessage());
  }

  @Test
  void sortedOrderIsThePermutationThatSortsTheKeys() {
    assertArrayEquals(new int[] {2, 0, 3, 1}, ArrayMap.sortedOrder(new String[] {"b", "d", "a", "c"}));
    assertArrayEquals(new int[0], ArrayMap.sortedOrder(new String[0]));
  }
}
