// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

/** Whether an emission inventory is the baseline or a later monitoring inventory. */
public enum InventoryType {
  /** Baseline Emission Inventory (BEI). */
  BASELINE,
  /** Monitoring Emission Inventory (MEI). */
  MONITORING
}
