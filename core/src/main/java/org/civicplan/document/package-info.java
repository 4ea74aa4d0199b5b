// SPDX-License-Identifier: Apache-2.0
/**
 * Strategy documents as JSON and YAML: reading that never throws on user data, deterministic
 * writing, schema versions with migrations, and the history of a strategy as RFC 6902 JSON Patch.
 *
 * <p>Main types: {@link org.civicplan.document.StrategyDocuments} reads and writes strategies
 * (binding the typed annexes of the installed templates) and returns a
 * {@link org.civicplan.document.ReadResult}: the strategy, or {@link
 * org.civicplan.document.ReadProblem}s with line, column and JSON Pointer;
 * {@link org.civicplan.document.DocumentLimits} bounds hostile input;
 * {@link org.civicplan.document.StrategyHistory} and {@link org.civicplan.document.JsonPatch}
 * compute and replay the changes between versions; {@link
 * org.civicplan.document.OverlayDocuments} reads a municipality's template overlay file;
 * {@link org.civicplan.document.CivicplanJacksonModule} is the Jackson module behind all of them.
 * Domain records carry no Jackson annotations: their document form is defined here only.
 *
 * <p>Read problems and findings are two concepts. A {@link org.civicplan.document.ReadProblem}
 * says why there is no strategy: the text is not JSON or YAML, a limit is exceeded, a member is
 * missing or unknown, a value has the wrong type or is rejected by its own check. Each has a
 * stable code of its {@link org.civicplan.document.ReadProblem.Kind} ({@code document.syntax},
 * {@code document.missing-member}, …), a message in English and Romanian, the JSON Pointer of the
 * value at fault and, where the text was read, its line and column. A {@link
 * org.civicplan.base.Finding} is a rule's verdict on a strategy that was read, with a severity.
 * The command line prints both in one shape ({@code severity}, {@code code}, {@code path},
 * {@code message}, {@code line}, {@code column}), a read problem as an error.
 *
 * <pre>{@code
 * StrategyDocuments documents = StrategyDocuments.of(TemplateRegistry.load());
 * ReadResult read = documents.read(Path.of("strategy.yaml"));
 * if (read.strategy().isEmpty()) {
 *   read.problems().forEach(p -> System.err.println(p.line() + ":" + p.column() + " " + p.code() + " " + p.message()));
 *   return;
 * }
 * Files.writeString(Path.of("strategy.json"), documents.write(read.strategy().get(), DocumentFormat.JSON));
 * }</pre>
 */
@NullMarked
package org.civicplan.document;

import org.jspecify.annotations.NullMarked;
