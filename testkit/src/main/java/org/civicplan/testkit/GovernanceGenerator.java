// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.AlignmentStrength;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceFrameworks;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.Consultation;
import org.civicplan.validation.ConsultationTerms;
import org.civicplan.governance.ContributionPayment;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.DossierDocument;
import org.civicplan.governance.DossierDocumentKind;
import org.civicplan.governance.OpinionResult;
import org.civicplan.governance.Vote;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.Governance;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.Membership;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.governance.PartnershipProject;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalAnswer;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.governance.PublicDebate;
import org.civicplan.governance.RequesterKind;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.StrategyPeriod;

/**
 * The governance part of a generated strategy, consistent with its lifecycle state and valid under
 * the governance and alignment rules:
 *
 * <ul>
 *   <li>bodies with exactly one coordinator each, all coordinators different people; a
 *       consultative committee with a member from a civil-society organisation; working groups
 *       that together cover every strategic objective (so every objective below too), each at
 *       least one; a monitoring committee with no member from the organisations it monitors;
 *   <li>from public consultation on, a consultation under Law 52/2003 with the standard terms of
 *       {@link ConsultationTerms#standard()}: at least 10 days for proposals, a debate whenever an
 *       association or a public authority asked for one, every proposal answered with a
 *       justification once closed, closed at least 30 days after the announcement;
 *   <li>from approval on, a council decision after the consultation closed; strategies revised
 *       after approval sometimes carry an earlier consultation and decision too;
 *   <li>memberships whose payments are in the contribution's currency, partnership projects on
 *       existing actions, and alignment links from existing objectives and actions to the shipped
 *       {@link ReferenceFrameworks}.
 * </ul>
 */
final class GovernanceGenerator {

  /** Organisation categories of civil society, in declaration order. */
  static final List<OrganisationCategory> CIVIL_SOCIETY =
      Arrays.stream(OrganisationCategory.values()).filter(OrganisationCategory::isCivilSociety).toList();

  private static final List<BodyKind> KINDS = List.of(BodyKind.values());

  private final Rng rng;
  private final GenerationSize size;
  private final StrategyPeriod period;

  GovernanceGenerator(Rng rng, GenerationSize size, StrategyPeriod period) {
    this.rng = rng;
    this.size = size;
    this.period = period;
  }

  Governance governance(List<Organisation> orgs, List<Objective> objectives, List<Action> actions, LifecycleState state) {
    List<GovernanceBody> bodies = bodies(orgs, objectives, actions);
    List<Consultation> consultations = new ArrayList<>();
    List<CouncilDecision> decisions = new ArrayList<>();
    process(state, orgs, consultations, decisions);
    return new Governance(bodies, decisions, consultations, memberships(), projects(actions));
  }

  // ---- bodies

