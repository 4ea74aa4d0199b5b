// SPDX-License-Identifier: Apache-2.0
package org.civicplan.alignment;

import java.util.Locale;

/** How strongly a local objective or action serves a reference objective. */
public enum AlignmentStrength {
  /** It pursues the reference objective itself. */
  DIRECT,
  /** It pursues part of it. */
  PARTIAL,
  /** It contributes through other effects. */
  INDIRECT;

  /** {@return the kebab-case name: {@code direct}, {@code partial}, {@code indirect}} */
  public String kebab() {
    return name().toLowerCase(Locale.ROOT);
  }
}
