// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import java.util.List;
import org.civicplan.strategy.Objective;

/**
 * The objectives a city starts from; their indicator ids name entries of the template's
 * indicator catalogue.
 *
 * @param objectives the strategic objectives, with their specific objectives
 */
public record TemplateSkeleton(List<Objective> objectives) {

  /**
   * Creates an instance from its components.
   *
   * @param objectives the strategic objectives, with their specific objectives
   * @throws NullPointerException if the list or an element is null
   */
  public TemplateSkeleton {
    objectives = List.copyOf(objectives);
  }

  /**
   * {@return a skeleton}
   *
   * @param objectives the strategic objectives, with their specific objectives
   */
  public static TemplateSkeleton of(List<Objective> objectives) {
    return new TemplateSkeleton(objectives);
  }
}
