// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

/**
 * The rule ids and finding codes of the social template. Its rules run on strategies of the
 * social template only.
 */
public final class SocialCodes {

  private SocialCodes() {}

  /**
   * Rule: an operating service has a licence in force on the catalogue's date (Law 197/2012:
   * social services are licensed to operate).
   */
  public static final String RULE_LICENCE = "social.service.licence";

  /** Error: an operating service has no licence. */
  public static final String LICENCE_MISSING = "social.service.licence.missing";

  /** Error: the licence of an operating service expired before the catalogue's date. */
  public static final String LICENCE_EXPIRED = "social.service.licence.expired";

  /**
   * Warning: the licence of an operating service expires within parameter {@code
   * licence.warning-days} days after the catalogue's date.
   */
  public static final String LICENCE_EXPIRING = "social.service.licence.expiring";

  /**
   * Rule: a service code has the shape of a Nomenclator code (HG 867/2015, parameter {@code
   * nomenclator.pattern}). The shape was observed for the CR-D family only and is not verified
   * for the others (DOMAIN.md §4), so a mismatch is a warning.
   */
  public static final String RULE_CODE = "social.service.code";

  /** Warning: a service code does not match the Nomenclator pattern. */
  public static final String CODE_FORMAT = "social.service.code.format";

  /** Rule: what the social-services annex refers to exists, and its ids are unique. */
  public static final String RULE_REFERENCES = "social.services.references";

  /** Error: the directorate is not an organisation of the strategy. */
  public static final String DIRECTORATE_UNKNOWN = "social.services.directorate.unknown";

  /** Error: a provider or a service's provider is not an organisation of the strategy. */
  public static final String ORGANISATION_UNKNOWN = "social.services.organisation.unknown";

  /** Error: a service's provider is not in the annex's providers. */
  public static final String PROVIDER_UNKNOWN = "social.services.provider.unknown";

  /** Error: a service or need names a target group that is not in the target-group catalogue. */
  public static final String TARGET_GROUP_UNKNOWN = "social.services.target-group.unknown";

  /** Error: two services, two providers, two needs of one group and district or two annual plans share an id. */
  public static final String DUPLICATE = "social.services.duplicate";

  /** Error: an annual plan's year is outside the strategy's period. */
  public static final String PLAN_OUTSIDE_PERIOD = "social.services.plan.outside-period";

  /**
   * Rule: a target group whose unmet need exceeds parameter {@code gaps.warning-pct} percent of
   * its need has an action addressing it (tagged {@code target-group:<id>}).
   */
  public static final String RULE_GAPS = "social.gaps";

  /** Warning: a target group has a gap above the parameter and no action addressing it. */
  public static final String GAP_UNADDRESSED = "social.gaps.unaddressed";
}
