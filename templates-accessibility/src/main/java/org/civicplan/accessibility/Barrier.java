// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

/**
 * How badly a non-compliant element bars the way: the severity criterion of the remediation
 * programme. Written in documents as {@code blocks} or {@code hinders}.
 */
public enum Barrier {
  /** A critical criterion fails (parameter {@code audit.critical-criteria}): the element blocks access. */
  BLOCKS,
  /** Only criteria that are not critical fail: the element hinders access. */
  HINDERS;

  /** {@return the value the severity criterion ranks on: 2 for blocks, 1 for hinders} */
  public double severity() {
    return this == BLOCKS ? 2 : 1;
  }
}
