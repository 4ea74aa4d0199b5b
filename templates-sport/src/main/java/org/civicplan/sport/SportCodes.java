// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

/**
 * The rule ids and finding codes of the sport template. The messages are in the template's {@code
 * messages.properties} and {@code messages_ro.properties}.
 */
public final class SportCodes {

  private SportCodes() {}

  /** Rule: the facility inventory is consistent: ids unique, districts known, hours possible, owners declared. */
  public static final String RULE_INVENTORY = "sport.inventory";

  /** Error: two facilities, or two districts, of the inventory share an id or a name. */
  public static final String INVENTORY_DUPLICATE = "sport.inventory.duplicate";

  /**
   * Error: a facility's district is missing or is not one of the inventory's districts, so its
   * provision cannot be computed.
   */
  public static final String FACILITY_DISTRICT_UNKNOWN = "sport.facility.district.unknown";

  /** Error: a facility is used more hours a week than it is available. */
  public static final String FACILITY_HOURS = "sport.facility.hours";

  /** Error: a facility's owner or operator is not an organisation of the strategy. */
  public static final String FACILITY_ORGANISATION_UNKNOWN = "sport.facility.organisation.unknown";

  /** Rule: sport partners are organisations of the strategy, typed by a role that fits them. */
  public static final String RULE_PARTNERS = "sport.partners";

  /** Error: a sport partner is not an organisation of the strategy. */
  public static final String PARTNER_ORGANISATION_UNKNOWN = "sport.partner.organisation.unknown";

  /**
   * Warning: a partner's role does not fit its organisation's category (the partner-role catalogue
   * lists the categories each role fits), e.g. a school recorded as a club.
   */
  public static final String PARTNER_ROLE_CATEGORY = "sport.partner.role.category";

  /**
   * Rule: every candidate investment is an action of the strategy that serves an objective,
   * appears once, and names where it works. Seed (n) of the city's remit: the plan of measures and
   * projects with the order of priority of the investments in sport infrastructure.
   */
  public static final String RULE_INVESTMENTS = "sport.investments";

  /** Error: the programme annex describes one action twice. */
  public static final String INVESTMENT_DUPLICATE = "sport.investment.duplicate";

  /** Error: a candidate investment is not an action of the strategy. */
  public static final String INVESTMENT_ACTION_UNKNOWN = "sport.investment.action.unknown";

  /** Error: a candidate investment's action serves no objective. */
  public static final String INVESTMENT_OBJECTIVE_MISSING = "sport.investment.objective.missing";

  /** Error: a renovation, energy retrofit or accessibility upgrade names no facility. */
  public static final String INVESTMENT_FACILITY_MISSING = "sport.investment.facility.missing";

  /** Error: an investment names a facility that is not in the facility inventory. */
  public static final String INVESTMENT_FACILITY_UNKNOWN = "sport.investment.facility.unknown";

  /** Error: a new build names no district or no facility type. */
  public static final String INVESTMENT_SITE_MISSING = "sport.investment.site.missing";

  /**
   * Rule: a facility in poor condition and heavily used is addressed by an investment (thresholds:
   * parameters {@code facility.poor-condition.max} and {@code facility.high-utilisation.min-pct}).
   */
  public static final String RULE_ATTENTION = "sport.facility.attention";

  /** Warning: a facility in poor condition with high utilisation has no candidate investment. */
  public static final String FACILITY_UNADDRESSED = "sport.facility.unaddressed";

  /**
   * Rule: the programme (the investments selected last, or all candidates) stays within the yearly
   * budget lines of the programme annex and keeps the mass-sport minimum share.
   */
  public static final String RULE_PROGRAMME = "sport.programme";

  /** Error: the programme's investments cost more in a year than that year's budget line. */
  public static final String PROGRAMME_OVER_BUDGET = "sport.programme.over-budget";

  /**
   * Warning: in a year, the programme's mass-sport investments cost less than the minimum share
   * (parameter {@code programme.mass-sport.min-share-pct}) of that year's budget.
   */
  public static final String PROGRAMME_MASS_SHARE = "sport.programme.mass-share";
}
