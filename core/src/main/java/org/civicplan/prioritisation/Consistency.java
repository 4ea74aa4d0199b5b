// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Objects;

/**
 * Saaty's consistency measures of one pairwise-comparison matrix (Saaty, <i>The Analytic Hierarchy
 * Process</i>, McGraw-Hill 1980, ch. 1): {@code CI = (λmax − n) / (n − 1)}, {@code CR = CI / RI(n)}.
 * For n = 1 and 2 every reciprocal matrix is consistent: CI = CR = 0 and RI = 0.
 *
 * @param lambdaMax the principal eigenvalue (estimated from the priorities for the geometric mean)
 * @param ci the consistency index
 * @param cr the consistency ratio
 * @param table the random-index table used
 * @param ri the random index used
 */
public record Consistency(double lambdaMax, double ci, double cr, RandomIndex table, double ri) {

  /**
   * Creates an instance from its components.
   *
   * @param lambdaMax the principal eigenvalue (estimated from the priorities for the geometric
   *     mean)
   * @param ci the consistency index
   * @param cr the consistency ratio
   * @param table the random-index table used
   * @param ri the random index used
   * @throws NullPointerException if the table is null
   */
  public Consistency {
    Objects.requireNonNull(table, "table");
  }
}
