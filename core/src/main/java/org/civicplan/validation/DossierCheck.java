// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import static org.civicplan.validation.GovernanceMessages.CATALOG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Severity;
import org.civicplan.calendar.Deadline;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.DossierDocument;
import org.civicplan.governance.DossierDocumentKind;
import org.civicplan.governance.MajorityRule;
import org.civicplan.governance.Vote;

/**
 * The checks of a council decision's dossier under {@link DecisionRules}, shared by the validation
 * rule (which has no date to look from), the dossier report (which looks from an as-of date) and the
 * {@link org.civicplan.lifecycle.Lifecycle} (which refuses approval on an incomplete dossier).
 *
 * <p>Codes, each documented in {@link GovernanceCodes}: {@value GovernanceCodes#DOSSIER_DOCUMENT_MISSING},
 * {@value GovernanceCodes#DOSSIER_OPINION_RESULT_MISSING}, {@value GovernanceCodes#DOSSIER_VOTE_MISSING},
 * {@value GovernanceCodes#DOSSIER_VOTE_INCONSISTENT}, {@value GovernanceCodes#DOSSIER_MAJORITY_NOT_MET},
 * {@value GovernanceCodes#DOSSIER_PREFECT_LATE}, {@value GovernanceCodes#DOSSIER_PREFECT_OVERDUE},
 * {@value GovernanceCodes#DOSSIER_PUBLICATION_LATE}, {@value GovernanceCodes#DOSSIER_PUBLICATION_OVERDUE}.
 * Source of the facts: ../shared/reference/DOMAIN.md §5, "Council decisions" [2nd/NV].
 */
public final class DossierCheck {

  private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

  private DossierCheck() {}

  /**
   * {@return the findings on the dossier of {@code decision}, none when it records no dossier (a
   * document written before dossiers were recorded)}
   *
   * <p>Without {@code asOf}, a communication or publication is late only when its recorded date is
   * after its deadline; with it, one not recorded by {@code asOf} when its deadline has passed is
   * overdue.
   *
   * @param decision the decision
   * @param index its index in {@code /governance/decisions}
   * @param rules what a dossier holds, the majorities and the deadlines
   * @param asOf the date to look from
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> check(CouncilDecision decision, int index, DecisionRules rules, LocalDate asOf) {
    return check(decision, index, rules, Optional.of(Objects.requireNonNull(asOf, "asOf")));
  }

  /**
   * {@return the findings on the dossier of {@code decision} without an as-of date: a communication
   * or publication is late only when its recorded date is after its deadline}
   *
   * @param decision the decision
   * @param index its index in {@code /governance/decisions}
   * @param rules what a dossier holds, the majorities and the deadlines
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> check(CouncilDecision decision, int index, DecisionRules rules) {
    return check(decision, index, rules, Optional.empty());
  }

  private static List<Finding> check(CouncilDecision decision, int index, DecisionRules rules, Optional<LocalDate> asOf) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(asOf, "asOf");
    List<Finding> out = new ArrayList<>();
    if (decision.dossier().isEmpty()) {
      return out;
    }
    DecisionDossier dossier = decision.dossier().get();
    String path = "/governance/decisions/" + index + "/dossier";
    for (DossierDocumentKind kind : rules.required()) {
      if (dossier.documents(kind).findAny().isEmpty()) {
        out.add(CATALOG.finding(Severity.ERROR, GovernanceCodes.DOSSIER_DOCUMENT_MISSING, path + "/documents",
            decision.number(), name(kind), names(rules.required())));
      }
    }
    for (int i = 0; i < dossier.documents().size(); i++) {
      DossierDocument doc = dossier.documents().get(i);
      if (doc.kind() == DossierDocumentKind.COMMITTEE_OPINION && doc.result().isEmpty()) {
        out.add(CATALOG.finding(Severity.WARNING, GovernanceCodes.DOSSIER_OPINION_RESULT_MISSING,
            path + "/documents/" + i, doc.number(), decision.number()));
      }
    }
    if (dossier.vote().isEmpty()) {
      out.add(CATALOG.finding(Severity.ERROR, GovernanceCodes.DOSSIER_VOTE_MISSING, path, decision.number()));
    } else {
      Vote v = dossier.vote().get();
      if (!v.consistent()) {
        out.add(CATALOG.finding(Severity.ERROR, GovernanceCodes.DOSSIER_VOTE_INCONSISTENT, path + "/vote",
            decision.number(), v.inFavour(), v.against(), v.abstentions(), v.present(), v.inOffice()));
      }
      MajorityRule rule = rules.majority(dossier.kind());
      if (!rule.met(v)) {
        boolean set = rules.majoritySet(dossier.kind());
        out.add(CATALOG.finding(set ? Severity.ERROR : Severity.WARNING, GovernanceCodes.DOSSIER_MAJORITY_NOT_MET,
            path + "/vote/inFavour", decision.number(), v.inFavour(), name(rule), rule.required(v),
            source(set, dossier.kind())));
      }
    }
    Optional<Deadline> prefect = rules.prefectDeadline(decision.date());
    if (prefect.isPresent()) {
      timely(out, decision, prefect.get(), dossier.prefectOn(), asOf, path + "/prefectOn",
          GovernanceCodes.DOSSIER_PREFECT_LATE, GovernanceCodes.DOSSIER_PREFECT_OVERDUE);
    }
    Optional<Deadline> publication = rules.publicationDeadline(decision.date());
    if (publication.isPresent()) {
      timely(out, decision, publication.get(), dossier.publishedOn(), asOf, path + "/publishedOn",
          GovernanceCodes.DOSSIER_PUBLICATION_LATE, GovernanceCodes.DOSSIER_PUBLICATION_OVERDUE);
    }
    return out;
  }

  /**
   * {@return what the dossier of {@code decision} lacks for approval under {@code rules}: each
   * required document kind it has none of, then the vote when none is recorded; all of them when it
   * records no dossier}
   *
   * @param decision the decision
   * @param rules what a dossier holds
   */
  public static List<LocalizedText> missingForApproval(CouncilDecision decision, DecisionRules rules) {
    return missing(decision.dossier(), rules).stream().map(DossierCheck::item).toList();
  }

