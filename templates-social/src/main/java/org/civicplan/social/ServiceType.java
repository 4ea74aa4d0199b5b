// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

/**
 * The kind of a social service, after the four framework regulations of HG 867/2015 (annexes 1–4).
 * Written in documents in lower-case kebab form ({@code home-based}).
 */
public enum ServiceType {
  /** A residential service (serviciu rezidențial), HG 867/2015 annex 1. */
  RESIDENTIAL,
  /** A day service (serviciu de zi), HG 867/2015 annex 2. */
  DAY,
  /** A home-based service (serviciu la domiciliu), HG 867/2015 annex 3. */
  HOME_BASED,
  /** A community service (serviciu în comunitate), HG 867/2015 annex 4. */
  COMMUNITY
}
