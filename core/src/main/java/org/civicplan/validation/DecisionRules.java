// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.civicplan.calendar.DayCount;
import org.civicplan.calendar.Deadline;
import org.civicplan.calendar.WorkingDays;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.DossierDocumentKind;
import org.civicplan.governance.MajorityRule;
import org.civicplan.template.Parameters;

/**
 * What the dossier of a council decision must hold, the majority each kind of decision needs, and
 * the deadlines for communicating it to the prefect and publishing it. They are parameters, not
 * constants, because the sources are secondary or unread (../shared/reference/DOMAIN.md §5,
 * "Council decisions" [2nd/NV]):
 *
 * <ul>
 *   <li>{@value #REQUIRED} (default {@code approval-report, specialist-report, committee-opinion}):
 *       the documents a draft decision goes with, the initiator's approval report, the specialised
 *       department's report and the opinion of the council's specialised committee [2nd/NV]; a city
 *       lists its own, comma-separated (empty for none);
 *   <li>{@value #MAJORITY_PREFIX}{@code KIND} ({@code simple}, {@code absolute} or {@code
 *       two-thirds}) for the decision kind {@code KIND} of a dossier; a kind without its parameter
 *       takes {@code governance.decision.majority.strategy}, whose default is {@code absolute}:
 *       council decisions adopting strategies cite the Administrative Code (OUG 57/2019) art. 139(3),
 *       adoption by the majority of councillors in office [2nd: a 2022 council decision of another
 *       city; NV]. Because that default is not verified, a vote that misses it is a warning; a
 *       majority the city sets itself makes it an error;
 *   <li>{@value #PREFECT_DAYS} and {@value #PREFECT_COUNT} ({@code working} or {@code calendar},
 *       default {@code working}): the term from adoption to the communication to the prefect;
 *       {@value #PUBLICATION_DAYS} and {@value #PUBLICATION_COUNT}: the term from adoption to the
 *       publication in the local official gazette. The legal deadlines exist but their articles
 *       were not read [NV], so there is no default: a term is checked only when the city sets it.
 * </ul>
 *
 * @param required the documents a dossier must hold
 * @param majorities the majority set for each decision kind, by kind (the city's parameters)
 * @param prefect the term from adoption to communication to the prefect, when set
 * @param publication the term from adoption to publication, when set
 * @param calendar the working days the terms are counted on
 */
