// SPDX-License-Identifier: Apache-2.0
package org.civicplan.alignment;

import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.ActionId;
import org.civicplan.base.ObjectiveId;

/**
 * A link from one local objective or action to an objective of a reference framework.
 *
 * <p>Exactly one of {@code objective} and {@code action} is present. In documents: {@code
 * {"objective": "OS-1", "framework": "sdg", "reference": "13.2", "strength": "direct"}}.
 *
 * @param objective the local objective, or empty when the link starts at an action
 * @param action the local action, or empty when the link starts at an objective
 * @param framework the reference framework id (e.g. {@code sdg})
 * @param reference the reference objective id within it (e.g. {@code 13.2})
 * @param strength direct, partial or indirect
 */
public record AlignmentLink(
    Optional<ObjectiveId> objective, Optional<ActionId> action, FrameworkId framework, String reference, AlignmentStrength strength) {

  /**
   * Creates an instance from its components.
   *
   * @param objective the local objective, or empty when the link starts at an action
   * @param action the local action, or empty when the link starts at an objective
   * @param framework the reference framework id (e.g. {@code sdg})
   * @param reference the reference objective id within it (e.g. {@code 13.2})
   * @param strength direct, partial or indirect
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if not exactly one of objective and action is present, or the
   *     reference is blank
   */
  public AlignmentLink {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(strength, "strength");
    if (objective.isPresent() == action.isPresent()) {
      throw new IllegalArgumentException(
          "alignment link to " + framework + "/" + reference + " must start at exactly one objective or action but had "
              + (objective.isPresent() ? "both" : "neither"));
    }
    if (reference.isBlank()) {
      throw new IllegalArgumentException(
          "alignment link must name a reference objective of framework \"" + framework + "\" but was blank");
    }
  }

  /**
   * {@return a link from a local objective}
   *
   * @param objective the local objective, or empty when the link starts at an action
   * @param framework the reference framework id (e.g. {@code sdg})
   * @param reference the reference objective id within it (e.g. {@code 13.2})
   * @param strength direct, partial or indirect
   */
  public static AlignmentLink ofObjective(ObjectiveId objective, FrameworkId framework, String reference, AlignmentStrength strength) {
    return new AlignmentLink(Optional.of(objective), Optional.empty(), framework, reference, strength);
  }

  /**
   * {@return a link from a local action}
   *
   * @param action the local action, or empty when the link starts at an objective
   * @param framework the reference framework id (e.g. {@code sdg})
   * @param reference the reference objective id within it (e.g. {@code 13.2})
   * @param strength direct, partial or indirect
   */
  public static AlignmentLink ofAction(ActionId action, FrameworkId framework, String reference, AlignmentStrength strength) {
    return new AlignmentLink(Optional.empty(), Optional.of(action), framework, reference, strength);
  }

  /** {@return the local id the link starts at} */
  public String localId() {
    return objective.map(ObjectiveId::value).orElseGet(() -> action.orElseThrow().value());
  }
}
