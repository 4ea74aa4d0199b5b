package org.civicplan.planning;

import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.Schedule;
import org.civicplan.prioritisation.Selection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.Finding;

/**
 * What {@link StrategyPrioritisation#select} produced.
 *
 * @param strategy the strategy with the completed record; unchanged when an error prevented the
 *     selection
 * @param selection the portfolio selection; empty when the budget or currencies were refused
 * @param schedule the sequencing of the selected actions; empty when there is no feasible selection
 * @param record the record with its selection; empty when there is no feasible selection
 * @param findings budget and currency problems, costs outside the budget years, the selection's
 *     and the sequencing's findings
 */
public record StrategySelection(
    Strategy strategy, Optional<Selection> selection, Optional<Schedule> schedule, Optional<PrioritisationRecord> record,
    List<Finding> findings) {

  /** @throws NullPointerException if an argument is null */
  public StrategySelection {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(record, "record");
    findings = List.copyOf(findings);
  }

  /** Whether an error prevented or spoils the selection. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }
}
