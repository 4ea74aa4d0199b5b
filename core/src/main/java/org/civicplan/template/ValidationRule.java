package org.civicplan.template;

import org.civicplan.strategy.Strategy;

/**
 * A domain rule over a whole strategy document. Core ships the rules every strategy obeys;
 * templates add their own through {@code StrategyTemplate#rules()}.
 *
 * <p>A rule never throws on a well-formed document: what it finds it reports to the context.
 * Rules must be deterministic (walk lists in document order, iterate sorted maps).
 */
public interface ValidationRule {

  /** A stable identifier of the rule, e.g. {@code core.references}. */
  String id();

  /** Checks {@code strategy} and reports what it finds to {@code context}. */
  void check(Strategy strategy, RuleContext context);
}
