// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map from sorted, shared keys to doubles, so that a ranking of many alternatives does
 * not build one tree map per alternative. Iterates in key order; equal to any map with the same
 * entries.
 */
final class ArrayMap extends AbstractMap<String, Double> {

  private final String[] keys;
  private final double[] values;

  /** {@code keys} must be sorted and distinct; neither array is copied, so neither may change. */
  ArrayMap(String[] keys, double[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException("keys (" + keys.length + ") and values (" + values.length + ") differ in length");
    }
    this.keys = keys;
    this.values = values;
  }

  @Override
  public Double get(Object key) {
    if (key instanceof String s) {
      int i = java.util.Arrays.binarySearch(keys, s);
      return i >= 0 ? values[i] : null;
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String s && java.util.Arrays.binarySearch(keys, s) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Set<Map.Entry<String, Double>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Double>> iterator() {
        return new Iterator<>() {
          int i;

          @Override
          public boolean hasNext() {
            return i < keys.length;
          }

          @Override
          public Map.Entry<String, Double> next() {
            if (i >= keys.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, Double> e = new SimpleImmutableEntry<>(keys[i], values[i]);
            i++;
            return e;
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  /** Keys sorted, with the permutation that sorts them. */
  static int[] sortedOrder(String[] keys) {
    Integer[] idx = new Integer[keys.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (a, b) -> keys[a].compareTo(keys[b]));
    int[] out = new int[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = idx[i];
    }
    return out;
  }
}
