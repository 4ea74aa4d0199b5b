package org.civicplan.prioritisation;

import java.util.Arrays;

/** A growable int stack without boxing. */
final class IntStack {
  private int[] a = new int[64];
  private int size;

  void push(int v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, size * 2);
    }
    a[size++] = v;
  }

  int pop() {
    return a[--size];
  }

  int size() {
    return size;
  }
}
