// SPDX-License-Identifier: Apache-2.0
/**
 * civicplan participatory budgeting: pabulib instances, the greedy rules, the Method of Equal
 * Shares with its completions and sequential Phragmén in exact arithmetic, explained outcomes, and
 * the funded projects as actions of a strategy.
 */
module org.civicplan.participation {
  requires transitive org.civicplan.core;
  requires static org.jspecify;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;

  exports org.civicplan.participation;
}
