// SPDX-License-Identifier: Apache-2.0
/**
 * civicplan testkit: seeded, reproducible generators of valid strategy documents and of
 * single-defect mutants, plus readable named fixtures, for the tests of civicplan and of the
 * systems that embed it. Framework-neutral: nothing in its API depends on a test framework.
 */
module org.civicplan.testkit {
  requires transitive org.civicplan.core;

  exports org.civicplan.testkit;
}
