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
}
