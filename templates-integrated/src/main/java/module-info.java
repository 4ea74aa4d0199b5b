// SPDX-License-Identifier: Apache-2.0
/**
 * The integrated template: the city's integrated sustainable-development strategy, whose skeleton
 * spans the domains of quality of life, with quality-of-life indicators (SDG 11, ISO 37120) and
 * alignment to the SDGs and the EU frameworks, and the rules that keep it above the sectoral
 * strategies of the city's portfolio ({@code org.civicplan.portfolio}).
 */
module org.civicplan.integrated {
  requires transitive org.civicplan.core;
  requires static org.jspecify;

  exports org.civicplan.integrated;

  provides org.civicplan.template.StrategyTemplate with org.civicplan.integrated.IntegratedTemplate;
}
