// SPDX-License-Identifier: Apache-2.0
/**
 * The template SPI: one template per strategy type (climate change, accessibility, sport, social
 * services, integrated development; {@code civicplan-templates-climate} is the first), found with
 * {@link java.util.ServiceLoader}, and overlays that let a municipality adapt an installed
 * template as data.
 *
 * <p>Main types: {@link org.civicplan.template.StrategyTemplate}, the service a template module
 * provides (only {@code id}, {@code name}, {@code version} and {@code skeleton} are required);
 * {@link org.civicplan.template.TemplateRegistry}, which loads the installed templates once and
 * orders them by id; {@link org.civicplan.template.NewStrategyRequest} for a draft from a
 * template's {@link org.civicplan.template.TemplateSkeleton}; {@link
 * org.civicplan.template.ValidationRule} and {@link org.civicplan.template.RuleContext} for a
 * template's own rules, with its {@link org.civicplan.template.Parameters}; {@link
 * org.civicplan.template.AnnexType} for typed annexes; {@link
 * org.civicplan.template.TemplateOverlay} applied by {@link org.civicplan.template.Overlays}.
 *
 * <pre>{@code
 * TemplateRegistry templates = TemplateRegistry.load();
 * Strategy draft =
 *     templates.get(TemplateId.of("climate"))
 *         .newStrategy(
 *             NewStrategyRequest.of(
 *                 StrategyId.of("tm-climate-2026"),
 *                 Municipality.of("Timișoara", "RO"),
 *                 StrategyPeriod.of(2026, 2030)));
 * }</pre>
 */
@NullMarked
package org.civicplan.template;

import org.jspecify.annotations.NullMarked;
