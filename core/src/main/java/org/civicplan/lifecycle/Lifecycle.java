// SPDX-License-Identifier: Apache-2.0
package org.civicplan.lifecycle;

import org.civicplan.document.StrategyDocuments;
import org.civicplan.document.StrategyHistory;
import org.civicplan.governance.ChangeRecord;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.Governance;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Proposal;
import org.civicplan.validation.ConsultationTerms;
import org.civicplan.validation.DecisionRules;
import org.civicplan.validation.DossierCheck;
import org.civicplan.governance.MajorityRule;
import org.civicplan.governance.Vote;
import org.civicplan.strategy.DocumentPaths;
import org.civicplan.validation.GovernanceCodes;
import static org.civicplan.lifecycle.LifecycleMessages.CATALOG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.strategy.Strategy;
import java.util.Locale;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.base.Severity;

/**
 * The lifecycle of a strategy as a state machine with guarded transitions:
 *
 * <pre>
 * draft ──► internal-review ──► public-consultation ──► submitted ──► approved ──► in-implementation
 *   ▲              │                                         │                       │       ▲
 *   └──────────────┘ (returned)        internal-review ◄─────┘ (sent back)           ▼       │
 *                                                              closed ◄── under-revision ─────┘
 * draft, internal-review, public-consultation, submitted ──► withdrawn
 * </pre>
 *
 * <p>Exactly: draft → internal-review, withdrawn; internal-review → draft, public-consultation,
 * withdrawn; public-consultation → submitted, withdrawn; submitted → approved, internal-review,
 * withdrawn; approved → in-implementation; in-implementation → under-revision, closed;
 * under-revision → public-consultation, in-implementation, closed; closed and withdrawn are final.
 *
 * <p>Guards (Law 52/2003 on decisional transparency; numbers from {@link ConsultationTerms}):
 *
 * <ul>
 *   <li>entering public consultation on a date opens the consultation: the open one recorded in
 *       the document (its announcement must not be later than the date), or else a new one
 *       announced on that date with proposals received for {@link
 *       ConsultationTerms#proposalDays()} days;
 *   <li>leaving consultation for the council (submitted) needs every proposal answered, the
 *       proposals period over, the mandatory debate held when an association or a public
 *       authority asked for one, and at least {@link ConsultationTerms#announcementDays()} days
 *       since the announcement; the consultation is closed on that date;
 *   <li>approval needs a council decision dated on or before the date, not before the end of the
 *       consultation nor sooner after the announcement than allowed; a decision that names no
 *       approved version gets the document's current version ({@link
 *       ChangeRecord#currentVersion}); the decision's dossier must hold the documents {@link
 *       DecisionRules#required()} lists and the vote ({@value GovernanceCodes#LIFECYCLE_DOSSIER_INCOMPLETE}),
 *       and the vote must meet the majority of the decision's kind ({@value
 *       GovernanceCodes#LIFECYCLE_MAJORITY_NOT_MET}; the default is the [2nd/NV] majority of councillors
 *       in office, see {@link DecisionRules}); the strategy must have at least one action ({@value
 *       GovernanceCodes#LIFECYCLE_NO_ACTION});
 *   <li>implementation starts no earlier than the council decision;
 *   <li>submission to the council and approval need a document without error findings under the
 *       lifecycle's {@link StrategyValidator}: each error finding is a refusal reason ({@value
 *       GovernanceCodes#LIFECYCLE_DOCUMENT_INVALID}) at the finding's path, naming its code and
 *       repeating its message.
 * </ul>
 *
 * <p>A refused transition is a result with reasons, never an exception. Every refusal reason
 * found is reported, not just the first. An allowed transition appends a record to the strategy's
 * change history: who (when given), when, from which state to which, and what it changed.
 */
public final class Lifecycle {

  private static final Map<LifecycleState, Set<LifecycleState>> NEXT = transitions();

  /** Diffs the document before and after a transition for its history record. */
  private static final StrategyHistory HISTORY = StrategyHistory.of(StrategyDocuments.standard());

