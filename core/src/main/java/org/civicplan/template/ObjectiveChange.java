package org.civicplan.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;

/**
 * An overlay's change to one objective of the template's skeleton, at any depth. What is absent
 * stays as the template has it; the objective keeps its children.
 *
 * @param id the objective of the base template to change
 * @param newId the id the objective gets instead; empty to keep it
 * @param title the title texts to set; each language given replaces that language, the other
 *     languages are kept (so an overlay can translate, or rename in one language only)
 * @param description the description texts to set, merged by language like {@code title}
 * @param indicatorIds the indicators that measure the objective instead of the template's; ids of
 *     the adapted catalogue (after renames and additions). Empty to keep the template's list
 *     (with renamed indicators followed and removed ones dropped)
 */
public record ObjectiveChange(
    ObjectiveId id,
    Optional<ObjectiveId> newId,
    Optional<LocalizedText> title,
    Optional<LocalizedText> description,
    Optional<List<IndicatorId>> indicatorIds) {

  /**
   * @throws NullPointerException if an argument or a list element is null
   */
  public ObjectiveChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(newId, "newId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    indicatorIds = indicatorIds.map(List::copyOf);
  }

  /** A change of the title only. */
  public static ObjectiveChange retitle(ObjectiveId id, LocalizedText title) {
    return new ObjectiveChange(id, Optional.empty(), Optional.of(title), Optional.empty(), Optional.empty());
  }
}
