// SPDX-License-Identifier: Apache-2.0
/**
 * civicplan core: the domain model of a city's strategies and action plans, their validation,
 * JSON and YAML documents, the template SPI, prioritisation and monitoring.
 *
 * <h2>Where to start</h2>
 *
 * <p>Three objects cover most uses: {@link org.civicplan.template.TemplateRegistry} finds the
 * installed strategy templates, {@link org.civicplan.document.StrategyDocuments} reads and writes
 * strategies, and {@link org.civicplan.validation.StrategyValidator} checks them. A strategy is an
 * immutable {@link org.civicplan.strategy.Strategy}.
 *
 * <pre>{@code
 * TemplateRegistry templates = TemplateRegistry.load();            // ServiceLoader, ordered by id
 * StrategyDocuments documents = StrategyDocuments.of(templates);   // knows the templates' annexes
 * StrategyValidator validator = StrategyValidator.of(templates);   // core + template rules
 *
 * ReadResult read = documents.read(Path.of("strategy.yaml"));     // never throws on user data
 * if (read.strategy().isPresent()) {
 *   ValidationReport report = validator.validate(read.strategy().get());
 *   report.findings().forEach(f -> System.out.println(f.code() + " " + f.path()));
 * }
 * }</pre>
 *
 * <h2>Packages</h2>
 *
 * <p>Packages form layers without cycles; each depends only on the layers below it:
 *
 * <ol>
 *   <li>{@link org.civicplan.base}: value types (ids, localized text, money, dates, JSON Pointers,
 *       findings), and {@link org.civicplan.calendar}: working days and legal deadlines;
 *   <li>{@link org.civicplan.indicator}, {@link org.civicplan.governance} (values), {@link
 *       org.civicplan.alignment} and {@link org.civicplan.prioritisation} (engines on plain inputs);
 *   <li>{@link org.civicplan.strategy}: the strategy aggregate;
 *   <li>{@link org.civicplan.template}: the template SPI, registry and overlays;
 *   <li>{@link org.civicplan.validation}, {@link org.civicplan.monitoring} and {@link
 *       org.civicplan.planning}: rules and engines applied to a strategy;
 *   <li>{@link org.civicplan.lifecycle}, {@link org.civicplan.report}, {@link
 *       org.civicplan.document} and {@link org.civicplan.portfolio}: transitions, reports,
 *       documents and the portfolio of a city's strategies on top.
 * </ol>
 *
 * <h2>Conventions</h2>
 *
 * <p>No {@code null} crosses the API: absent values are empty {@code Optional}s or empty lists.
 * Domain values are immutable records, safe to share between threads; their builders are not.
 * Misuse of the API (a value that can never be valid) throws {@code IllegalArgumentException} or
 * {@code NullPointerException}; anything wrong in user data is reported as findings or read
 * problems, never thrown. The same input gives the same output, byte for byte. The library logs through SLF4J and
 * ships no logging binding.
 *
 * <p>What may change between versions, and what may not, is described in the project's
 * compatibility policy ({@code docs/compatibility.md}).
 */
module org.civicplan.core {
  requires static transitive org.jspecify;
  requires transitive jakarta.validation;
  requires org.slf4j;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires org.hibernate.validator;
  // Hibernate Validator interpolates ${validatedValue} in our messages with Jakarta EL, but as an
  // automatic module it cannot require jakarta.el: without this line an application started with
  // `java -p ... -m app` never resolves jakarta.el and the first validation fails (HV000183).
  requires jakarta.el;

  exports org.civicplan.alignment;
  exports org.civicplan.base;
  exports org.civicplan.calendar;
  exports org.civicplan.document;
  exports org.civicplan.governance;
  exports org.civicplan.indicator;
  exports org.civicplan.io;
  exports org.civicplan.lifecycle;
  exports org.civicplan.monitoring;
  exports org.civicplan.planning;
  exports org.civicplan.portfolio;
  exports org.civicplan.prioritisation;
  exports org.civicplan.report;
  exports org.civicplan.strategy;
  exports org.civicplan.template;
  exports org.civicplan.validation;

  opens org.civicplan.alignment to tools.jackson.databind, org.hibernate.validator;
  opens org.civicplan.base to tools.jackson.databind, org.hibernate.validator;
  opens org.civicplan.governance to tools.jackson.databind, org.hibernate.validator;
  opens org.civicplan.indicator to tools.jackson.databind, org.hibernate.validator;
  opens org.civicplan.prioritisation to tools.jackson.databind, org.hibernate.validator;
  opens org.civicplan.strategy to tools.jackson.databind, org.hibernate.validator;
  opens org.civicplan.template to tools.jackson.databind, org.hibernate.validator;

  uses org.civicplan.template.StrategyTemplate;
  uses org.civicplan.prioritisation.PortfolioSolver;

  provides tools.jackson.databind.JacksonModule with org.civicplan.document.CivicplanJacksonModule;
}
