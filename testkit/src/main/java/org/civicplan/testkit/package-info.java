// SPDX-License-Identifier: Apache-2.0
/**
 * Generators of valid strategies ({@link org.civicplan.testkit.StrategyGenerator}), single-defect
 * mutants ({@link org.civicplan.testkit.Mutants}), named fixtures ({@link
 * org.civicplan.testkit.Fixtures}) and the contract every strategy template must keep ({@link
 * org.civicplan.testkit.TemplateContract}).
 *
 * <p>All data produced here is synthetic and illustrative: municipality names, codes, people and
 * amounts are invented and describe no real document.
 *
 * <h2>Example: a property test of a system that embeds civicplan</h2>
 *
 * <p>Plain JUnit 5: the seed fixes every case, and a failing case prints how to replay it.
 *
 * <pre>{@code
 * StrategyValidator validator = StrategyValidator.coreOnly();
 * long runSeed = 20261205L;
 *
 * // 200 generated valid strategies, of every size: none may give a finding
 * StrategyGenerator.cases(runSeed, 200).forEach(c ->
 *     assertEquals(List.of(), validator.validate(c.strategy()).findings(), c.replay()));
 *
 * // every single-defect mutant of a valid strategy is reported with its code, severity and path
 * Strategy valid = Fixtures.greenStreets();
 * for (Mutant m : Mutants.all(valid, StrategyGenerator.random(runSeed))) {
 *   assertTrue(m.isReportedBy(validator.validate(m.strategy())), m::toString);
 * }
 *
 * // a template module keeps the contract of every template: its sample is silent, each rule's
 * // mutant is reported with the rule's code, its data and messages are complete in en and ro
 * TemplateContract.verify(TemplateContract.subject(new MyTemplate())
 *     .sample(MySample.valid())
 *     .mutant("my.rule-code", () -> MySample.withoutTheThingMyRuleNeeds())
 *     .build());
 * }</pre>
 *
 * <p>{@code PackageExampleTest} in this module runs the first two parts as written.
 */
@NullMarked
package org.civicplan.testkit;

import org.jspecify.annotations.NullMarked;