  private List<GovernanceBody> bodies(List<Organisation> orgs, List<Objective> objectives, List<Action> actions) {
    int n = size.bodies();
    List<BodyKind> kinds = new ArrayList<>(rng.distinct(KINDS, Math.min(n, KINDS.size())));
    while (kinds.size() < n) {
      kinds.add(BodyKind.SECTORAL_WORKING_GROUP);
    }
    List<String> people = rng.distinct(Vocabulary.PEOPLE, Vocabulary.PEOPLE.size());
    List<List<ObjectiveId>> coverage = coverage(kinds, objectives);
    List<GovernanceBody> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BodyKind kind = kinds.get(i);
      // Distinct chairs, so that the management team never chairs the monitoring committee.
      String chair = people.get(i % people.size()) + (i < people.size() ? "" : " " + (i / people.size() + 1));
      List<OrganisationId> monitors = kind == BodyKind.MONITORING_COMMITTEE
          ? rng.distinct(orgs, rng.between(0, orgs.size() - 1)).stream().map(Organisation::id).sorted().toList()
          : List.of();
      List<OrganisationId> eligible = orgs.stream().map(Organisation::id).filter(o -> !monitors.contains(o)).toList();
      List<Member> members = new ArrayList<>();
      members.add(new Member(chair, MemberRole.COORDINATOR, memberOrganisation(eligible)));
      List<String> others = people.stream().filter(p -> !p.equals(chair)).toList();
      for (String person : rng.distinct(others, rng.between(0, 3))) {
        MemberRole role = rng.pick(MemberRole.SECRETARY, MemberRole.MEMBER, MemberRole.MEMBER, MemberRole.OBSERVER);
        members.add(new Member(person, role, memberOrganisation(eligible)));
      }
      if (kind == BodyKind.CONSULTATIVE_COMMITTEE) {
        List<OrganisationId> civil = orgs.stream().filter(o -> o.category().isCivilSociety()).map(Organisation::id).toList();
        int m = rng.below(members.size());
        members.set(m, new Member(members.get(m).name(), members.get(m).role(), Optional.of(rng.pick(civil))));
      }
      GovernanceBody body = new GovernanceBody(BodyId.of(bodyId(kind, i)), kind, name(kind), members)
          .withMonitors(monitors);
      if (kind == BodyKind.SECTORAL_WORKING_GROUP) {
        List<ObjectiveId> own = coverage.get(i);
        List<ActionId> candidates = actions.stream()
            .filter(a -> a.objectiveIds().stream().anyMatch(own::contains))
            .map(Action::id)
            .toList();
        body = body.withSector(rng.pick(Vocabulary.TAGS)).withObjectives(own)
            .withActions(rng.distinct(candidates, rng.between(0, 2)));
      }
      out.add(body);
    }
    return out;
  }

  private Optional<OrganisationId> memberOrganisation(List<OrganisationId> eligible) {
    return !eligible.isEmpty() && rng.chance(0.8) ? Optional.of(rng.pick(eligible)) : Optional.empty();
  }

  private static String bodyId(BodyKind kind, int index) {
    String prefix = switch (kind) {
      case MANAGEMENT_TEAM -> "management-team";
      case CONSULTATIVE_COMMITTEE -> "consultative-committee";
      case SECTORAL_WORKING_GROUP -> "working-group";
      case MONITORING_COMMITTEE -> "monitoring-committee";
    };
    return prefix + "-" + (index + 1);
  }

  /**
   * The objectives each working group owns (empty lists for other bodies): every strategic
   * objective goes to one group, and a group left without one gets one more; a group owns either
   * its strategic objectives only (those below count as covered) or their whole subtrees.
   */
  private List<List<ObjectiveId>> coverage(List<BodyKind> kinds, List<Objective> objectives) {
    List<Integer> groups = new ArrayList<>();
    List<Set<ObjectiveId>> own = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      own.add(new LinkedHashSet<>());
      if (kinds.get(i) == BodyKind.SECTORAL_WORKING_GROUP) {
        groups.add(i);
      }
    }
    if (groups.isEmpty()) {
      return own.stream().map(x -> List.<ObjectiveId>of()).toList();
    }
    boolean subtrees = rng.chance(0.5);
    for (Objective top : objectives) {
      give(own.get(rng.pick(groups)), top, subtrees);
    }
    for (int g : groups) {
      if (own.get(g).isEmpty()) {
        give(own.get(g), rng.pick(objectives), subtrees);
      }
    }
    return own.stream().map(List::copyOf).toList();
  }

  private static void give(Set<ObjectiveId> own, Objective top, boolean subtree) {
    if (subtree) {
      top.flatten().map(Objective::id).forEach(own::add);
    } else {
      own.add(top.id());
    }
  }

  private LocalizedText name(BodyKind kind) {
    return switch (kind) {
      case MANAGEMENT_TEAM -> LocalizedText.of("Management team", "Echipa de management");
      case CONSULTATIVE_COMMITTEE -> LocalizedText.of("Consultative committee", "Comitetul consultativ");
      case SECTORAL_WORKING_GROUP -> {
        Vocabulary.Phrase theme = rng.pick(Vocabulary.THEMES);
        yield LocalizedText.of("Working group on " + theme.en().toLowerCase(java.util.Locale.ROOT),
            "Grupul de lucru „" + theme.ro() + "”");
      }
      case MONITORING_COMMITTEE -> LocalizedText.of("Monitoring committee", "Comitetul de monitorizare");
    };
  }

  // ---- consultation and council decisions

  /**
   * The consultations and decisions a strategy in {@code state} has been through: complete cycles
   * (consultation closed, then a decision) for approved and later states, a closed consultation
   * awaiting the council for {@code submitted}, an open one for {@code public-consultation}.
   */
  private void process(LifecycleState state, List<Organisation> orgs, List<Consultation> consultations,
      List<CouncilDecision> decisions) {
    int cycles;
    boolean closedPending = false;
    boolean open = false;
    switch (state) {
      case DRAFT, INTERNAL_REVIEW -> cycles = 0;
      case WITHDRAWN -> {
        cycles = 0;
        open = rng.chance(0.3);
      }
      case PUBLIC_CONSULTATION -> {
        cycles = rng.chance(0.2) ? 1 : 0;
        open = true;
      }
      case SUBMITTED -> {
        cycles = rng.chance(0.2) ? 1 : 0;
        closedPending = true;
      }
      default -> cycles = rng.chance(0.25) ? 2 : 1;
    }
    LocalDate announced = LocalDate.of(period.startYear() - 1 - (cycles > 1 ? 1 : 0), 1, 1)
        .plusDays(rng.between(0, 240));
    for (int c = 0; c < cycles; c++) {
      Consultation consultation = consultation(announced, true, orgs);
      consultations.add(consultation);
      LocalDate decided = consultation.closedOn().orElseThrow().plusDays(rng.between(0, 45));
      decisions.add(decision(decided));
      announced = decided.plusDays(rng.between(30, 300));
    }
    if (closedPending || open) {
      consultations.add(consultation(announced, closedPending, orgs));
    }
  }

  private Consultation consultation(LocalDate announced, boolean closed, List<Organisation> orgs) {
    ConsultationTerms terms = ConsultationTerms.standard();
    LocalDate until = terms.minimumProposalsUntil(announced).plusDays(rng.between(0, 20));
    int days = (int) (until.toEpochDay() - announced.toEpochDay());
    List<DebateRequest> requests = new ArrayList<>();
    if (rng.chance(0.4)) {
      for (int r = rng.between(1, 2); r > 0; r--) {
        RequesterKind kind = rng.pick(RequesterKind.values());
        String requester = kind == RequesterKind.CITIZEN ? rng.pick(Vocabulary.PEOPLE) : rng.pick(orgs).name().exactly(LocalizedText.ROMANIAN).orElse("Asociația locatarilor");
        requests.add(new DebateRequest(requester, kind, announced.plusDays(rng.between(0, days))));
      }
    }
    Optional<LocalDate> closedOn = closed
        ? Optional.of(max(terms.earliestSubmission(announced), until.plusDays(1)).plusDays(rng.between(0, 20)))
        : Optional.empty();
    boolean required = requests.stream().anyMatch(r -> r.kind().obligesDebate());
    Optional<PublicDebate> debate = Optional.empty();
    if ((closed && required) || rng.chance(0.25)) {
      LocalDate on = announced.plusDays(rng.between(1, days));
      debate = Optional.of(rng.chance(0.7)
          ? PublicDebate.of(on, rng.pick(Vocabulary.STREETS) + " " + rng.between(1, 60))
          : new PublicDebate(on, Optional.empty(), Optional.empty()));
    }
    List<Proposal> proposals = new ArrayList<>();
    for (int p = rng.between(0, 1 + size.bodies()); p > 0; p--) {
      LocalDate received = announced.plusDays(rng.between(0, days));
      Optional<OrganisationId> organisation = rng.chance(0.5) ? Optional.of(rng.pick(orgs).id()) : Optional.empty();
      Optional<String> concerns = rng.chance(0.7) ? Optional.of(rng.pick("/objectives/0", "/vision", "Obiectivul OS-1")) : Optional.empty();
      Optional<ProposalAnswer> answer = Optional.empty();
      if (closed || rng.chance(0.5)) {
        Optional<LocalDate> on = rng.chance(0.8) ? Optional.of(received.plusDays(rng.between(0, 10))) : Optional.empty();
        answer = Optional.of(new ProposalAnswer(rng.pick(ProposalDecision.values()), rng.pick(Vocabulary.JUSTIFICATIONS), on));
      }
      proposals.add(new Proposal("P-" + (proposals.size() + 1), rng.pick(Vocabulary.PEOPLE), organisation, received,
          rng.pick(Vocabulary.PROPOSALS), concerns, answer));
    }
    return new Consultation(announced, until, requests, debate, proposals, closedOn);
  }

  private CouncilDecision decision(LocalDate date) {
    String number = Integer.toString(rng.between(1, 600));
    return new CouncilDecision(number, date,
        rng.chance(0.5) ? Optional.of("HCL nr. " + number + "/" + date) : Optional.empty(),
        rng.chance(0.6) ? Optional.of("1") : Optional.empty(), Optional.empty())
        .withDossier(dossier(date));
  }

  /**
   * A complete dossier for a decision adopted on {@code date}, drawn without the random source so
   * that the documents generated before dossiers were recorded stay the same: the three documents
   * and a vote of 20 for, 2 against, 3 abstentions with 25 of 27 councillors present.
   */
  static DecisionDossier dossier(LocalDate date) {
    return DecisionDossier.of(List.of(
            DossierDocument.of(DossierDocumentKind.APPROVAL_REPORT, "R-" + date.getDayOfYear(), date.minusDays(20),
                "Primarul"),
            DossierDocument.of(DossierDocumentKind.SPECIALIST_REPORT, "S-" + date.getDayOfYear(), date.minusDays(18),
                "Direcția de specialitate"),
            DossierDocument.opinion("C-" + date.getDayOfYear(), date.minusDays(5), "Comisia de specialitate",
                OpinionResult.FAVOURABLE)),
        new Vote(25, 20, 2, 3, 27));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  // ---- memberships and projects

  private List<Membership> memberships() {
    List<Membership> out = new ArrayList<>();
    List<Vocabulary.Phrase> associations = rng.distinct(Vocabulary.ASSOCIATIONS, rng.between(0, 1 + size.bodies() / 2));
    for (Vocabulary.Phrase association : associations) {
      java.util.Currency currency = rng.chance(0.6) ? Money.RON : Money.EUR;
      Money contribution = Money.of(BigDecimal.valueOf(rng.betweenLong(50_000, 5_000_000), 2), currency);
      int since = period.startYear() - rng.between(0, 5);
      Optional<Integer> until = rng.chance(0.3) ? Optional.of(since + rng.between(0, 8)) : Optional.empty();
      MonthDay due = MonthDay.of(rng.between(1, 12), rng.between(1, 28));
      List<ContributionPayment> payments = new ArrayList<>();
      int last = Math.min(period.startYear(), until.orElse(period.startYear()));
      for (int year = since; year <= last; year++) {
        if (rng.chance(0.7)) {
          LocalDate paid = LocalDate.of(year, 1, 1).plusDays(rng.between(0, 364));
          Money amount = rng.chance(0.8) ? contribution
              : Money.of(contribution.amount().divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP), currency);
          payments.add(new ContributionPayment(year, paid, amount));
        }
      }
      out.add(new Membership("membership-" + (out.size() + 1), association.text(), contribution, due, since, until, payments));
    }
    return out;
  }

  private List<PartnershipProject> projects(List<Action> actions) {
    List<PartnershipProject> out = new ArrayList<>();
    List<Action> withPartners = actions.stream().filter(a -> !a.partners().isEmpty()).toList();
    for (Action a : rng.distinct(withPartners, rng.between(0, 2))) {
      out.add(new PartnershipProject(a.id(), rng.distinct(Vocabulary.DISTRICTS, rng.between(0, 2)),
          rng.chance(0.5) ? Optional.of("Acord de parteneriat nr. " + rng.between(1, 99) + "/" + period.startYear()) : Optional.empty()));
    }
    return out;
  }

  // ---- alignment

  /** Links from some objectives and actions to objectives of the shipped reference frameworks. */
  List<AlignmentLink> alignments(List<Objective> objectives, List<Action> actions) {
    List<ReferenceFramework> frameworks = ReferenceFrameworks.standard();
    List<AlignmentLink> out = new ArrayList<>();
    objectives.stream().flatMap(Objective::flatten).forEach(o -> {
      if (rng.chance(0.4)) {
        ReferenceFramework f = rng.pick(frameworks);
        out.add(AlignmentLink.ofObjective(o.id(), f.id(), rng.pick(f.objectives()).id(), rng.pick(AlignmentStrength.values())));
      }
    });
    for (Action a : actions) {
      if (rng.chance(0.15)) {
        ReferenceFramework f = rng.pick(frameworks);
        out.add(AlignmentLink.ofAction(a.id(), f.id(), rng.pick(f.objectives()).id(), rng.pick(AlignmentStrength.values())));
      }
    }
    return out;
  }
}
