// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

/**
 * The stable codes of the findings the climate template reports. A code never changes meaning.
 * Each has an English and a Romanian message in {@code messages.properties} next to this class.
 */
public final class ClimateCodes {

  private ClimateCodes() {}

  /** A hazard rated high (by the risk matrix) is addressed by no action tagged {@code hazard:<id>} (error). */
  public static final String HAZARD_HIGH_UNADDRESSED = "climate.hazard.high.unaddressed";

  /** A hazard rated moderate is addressed by no action (warning). */
  public static final String HAZARD_MODERATE_UNADDRESSED = "climate.hazard.moderate.unaddressed";

  /** A risk assessment names a hazard id that is not in the hazard catalogue (warning). */
  public static final String HAZARD_UNKNOWN = "climate.hazard.unknown";

  /** An action's {@code hazard:} tag names no catalogue hazard (warning). */
  public static final String ACTION_HAZARD_TAG_UNKNOWN = "climate.action.hazard-tag.unknown";

  /** Parameter {@code com.signatory} is true but no {@code covenant-commitment} annex is attached (error). */
  public static final String COM_COMMITMENT_MISSING = "climate.com.commitment.missing";

  /** A Covenant signatory has no reduction target for 2030 (error). */
  public static final String COM_TARGET_MISSING = "climate.com.target.missing";

  /** A Covenant signatory's 2030 target is below the commitment ({@code com.reduction.min}) (error). */
  public static final String COM_TARGET_BELOW_COMMITMENT = "climate.com.target.below-commitment";

  /** A commitment from 2021 on has no climate-neutrality year of 2050 or earlier (warning). */
  public static final String COM_NEUTRALITY_MISSING = "climate.com.neutrality.missing";

  /** A Covenant signatory has no baseline emission inventory attached (error). */
  public static final String COM_INVENTORY_MISSING = "climate.com.inventory.missing";

  /** A Covenant signatory has no risk and vulnerability assessment attached (error). */
  public static final String COM_RISK_ASSESSMENT_MISSING = "climate.com.risk-assessment.missing";

  /** The action plan (SECAP) is due in the as-of year and not submitted (info). */
  public static final String COM_ACTION_PLAN_DUE = "climate.com.action-plan.due";

  /** The action plan was due before the as-of year and is not submitted (warning). */
  public static final String COM_ACTION_PLAN_LATE = "climate.com.action-plan.late";

  /** The action plan was submitted after the year it was due (info). */
  public static final String COM_ACTION_PLAN_SUBMITTED_LATE = "climate.com.action-plan.submitted-late";

  /** A monitoring report is due in the as-of year (info). */
  public static final String COM_MONITORING_REPORT_DUE = "climate.com.monitoring-report.due";

  /** A monitoring report was due before the as-of year and none was submitted since (warning). */
  public static final String COM_MONITORING_REPORT_LATE = "climate.com.monitoring-report.late";

  /** A monitoring emission inventory is due in the as-of year (info). */
  public static final String COM_MONITORING_INVENTORY_DUE = "climate.com.monitoring-inventory.due";

  /** A monitoring emission inventory was due before the as-of year (warning). */
  public static final String COM_MONITORING_INVENTORY_LATE = "climate.com.monitoring-inventory.late";

  /** An inventory uses a carrier with no emission factor, in the inventory or the shipped table (error). */
  public static final String INVENTORY_FACTOR_MISSING = "climate.inventory.factor.missing";

  /**
   * An inventory uses grid electricity with no factor: neither its own nor parameter {@code
   * factor.electricity} (no verified national factor is shipped) (warning).
   */
  public static final String INVENTORY_ELECTRICITY_FACTOR_UNSET = "climate.inventory.electricity-factor.unset";

  /** An inventory has no energy use in a key sector of parameter {@code inventory.key-sectors} (warning). */
  public static final String INVENTORY_KEY_SECTOR_MISSING = "climate.inventory.key-sector.missing";

  /** An inventory gives transport whole, not split into municipal fleet, public and private transport (info). */
  public static final String INVENTORY_TRANSPORT_UNSPLIT = "climate.inventory.transport.unsplit";

  /** An inventory has methane or nitrous oxide but the GWP of the gas is not set (warning). */
  public static final String INVENTORY_GWP_UNSET = "climate.inventory.gwp.unset";

  /** Two emission inventories share an id (error). */
  public static final String INVENTORY_ID_DUPLICATE = "climate.inventory.id.duplicate";

  /** More than one baseline inventory is attached (warning). */
  public static final String INVENTORY_BASELINE_MULTIPLE = "climate.inventory.baseline.multiple";

  /** A monitoring inventory's year is before the baseline year (error). */
  public static final String INVENTORY_MONITORING_BEFORE_BASELINE = "climate.inventory.monitoring.before-baseline";

  /** Two campaigns share an id (error). */
  public static final String CAMPAIGN_ID_DUPLICATE = "climate.campaign.id.duplicate";

  /** A campaign ends before it starts (error). */
  public static final String CAMPAIGN_DATES_REVERSED = "climate.campaign.dates.reversed";

  /** A campaign's reach indicator is not an indicator of the strategy (error). */
  public static final String CAMPAIGN_INDICATOR_UNKNOWN = "climate.campaign.indicator.unknown";

  /** A campaign partner is not an organisation of the strategy (error). */
  public static final String CAMPAIGN_PARTNER_UNKNOWN = "climate.campaign.partner.unknown";

  /** A district has more residents with access to green space than residents (error). */
  public static final String GREEN_SPACE_ACCESS_EXCEEDS_POPULATION = "climate.green-space.access.exceeds-population";

  /** The green-space access counts used another distance or size than the parameters (warning). */
  public static final String GREEN_SPACE_ACCESS_CRITERIA_DIFFER = "climate.green-space.access.criteria-differ";

  /** A mitigation impact estimate names an action the strategy does not have (error). */
  public static final String IMPACT_ACTION_UNKNOWN = "climate.impact.action.unknown";

  /** A second impact estimate for the same action; only the first counts (warning). */
  public static final String IMPACT_ACTION_DUPLICATE = "climate.impact.action.duplicate";

  /** A mitigation action has no impact estimate (warning). */
  public static final String IMPACT_MISSING = "climate.impact.missing";

  /** The estimated reductions of the action plan do not reach the reduction target (warning). */
  public static final String IMPACT_TARGET_NOT_REACHED = "climate.impact.target.not-reached";
}
