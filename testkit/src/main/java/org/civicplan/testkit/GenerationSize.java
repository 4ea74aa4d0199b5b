// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

/**
 * How big a generated strategy is. Counts of top-level items are exact; the {@code max…} counts
 * bound what each objective, action or body gets (each draws between zero and the bound).
 *
 * <p>Presets: {@link #tiny()}, {@link #small()}, {@link #medium()}, {@link #large()}. For property
 * tests, {@link #smallFirst(int, int)} grows from tiny to medium over a run, so that the first
 * failing case a run reports is a small one.
 *
 * @param objectives top-level (strategic) objectives, at least 1
 * @param maxChildren the most sub-objectives an objective gets
 * @param depth the depth of the objective tree, 1 to 3 (1 = strategic objectives only)
 * @param indicators indicators, at least 1
 * @param actions actions
 * @param organisations organisations, at least 1
 * @param maxTasks the most tasks an action gets
 * @param maxBudgetLines the most budget lines an action gets
 * @param maxPartners the most partners an action gets
 * @param maxDependencies the most actions an action depends on
 * @param bodies governance bodies
 * @param annexes raw annexes of distinct kinds, at most 6
 * @param annexDepth how deeply annex data nests, 1 to 5
 */
public record GenerationSize(
    int objectives,
    int maxChildren,
    int depth,
    int indicators,
    int actions,
    int organisations,
    int maxTasks,
    int maxBudgetLines,
    int maxPartners,
    int maxDependencies,
    int bodies,
    int annexes,
    int annexDepth) {

  /** The most objective levels a generated tree has. */
  public static final int MAX_DEPTH = 3;

  /** The most raw annexes a generated strategy has (one per invented kind). */
  public static final int MAX_ANNEXES = Vocabulary.ANNEX_KINDS.size();

  private static final GenerationSize TINY = new GenerationSize(1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1);
  private static final GenerationSize SMALL = new GenerationSize(2, 2, 2, 3, 3, 2, 2, 2, 1, 1, 1, 1, 2);
  private static final GenerationSize MEDIUM = new GenerationSize(4, 3, 3, 8, 12, 5, 4, 3, 2, 2, 2, 3, 3);
  private static final GenerationSize LARGE = new GenerationSize(8, 4, 3, 25, 60, 12, 8, 5, 4, 3, 4, 6, 5);

  /**
   * Creates an instance from its components.
   *
   * @param objectives top-level (strategic) objectives, at least 1
   * @param maxChildren the most sub-objectives an objective gets
   * @param depth the depth of the objective tree, 1 to 3 (1 = strategic objectives only)
   * @param indicators indicators, at least 1
   * @param actions actions
   * @param organisations organisations, at least 1
   * @param maxTasks the most tasks an action gets
   * @param maxBudgetLines the most budget lines an action gets
   * @param maxPartners the most partners an action gets
   * @param maxDependencies the most actions an action depends on
   * @param bodies governance bodies
   * @param annexes raw annexes of distinct kinds, at most 6
   * @param annexDepth how deeply annex data nests, 1 to 5
   * @throws IllegalArgumentException naming the component when a count is negative, {@code
   *     objectives}, {@code indicators} or {@code organisations} is zero, {@code depth} is not in
   *     [1, 3], {@code annexes} exceeds {@link #MAX_ANNEXES}, or {@code annexDepth} is not in
   *     [1, 5]
   */
  public GenerationSize {
    atLeast("objectives", objectives, 1);
    atLeast("maxChildren", maxChildren, 0);
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new IllegalArgumentException("depth must be in [1, " + MAX_DEPTH + "] but was " + depth);
    }
    atLeast("indicators", indicators, 1);
    atLeast("actions", actions, 0);
    atLeast("organisations", organisations, 1);
    atLeast("maxTasks", maxTasks, 0);
    atLeast("maxBudgetLines", maxBudgetLines, 0);
    atLeast("maxPartners", maxPartners, 0);
    atLeast("maxDependencies", maxDependencies, 0);
    atLeast("bodies", bodies, 0);
    atLeast("annexes", annexes, 0);
    if (annexes > MAX_ANNEXES) {
      throw new IllegalArgumentException("annexes must be at most " + MAX_ANNEXES + " but was " + annexes);
    }
    if (annexDepth < 1 || annexDepth > 5) {
      throw new IllegalArgumentException("annexDepth must be in [1, 5] but was " + annexDepth);
    }
  }

  /** {@return one objective, one indicator, one organisation, nothing else} */
  public static GenerationSize tiny() {
    return TINY;
  }

  /**
   * {@return a few of everything: 2 strategic objectives two levels deep, 3 indicators, 3 actions}
   */
  public static GenerationSize small() {
    return SMALL;
  }

  /**
   * {@return a realistic draft: 4 strategic objectives three levels deep, 8 indicators, 12 actions}
   */
  public static GenerationSize medium() {
    return MEDIUM;
  }

  /** {@return a large plan: 8 strategic objectives three levels deep, 25 indicators, 60 actions} */
  public static GenerationSize large() {
    return LARGE;
  }

  /**
   * {@return the size of case {@code index} of a run of {@code count} cases: {@link #tiny()} first,
   * growing evenly to {@link #medium()} for the last case}
   *
   * @param index the case's index, from 0
   * @param count the number of cases in the run, at least 1
   * @throws IllegalArgumentException if {@code count < 1} or {@code index} is not in [0, count)
   */
  public static GenerationSize smallFirst(int index, int count) {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException(
          "index must be in [0, count) with count >= 1 but was index " + index + ", count " + count);
    }
    return between(TINY, MEDIUM, count == 1 ? 0 : (double) index / (count - 1));
  }

  /**
   * {@return the size a fraction of the way from {@code from} to {@code to}, each count rounded
   * down}
   *
   * @param from the size at fraction 0
   * @param to the size at fraction 1
   * @param fraction how far from {@code from} towards {@code to}, in [0, 1]
   * @throws IllegalArgumentException if {@code fraction} is not in [0, 1]
   */
  public static GenerationSize between(GenerationSize from, GenerationSize to, double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in [0, 1] but was " + fraction);
    }
    return new GenerationSize(
        lerp(from.objectives, to.objectives, fraction),
        lerp(from.maxChildren, to.maxChildren, fraction),
        lerp(from.depth, to.depth, fraction),
        lerp(from.indicators, to.indicators, fraction),
        lerp(from.actions, to.actions, fraction),
        lerp(from.organisations, to.organisations, fraction),
        lerp(from.maxTasks, to.maxTasks, fraction),
        lerp(from.maxBudgetLines, to.maxBudgetLines, fraction),
        lerp(from.maxPartners, to.maxPartners, fraction),
        lerp(from.maxDependencies, to.maxDependencies, fraction),
        lerp(from.bodies, to.bodies, fraction),
        lerp(from.annexes, to.annexes, fraction),
        lerp(from.annexDepth, to.annexDepth, fraction));
  }

  /** {@return a rough measure of size, the sum of all counts; orders sizes from small to large} */
  public int weight() {
    return objectives + maxChildren + depth + indicators + actions + organisations + maxTasks
        + maxBudgetLines + maxPartners + maxDependencies + bodies + annexes + annexDepth;
  }

  private static int lerp(int a, int b, double f) {
    return (int) Math.floor(a + (b - a) * f + 1e-9);
  }

  private static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + " but was " + value);
    }
  }
}
