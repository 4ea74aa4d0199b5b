package org.civicplan.accessibility;

/**
 * The rule ids and finding codes of the accessibility template. All its rules are shared: they run
 * on strategies of every template while the template is installed (audits can be attached to any
 * strategy), and the host can switch them off.
 */
public final class AccessibilityCodes {

  private AccessibilityCodes() {}

  /**
   * Rule: an action tagged as public works (parameter {@code public-works.tags}) is audited or
   * declares its accessibility. Seed (g) of the city's remit: the investment directorate's works
   * respect accessibility (Law 448/2006 art. 61-62).
   */
  public static final String RULE_PUBLIC_WORKS = "accessibility.public-works";

  /** Warning: a public-works action has no audit and no {@code accessibility:} tag. */
  public static final String PUBLIC_WORKS_UNDECLARED = "accessibility.public-works.undeclared";

  /**
   * Rule: an audited element failing a critical criterion (parameter {@code
   * audit.critical-criteria}) names a remediation action.
   */
  public static final String RULE_CRITICAL = "accessibility.audit.critical";

  /**
   * Error in an accessibility strategy, warning in any other (and always a warning when the
   * criterion's threshold is not verified or from a non-EU source): a critical criterion fails and
   * no remediation action is named.
   */
  public static final String CRITICAL_UNREMEDIED = "accessibility.audit.critical.unremedied";

  /** Rule: what an audit refers to exists. */
  public static final String RULE_REFERENCES = "accessibility.audit.references";

  /** Error: the audited action is not an action of the strategy. */
  public static final String ACTION_UNKNOWN = "accessibility.audit.action.unknown";

  /** Error: an element's remediation action is not an action of the strategy. */
  public static final String REMEDIATION_UNKNOWN = "accessibility.audit.remediation.unknown";

  /** Error: an observation names a criterion that is not in the criteria catalogue. */
  public static final String CRITERION_UNKNOWN = "accessibility.audit.criterion.unknown";

  /** Error: an observation names a criterion of another element type. */
  public static final String CRITERION_OTHER_TYPE = "accessibility.audit.criterion.other-type";

  /** Error: two elements of one audit, or two observations of one element, share an id. */
  public static final String DUPLICATE = "accessibility.audit.duplicate";
}