  /**
   * {@return what {@code dossier} lacks for approval under {@code rules}, as item labels: each
   * required document kind it has none of ({@code approval-report}, {@code specialist-report},
   * {@code committee-opinion}), then {@code vote}; every item when there is no dossier}
   *
   * @param decision the decision
   * @param rules what a dossier holds
   * @throws NullPointerException if an argument is null
   */
  public static List<String> missingItems(CouncilDecision decision, DecisionRules rules) {
    return missing(Objects.requireNonNull(decision, "decision").dossier(), rules);
  }

  /**
   * {@return every item a dossier holds for approval under {@code rules}: what is missing when
   * there is no council decision at all}
   *
   * @param rules what a dossier holds
   * @throws NullPointerException if the rules are null
   */
  public static List<String> missingItems(DecisionRules rules) {
    return missing(Optional.empty(), rules);
  }

  private static List<String> missing(Optional<DecisionDossier> dossier, DecisionRules rules) {
    Objects.requireNonNull(rules, "rules");
    List<String> missing = new ArrayList<>();
    for (DossierDocumentKind kind : rules.required()) {
      if (dossier.isEmpty() || dossier.get().documents(kind).findAny().isEmpty()) {
        missing.add(kind.kebab());
      }
    }
    if (dossier.isEmpty() || dossier.get().vote().isEmpty()) {
      missing.add(VOTE);
    }
    return missing;
  }

  /** The label of the vote among the items of a dossier. */
  public static final String VOTE = "vote";

  /**
   * {@return the name of a dossier item: a document kind's label or {@value #VOTE}}
   *
   * @param label the item's label
   * @throws IllegalArgumentException if the label is none of them
   */
  public static LocalizedText item(String label) {
    return VOTE.equals(label) ? CATALOG.text("governance.dossier.item.vote") : name(DossierDocumentKind.parse(label));
  }

  /**
   * {@return the name of a document kind, e.g. "the approval report" and "referatul de aprobare"}
   *
   * @param kind the kind
   */
  public static LocalizedText name(DossierDocumentKind kind) {
    return CATALOG.text("governance.dossier.kind." + kind.kebab());
  }

  /**
   * {@return the name of a majority, e.g. "majority of councillors in office" and "majoritatea
   * consilierilor în funcție"}
   *
   * @param rule the majority
   */
  public static LocalizedText name(MajorityRule rule) {
    return CATALOG.text("governance.majority." + rule.kebab());
  }

  /**
   * {@return where the majority of {@code kind} comes from: the city's parameter, or the
   * unverified default and its secondary source}
   *
   * @param set whether the city set it
   * @param kind the decision kind
   */
  public static LocalizedText source(boolean set, String kind) {
    Objects.requireNonNull(kind, "kind");
    return set
        ? CATALOG.text("governance.majority.source.parameter", DecisionRules.MAJORITY_PREFIX + kind)
        : CATALOG.text("governance.majority.source.default");
  }

  /**
   * {@return the texts joined with commas, in each language}
   *
   * @param texts the texts
   */
  public static LocalizedText join(Collection<LocalizedText> texts) {
    return LocalizedText.of(
        texts.stream().map(t -> t.get(Locale.ENGLISH)).collect(Collectors.joining(", ")),
        texts.stream().map(t -> t.get(ROMANIAN)).collect(Collectors.joining(", ")));
  }

  private static LocalizedText names(Collection<DossierDocumentKind> kinds) {
    return join(kinds.stream().map(DossierCheck::name).toList());
  }

  private static void timely(List<Finding> out, CouncilDecision decision, Deadline deadline, Optional<LocalDate> done,
      Optional<LocalDate> asOf, String path, String lateCode, String overdueCode) {
    if (done.isPresent()) {
      if (done.get().isAfter(deadline.due())) {
        out.add(CATALOG.finding(Severity.WARNING, lateCode, path, decision.number(), decision.date().toString(),
            done.get().toString(), deadline.due().toString(), deadline.explanation()));
      }
    } else if (asOf.isPresent() && asOf.get().isAfter(deadline.due())) {
      out.add(CATALOG.finding(Severity.WARNING, overdueCode, path, decision.number(), decision.date().toString(),
          asOf.get().toString(), deadline.due().toString(), deadline.explanation()));
    }
  }
}
