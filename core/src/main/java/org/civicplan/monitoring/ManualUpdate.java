// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a person reported about an action outside the document: its progress entered by hand and
 * the date of its last update, each when known. Built with {@link #none()}, {@link
 * #progress(double)} and {@link #updatedOn(LocalDate)}; read by {@link ActionTracker#assess(
 * org.civicplan.strategy.Strategy, org.civicplan.strategy.Action, LocalDate, ManualUpdate)}.
 *
 * @param progress progress entered by hand, in [0, 1], if any
 * @param updatedOn when the action was last updated, if known; when empty, the tracker takes the
 *     latest task completion date
 */
public record ManualUpdate(OptionalDouble progress, Optional<LocalDate> updatedOn) {

  private static final ManualUpdate NONE = new ManualUpdate(OptionalDouble.empty(), Optional.empty());

  /**
   * Creates an instance from its components.
   *
   * @param progress progress entered by hand, in [0, 1], if any
   * @param updatedOn when the action was last updated, if known
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the progress is outside [0, 1]
   */
  public ManualUpdate {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(updatedOn, "updatedOn");
    if (progress.isPresent() && !(progress.getAsDouble() >= 0 && progress.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("manual progress must be in [0, 1] but was " + progress.getAsDouble());
    }
  }

  /** {@return no progress entered by hand and no update date} */
  public static ManualUpdate none() {
    return NONE;
  }

  /**
   * {@return progress entered by hand, with no update date}
   *
   * @param progress the progress, in [0, 1]
   * @throws IllegalArgumentException if the progress is outside [0, 1]
   */
  public static ManualUpdate progress(double progress) {
    return new ManualUpdate(OptionalDouble.of(progress), Optional.empty());
  }

  /**
   * {@return the date of the last update, with no progress entered by hand}
   *
   * @param date when the action was last updated
   * @throws NullPointerException if the date is null
   */
  public static ManualUpdate updatedOn(LocalDate date) {
    return new ManualUpdate(OptionalDouble.empty(), Optional.of(Objects.requireNonNull(date, "date")));
  }

  /**
   * {@return this update with the date of the last update set}
   *
   * @param date when the action was last updated
   * @throws NullPointerException if the date is null
   */
  public ManualUpdate on(LocalDate date) {
    return new ManualUpdate(progress, Optional.of(Objects.requireNonNull(date, "date")));
  }
}