public record DecisionRules(
    Set<DossierDocumentKind> required,
    Map<String, MajorityRule> majorities,
    Optional<Term> prefect,
    Optional<Term> publication,
    WorkingDays calendar) {

  /** Parameter name of {@link #required()}. */
  public static final String REQUIRED = "governance.dossier.required";

  /** Prefix of the majority parameters; the decision kind follows, e.g. {@code governance.decision.majority.strategy}. */
  public static final String MAJORITY_PREFIX = "governance.decision.majority.";

  /** Parameter name of the days of {@link #prefect()}. */
  public static final String PREFECT_DAYS = "governance.decision.prefect-days";

  /** Parameter name of the day count of {@link #prefect()}. */
  public static final String PREFECT_COUNT = "governance.decision.prefect-count";

  /** Parameter name of the days of {@link #publication()}. */
  public static final String PUBLICATION_DAYS = "governance.decision.publication-days";

  /** Parameter name of the day count of {@link #publication()}. */
  public static final String PUBLICATION_COUNT = "governance.decision.publication-count";

  /** The majority of a strategy decision when no parameter sets it: of councillors in office [2nd/NV]. */
  public static final MajorityRule DEFAULT_MAJORITY = MajorityRule.ABSOLUTE;

  private static final DecisionRules STANDARD = new DecisionRules(
      EnumSet.allOf(DossierDocumentKind.class), Map.of(), Optional.empty(), Optional.empty(), WorkingDays.romania());

  /**
   * A legal term: a number of working or calendar days.
   *
   * @param days the number of days, at least 0
   * @param count working or calendar days
   */
  public record Term(int days, DayCount count) {

    /**
     * Creates an instance from its components.
     *
     * @param days the number of days, at least 0
     * @param count working or calendar days
     * @throws NullPointerException if {@code count} is null
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Term {
      Objects.requireNonNull(count, "count");
      if (days < 0) {
        throw new IllegalArgumentException("days must be >= 0 but was " + days);
      }
    }
  }

  /**
   * Creates an instance from its components.
   *
   * @param required the documents a dossier must hold
   * @param majorities the majority set for each decision kind
   * @param prefect the term from adoption to communication to the prefect, when set
   * @param publication the term from adoption to publication, when set
   * @param calendar the working days the terms are counted on
   * @throws NullPointerException if an argument, a key or a value is null
   */
  public DecisionRules {
    required = required.isEmpty()
        ? Collections.unmodifiableSet(EnumSet.noneOf(DossierDocumentKind.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(required));
    majorities = Collections.unmodifiableMap(new TreeMap<>(majorities));
    Objects.requireNonNull(prefect, "prefect");
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(calendar, "calendar");
  }

  /** {@return the three documents required, the [2nd/NV] majorities, no deadline checked, Romania's working days} */
  public static DecisionRules standard() {
    return STANDARD;
  }

  /**
   * {@return the rules in {@code parameters}, falling back to {@link #standard()} for absent ones}
   *
   * @param parameters the template's parameters
   * @throws IllegalStateException naming the parameter and its value when a value is not allowed
   */
  public static DecisionRules from(Parameters parameters) {
    Set<DossierDocumentKind> required = EnumSet.noneOf(DossierDocumentKind.class);
    Optional<String> list = parameters.text(REQUIRED);
    if (list.isEmpty()) {
      required.addAll(STANDARD.required);
    } else {
      for (String item : list.get().split(",")) {
        if (item.isBlank()) {
          continue;
        }
        try {
          required.add(DossierDocumentKind.parse(item.strip()));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("parameter " + REQUIRED + ": " + e.getMessage(), e);
        }
      }
    }
    Map<String, MajorityRule> majorities = new TreeMap<>();
    for (Map.Entry<String, String> e : parameters.values().entrySet()) {
      if (e.getKey().startsWith(MAJORITY_PREFIX)) {
        try {
          majorities.put(e.getKey().substring(MAJORITY_PREFIX.length()), MajorityRule.parse(e.getValue().strip()));
        } catch (IllegalArgumentException x) {
          throw new IllegalStateException("parameter " + e.getKey() + ": " + x.getMessage(), x);
        }
      }
    }
    return new DecisionRules(required, majorities, term(parameters, PREFECT_DAYS, PREFECT_COUNT),
        term(parameters, PUBLICATION_DAYS, PUBLICATION_COUNT), STANDARD.calendar);
  }

  /**
   * {@return the majority a decision of {@code kind} needs: its parameter, else that of strategies,
   * else {@link #DEFAULT_MAJORITY}}
   *
   * @param kind the decision kind of a dossier
   */
  public MajorityRule majority(String kind) {
    MajorityRule set = majorities.get(kind);
    if (set != null) {
      return set;
    }
    return majorities.getOrDefault(DecisionDossier.STRATEGY, DEFAULT_MAJORITY);
  }

  /**
   * {@return whether the city set the majority of {@code kind} (or of strategies) itself, rather than
   * relying on the unverified default}
   *
   * @param kind the decision kind of a dossier
   */
  public boolean majoritySet(String kind) {
    return majorities.containsKey(kind) || majorities.containsKey(DecisionDossier.STRATEGY);
  }

  /**
   * {@return the deadline for communicating a decision adopted on {@code adopted} to the prefect,
   * when the term is set}
   *
   * @param adopted the date of adoption
   */
  public Optional<Deadline> prefectDeadline(LocalDate adopted) {
    return prefect.map(t -> calendar.add(adopted, t.days(), t.count()));
  }

  /**
   * {@return the deadline for publishing a decision adopted on {@code adopted}, when the term is set}
   *
   * @param adopted the date of adoption
   */
  public Optional<Deadline> publicationDeadline(LocalDate adopted) {
    return publication.map(t -> calendar.add(adopted, t.days(), t.count()));
  }

  private static Optional<Term> term(Parameters parameters, String daysName, String countName) {
    if (parameters.text(daysName).isEmpty()) {
      return Optional.empty();
    }
    BigDecimal value = parameters.decimal(daysName, BigDecimal.ZERO);
    int days;
    try {
      days = value.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalStateException(
          "parameter " + daysName + " must be a whole number of days but was " + value.toPlainString(), e);
    }
    if (days < 0) {
      throw new IllegalStateException("parameter " + daysName + " must be >= 0 but was " + days);
    }
    String label = parameters.text(countName).orElse(DayCount.WORKING.label());
    try {
      return Optional.of(new Term(days, DayCount.parse(label)));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("parameter " + countName + " must be working or calendar but was \"" + label + "\"", e);
    }
  }
}
