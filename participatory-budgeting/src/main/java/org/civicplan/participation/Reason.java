// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * Why a project was or was not funded, with the figures that decided it. Every reason has a
 * sentence in English and Romanian ({@link #text()}) and its figures as exact values ({@link
 * #figures()}).
 */
public sealed interface Reason {

  /**
   * A stable name of the kind of reason ({@code bought}, {@code not-affordable}…).
   *
   * @return the kind
   */
  String kind();

  /**
   * The reason as a sentence, in English and Romanian.
   *
   * @return the sentence
   */
  LocalizedText text();

  /**
   * The figures of the reason, by name, in a fixed order.
   *
   * @return the figures
   */
  Map<String, Rational> figures();

  /**
   * Bought by the Method of Equal Shares.
   *
   * @param round the round in which it was bought, from 1
   * @param rho the price per unit of utility its supporters paid ({@code ρ})
   * @param maxPayment the most one supporter paid ({@code ρ} times the supporter's utility)
   * @param supporters how many voters approve it
   */
  record Bought(int round, Rational rho, Rational maxPayment, long supporters) implements Reason {
    /**
     * Creates an instance from its components.
     *
     * @param round the round in which it was bought, from 1
     * @param rho the price per unit of utility its supporters paid
     * @param maxPayment the most one supporter paid
     * @param supporters how many voters approve it
     * @throws NullPointerException if an argument is null
     */
    public Bought {
      Objects.requireNonNull(rho, "rho");
      Objects.requireNonNull(maxPayment, "maxPayment");
    }

    @Override
    public String kind() {
      return "bought";
    }

    @Override
    public LocalizedText text() {
      return LocalizedText.of(
          "bought in round " + round + " at ρ = " + Amounts.show(rho) + ": each of its " + supporters
              + " supporters paid at most " + Amounts.show(maxPayment),
          "cumpărat în runda " + round + " la ρ = " + Amounts.show(rho) + ": fiecare dintre cei " + supporters
              + " susținători ai săi a plătit cel mult " + Amounts.show(maxPayment));
    }

    @Override
    public Map<String, Rational> figures() {
      return figuresOf("round", Rational.of(round), "rho", rho, "maxPayment", maxPayment, "supporters", Rational.of(supporters));
    }
  }

  /**
   * Not affordable for its supporters under the Method of Equal Shares, and not funded by a fill.
   *
   * @param supportersMoney what its supporters had left together when the rule stopped
   * @param cost its cost
   * @param fillRemaining the budget left when a fill reached it (absent: no fill)
   */
  record NotAffordable(Rational supportersMoney, Rational cost, java.util.Optional<Rational> fillRemaining) implements Reason {
    /**
     * Creates an instance from its components.
     *
     * @param supportersMoney what its supporters had left together when the rule stopped
     * @param cost its cost
     * @param fillRemaining the budget left when a fill reached it (absent: no fill)
     * @throws NullPointerException if an argument is null
     */
    public NotAffordable {
      Objects.requireNonNull(supportersMoney, "supportersMoney");
      Objects.requireNonNull(cost, "cost");
      Objects.requireNonNull(fillRemaining, "fillRemaining");
    }

    @Override
    public String kind() {
      return "not-affordable";
    }

    @Override
    public LocalizedText text() {
      String fillEn = fillRemaining.map(r -> "; in the greedy fill it did not fit the remaining " + Amounts.show(r)).orElse("");
      String fillRo = fillRemaining.map(r -> "; la completarea lacomă nu a încăput în restul de " + Amounts.show(r)).orElse("");
      return LocalizedText.of(
          "not affordable: its supporters had " + Amounts.show(supportersMoney) + " left, less than its cost " + Amounts.show(cost) + fillEn,
          "nu a putut fi plătit: susținătorii săi mai aveau " + Amounts.show(supportersMoney) + ", mai puțin decât costul de "
              + Amounts.show(cost) + fillRo);
    }

    @Override
    public Map<String, Rational> figures() {
      Map<String, Rational> f = figuresOf("supportersMoney", supportersMoney, "cost", cost);
      fillRemaining.ifPresent(r -> f.put("remainingBudget", r));
      return f;
    }
  }

  /**
   * Funded, or passed over, by a greedy pass: the greedy rule or the fill after MES.
   *
   * @param fill whether this was the fill after the Method of Equal Shares
   * @param funded whether it was funded
   * @param rank its place in the greedy order, from 1
   * @param approvals its approvals
   * @param remainingBefore the budget left when the pass reached it
   * @param cost its cost
   */
  record Greedy(boolean fill, boolean funded, int rank, long approvals, Rational remainingBefore, Rational cost) implements Reason {
    /**
     * Creates an instance from its components.
     *
     * @param fill whether it was reached in the greedy fill
     * @param funded whether it was funded
     * @param rank its rank in the greedy order
     * @param approvals how many voters approve it
     * @param remainingBefore the budget left when the pass reached it
     * @param cost its cost
     * @throws NullPointerException if an argument is null
     */
    public Greedy {
      Objects.requireNonNull(remainingBefore, "remainingBefore");
      Objects.requireNonNull(cost, "cost");
    }

    @Override
    public String kind() {
      return (fill ? "fill-" : "greedy-") + (funded ? "funded" : "did-not-fit");
    }

    @Override
    public LocalizedText text() {
      String pass = fill ? "in the greedy fill, " : "";
      String passRo = fill ? "la completarea lacomă, " : "";
      if (funded) {
        return LocalizedText.of(
            pass + "rank " + rank + " with " + approvals + " approvals; its cost " + Amounts.show(cost) + " fitted in the remaining "
                + Amounts.show(remainingBefore),
            passRo + "locul " + rank + " cu " + approvals + " aprobări; costul de " + Amounts.show(cost) + " a încăput în restul de "
                + Amounts.show(remainingBefore));
      }
      return LocalizedText.of(
          pass + "rank " + rank + " with " + approvals + " approvals; its cost " + Amounts.show(cost) + " did not fit in the remaining "
              + Amounts.show(remainingBefore),
          passRo + "locul " + rank + " cu " + approvals + " aprobări; costul de " + Amounts.show(cost) + " nu a încăput în restul de "
              + Amounts.show(remainingBefore));
    }

    @Override
    public Map<String, Rational> figures() {
      return figuresOf("rank", Rational.of(rank), "approvals", Rational.of(approvals), "remainingBudget", remainingBefore, "cost", cost);
    }
  }

  /**
   * Bought by sequential Phragmén.
   *
   * @param round the round, from 1
   * @param load the load every supporter carried after it was bought
   */
  record PhragmenBought(int round, Rational load) implements Reason {
    /**
     * Creates an instance from its components.
     *
     * @param round the round in which it was bought, from 1
     * @param load the load every supporter carried after it was bought
     * @throws NullPointerException if an argument is null
     */
    public PhragmenBought {
      Objects.requireNonNull(load, "load");
    }

    @Override
    public String kind() {
      return "bought";
    }

    @Override
    public LocalizedText text() {
      return LocalizedText.of(
          "bought in round " + round + "; its supporters' load became " + Amounts.show(load),
          "cumpărat în runda " + round + "; sarcina susținătorilor săi a devenit " + Amounts.show(load));
    }

    @Override
    public Map<String, Rational> figures() {
      return figuresOf("round", Rational.of(round), "load", load);
    }
  }

  /**
   * Not bought by sequential Phragmén: the rule stopped first.
   *
   * @param load the load its supporters would have carried when the rule stopped
   * @param stoppedAt the project with the least load that did not fit the remaining budget (absent:
   *     every other project was bought)
   * @param remaining the budget left when the rule stopped
   */
  record PhragmenStopped(Rational load, java.util.Optional<ProjectId> stoppedAt, Rational remaining) implements Reason {
    /**
     * Creates an instance from its components.
     *
     * @param load the load its supporters would have carried when the rule stopped
     * @param stoppedAt the project with the least load that did not fit the remaining budget
     * @param remaining the budget left when the rule stopped
     * @throws NullPointerException if an argument is null
     */
    public PhragmenStopped {
      Objects.requireNonNull(load, "load");
      Objects.requireNonNull(stoppedAt, "stoppedAt");
      Objects.requireNonNull(remaining, "remaining");
    }

    @Override
    public String kind() {
      return "not-reached";
    }

    @Override
    public LocalizedText text() {
      String by = stoppedAt.map(ProjectId::value).orElse("?");
      return LocalizedText.of(
          "not reached: its supporters' load would have been " + Amounts.show(load) + " when the rule stopped at project \"" + by
              + "\", which did not fit the remaining " + Amounts.show(remaining),
          "neatins: sarcina susținătorilor săi ar fi fost " + Amounts.show(load) + " când regula s-a oprit la proiectul „" + by
              + "”, care nu a încăput în restul de " + Amounts.show(remaining));
    }

    @Override
    public Map<String, Rational> figures() {
      return figuresOf("load", load, "remainingBudget", remaining);
    }
  }

  /**
   * Never a candidate: no voter approves it, it costs more than the whole budget, or (MES with
   * cost utility) it costs nothing and so brings no utility.
   *
   * @param why which of these
   */
  record NotCandidate(Why why) implements Reason {
    /**
     * Creates an instance from its components.
     *
     * @param why which of these
     * @throws NullPointerException if {@code why} is null
     */
    public NotCandidate {
      Objects.requireNonNull(why, "why");
    }

    @Override
    public String kind() {
      return why.label;
    }

    @Override
    public LocalizedText text() {
      return switch (why) {
        case NO_SUPPORTERS -> LocalizedText.of("no voter approves it", "niciun votant nu îl aprobă");
        case OVER_BUDGET -> LocalizedText.of("it costs more than the whole budget", "costă mai mult decât întregul buget");
        case ZERO_COST_NO_UTILITY -> LocalizedText.of(
            "it costs nothing, so under cost utility it brings no utility and MES does not buy it",
            "nu costă nimic, deci cu utilitatea-cost nu aduce utilitate și MES nu îl cumpără");
      };
    }

    @Override
    public Map<String, Rational> figures() {
      return new LinkedHashMap<>();
    }

    /** Why a project is not a candidate. */
    public enum Why {
      /** No voter approves it. */
      NO_SUPPORTERS("no-supporters"),
      /** It costs more than the whole budget. */
      OVER_BUDGET("over-budget"),
      /** Zero cost under cost utility. */
      ZERO_COST_NO_UTILITY("no-utility");

      private final String label;

      Why(String label) {
        this.label = label;
      }
    }
  }

  private static Map<String, Rational> figuresOf(Object... kv) {
    Map<String, Rational> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Rational) kv[i + 1]);
    }
    return m;
  }
}
