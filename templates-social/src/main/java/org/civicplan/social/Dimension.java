// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

/**
 * The three dimensions on which the World Bank's Atlas of Urban Marginalized Communities in
 * Romania (2014, hdl 10986/24465) classifies an urban area as disadvantaged; an area disadvantaged
 * on all three is marginalised. Written in documents in kebab form ({@code human-capital}).
 */
public enum Dimension {
  /** Human capital: education, health status, household size and composition. */
  HUMAN_CAPITAL,
  /** Employment. */
  EMPLOYMENT,
  /** Housing conditions. */
  HOUSING
}