  /** The states that need a document without error findings. */
  private static final Set<LifecycleState> NEED_VALID_DOCUMENT =
      Collections.unmodifiableSet(EnumSet.of(LifecycleState.SUBMITTED, LifecycleState.APPROVED));

  private final ConsultationTerms terms;
  private final DecisionRules decisionRules;
  private final StrategyValidator validator;

  private Lifecycle(ConsultationTerms terms, DecisionRules decisionRules, StrategyValidator validator) {
    this.terms = terms;
    this.decisionRules = decisionRules;
    this.validator = validator;
  }

  /**
   * {@return the lifecycle with these consultation terms, checking documents with the core rules
   * ({@link StrategyValidator#coreOnly()})}
   *
   * @param terms the legal terms of the public consultation
   * @throws NullPointerException if {@code terms} is null
   */
  public static Lifecycle of(ConsultationTerms terms) {
    return of(terms, StrategyValidator.coreOnly());
  }

  /**
   * {@return the lifecycle with these consultation terms, checking documents with {@code validator}
   * (for example {@link StrategyValidator#of} with the installed templates, so their rules block
   * submission and approval too)}
   *
   * @param terms the legal terms of the public consultation
   * @param validator the validator that checks a document before submission and approval
   * @throws NullPointerException if an argument is null
   */
  public static Lifecycle of(ConsultationTerms terms, StrategyValidator validator) {
    return of(terms, DecisionRules.standard(), validator);
  }

  /**
   * {@return the lifecycle with these consultation terms and council decision rules (what a dossier
   * must hold and the majorities, e.g. {@link DecisionRules#from} of a template's parameters),
   * checking documents with {@code validator}}
   *
   * @param terms the legal terms of the public consultation
   * @param decisionRules what approval needs of the council decision
   * @param validator the validator that checks a document before submission and approval
   * @throws NullPointerException if an argument is null
   */
  public static Lifecycle of(ConsultationTerms terms, DecisionRules decisionRules, StrategyValidator validator) {
    return new Lifecycle(Objects.requireNonNull(terms, "terms"), Objects.requireNonNull(decisionRules, "decisionRules"),
        Objects.requireNonNull(validator, "validator"));
  }

  /** {@return the lifecycle with {@link ConsultationTerms#standard()} and the core rules} */
  public static Lifecycle standard() {
    return of(ConsultationTerms.standard());
  }

  /**
   * {@return the states a strategy in {@code state} may move to, in declaration order; empty for
   * final states}
   *
   * @param state the current state
   */
  public static Set<LifecycleState> next(LifecycleState state) {
    Objects.requireNonNull(state, "state");
    return NEXT.get(state);
  }

  /**
   * Moves {@code strategy} to {@code to} on {@code on}, or says why it cannot. The moved strategy's
   * history has one more record ({@link ChangeRecord}) of the transition, without an author: see
   * {@link #transition(Strategy, LifecycleState, LocalDate, String)}.
   *
   * @param strategy the strategy to move
   * @param to the state to move to
   * @param on the date of the transition
   * @return the moved strategy, or the reasons why it may not move
   * @throws NullPointerException if an argument is null
   */
  public TransitionResult transition(Strategy strategy, LifecycleState to, LocalDate on) {
    return transition(strategy, to, on, Optional.empty());
  }

  /**
   * Moves {@code strategy} to {@code to} on {@code on} on behalf of {@code author}, or says why it
   * cannot. The moved strategy's history ({@link Strategy#history()}) has one more record: the
   * next version, made on {@code on} by {@code author}, with the reason {@code "FROM → TO"} (the
   * states' kebab-case names, e.g. {@code draft → internal-review}) and the changes the transition
   * made to the document (the state, and a consultation opened or closed or a decision's approved
   * version where the transition did so), so that {@link StrategyEvents} reports it as a status
   * change and the earlier version can be read back.
   *
   * @param strategy the strategy to move
   * @param to the state to move to
   * @param on the date of the transition
   * @param author who made the transition, as the history records it
   * @return the moved strategy, or the reasons why it may not move
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code author} is blank
   */
  public TransitionResult transition(Strategy strategy, LifecycleState to, LocalDate on, String author) {
    Objects.requireNonNull(author, "author");
    if (author.isBlank()) {
      throw new IllegalArgumentException("author must not be blank but was \"" + author + "\"");
    }
    return transition(strategy, to, on, Optional.of(author));
  }

