/**
 * The accessibility template: the local strategy for making the city accessible to persons with
 * disabilities (strategia locală de accesibilizare), its indicator and criteria catalogues, the
 * accessibility audit annex of infrastructure works with its compliance scores, and the rules it
 * contributes to strategies of every template.
 */
module org.civicplan.accessibility {
  requires transitive org.civicplan.core;
  requires static org.jspecify;

  exports org.civicplan.accessibility;

  // The annex records are bound by the document reader (Jackson) in org.civicplan.core.
  opens org.civicplan.accessibility to tools.jackson.databind;

  provides org.civicplan.template.StrategyTemplate with org.civicplan.accessibility.AccessibilityTemplate;
}
