// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.util.Locale;
import java.util.Objects;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.StrategyId;

/**
 * A typed reference from one strategy document of a portfolio to an objective, action or
 * indicator of another: the target strategy's id, what is referred to and its id in that strategy.
 *
 * <p>Text form, written by {@link #toString()} and read by {@link #parse(CharSequence)}:
 * {@code STRATEGY/KIND/ID}, e.g. {@code exemplu-climate-2022/objective/OS-1.1}, where {@code KIND}
 * is {@code objective}, {@code action} or {@code indicator}. Ids never contain {@code /} ({@link
 * IdSyntax}), so the form is unambiguous.
 *
 * @param strategy the id of the strategy referred to
 * @param kind what is referred to
 * @param id the id of the objective, action or indicator in that strategy
 */
public record CrossReference(StrategyId strategy, Kind kind, String id) {

  /** What a cross-document reference points at. */
  public enum Kind {
    /** An objective, at any depth of the tree. */
    OBJECTIVE,
    /** An action of the action plan. */
    ACTION,
    /** An indicator. */
    INDICATOR;

    /** {@return the label used in the text form: {@code objective}, {@code action} or {@code indicator}} */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the kind with this label}
     *
     * @param label {@code objective}, {@code action} or {@code indicator}
     * @throws IllegalArgumentException if the label is none of these
     */
    public static Kind fromLabel(String label) {
      Objects.requireNonNull(label, "label");
      for (Kind k : values()) {
        if (k.label().equals(label)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "reference kind must be objective, action or indicator but was \"" + label + "\"");
    }
  }

  /** What {@link #parse(CharSequence)} accepts, for messages. */
  public static final String FORM = "STRATEGY/KIND/ID with KIND objective, action or indicator";

  /**
   * Creates an instance from its components.
   *
   * @param strategy the id of the strategy referred to
   * @param kind what is referred to
   * @param id the id of the objective, action or indicator in that strategy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not a valid id ({@link IdSyntax#RULE})
   */
  public CrossReference {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(kind, "kind");
    IdSyntax.requireValid(id, kind.label());
  }

  /**
   * {@return a reference to an objective of another strategy}
   *
   * @param strategy the strategy's id
   * @param objective the objective's id
   */
  public static CrossReference objective(String strategy, String objective) {
    return new CrossReference(StrategyId.of(strategy), Kind.OBJECTIVE, objective);
  }

  /**
   * {@return a reference to an action of another strategy}
   *
   * @param strategy the strategy's id
   * @param action the action's id
   */
  public static CrossReference action(String strategy, String action) {
    return new CrossReference(StrategyId.of(strategy), Kind.ACTION, action);
  }

  /**
   * {@return a reference to an indicator of another strategy}
   *
   * @param strategy the strategy's id
   * @param indicator the indicator's id
   */
  public static CrossReference indicator(String strategy, String indicator) {
    return new CrossReference(StrategyId.of(strategy), Kind.INDICATOR, indicator);
  }

  /**
   * Reads the text form {@code STRATEGY/KIND/ID} that {@link #toString()} writes.
   *
   * @param text the reference, e.g. {@code exemplu-climate-2022/action/A-1.1}
   * @return the reference
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not of that form; the message names the text
   *     and the form allowed
   */
  public static CrossReference parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    String[] parts = s.split("/", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "a cross-document reference must be " + FORM + " but was \"" + s + "\"");
    }
    try {
      return new CrossReference(StrategyId.of(parts[0]), Kind.fromLabel(parts[1]), parts[2]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "a cross-document reference must be " + FORM + " but was \"" + s + "\": " + e.getMessage(), e);
    }
  }

  /** {@return the text form {@code STRATEGY/KIND/ID}} */
  @Override
  public String toString() {
    return strategy.value() + "/" + kind.label() + "/" + id;
  }
}
