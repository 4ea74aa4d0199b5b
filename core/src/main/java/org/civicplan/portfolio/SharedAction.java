// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.util.Objects;
import org.civicplan.base.ActionId;

/**
 * An action that two strategies both list, declared shared: the declaring strategy's action is
 * the same action as the one referred to, which owns it. Its budget lines that the owner also has
 * (same year, funding source and currency) are counted once, in the owner.
 *
 * @param action the action of the strategy that declares the link
 * @param with the same action in the strategy that owns it
 */
public record SharedAction(ActionId action, CrossReference with) {

  /**
   * Creates an instance from its components.
   *
   * @param action the action of the strategy that declares the link
   * @param with the same action in the strategy that owns it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code with} does not refer to an action
   */
  public SharedAction {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(with, "with");
    if (with.kind() != CrossReference.Kind.ACTION) {
      throw new IllegalArgumentException(
          "action \"" + action.value() + "\" must be shared with an action but was shared with " + with);
    }
  }
}
