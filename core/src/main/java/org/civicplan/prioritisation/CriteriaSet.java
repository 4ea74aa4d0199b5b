// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.civicplan.base.LocalizedText;

/**
 * A named set of criteria a template proposes for ranking its actions.
 *
 * @param id unique among a template's criteria sets
 * @param name the localized name
 * @param criteria the criteria, with distinct ids
 */
public record CriteriaSet(CriteriaSetId id, LocalizedText name, List<Criterion> criteria) {

  /**
   * Creates an instance from its components.
   *
   * @param id unique among a template's criteria sets
   * @param name the localized name
   * @param criteria the criteria, with distinct ids
   * @throws NullPointerException if an argument or a criterion is null
   * @throws IllegalArgumentException if two criteria share an id
   */
  public CriteriaSet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    criteria = List.copyOf(criteria);
    Set<String> seen = new HashSet<>();
    for (Criterion c : criteria) {
      if (!seen.add(c.id())) {
        throw new IllegalArgumentException(
            "criterion id \"" + c.id() + "\" appears twice in criteria set \"" + id + "\"");
      }
    }
  }
}
