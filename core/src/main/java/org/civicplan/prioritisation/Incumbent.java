package org.civicplan.prioritisation;

/**
 * The best feasible selection found so far, and the test that cuts a node whose bound cannot beat
 * it. When all values are integers, so is the optimum, and a node is cut as soon as its bound is
 * below the incumbent plus one.
 */
final class Incumbent {
  private final boolean integral;
  private double value = Double.NEGATIVE_INFINITY;
  private byte[] state;

  Incumbent(PortfolioModel m) {
    boolean ints = true;
    double total = 0;
    for (PortfolioUnit u : m.units) {
      ints &= u.value == Math.rint(u.value);
      total += Math.abs(u.value);
    }
    // sums of integers stay exact in a double below 2^53
    this.integral = ints && total < 0x1p52;
  }

  boolean exists() {
    return state != null;
  }

  double value() {
    return value;
  }

  /** The assignment of the incumbent (no unit {@link PortfolioState#FREE}); null until one exists. */
  byte[] state() {
    return state;
  }

  void replace(double newValue, byte[] newState) {
    value = newValue;
    state = newState;
  }

  /** Whether a selection of this value improves on the incumbent by more than rounding. */
  boolean improvedBy(double candidate) {
    return candidate > value + tolerance();
  }

  /** Whether a node of this bound cannot hold a selection better than the incumbent. */
  boolean cuts(double bound) {
    if (state == null) {
      return false;
    }
    double tol = tolerance();
    return integral ? bound < value + 1 - tol : bound <= value + tol;
  }

  private double tolerance() {
    return 1e-9 * Math.max(1, Math.abs(value));
  }
}
