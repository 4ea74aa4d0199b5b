package org.civicplan.strategy;

import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.civicplan.base.TaskId;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.TextLength;

/**
 * A task or milestone of an action.
 *
 * @param id unique among the tasks of its action
 * @param title the localized title
 * @param due when it is due
 * @param done whether it is done; a done task should have a completion date (a validation rule)
 * @param completedOn when it was done
 */
public record Task(
    TaskId id, @TextLength(max = 500) LocalizedText title, Optional<PlanDate> due, boolean done, Optional<PlanDate> completedOn) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(completedOn, "completedOn");
  }

  /** An open task due on a date. */
  public static Task open(String id, LocalizedText title, PlanDate due) {
    return new Task(TaskId.of(id), title, Optional.of(due), false, Optional.empty());
  }

  /** A copy marked done on {@code date}. */
  public Task completedOn(PlanDate date) {
    return new Task(id, title, due, true, Optional.of(date));
  }
}