  private TransitionResult transition(Strategy strategy, LifecycleState to, LocalDate on, Optional<String> author) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
    LifecycleState from = strategy.state();
    List<Finding> reasons = new ArrayList<>();
    if (from == to) {
      reasons.add(refusal(GovernanceCodes.LIFECYCLE_SAME_STATE, "/state", from.kebab()));
      return refused(from, to, on, reasons);
    }
    if (!NEXT.get(from).contains(to)) {
      String allowed = NEXT.get(from).isEmpty()
          ? "-"
          : NEXT.get(from).stream().map(LifecycleState::kebab).collect(Collectors.joining(", "));
      reasons.add(refusal(GovernanceCodes.LIFECYCLE_NOT_ALLOWED, "/state", from.kebab(), to.kebab(), allowed));
      return refused(from, to, on, reasons);
    }
    Governance g = strategy.governance();
    Governance after = g;
    if (to == LifecycleState.PUBLIC_CONSULTATION) {
      after = openConsultation(g, on, reasons);
    } else if (from == LifecycleState.PUBLIC_CONSULTATION && to == LifecycleState.SUBMITTED) {
      after = closeConsultation(g, on, reasons);
    } else if (to == LifecycleState.APPROVED) {
      after = approve(strategy, on, reasons);
      if (strategy.actions().isEmpty()) {
        reasons.add(refusal(GovernanceCodes.LIFECYCLE_NO_ACTION, "/actions"));
      }
    } else if (from == LifecycleState.APPROVED && to == LifecycleState.IN_IMPLEMENTATION) {
      g.lastDecision().filter(d -> on.isBefore(d.date())).ifPresent(d -> reasons.add(refusal(
          GovernanceCodes.LIFECYCLE_BEFORE_DECISION, "/governance/decisions/" + (g.decisions().size() - 1) + "/date",
          on.toString(), d.number(), d.date().toString())));
    }
    if (NEED_VALID_DOCUMENT.contains(to)) {
      documentErrors(strategy, to, reasons);
    }
    if (!reasons.isEmpty()) {
      return refused(from, to, on, reasons);
    }
    Strategy moved = strategy.toBuilder().state(to).governance(after).build();
    return new TransitionResult(from, to, on, Optional.of(recorded(strategy, moved, on, author)), List.of());
  }

  /**
   * {@code moved} with {@code before}'s history and the record of the transition. The changes are
   * diffed without the annexes: a transition leaves them as they are, and a template's typed
   * annex need not be writable by the core documents used here.
   */
  private static Strategy recorded(Strategy before, Strategy moved, LocalDate on, Optional<String> author) {
    String reason = before.state().kebab() + " → " + moved.state().kebab();
    Strategy from = withoutAnnexes(before);
    Strategy to = withoutAnnexes(moved);
    Strategy diffed = author.isPresent()
        ? HISTORY.record(from, to, on, author.get(), reason)
        : HISTORY.record(from, to, on, reason);
    List<ChangeRecord> history = new ArrayList<>(before.history());
    history.add(diffed.history().get(diffed.history().size() - 1));
    return moved.toBuilder().history(history).build();
  }

  private static Strategy withoutAnnexes(Strategy s) {
    return s.toBuilder().annexes(List.of()).build();
  }

  private Governance openConsultation(Governance g, LocalDate on, List<Finding> reasons) {
    Optional<Consultation> open = g.lastConsultation().filter(Consultation::open);
    if (open.isPresent()) {
      if (open.get().announcedOn().isAfter(on)) {
        reasons.add(refusal(GovernanceCodes.LIFECYCLE_ANNOUNCEMENT_LATER,
            DocumentPaths.consultation(g.consultations().size() - 1) + "/announcedOn",
            open.get().announcedOn().toString(), on.toString()));
      }
      return g;
    }
    List<Consultation> all = new ArrayList<>(g.consultations());
    all.add(Consultation.announced(on, terms.minimumProposalsUntil(on)));
    return g.withConsultations(all);
  }

  private Governance closeConsultation(Governance g, LocalDate on, List<Finding> reasons) {
    Optional<Consultation> open = g.lastConsultation().filter(Consultation::open);
    if (open.isEmpty()) {
      reasons.add(refusal(GovernanceCodes.LIFECYCLE_NO_OPEN_CONSULTATION, "/governance/consultations"));
      return g;
    }
    Consultation c = open.get();
    int index = g.consultations().size() - 1;
    String path = DocumentPaths.consultation(index);
    for (int p = 0; p < c.proposals().size(); p++) {
      Proposal proposal = c.proposals().get(p);
      if (proposal.answer().isEmpty()) {
        reasons.add(refusal(GovernanceCodes.LIFECYCLE_PROPOSAL_UNANSWERED, path + "/proposals/" + p,
            proposal.id(), proposal.author()));
      }
    }
    if (!on.isAfter(c.proposalsUntil())) {
      reasons.add(refusal(GovernanceCodes.LIFECYCLE_PROPOSALS_PERIOD_OPEN, path + "/proposalsUntil",
          c.proposalsUntil().toString(), on.toString()));
    }
    if (c.debateRequired() && c.debate().isEmpty()) {
      DebateRequest request = c.debateRequests().stream().filter(r -> r.kind().obligesDebate()).findFirst().orElseThrow();
      reasons.add(refusal(GovernanceCodes.LIFECYCLE_DEBATE_MISSING,
          path + "/debateRequests/" + c.debateRequests().indexOf(request), request.requester()));
    }
    LocalDate earliest = terms.earliestSubmission(c.announcedOn());
    if (on.isBefore(earliest)) {
      reasons.add(refusal(GovernanceCodes.LIFECYCLE_TOO_EARLY, path + "/announcedOn",
          c.announcedOn().toString(), earliest.toString(), terms.submissionTerm(c.announcedOn()).explanation(), on.toString()));
    }
    List<Consultation> all = new ArrayList<>(g.consultations());
    all.set(index, c.closedOn(on));
    return g.withConsultations(all);
  }

  private Governance approve(Strategy strategy, LocalDate on, List<Finding> reasons) {
    Governance g = strategy.governance();
    int index = -1;
    for (int d = 0; d < g.decisions().size(); d++) {
      if (!g.decisions().get(d).date().isAfter(on)) {
        index = d;
      }
    }
    if (index < 0) {
      reasons.add(refusal(GovernanceCodes.LIFECYCLE_DECISION_MISSING, "/governance/decisions", on.toString()));
      return g;
    }
    CouncilDecision decision = g.decisions().get(index);
    String path = "/governance/decisions/" + index + "/date";
    Optional<Consultation> consultation = g.lastConsultation();
    if (consultation.isPresent()) {
      Consultation c = consultation.get();
      if (c.closedOn().isPresent() && decision.date().isBefore(c.closedOn().get())) {
        reasons.add(refusal(GovernanceCodes.LIFECYCLE_DECISION_BEFORE_SUBMISSION, path,
            decision.number(), decision.date().toString(), c.closedOn().get().toString()));
      }
      LocalDate earliest = terms.earliestSubmission(c.announcedOn());
      if (decision.date().isBefore(earliest)) {
        reasons.add(refusal(GovernanceCodes.LIFECYCLE_DECISION_TOO_EARLY, path,
            decision.number(), decision.date().toString(), earliest.toString(), terms.submissionTerm(c.announcedOn()).explanation()));
      }
    }
    String dossierPath = "/governance/decisions/" + index + "/dossier";
    List<LocalizedText> missing = DossierCheck.missingForApproval(decision, decisionRules);
    if (!missing.isEmpty()) {
      reasons.add(refusal(GovernanceCodes.LIFECYCLE_DOSSIER_INCOMPLETE, dossierPath, decision.number(),
          DossierCheck.join(missing)));
    }
    Optional<Vote> vote = decision.dossier().flatMap(d -> d.vote());
    if (vote.isPresent()) {
      String kind = decision.dossier().get().kind();
      MajorityRule majority = decisionRules.majority(kind);
      if (!majority.met(vote.get())) {
        reasons.add(refusal(GovernanceCodes.LIFECYCLE_MAJORITY_NOT_MET, dossierPath + "/vote/inFavour",
            decision.number(), vote.get().inFavour(), DossierCheck.name(majority), majority.required(vote.get()),
            DossierCheck.source(decisionRules.majoritySet(kind), kind)));
      }
    }
    if (decision.approvedVersion().isPresent()) {
      return g;
    }
    List<CouncilDecision> decisions = new ArrayList<>(g.decisions());
    decisions.set(index, decision.approving(Integer.toString(ChangeRecord.currentVersion(strategy.history()))));
    return g.withDecisions(decisions);
  }

  /**
   * One refusal per error finding of the document: its code and path, then its own message. A
   * finding at or under a path a guard already refused is left out: the guard said it (e.g. a
   * dossier's missing document, refused as an incomplete dossier).
   */
  private void documentErrors(Strategy strategy, LifecycleState to, List<Finding> reasons) {
    Set<String> refused = reasons.stream().map(Finding::path).collect(Collectors.toSet());
    for (Finding f : validator.validate(strategy).findings()) {
      if (!f.isError() || refused.stream().anyMatch(p -> f.path().equals(p) || f.path().startsWith(p + "/"))) {
        continue;
      }
      String path = f.path().isEmpty() ? "/" : f.path();
      LocalizedText lead = CATALOG.text(GovernanceCodes.LIFECYCLE_DOCUMENT_INVALID, f.code(), path, to.kebab());
      reasons.add(new Finding(Severity.ERROR, GovernanceCodes.LIFECYCLE_DOCUMENT_INVALID, f.path(),
          LocalizedText.of(
              lead.get(Locale.ENGLISH) + " " + f.message(Locale.ENGLISH),
              lead.get(ROMANIAN) + " " + f.message(ROMANIAN))));
    }
  }

  private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

  private static Finding refusal(String code, String path, Object... args) {
    return CATALOG.finding(Severity.ERROR, code, path, args);
  }

  private static TransitionResult refused(LifecycleState from, LifecycleState to, LocalDate on, List<Finding> reasons) {
    return new TransitionResult(from, to, on, Optional.empty(), reasons);
  }

  private static Map<LifecycleState, Set<LifecycleState>> transitions() {
    Map<LifecycleState, Set<LifecycleState>> m = new EnumMap<>(LifecycleState.class);
    m.put(LifecycleState.DRAFT, EnumSet.of(LifecycleState.INTERNAL_REVIEW, LifecycleState.WITHDRAWN));
    m.put(LifecycleState.INTERNAL_REVIEW,
        EnumSet.of(LifecycleState.DRAFT, LifecycleState.PUBLIC_CONSULTATION, LifecycleState.WITHDRAWN));
    m.put(LifecycleState.PUBLIC_CONSULTATION, EnumSet.of(LifecycleState.SUBMITTED, LifecycleState.WITHDRAWN));
    m.put(LifecycleState.SUBMITTED,
        EnumSet.of(LifecycleState.INTERNAL_REVIEW, LifecycleState.APPROVED, LifecycleState.WITHDRAWN));
    m.put(LifecycleState.APPROVED, EnumSet.of(LifecycleState.IN_IMPLEMENTATION));
    m.put(LifecycleState.IN_IMPLEMENTATION, EnumSet.of(LifecycleState.UNDER_REVISION, LifecycleState.CLOSED));
    m.put(LifecycleState.UNDER_REVISION,
        EnumSet.of(LifecycleState.PUBLIC_CONSULTATION, LifecycleState.IN_IMPLEMENTATION, LifecycleState.CLOSED));
    m.put(LifecycleState.CLOSED, EnumSet.noneOf(LifecycleState.class));
    m.put(LifecycleState.WITHDRAWN, EnumSet.noneOf(LifecycleState.class));
    m.replaceAll((k, v) -> Collections.unmodifiableSet(v));
    return Collections.unmodifiableMap(m);
  }
}
