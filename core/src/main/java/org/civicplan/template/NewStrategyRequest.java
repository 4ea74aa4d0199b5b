package org.civicplan.template;

import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Municipality;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;

/**
 * What a city says when it starts a strategy from a template.
 *
 * @param id the new strategy's id
 * @param municipality the city
 * @param period the years it will cover
 * @param title the title; empty to let the template name it
 */
public record NewStrategyRequest(
    StrategyId id, Municipality municipality, StrategyPeriod period, Optional<LocalizedText> title) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public NewStrategyRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(title, "title");
  }

  /** A request with a template-chosen title. */
  public static NewStrategyRequest of(StrategyId id, Municipality municipality, StrategyPeriod period) {
    return new NewStrategyRequest(id, municipality, period, Optional.empty());
  }
}
