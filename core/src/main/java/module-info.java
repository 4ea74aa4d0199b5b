/**
 * civicplan core: the domain model of strategies, action plans and monitoring, validation,
 * documents, the template SPI, prioritisation and monitoring.
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
  exports org.civicplan.document;
  exports org.civicplan.governance;
  exports org.civicplan.indicator;
  exports org.civicplan.lifecycle;
  exports org.civicplan.monitoring;
  exports org.civicplan.planning;
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

  provides tools.jackson.databind.JacksonModule with org.civicplan.document.CivicplanJacksonModule;
}
