// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.util.Objects;
import org.civicplan.base.Finding;

/**
 * A finding about one document of a portfolio: the document's source (its file, or its strategy
 * id when the host gave it) and the finding, whose path is a JSON Pointer into that document.
 *
 * @param source the file, or the strategy's id
 * @param finding the finding
 */
public record PortfolioFinding(String source, Finding finding) {

  /**
   * Creates an instance from its components.
   *
   * @param source the file, or the strategy's id
   * @param finding the finding
   * @throws NullPointerException if an argument is null
   */
  public PortfolioFinding {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(finding, "finding");
  }

  /** {@return where the finding is: {@code source#pointer}, e.g. {@code social.json#/annexes/3/data}} */
  public String where() {
    return source + "#" + finding.path();
  }

  /** {@return whether it is an error} */
  public boolean isError() {
    return finding.isError();
  }

  @Override
  public String toString() {
    return source + ": " + finding;
  }
}
