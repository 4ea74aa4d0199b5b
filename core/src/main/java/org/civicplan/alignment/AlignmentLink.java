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
    Optional<ObjectiveId> objective, Optional<ActionId> action, String framework, String reference, AlignmentStrength strength) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if not exactly one of objective and action is present, or the
   *     framework or reference is blank
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
    if (framework.isBlank() || reference.isBlank()) {
      throw new IllegalArgumentException(
          "alignment link must name a framework and a reference objective but was \"" + framework + "\"/\"" + reference + "\"");
    }
  }

  /** A link from a local objective. */
  public static AlignmentLink ofObjective(ObjectiveId objective, String framework, String reference, AlignmentStrength strength) {
    return new AlignmentLink(Optional.of(objective), Optional.empty(), framework, reference, strength);
  }

  /** A link from a local action. */
  public static AlignmentLink ofAction(ActionId action, String framework, String reference, AlignmentStrength strength) {
    return new AlignmentLink(Optional.empty(), Optional.of(action), framework, reference, strength);
  }

  /** The local id the link starts at. */
  public String localId() {
    return objective.map(ObjectiveId::value).orElseGet(() -> action.orElseThrow().value());
  }
}
