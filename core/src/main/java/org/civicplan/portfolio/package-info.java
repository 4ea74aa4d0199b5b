// SPDX-License-Identifier: Apache-2.0
/**
 * The strategies of one municipality taken together: an integrated sustainable-development
 * strategy and the sectoral strategies (climate, accessibility, sport, social services...) that
 * implement it.
 *
 * <p>A {@link org.civicplan.portfolio.Portfolio} is read from files or given by the host. Each
 * document may declare, in a {@value org.civicplan.portfolio.StrategyLinks#KIND} annex, which of
 * its objectives are delegated to another strategy and which actions and indicators it shares with
 * one, with typed {@link org.civicplan.portfolio.CrossReference}s ({@code STRATEGY/KIND/ID}).
 * {@link org.civicplan.portfolio.PortfolioValidator} checks what no single document can ({@link
 * org.civicplan.portfolio.PortfolioCodes}); {@link org.civicplan.portfolio.CombinedBudget} adds up
 * the city's budget with every line counted once.
 *
 * <pre>{@code
 * Portfolio p = Portfolio.read(StrategyDocuments.of(templates), List.of(Path.of("strategies")));
 * PortfolioValidation v = PortfolioValidator.crossDocument().validate(p);
 * CombinedBudget budget = CombinedBudget.of(p);
 * }</pre>
 *
 * <p>This package sits with documents and reports at the top of core's layers: it reads
 * documents and uses the engines, and nothing in core uses it.
 */
@NullMarked
package org.civicplan.portfolio;

import org.jspecify.annotations.NullMarked;
