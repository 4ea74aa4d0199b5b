package org.civicplan.governance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.ActionId;

/**
 * A partnership project with Local Action Groups or NGOs.
 *
 * <p>The project itself is an {@link org.civicplan.strategy.Action} of the action plan: its
 * partners and their roles are the action's {@link org.civicplan.strategy.Partner}s, its budget
 * the action's budget lines, its link to the strategy the action's objectives. This record only
 * marks the action as a partnership project and adds what an action does not say.
 *
 * @param action the action that is the project
 * @param targetAreas the areas it targets (districts, villages, the LAG territory), in document order
 * @param agreement a reference to the partnership agreement
 */
public record PartnershipProject(ActionId action, List<String> targetAreas, Optional<String> agreement) {

  /**
   * @throws NullPointerException if an argument or an area is null
   */
  public PartnershipProject {
    Objects.requireNonNull(action, "action");
    targetAreas = List.copyOf(targetAreas);
    Objects.requireNonNull(agreement, "agreement");
  }

  /** A project for an action targeting these areas. */
  public static PartnershipProject of(ActionId action, String... targetAreas) {
    return new PartnershipProject(action, List.of(targetAreas), Optional.empty());
  }
}
