/**
 * civicplan testkit: seeded, reproducible generators of valid strategy documents and of
 * single-defect mutants, readable named fixtures, and {@code TemplateContract}, the checks every
 * strategy template must pass, for the tests of civicplan, of the systems that embed it and of
 * the templates written for it. Framework-neutral: nothing in its API depends on a test framework.
 */
module org.civicplan.testkit {
  requires transitive org.civicplan.core;

  exports org.civicplan.testkit;
}
