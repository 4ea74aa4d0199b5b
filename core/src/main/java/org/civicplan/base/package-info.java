/**
 * The value types every other package is made of: typed ids ({@link org.civicplan.base.StrategyId},
 * {@link org.civicplan.base.ActionId} …), {@link org.civicplan.base.LocalizedText},
 * {@link org.civicplan.base.Money}, {@link org.civicplan.base.PlanDate},
 * {@link org.civicplan.base.StrategyPeriod}, JSON Pointers ({@link org.civicplan.base.Pointer}),
 * findings ({@link org.civicplan.base.Finding}, {@link org.civicplan.base.Severity}) with their
 * message catalogues, and the Bean Validation constraints that need only these types.
 *
 * <p>This package depends on no other civicplan package.
 *
 * <pre>{@code
 * Money budget = Money.ron("1250000.50");
 * LocalizedText name = LocalizedText.of("Green corridors", "Coridoare verzi");
 * String path = Pointer.of("actions", 3, "budget");   // "/actions/3/budget"
 * }</pre>
 */
@NullMarked
package org.civicplan.base;

import org.jspecify.annotations.NullMarked;
