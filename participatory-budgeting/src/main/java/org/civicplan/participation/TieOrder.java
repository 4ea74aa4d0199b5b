// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The order in which tied projects are preferred: the first in the order wins a tie.
 *
 * @param order the project ids, most preferred first; projects of an instance that it does not
 *     list come after, in lexicographic order of id
 */
public record TieOrder(List<ProjectId> order) {

  /**
   * Creates an instance from its components.
   *
   * @param order the project ids, most preferred first; projects of an instance that it does not
   *     list come after, in lexicographic order of id
   * @throws IllegalArgumentException if an id repeats
   */
  public TieOrder {
    order = List.copyOf(order);
    if (new HashSet<>(order).size() != order.size()) {
      throw new IllegalArgumentException("a tie order lists each project once but was " + order);
    }
  }

  /**
   * Lexicographic order of project id, the default.
   *
   * @return the lexicographic order
   */
  public static TieOrder lexicographic() {
    return new TieOrder(List.of());
  }

  /** The projects of {@code instance} in this order. */
  List<PbProject> arrange(PbInstance instance) {
    Objects.requireNonNull(instance, "instance");
    List<PbProject> out = new ArrayList<>();
    Set<ProjectId> placed = new HashSet<>();
    for (ProjectId id : order) {
      instance.project(id).ifPresent(p -> {
        out.add(p);
        placed.add(id);
      });
    }
    instance.projects().stream()
        .filter(p -> !placed.contains(p.id()))
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .forEach(out::add);
    return out;
  }
}
