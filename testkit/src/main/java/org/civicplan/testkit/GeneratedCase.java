// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.util.Objects;
import org.civicplan.strategy.Strategy;

/**
 * One case of a seeded run: the strategy and everything needed to generate it again.
 *
 * <p>Replay with {@code StrategyGenerator.seeded(seed).strategy(size)}. {@link #toString()} names
 * the case, its seed and its size but not the (long) strategy, so that it serves as a test's
 * display name.
 *
 * @param index the position in the run, from 0
 * @param seed the seed of this case's own generator
 * @param size the size it was generated with
 * @param strategy the generated strategy
 */
public record GeneratedCase(int index, long seed, GenerationSize size, Strategy strategy) {

  /**
   * Creates an instance from its components.
   *
   * @param index the position in the run, from 0
   * @param seed the seed of this case's own generator
   * @param size the size it was generated with
   * @param strategy the generated strategy
   * @throws NullPointerException if an argument is null
   */
  public GeneratedCase {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(strategy, "strategy");
  }

  /** {@return a line to paste into a failure message: how to generate this case again} */
  public String replay() {
    GenerationSize z = size;
    return "StrategyGenerator.seeded(" + seed + "L).strategy(new GenerationSize(" + z.objectives()
        + ", " + z.maxChildren() + ", " + z.depth() + ", " + z.indicators() + ", " + z.actions()
        + ", " + z.organisations() + ", " + z.maxTasks() + ", " + z.maxBudgetLines() + ", "
        + z.maxPartners() + ", " + z.maxDependencies() + ", " + z.bodies() + ", " + z.annexes()
        + ", " + z.annexDepth() + "))";
  }

  @Override
  public String toString() {
    return "case " + index + " (seed " + seed + "L, " + size.objectives() + " objectives, "
        + size.indicators() + " indicators, " + size.actions() + " actions)";
  }
}
