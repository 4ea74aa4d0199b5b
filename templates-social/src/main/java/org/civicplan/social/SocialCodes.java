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

  /**
   * Rule: from public consultation on, the consultation has reached each required stakeholder
   * category (parameter {@code consultation.required-categories}: by default public and private
   * providers, professional associations and organisations representing beneficiaries), as shown
   * by a proposal of one of its organisations or by an invitation or participation recorded in the
   * social-services annex. The city's own remit states the duty (issue 13, seed c); the wording of
   * Law 292/2011 art. 112 was not verified (DOMAIN.md §4), so the severity is a parameter ({@code
   * consultation.severity}, error by default). As an error it blocks the strategy from leaving
   * consultation: {@link org.civicplan.lifecycle.Lifecycle} refuses submission on error findings
   * of a validator that runs this template's rules.
   */
  public static final String RULE_CONSULTATION = "social.consultation";

  /** Error by default: the consultation has not reached a required stakeholder category. */
  public static final String CONSULTATION_CATEGORY_MISSING = "social.consultation.category.missing";

  /**
   * Rule: the directorate's operating services are monitored by a body independent of it (the
   * city's remit, issue 13 seed e: "through an independent and equidistant functional unit"): a
   * governance body whose {@code monitors} names the directorate. Core's independence rule ({@code
   * governance.body.independence}) keeps members of the directorate out of that body.
   */
  public static final String RULE_MONITORING_BODY = "social.monitoring.body";

  /** Error: the directorate provides operating services and no body monitors it. */
  public static final String MONITORING_BODY_MISSING = "social.monitoring.body.missing";

  /**
   * Rule: a services-monitoring plan is carried out by the independent body, visits services of
   * the catalogue, checks quality standards of the service's type (Law 197/2012; the template's
   * catalogue plus the plan's own), and every shortfall found gets a recommendation.
   */
  public static final String RULE_MONITORING_PLAN = "social.monitoring.plan";

  /** Error: the plan's body is not a body of the strategy that monitors the directorate. */
  public static final String MONITORING_PLAN_BODY = "social.monitoring.plan.body";

  /** Error: a visit names a service that is not in the social-services annex. */
  public static final String MONITORING_SERVICE_UNKNOWN = "social.monitoring.service.unknown";

  /** Error: a check names a standard that is neither in the catalogue nor in the plan. */
  public static final String MONITORING_STANDARD_UNKNOWN = "social.monitoring.standard.unknown";

  /** Error: a check names a standard of another service type. */
  public static final String MONITORING_STANDARD_OTHER_TYPE = "social.monitoring.standard.other-type";

  /** Warning: a visit found a standard not or partly met and recorded no recommendation. */
  public static final String MONITORING_RECOMMENDATION_MISSING = "social.monitoring.recommendation.missing";

  /**
   * Rule: the areas of the marginalised-areas annex have unique ids, a partnership project's
   * target areas are areas of the annex, and a project whose action is tagged as community-led
   * local development (parameter {@code projects.lag-tag}, {@code clld} by default) names a Local
   * Action Group among the action's partners (CLLD, DOMAIN.md §4; the city's remit, issue 13 seed h).
   */
  public static final String RULE_AREAS = "social.areas";

  /** Error: a partnership project targets an area that is not in the marginalised-areas annex. */
  public static final String PROJECT_AREA_UNKNOWN = "social.areas.project.area.unknown";

  /** Error: a LAG project names no Local Action Group among its partners. */
  public static final String PROJECT_LAG_MISSING = "social.areas.project.lag-partner.missing";

  /**
   * Rule: with parameter {@code reporting.as-of} set, the reporting deadlines at that date ({@link
   * ReportingDeadlines}: the data on social services to the ministry by 31 May of the following
   * year, Law 292/2011 art. 115(3); the annual plans to the county service, art. 115(2), on the day
   * of parameter {@code reporting.annual-plan.due}); silent without it.
   */
  public static final String RULE_REPORTING = "social.reporting";

  /** Information: a deadline is within parameter {@code reporting.warning-days} days and not met yet. */
  public static final String REPORTING_DUE = "social.reporting.due";

  /** Warning: a deadline has passed and nothing was sent. */
  public static final String REPORTING_LATE = "social.reporting.late";
}
