// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks of monitoring: indicator assessment against a bare primitive loop, and building and
 * rendering a large monitoring report against reading the same strategy from JSON.
 */
package org.civicplan.benchmarks.monitoring;
