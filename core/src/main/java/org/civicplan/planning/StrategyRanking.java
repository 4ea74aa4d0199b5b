package org.civicplan.planning;

import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.Ranking;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.Finding;

/**
 * What {@link StrategyPrioritisation#rank} produced.
 *
 * @param strategy the strategy with the record appended; the input strategy unchanged when an
 *     error prevented ranking
 * @param ranking the ranking of the actions; empty when an error prevented it
 * @param record the record appended; empty when an error prevented ranking
 * @param findings missing or unknown scores, and everything the method noticed
 */
public record StrategyRanking(Strategy strategy, Optional<Ranking> ranking, Optional<PrioritisationRecord> record, List<Finding> findings) {

  /** @throws NullPointerException if an argument is null */
  public StrategyRanking {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(record, "record");
    findings = List.copyOf(findings);
  }

  /** Whether an error prevented the ranking. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }
}
