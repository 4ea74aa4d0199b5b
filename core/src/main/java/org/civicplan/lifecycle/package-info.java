/**
 * The life of a strategy: lifecycle transitions ({@link org.civicplan.lifecycle.Lifecycle}) from
 * draft through consultation and council approval to implementation, and the events that fall due
 * on the way ({@link org.civicplan.lifecycle.StrategyEvents}).
 */
@NullMarked
package org.civicplan.lifecycle;

import org.jspecify.annotations.NullMarked;
