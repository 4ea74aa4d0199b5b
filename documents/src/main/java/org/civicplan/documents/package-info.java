// SPDX-License-Identifier: Apache-2.0
/**
 * The strategy document ({@link org.civicplan.report.StrategyPublication}) in the formats a city
 * hall works with: PDF to publish ({@link org.civicplan.documents.StrategyPdf}, from core's HTML,
 * fonts embedded) and DOCX to edit before the council session ({@link
 * org.civicplan.documents.StrategyDocx}, from the same neutral structure). Core renders the HTML
 * itself; this module holds the PDF and word-processing libraries so that core needs neither.
 * <pre>{@code
 * StrategyPublication doc = StrategyPublication.of(strategy, template, Locale.forLanguageTag("ro"));
 * Files.write(Path.of("strategie.pdf"), StrategyPdf.render(doc));
 * Files.write(Path.of("strategie.docx"), StrategyDocx.render(doc));
 * }</pre>
 */
@NullMarked
package org.civicplan.documents;

import org.jspecify.annotations.NullMarked;
