// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.util.List;

/**
 * The stable codes of the findings only a portfolio can have: what no single document can show.
 * Each finding's path is a JSON Pointer into the document named by {@link PortfolioFinding#source()}.
 */
public final class PortfolioCodes {

  private PortfolioCodes() {}

  /** Two documents of the portfolio have the same strategy id (error, at {@code /id}). */
  public static final String STRATEGY_ID_DUPLICATE = "portfolio.strategy-id-duplicate";

  /** A document belongs to another municipality than the portfolio's first (warning). */
  public static final String MUNICIPALITY_DIFFERS = "portfolio.municipality-differs";

  /** A {@value StrategyLinks#KIND} annex holds something that is not a link (error). */
  public static final String LINKS_INVALID = "portfolio.links-invalid";

  /**
   * A delegation or shared link refers to a strategy not in the portfolio, to the document
   * itself, or to an objective, action or indicator the strategy referred to does not have (error).
   */
  public static final String REFERENCE_UNRESOLVED = "portfolio.reference-unresolved";

  /** A link names an objective, action or indicator its own strategy does not have (error). */
  public static final String LINK_SUBJECT_UNKNOWN = "portfolio.link-subject-unknown";

  /**
   * Two strategies list the same action (same title in a language both use) without a shared
   * link: reported, and its budget counted once (warning).
   */
  public static final String ACTION_CLAIMED_TWICE = "portfolio.action-claimed-twice";

  /** A shared indicator has measurements in both strategies: it must have one series (error). */
  public static final String INDICATOR_SERIES_TWICE = "portfolio.indicator-series-twice";

  /** A shared indicator has different units in the two strategies (error). */
  public static final String INDICATOR_UNIT_DIFFERS = "portfolio.indicator-unit-differs";

  /** A sectoral strategy was approved after the integrated strategy it implements (warning). */
  public static final String APPROVED_AFTER_INTEGRATED = "portfolio.approved-after-integrated";

  /** A sectoral strategy's period ends after that of the integrated strategy it implements (warning). */
  public static final String OUTLIVES_INTEGRATED = "portfolio.outlives-integrated";

  /**
   * One of a sectoral strategy and the integrated strategy it implements is in force (approved,
   * in implementation) while the other is closed or withdrawn (warning).
   */
  public static final String LIFECYCLE_INCONSISTENT = "portfolio.lifecycle-inconsistent";

  /** {@return every code, in the order above} */
  public static List<String> all() {
    return List.of(STRATEGY_ID_DUPLICATE, MUNICIPALITY_DIFFERS, LINKS_INVALID, REFERENCE_UNRESOLVED,
        LINK_SUBJECT_UNKNOWN, ACTION_CLAIMED_TWICE, INDICATOR_SERIES_TWICE, INDICATOR_UNIT_DIFFERS,
        APPROVED_AFTER_INTEGRATED, OUTLIVES_INTEGRATED, LIFECYCLE_INCONSISTENT);
  }
}
