// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

/** Whether an emission reduction target is on absolute emissions or per inhabitant (DOMAIN.md §1.3). */
public enum TargetBasis {
  /** Total emissions. */
  ABSOLUTE,
  /** Emissions per inhabitant. */
  PER_CAPITA
}
