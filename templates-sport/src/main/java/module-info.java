// SPDX-License-Identifier: Apache-2.0
/**
 * The sport template: the local sport strategy (strategia locală pentru sport) after the
 * components of Law 69/2000, its indicator, facility-type and partner-role catalogues, the sport
 * facility inventory annex with its derived figures (provision per 10,000 inhabitants, utilisation,
 * cost per user-hour), the sport partners annex and the rules it contributes.
 */
module org.civicplan.sport {
  requires transitive org.civicplan.core;
  requires static org.jspecify;

  exports org.civicplan.sport;

  // The annex records are bound by the document reader (Jackson) in org.civicplan.core.
  opens org.civicplan.sport to tools.jackson.databind;

  provides org.civicplan.template.StrategyTemplate with org.civicplan.sport.SportTemplate;
}
