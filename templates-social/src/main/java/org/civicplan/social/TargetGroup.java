// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * A target group of social services, from the template's target-group catalogue ({@code
 * target-groups.csv}).
 *
 * @param id the id services and needs name, e.g. {@code elderly}
 * @param name the localized name
 * @param source where the group comes from
 */
public record TargetGroup(String id, LocalizedText name, String source) {

  /**
   * Creates an instance from its components.
   *
   * @param id the id services and needs name
   * @param name the localized name
   * @param source where the group comes from
   * @throws NullPointerException if an argument is null
   */
  public TargetGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }
}
