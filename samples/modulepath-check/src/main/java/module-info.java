/**
 * A consumer of civicplan on the module path: a named module that requires the core (through the
 * climate template and the testkit, which require it transitively), and nothing else. It holds no
 * code of its own; its tests, patched into this module, check that the library modules' descriptors
 * work for a modular application: services found through {@code provides}, records opened to
 * Jackson and Hibernate Validator, message files found from named modules.
 */
module org.civicplan.samples.modulepath {
  requires org.civicplan.templates.climate;
  requires org.civicplan.testkit;
}
