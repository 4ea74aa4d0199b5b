// SPDX-License-Identifier: Apache-2.0
package org.civicplan.alignment;

import java.util.List;
import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * A national, European or international strategy local objectives align to (EU Adaptation
 * Strategy, European Climate Law, SDGs, CRPD...).
 *
 * @param id unique among frameworks; the same framework has the same id in core's catalogue and in
 *     every template's (e.g. {@code sdg}, {@code covenant-of-mayors})
 * @param name the localized name
 * @param objectives its objectives
 */
public record ReferenceFramework(FrameworkId id, LocalizedText name, List<ReferenceObjective> objectives) {

  /**
   * Creates an instance from its components.
   *
   * @param id unique among frameworks
   * @param name the localized name
   * @param objectives its objectives
   * @throws NullPointerException if an argument or an objective is null
   */
  public ReferenceFramework {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    objectives = List.copyOf(objectives);
  }
}
