// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.base.Pointer;
import org.civicplan.validation.StrategyValidator;

/**
 * Checks a portfolio: what no single document can show (the rules of {@link PortfolioCodes}), and,
 * when built with a {@link StrategyValidator}, each document on its own as well.
 *
 * <pre>{@code
 * Portfolio portfolio = Portfolio.read(StrategyDocuments.of(templates), List.of(Path.of("strategies")));
 * PortfolioValidation v = PortfolioValidator.of(StrategyValidator.of(templates)).validate(portfolio);
 * v.findings().forEach(f -> System.out.println(f.where() + " " + f.finding().code()));
 * }</pre>
 *
 * <p>Immutable and thread-safe; the same portfolio gives the same findings in the same order.
 */
public final class PortfolioValidator {

  private final Optional<StrategyValidator> documents;

  private PortfolioValidator(Optional<StrategyValidator> documents) {
    this.documents = documents;
  }

  /** {@return a validator of the cross-document rules only} */
  public static PortfolioValidator crossDocument() {
    return new PortfolioValidator(Optional.empty());
  }

  /**
   * {@return a validator of the cross-document rules and of each document with {@code validator}}
   *
   * @param validator the validator of single documents
   * @throws NullPointerException if {@code validator} is null
   */
  public static PortfolioValidator of(StrategyValidator validator) {
    return new PortfolioValidator(Optional.of(Objects.requireNonNull(validator, "validator")));
  }

  /**
   * Validates a portfolio.
   *
   * @param portfolio the portfolio
   * @return its unread files and its findings
   * @throws NullPointerException if {@code portfolio} is null
   */
  public PortfolioValidation validate(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    PortfolioIndex ix = new PortfolioIndex(portfolio);
    List<PortfolioFinding> cross = CrossDocumentRules.check(ix);
    if (documents.isEmpty()) {
      return new PortfolioValidation(portfolio.unread(), cross);
    }
    List<PortfolioFinding> all = new ArrayList<>();
    for (int i = 0; i < portfolio.members().size(); i++) {
      Portfolio.Member m = portfolio.members().get(i);
      List<PortfolioFinding> mine = new ArrayList<>();
      for (Finding f : documents.get().validate(m.strategy()).findings()) {
        mine.add(new PortfolioFinding(m.source(), f));
      }
      int member = i;
      cross.stream().filter(f -> f.source().equals(m.source()) && sameMember(portfolio, f, member)).forEach(mine::add);
      mine.sort(Comparator.comparing((PortfolioFinding f) -> f.finding().path(), Pointer.ORDER));
      all.addAll(mine);
    }
    return new PortfolioValidation(portfolio.unread(), all);
  }

  // Two members given by the host may share a source (a duplicate strategy id): their cross
  // findings are listed once, under the first.
  private static boolean sameMember(Portfolio portfolio, PortfolioFinding f, int member) {
    for (int j = 0; j < member; j++) {
      if (portfolio.members().get(j).source().equals(f.source())) {
        return false;
      }
    }
    return true;
  }
}
