// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

/**
 * An amount as an affine function {@code a + s·x} of the voters' starting budget {@code x}. The
 * Method of Equal Shares run symbolically: every amount it computes along one sequence of decisions
 * is affine in {@code x}, so the run can tell up to which budget its decisions, and therefore its
 * outcome, stay the same.
 *
 * @param a the constant term
 * @param s the slope in {@code x}
 */
record Affine(Rational a, Rational s) {

  static final Affine ZERO = new Affine(Rational.ZERO, Rational.ZERO);

  static Affine constant(Rational a) {
    return new Affine(a, Rational.ZERO);
  }

  static Affine variable() {
    return new Affine(Rational.ZERO, Rational.ONE);
  }

  Affine plus(Affine o) {
    return new Affine(a.plus(o.a), s.plus(o.s));
  }

  Affine minus(Affine o) {
    return new Affine(a.minus(o.a), s.minus(o.s));
  }

  Affine times(long k) {
    return new Affine(a.times(k), s.times(k));
  }

  Affine dividedBy(long k) {
    return new Affine(a.dividedBy(k), s.dividedBy(k));
  }

  Affine dividedBy(Rational k) {
    return new Affine(a.dividedBy(k), s.dividedBy(k));
  }

  Rational at(Rational x) {
    return s.signum() == 0 ? a : a.plus(s.times(x));
  }
}
