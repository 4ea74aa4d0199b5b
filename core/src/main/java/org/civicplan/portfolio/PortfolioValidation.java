// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.util.List;
import org.civicplan.document.ReadResult;

/**
 * The outcome of validating a portfolio: the files that could not be read, with their problems,
 * and the findings about the documents that were, each naming its document.
 *
 * <p>Findings are in member order, then by JSON Pointer, then by code: a document's own findings
 * (when the validator checks them) come before the cross-document ones of the same path.
 *
 * @param unread the files that could not be read, in order, each with its read problems
 * @param findings the findings, in order
 */
public record PortfolioValidation(List<ReadResult> unread, List<PortfolioFinding> findings) {

  /**
   * Creates an instance from its components.
   *
   * @param unread the files that could not be read, in order, each with its read problems
   * @param findings the findings, in order
   * @throws NullPointerException if a list or an element is null
   */
  public PortfolioValidation {
    unread = List.copyOf(unread);
    findings = List.copyOf(findings);
  }

  /** {@return the findings that are errors} */
  public List<PortfolioFinding> errors() {
    return findings.stream().filter(PortfolioFinding::isError).toList();
  }

  /** {@return whether every file was read and no finding is an error} */
  public boolean isValid() {
    return unread.isEmpty() && errors().isEmpty();
  }

  /**
   * {@return the findings with this code}
   *
   * @param code a finding code, e.g. {@link PortfolioCodes#REFERENCE_UNRESOLVED}
   */
  public List<PortfolioFinding> withCode(String code) {
    return findings.stream().filter(f -> f.finding().code().equals(code)).toList();
  }
}
