// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmark of the portfolio of a large city: validating it and making its combined report
 * against reading its documents from JSON.
 */
package org.civicplan.benchmarks.portfolio;
