package org.civicplan.governance;

import java.util.Locale;
import java.util.Objects;

/** The JSON Patch (RFC 6902) operations a recorded change uses. */
public enum ChangeOperation {
  /** A value was added. */
  ADD,
  /** A value was removed. */
  REMOVE,
  /** A value was replaced. */
  REPLACE;

  /** The RFC 6902 name: {@code add}, {@code remove}, {@code replace}. */
  public String rfcName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads an RFC 6902 name.
   *
   * @throws IllegalArgumentException listing the allowed names
   */
  public static ChangeOperation fromRfcName(String name) {
    Objects.requireNonNull(name, "name");
    for (ChangeOperation op : values()) {
      if (op.rfcName().equals(name)) {
        return op;
      }
    }
    throw new IllegalArgumentException("change operation must be add, remove or replace but was \"" + name + "\"");
  }
}
