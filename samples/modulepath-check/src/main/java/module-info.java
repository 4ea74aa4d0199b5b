// SPDX-License-Identifier: Apache-2.0
/**
 * A modular application that embeds civicplan: a named module that requires the climate,
 * accessibility, sport, social and integrated templates, the spreadsheets module and the testkit (and through them, transitively, the core).
 * Its program {@code ModulePathCheck}
 * reports what it observes when run with {@code java --module-path ... -m}, so that a test can check
 * the library modules' descriptors: services found through {@code provides}, records opened to
 * Jackson and Hibernate Validator, and message files found from named modules.
 */
module org.civicplan.samples.modulepath {
  requires org.civicplan.accessibility;
  requires org.civicplan.climate;
  requires org.civicplan.integrated;
  requires org.civicplan.social;
  requires org.civicplan.sport;
  requires org.civicplan.spreadsheets;
  requires org.civicplan.testkit;
}
