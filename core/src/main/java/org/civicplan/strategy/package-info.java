/** Strategies: the document, its objective tree, actions with their budgets, tasks and partners, and the value types they are made of (localized text, money, plan dates). */
@NullMarked
package org.civicplan.strategy;

import org.jspecify.annotations.NullMarked;
