package org.civicplan.template;

import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;

/**
 * An objective an overlay adds to the template's skeleton, with any sub-objectives it carries.
 *
 * @param parent the objective of the adapted skeleton (after renames, and including objectives
 *     added earlier in the overlay) under which the new objective is appended as the last child;
 *     empty to append it as the last strategic (top-level) objective
 * @param objective the new objective; its indicator ids name indicators of the adapted catalogue
 */
public record ObjectiveAddition(Optional<ObjectiveId> parent, Objective objective) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public ObjectiveAddition {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(objective, "objective");
  }

  /** A new strategic (top-level) objective. */
  public static ObjectiveAddition topLevel(Objective objective) {
    return new ObjectiveAddition(Optional.empty(), objective);
  }

  /** A new sub-objective of {@code parent}. */
  public static ObjectiveAddition under(ObjectiveId parent, Objective objective) {
    return new ObjectiveAddition(Optional.of(parent), objective);
  }
}
