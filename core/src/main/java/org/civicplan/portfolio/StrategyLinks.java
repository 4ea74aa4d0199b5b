// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;

/**
 * What a strategy declares about the other strategies of its municipality: objectives delegated
 * to sectoral strategies, actions and indicators shared with them.
 *
 * <p>The links travel in the document as an annex of kind {@value #KIND}, so a document without
 * them reads, validates and writes back exactly as before, and a reader that does not know the
 * kind keeps the annex verbatim. Its data:
 *
 * <pre>{@code
 * - kind: portfolio-links
 *   data:
 *     delegations:      [{objective: OS-2, to: exemplu-climate-2022/objective/OS-1.1}]
 *     sharedActions:    [{action: A-4, with: exemplu-climate-2022/action/A-1.1}]
 *     sharedIndicators: [{indicator: IQ-3, with: exemplu-climate-2022/indicator/CLI-08}]
 * }</pre>
 *
 * <p>Each member is optional; references are in the text form of {@link CrossReference}.
 *
 * @param delegations the objectives delegated to other strategies, in document order
 * @param sharedActions the actions declared the same as another strategy's, in document order
 * @param sharedIndicators the indicators whose series another strategy owns, in document order
 */
public record StrategyLinks(
    List<Delegation> delegations, List<SharedAction> sharedActions, List<SharedIndicator> sharedIndicators) {

  /** The annex kind that carries the links. */
  public static final String KIND = "portfolio-links";

  /**
   * Creates an instance from its components.
   *
   * @param delegations the objectives delegated to other strategies, in document order
   * @param sharedActions the actions declared the same as another strategy's, in document order
   * @param sharedIndicators the indicators whose series another strategy owns, in document order
   * @throws NullPointerException if a list or an element is null
   */
  public StrategyLinks {
    delegations = List.copyOf(delegations);
    sharedActions = List.copyOf(sharedActions);
    sharedIndicators = List.copyOf(sharedIndicators);
  }

  /** {@return links that declare nothing} */
  public static StrategyLinks none() {
    return new StrategyLinks(List.of(), List.of(), List.of());
  }

  /** {@return whether nothing is declared} */
  public boolean isEmpty() {
    return delegations.isEmpty() && sharedActions.isEmpty() && sharedIndicators.isEmpty();
  }

  /**
   * {@return the links a strategy declares in its {@value #KIND} annexes, all of them merged in
   * document order; entries that cannot be read are left out (the portfolio validator reports
   * them as {@link PortfolioCodes#LINKS_INVALID})}
   *
   * @param strategy the strategy
   * @throws NullPointerException if {@code strategy} is null
   */
  public static StrategyLinks of(Strategy strategy) {
    return LinksCodec.read(Objects.requireNonNull(strategy, "strategy")).links();
  }

  /** {@return the links as the annex that carries them in a document} */
  public RawAnnex toAnnex() {
    return new RawAnnex(KIND, LinksCodec.write(this));
  }

  /**
   * {@return the strategy with these links in place of any it declared: one {@value #KIND} annex
   * where the first was (or last, if it had none), no annex if the links are empty}
   *
   * @param strategy the strategy
   * @throws NullPointerException if {@code strategy} is null
   */
  public Strategy applyTo(Strategy strategy) {
    Objects.requireNonNull(strategy, "strategy");
    List<Annex> annexes = new ArrayList<>();
    boolean placed = false;
    for (Annex a : strategy.annexes()) {
      if (a.kind().equals(KIND)) {
        if (!placed && !isEmpty()) {
          annexes.add(toAnnex());
        }
        placed = true;
      } else {
        annexes.add(a);
      }
    }
    if (!placed && !isEmpty()) {
      annexes.add(toAnnex());
    }
    return strategy.toBuilder().annexes(annexes).build();
  }
}
