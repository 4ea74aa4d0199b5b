/**
 * The climate template: the local climate-change strategy and action plan (strategie locală
 * privind schimbările climatice), with its indicator, hazard, vulnerable-sector and emission-factor
 * catalogues, its typed annexes (risk and vulnerability assessment, emission inventory, Covenant of
 * Mayors commitment, awareness campaigns, green space) and its rules.
 */
module org.civicplan.climate {
  requires transitive org.civicplan.core;
  requires static org.jspecify;

  exports org.civicplan.climate;

  // The annex records are bound by the document reader (Jackson) in org.civicplan.core.
  opens org.civicplan.climate to tools.jackson.databind;

  provides org.civicplan.template.StrategyTemplate with org.civicplan.climate.ClimateTemplate;
}
