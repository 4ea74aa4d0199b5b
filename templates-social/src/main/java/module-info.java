// SPDX-License-Identifier: Apache-2.0
/**
 * The social template: the local strategy for developing social services (strategia locală de
 * dezvoltare a serviciilor sociale), drawn up with the social assistance directorate as lead
 * partner; its service catalogue, needs and gaps, the consultation it requires, the independent
 * monitoring of services, marginalised areas and partnership projects, and the reporting deadlines.
 */
module org.civicplan.social {
  requires transitive org.civicplan.core;
  requires static org.jspecify;

  exports org.civicplan.social;

  // The annex records are bound by the document reader (Jackson) in org.civicplan.core.
  opens org.civicplan.social to tools.jackson.databind;

  provides org.civicplan.template.StrategyTemplate with org.civicplan.social.SocialTemplate;
}
