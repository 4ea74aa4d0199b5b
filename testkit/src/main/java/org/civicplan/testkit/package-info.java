/**
 * Generators of valid strategies ({@link org.civicplan.testkit.StrategyGenerator}), single-defect
 * mutants ({@link org.civicplan.testkit.Mutants}), named fixtures ({@link
 * org.civicplan.testkit.Fixtures}) and the contract every strategy template must keep ({@link
 * org.civicplan.testkit.TemplateContract}).
 *
 * <p>All data produced here is synthetic and illustrative: municipality names, codes, people and
 * amounts are invented and describe no real document.
 */
@NullMarked
package org.civicplan.testkit;

import org.jspecify.annotations.NullMarked;
