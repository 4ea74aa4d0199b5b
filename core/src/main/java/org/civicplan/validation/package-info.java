// SPDX-License-Identifier: Apache-2.0
/**
 * Validation of a strategy: findings, never exceptions, for anything wrong in user data.
 *
 * <p>Main types: {@link org.civicplan.validation.StrategyValidator} runs the Jakarta Bean
 * Validation constraints of the records, core's rules (unique ids, references, dates, budget
 * years, dependency cycles, objective coverage, languages, governance, consultation and
 * alignment) and the rules of the strategy's template, and returns a {@link
 * org.civicplan.validation.ValidationReport} of {@link org.civicplan.base.Finding}s: severity, a
 * stable code (see {@link org.civicplan.validation.FindingCodes}), a JSON Pointer path and a
 * message in English and Romanian. {@link org.civicplan.validation.ConsultationTerms} holds the
 * legal terms of the public consultation.
 *
 * <pre>{@code
 * StrategyValidator validator = StrategyValidator.of(TemplateRegistry.load());
 * ValidationReport report = validator.validate(strategy);
 * for (Finding f : report.bySeverity(Severity.ERROR)) {
 *   System.out.println(f.code() + " " + f.path() + " " + f.message(Locale.forLanguageTag("ro")));
 * }
 * }</pre>
 */
@NullMarked
package org.civicplan.validation;

import org.jspecify.annotations.NullMarked;
