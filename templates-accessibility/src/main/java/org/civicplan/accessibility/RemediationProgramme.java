// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.civicplan.base.ActionId;
import org.civicplan.base.Money;
import org.civicplan.prioritisation.PortfolioDecision;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.strategy.Annex;

/**
 * The remediation programme annex, kind {@value #KIND}: the non-compliant audited elements of a
 * strategy as candidate remediation works, ranked on the template's criteria set, the portfolio
 * selected under the yearly budget and its sequence, as {@link Remediation#plan} decided them.
 * Kept in the strategy document so the council and the public see what was decided and why.
 *
 * <p>The ranking, selection and schedule are a core {@link PrioritisationRecord} whose action ids
 * are the candidates' ids ({@code <audit>:<element>}), not actions of the strategy.
 *
 * @param id the programme's id, unique among the annexes of its kind
 * @param budget per year, the money available for remediation; sorted
 * @param candidates the candidates, in rank order
 * @param decision the ranking (method, weights, every candidate's values, score and
 *     contributions), the portfolio selected and its schedule
 */
public record RemediationProgramme(
    String id, SortedMap<Integer, Money> budget, List<Candidate> candidates, PrioritisationRecord decision)
    implements Annex {

  /** The annex kind. */
  public static final String KIND = "accessibility-remediation";

  /**
   * Creates an instance from its components.
   *
   * @param id the programme's id
   * @param budget per year, the money available for remediation
   * @param candidates the candidates, in rank order
   * @param decision the ranking, selection and schedule
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the id is blank
   */
  public RemediationProgramme {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("remediation programme id must not be blank");
    }
    budget = Collections.unmodifiableSortedMap(new TreeMap<>(budget));
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(decision, "decision");
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** {@return the portfolio selected, empty if none was} */
  public Optional<PortfolioDecision> selection() {
    return decision.selection();
  }

  /**
   * {@return whether the candidate was selected}
   *
   * @param candidate the candidate's id
   */
  public boolean isSelected(ActionId candidate) {
    return decision.selection().map(s -> s.selected().contains(candidate)).orElse(false);
  }

  /**
   * {@return the candidate's place in the ranking, if it was ranked}
   *
   * @param candidate the candidate's id
   */
  public Optional<PrioritisationRecord.RankedAction> ranked(ActionId candidate) {
    return decision.action(candidate);
  }

  /**
   * One non-compliant element as a candidate remediation work, with the values it was ranked on.
   *
   * @param id the candidate's id, {@code <audit>:<element>}
   * @param audit the audit id
   * @param element the element id within the audit
   * @param name the element's name, as the audit gives it
   * @param failing the ids of the criteria it fails, in catalogue order
   * @param barrier whether it blocks or hinders access
   * @param cost per year, the planned cost of remedying it; sorted
   * @param use how many people use it on an average day
   * @param proximity the walking distance in metres to the nearest key destination
   * @param people how many persons with disabilities the remedy serves
   * @param remediation the action of the strategy its audit names as its remediation, if any
   */
  public record Candidate(
      ActionId id,
      String audit,
      String element,
      String name,
      List<String> failing,
      Barrier barrier,
      SortedMap<Integer, Money> cost,
      double use,
      double proximity,
      double people,
      Optional<ActionId> remediation) {

    /**
     * Creates an instance from its components.
     *
     * @param id the candidate's id, {@code <audit>:<element>}
     * @param audit the audit id
     * @param element the element id within the audit
     * @param name the element's name
     * @param failing the ids of the criteria it fails, in catalogue order
     * @param barrier whether it blocks or hinders access
     * @param cost per year, the planned cost of remedying it
     * @param use how many people use it on an average day
     * @param proximity the walking distance in metres to the nearest key destination
     * @param people how many persons with disabilities the remedy serves
     * @param remediation the action its audit names as its remediation, if any
     * @throws NullPointerException if an argument or an element is null
     */
    public Candidate {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(audit, "audit");
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(name, "name");
      failing = List.copyOf(failing);
      Objects.requireNonNull(barrier, "barrier");
      cost = Collections.unmodifiableSortedMap(new TreeMap<>(cost));
      Objects.requireNonNull(remediation, "remediation");
    }

    /**
     * {@return the candidate id of an element: {@code <audit>:<element>}}
     *
     * @param audit the audit id
     * @param element the element id
     * @throws IllegalArgumentException if the two do not make a valid id
     */
    public static ActionId idOf(String audit, String element) {
      Objects.requireNonNull(audit, "audit");
      Objects.requireNonNull(element, "element");
      return ActionId.of(audit + ":" + element);
    }
  }
}
