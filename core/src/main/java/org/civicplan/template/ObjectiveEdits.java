package org.civicplan.template;

import java.util.List;
import org.civicplan.base.ObjectiveId;

/**
 * What an overlay does to the template's skeleton: removals, then changes, then additions.
 *
 * @param remove objectives of the base template to remove, each with all its sub-objectives
 * @param change changes to objectives of the base template, in file order
 * @param add objectives to add, in file order
 */
public record ObjectiveEdits(
    List<ObjectiveId> remove, List<ObjectiveChange> change, List<ObjectiveAddition> add) {

  private static final ObjectiveEdits NONE = new ObjectiveEdits(List.of(), List.of(), List.of());

  /**
   * @throws NullPointerException if a list or an element is null
   */
  public ObjectiveEdits {
    remove = List.copyOf(remove);
    change = List.copyOf(change);
    add = List.copyOf(add);
  }

  /** No edit. */
  public static ObjectiveEdits none() {
    return NONE;
  }

  /** Whether there is no edit. */
  public boolean isEmpty() {
    return remove.isEmpty() && change.isEmpty() && add.isEmpty();
  }
}
