// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The draws the generators make, built on {@link RandomGenerator#nextLong()} only.
 *
 * <p>The bounded draws are computed here rather than with the generator's default methods, whose
 * algorithms the JDK may change between releases: for a given sequence of {@code nextLong()}
 * values the draws are the same on every JDK.
 */
final class Rng {

  private final RandomGenerator random;

  Rng(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  long nextLong() {
    return random.nextLong();
  }

  /** A uniform draw in [0, 1). */
  double unit() {
    return (random.nextLong() >>> 11) * 0x1.0p-53;
  }

  /** A draw in [0, bound); {@code bound} must be positive. */
  int below(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive but was " + bound);
    }
    // The modulo bias is below 2^-32 for the bounds used here, irrelevant for test data.
    return (int) ((random.nextLong() >>> 1) % bound);
  }

  /** A draw in [lo, hi], both included; {@code lo <= hi}. */
  int between(int lo, int hi) {
    return lo + below(hi - lo + 1);
  }

  long betweenLong(long lo, long hi) {
    return lo + (long) Math.floor(unit() * (hi - lo + 1));
  }

  boolean chance(double p) {
    return unit() < p;
  }

  <T> T pick(List<T> values) {
    return values.get(below(values.size()));
  }

  @SafeVarargs
  final <T> T pick(T... values) {
    return values[below(values.length)];
  }

  /** Up to {@code count} distinct elements of {@code values}, in a random order. */
  <T> List<T> distinct(List<T> values, int count) {
    List<T> copy = new ArrayList<>(values);
    int n = Math.min(count, copy.size());
    for (int i = 0; i < n; i++) {
      int j = i + below(copy.size() - i);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return List.copyOf(copy.subList(0, n));
  }

  /** A value in [lo, hi) rounded to two decimals, so that it prints briefly and exactly. */
  double decimal(double lo, double hi) {
    return round2(lo + unit() * (hi - lo));
  }

  static double round2(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
