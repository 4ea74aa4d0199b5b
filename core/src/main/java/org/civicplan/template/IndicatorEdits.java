// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import java.util.List;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;

/**
 * What an overlay does to the template's indicator catalogue: removals, then changes, then
 * additions.
 *
 * @param remove catalogue indicators of the base template to remove; the skeleton's objectives
 *     stop naming them (reported as information)
 * @param change changes to catalogue indicators of the base template, in file order
 * @param add indicators to append to the catalogue, in file order; catalogue entries carry no
 *     baseline, targets or measurements
 */
public record IndicatorEdits(
    List<IndicatorId> remove, List<IndicatorChange> change, List<Indicator> add) {

  private static final IndicatorEdits NONE = new IndicatorEdits(List.of(), List.of(), List.of());

  /**
   * Creates an instance from its components.
   *
   * @param remove catalogue indicators of the base template to remove; the skeleton's objectives
   *     stop naming them (reported as information)
   * @param change changes to catalogue indicators of the base template, in file order
   * @param add indicators to append to the catalogue, in file order; catalogue entries carry no
   *     baseline, targets or measurements
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if an added indicator has a baseline, targets or
   *     measurements
   */
  public IndicatorEdits {
    remove = List.copyOf(remove);
    change = List.copyOf(change);
    add = List.copyOf(add);
    for (Indicator i : add) {
      if (i.baseline().isPresent() || !i.targets().isEmpty() || !i.measurements().isEmpty()) {
        throw new IllegalArgumentException(
            "an indicator added to a catalogue must have no baseline, targets or measurements"
                + " (indicator \"" + i.id() + "\")");
      }
    }
  }

  /** {@return edits that change nothing} */
  public static IndicatorEdits none() {
    return NONE;
  }

  /** {@return whether there is no edit} */
  public boolean isEmpty() {
    return remove.isEmpty() && change.isEmpty() && add.isEmpty();
  }
}
