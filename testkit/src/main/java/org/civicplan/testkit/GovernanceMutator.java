// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import org.civicplan.alignment.FrameworkId;
import static org.civicplan.testkit.Mutants.append;
import static org.civicplan.testkit.Mutants.replace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.AlignmentStrength;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.Consultation;
import org.civicplan.validation.ConsultationTerms;
import org.civicplan.governance.ContributionPayment;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.Governance;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.Membership;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.governance.PartnershipProject;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalAnswer;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.governance.RequesterKind;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Strategy;

/**
 * The governance and alignment mutants of one valid source. Each option changes one thing and
 * keeps every other governance rule satisfied (see the comments for how). Day counts are those of
 * {@link ConsultationTerms#standard()}.
 */
final class GovernanceMutator {

  /** States in which the draft has reached the council, as the consultation rule reads them. */
  private static final Set<LifecycleState> SUBMITTED_OR_LATER = Set.of(
      LifecycleState.SUBMITTED, LifecycleState.APPROVED, LifecycleState.IN_IMPLEMENTATION,
      LifecycleState.UNDER_REVISION, LifecycleState.CLOSED);

  /** States in which a council decision is required. */
  private static final Set<LifecycleState> APPROVED_OR_LATER = Set.of(
      LifecycleState.APPROVED, LifecycleState.IN_IMPLEMENTATION, LifecycleState.UNDER_REVISION, LifecycleState.CLOSED);

  /** Names that no generator or fixture uses, so a new coordinator never collides with a chair. */
  private static final List<String> NEWCOMERS = List.of("Vasile Nou", "Dan Străinu", "Maria Nouăscu");

  private final Strategy s;
  private final Governance g;
  private final Rng rng;
  private final ConsultationTerms terms = ConsultationTerms.standard();

  GovernanceMutator(Strategy s, Rng rng) {
    this.s = s;
    this.g = s.governance();
    this.rng = rng;
  }

  /** The objectives the working groups cover directly: theirs and those of their actions. */
  static Set<ObjectiveId> directlyCovered(Strategy s) {
    Set<ObjectiveId> covered = new HashSet<>();
    s.governance().bodies(BodyKind.SECTORAL_WORKING_GROUP).forEach(b -> {
      covered.addAll(b.objectives());
      b.actions().forEach(a -> s.action(a).ifPresent(x -> covered.addAll(x.objectiveIds())));
    });
    return covered;
  }

  // ---- bodies

  List<Supplier<Mutant>> coordinatorCount() {
    List<Supplier<Mutant>> options = new ArrayList<>();
    List<GovernanceBody> bodies = g.bodies();
    for (int b = 0; b < bodies.size(); b++) {
      GovernanceBody body = bodies.get(b);
      int bb = b;
      List<Member> members = body.members();
      for (int m = 0; m < members.size(); m++) {
        Member member = members.get(m);
        if (member.role() == MemberRole.COORDINATOR && body.members(MemberRole.COORDINATOR).count() == 1) {
          int mm = m;
          options.add(() -> bodyMutant(MutationKind.BODY_COORDINATOR_COUNT,
              "body \"" + body.id() + "\" loses its coordinator " + member.name(),
              bb, body.withMembers(replace(members, mm, new Member(member.name(), MemberRole.MEMBER, member.organisation()))),
              "/members"));
        }
      }
      if (body.members(MemberRole.COORDINATOR).count() == 1) {
        options.add(() -> {
          String name = newcomer();
          return bodyMutant(MutationKind.BODY_COORDINATOR_COUNT, "body \"" + body.id() + "\" gets a second coordinator " + name,
              bb, body.withMembers(append(members, new Member(name, MemberRole.COORDINATOR, Optional.empty()))), "/members");
        });
      }
    }
    return options;
  }

  List<Supplier<Mutant>> withoutCivilSociety() {
    Map<OrganisationId, OrganisationCategory> categories = new HashMap<>();
    s.organisations().forEach(o -> categories.putIfAbsent(o.id(), o.category()));
    List<Supplier<Mutant>> options = new ArrayList<>();
    List<GovernanceBody> bodies = g.bodies();
    for (int b = 0; b < bodies.size(); b++) {
      GovernanceBody body = bodies.get(b);
      if (body.kind() != BodyKind.CONSULTATIVE_COMMITTEE) {
        continue;
      }
      int bb = b;
      options.add(() -> {
        List<Member> members = body.members().stream()
            .map(m -> m.organisation().map(categories::get).filter(c -> c != null && c.isCivilSociety()).isPresent()
                ? new Member(m.name(), m.role(), Optional.empty())
                : m)
            .toList();
        return bodyMutant(MutationKind.CONSULTATIVE_WITHOUT_CIVIL_SOCIETY,
            "the members of consultative committee \"" + body.id() + "\" no longer represent civil society",
            bb, body.withMembers(members), "");
      });
    }
    return options;
  }

  List<Supplier<Mutant>> emptyWorkingGroup() {
    // Only when groups exist: the first group would make every objective need one.
    if (g.bodies(BodyKind.SECTORAL_WORKING_GROUP).findAny().isEmpty()) {
      return List.of();
    }
    return List.of(() -> {
      BodyId id = BodyId.of(fresh("working-group-new", bodyIds()));
      GovernanceBody group = new GovernanceBody(id, BodyKind.SECTORAL_WORKING_GROUP,
          LocalizedText.of("Working group on noise", "Grupul de lucru privind zgomotul"),
          List.of(new Member(newcomer(), MemberRole.COORDINATOR, Optional.empty())))
          .withSector("noise");
      return Mutant.of(MutationKind.WORKING_GROUP_WITHOUT_OBJECTIVE, "new working group \"" + id + "\" owns nothing",
          with(g.withBodies(append(g.bodies(), group))), "/governance/bodies/" + g.bodies().size());
    });
  }

  List<Supplier<Mutant>> uncoveredObjective() {
    if (g.bodies(BodyKind.SECTORAL_WORKING_GROUP).findAny().isEmpty() || s.indicators().isEmpty()) {
      return List.of();
    }
    return List.of(() -> {
      Set<String> taken = new HashSet<>();
      s.allObjectives().forEach(o -> taken.add(o.id().value()));
      ObjectiveId id = ObjectiveId.of(fresh("OS-uncovered", taken));
      // Measured by an indicator, so that only the working-group rule has something to say.
      Objective orphan = new Objective(id, LocalizedText.of("Reduce noise", "Reducerea zgomotului"),
          LocalizedText.empty(), List.of(rng.pick(s.indicators()).id()), List.of());
      return Mutant.of(MutationKind.OBJECTIVE_WITHOUT_WORKING_GROUP,
          "new objective \"" + id + "\" is covered by no working group",
          s.toBuilder().objectives(append(s.objectives(), orphan)).build(), "/objectives/" + s.objectives().size());
    });
  }

  List<Supplier<Mutant>> notIndependent() {
    List<Supplier<Mutant>> options = new ArrayList<>();
    List<GovernanceBody> bodies = g.bodies();
    for (int b = 0; b < bodies.size(); b++) {
      GovernanceBody body = bodies.get(b);
      int bb = b;
      // A consultative committee keeps its members' organisations: civil society must stay.
      if (!body.monitors().isEmpty() && !body.members().isEmpty() && body.kind() != BodyKind.CONSULTATIVE_COMMITTEE) {
        options.add(() -> {
          int m = rng.below(body.members().size());
          Member member = body.members().get(m);
          OrganisationId monitored = rng.pick(body.monitors());
          return bodyMutant(MutationKind.MONITOR_NOT_INDEPENDENT,
              member.name() + " of body \"" + body.id() + "\" now represents \"" + monitored + "\", which the body monitors",
              bb, body.withMembers(replace(body.members(), m, new Member(member.name(), member.role(), Optional.of(monitored)))),
              "/members/" + m);
        });
      }
      List<Integer> represented = new ArrayList<>();
      for (int m = 0; m < body.members().size(); m++) {
        if (body.members().get(m).organisation().isPresent()) {
          represented.add(m);
        }
      }
      if (!represented.isEmpty()) {
        options.add(() -> {
          int m = rng.pick(represented);
          OrganisationId org = body.members().get(m).organisation().orElseThrow();
          return bodyMutant(MutationKind.MONITOR_NOT_INDEPENDENT,
              "body \"" + body.id() + "\" now monitors \"" + org + "\", which a member represents",
              bb, body.withMonitors(append(body.monitors(), org)), "/members/" + m);
        });
      }
    }
    return options;
  }

  List<Supplier<Mutant>> sameChair() {
    Optional<Member> steering = g.bodies(BodyKind.MANAGEMENT_TEAM).flatMap(b -> b.members(MemberRole.COORDINATOR)).findFirst();
    if (steering.isEmpty()) {
      return List.of();
    }
    List<Supplier<Mutant>> options = new ArrayList<>();
    List<GovernanceBody> bodies = g.bodies();
    for (int b = 0; b < bodies.size(); b++) {
      GovernanceBody body = bodies.get(b);
      if (body.kind() != BodyKind.MONITORING_COMMITTEE) {
        continue;
      }
      for (int m = 0; m < body.members().size(); m++) {
        Member member = body.members().get(m);
        if (member.role() == MemberRole.COORDINATOR) {
          int bb = b;
          int mm = m;
          // The chair keeps the organisation it represents: independence is untouched.
          options.add(() -> bodyMutant(MutationKind.CHAIRS_NOT_SEPARATE,
              "monitoring committee \"" + body.id() + "\" is chaired by " + steering.get().name()
                  + ", coordinator of the management team",
              bb, body.withMembers(replace(body.members(), mm, new Member(steering.get().name(), member.role(), member.organisation()))),
              "/members/" + mm));
        }
      }
    }
    return options;
  }

  // ---- consultation

  List<Supplier<Mutant>> shortProposalPeriod() {
    return forEachConsultation(c -> true, (c, i) -> {
      LocalDate until = c.announcedOn().plusDays(rng.between(0, terms.proposalDays() - 1));
      return consultationMutant(MutationKind.PROPOSAL_PERIOD_SHORT,
          "consultation " + i + " receives proposals only until " + until, i,
          new Consultation(c.announcedOn(), until, c.debateRequests(), c.debate(), c.proposals(), c.closedOn()), "/proposalsUntil");
    });
  }

  List<Supplier<Mutant>> debateMissing() {
    return forEachConsultation(c -> !c.open(), (c, i) -> {
      if (c.debateRequired()) {
        DebateRequest request = c.debateRequests().stream().filter(r -> r.kind().obligesDebate()).findFirst().orElseThrow();
        return consultationMutant(MutationKind.DEBATE_MISSING,
            "consultation " + i + " held no debate though " + request.requester() + " asked for one", i,
            new Consultation(c.announcedOn(), c.proposalsUntil(), c.debateRequests(), Optional.empty(), c.proposals(), c.closedOn()),
            "/debateRequests/" + c.debateRequests().indexOf(request));
      }
      RequesterKind kind = rng.pick(RequesterKind.LEGALLY_CONSTITUTED_ASSOCIATION, RequesterKind.PUBLIC_AUTHORITY);
      DebateRequest request = new DebateRequest("Asociația Vecinătatea Activă", kind, c.announcedOn().plusDays(1));
      return consultationMutant(MutationKind.DEBATE_MISSING,
          "consultation " + i + " held no debate though an association asked for one", i,
          new Consultation(c.announcedOn(), c.proposalsUntil(), append(c.debateRequests(), request), Optional.empty(),
              c.proposals(), c.closedOn()),
          "/debateRequests/" + c.debateRequests().size());
    });
  }

  List<Supplier<Mutant>> unanswered() {
    return forEachConsultation(c -> !c.open(), (c, i) -> {
      List<Integer> answered = new ArrayList<>();
      for (int p = 0; p < c.proposals().size(); p++) {
        if (c.proposals().get(p).answer().isPresent()) {
          answered.add(p);
        }
      }
      if (answered.isEmpty() || rng.chance(0.3)) {
        Proposal late = Proposal.of("P-unanswered", "Ion Cetățeanu", c.announcedOn().plusDays(1),
            "Extindeți programul de consultare.", "/vision");
        return consultationMutant(MutationKind.PROPOSAL_UNANSWERED,
            "closed consultation " + i + " has an unanswered proposal", i, c.withProposal(late),
            "/proposals/" + c.proposals().size());
      }
      int p = rng.pick(answered);
      Proposal x = c.proposals().get(p);
      Proposal changed = new Proposal(x.id(), x.author(), x.organisation(), x.receivedOn(), x.text(), x.concerns(), Optional.empty());
      return consultationMutant(MutationKind.PROPOSAL_UNANSWERED,
          "proposal \"" + x.id() + "\" of closed consultation " + i + " loses its answer", i,
          c.withProposals(replace(c.proposals(), p, changed)), "/proposals/" + p);
    });
  }

  List<Supplier<Mutant>> unjustified() {
    return forEachConsultation(c -> true, (c, i) -> {
      String blank = rng.pick("", " ", "\t");
      List<Integer> answered = new ArrayList<>();
      for (int p = 0; p < c.proposals().size(); p++) {
        if (c.proposals().get(p).answer().isPresent()) {
          answered.add(p);
        }
      }
      if (answered.isEmpty()) {
        Proposal added = Proposal.of("P-unjustified", "Ion Cetățeanu", c.announcedOn().plusDays(1),
            "Plantați arbori pe strada școlii.", "/vision").answered(ProposalDecision.REJECTED, blank, c.announcedOn().plusDays(2));
        return consultationMutant(MutationKind.ANSWER_UNJUSTIFIED,
            "consultation " + i + " rejects a proposal without a justification", i, c.withProposal(added),
            "/proposals/" + c.proposals().size() + "/answer/justification");
      }
      int p = rng.pick(answered);
      Proposal x = c.proposals().get(p);
      ProposalAnswer a = x.answer().orElseThrow();
      return consultationMutant(MutationKind.ANSWER_UNJUSTIFIED,
          "the answer to proposal \"" + x.id() + "\" of consultation " + i + " has a blank justification", i,
          c.withProposals(replace(c.proposals(), p, x.answered(new ProposalAnswer(a.decision(), blank, a.answeredOn())))),
          "/proposals/" + p + "/answer/justification");
    });
  }

  List<Supplier<Mutant>> submittedTooEarly() {
    return forEachConsultation(c -> !c.open(), (c, i) -> {
      LocalDate closed = c.announcedOn().plusDays(rng.between(0, terms.announcementDays() - 1));
      return consultationMutant(MutationKind.SUBMITTED_TOO_EARLY,
          "consultation " + i + " announced on " + c.announcedOn() + " closes on " + closed, i, c.closedOn(closed), "/closedOn");
    });
  }

  List<Supplier<Mutant>> councilTooEarly() {
    List<Supplier<Mutant>> options = new ArrayList<>();
    for (int d = 0; d < g.decisions().size(); d++) {
      CouncilDecision decision = g.decisions().get(d);
      // The consultation the rule compares with: the last one announced on or before the decision.
      Optional<Consultation> before = g.consultations().stream()
          .filter(c -> !c.announcedOn().isAfter(decision.date()))
          .reduce((first, second) -> second);
      if (before.isEmpty()) {
        continue;
      }
      int dd = d;
      options.add(() -> {
        // Earlier than the old date, so no other consultation falls between announcement and decision.
        LocalDate date = before.get().announcedOn().plusDays(rng.between(0, terms.announcementDays() - 1));
        List<CouncilDecision> decisions = replace(g.decisions(), dd,
            new CouncilDecision(decision.number(), date, decision.reference(), decision.approvedVersion(),
                decision.dossier()));
        return Mutant.of(MutationKind.COUNCIL_TOO_EARLY,
            "council decision " + decision.number() + " is dated " + date + ", fewer than " + terms.announcementDays()
                + " days after the announcement of " + before.get().announcedOn(),
            with(g.withDecisions(decisions)), "/governance/decisions/" + dd + "/date");
      });
    }
    return options;
  }

  List<Supplier<Mutant>> consultationMissing() {
    if (!SUBMITTED_OR_LATER.contains(s.state()) || g.consultations().isEmpty()) {
      return List.of();
    }
    return List.of(() -> Mutant.of(MutationKind.CONSULTATION_MISSING,
        "the " + s.state().kebab() + " strategy loses its " + g.consultations().size() + " consultation(s)",
        with(g.withConsultations(List.of())), "/state"));
  }

  List<Supplier<Mutant>> decisionMissing() {
    if (!APPROVED_OR_LATER.contains(s.state()) || g.decisions().isEmpty()) {
      return List.of();
    }
    return List.of(() -> Mutant.of(MutationKind.DECISION_MISSING,
        "the " + s.state().kebab() + " strategy loses its " + g.decisions().size() + " council decision(s)",
        with(g.withDecisions(List.of())), "/state"));
  }

  // ---- memberships, projects, alignment

  List<Supplier<Mutant>> paymentCurrency() {
    List<Supplier<Mutant>> options = new ArrayList<>();
    for (int m = 0; m < g.memberships().size(); m++) {
      Membership ms = g.memberships().get(m);
      int mm = m;
      java.util.Currency other = ms.annualContribution().currency().equals(Money.RON) ? Money.EUR : Money.RON;
      for (int p = 0; p < ms.payments().size(); p++) {
        ContributionPayment pay = ms.payments().get(p);
        int pp = p;
        options.add(() -> membershipMutant(mm, "payment " + pp + " of membership \"" + ms.id() + "\" is in " + other,
            replace(ms.payments(), pp, new ContributionPayment(pay.year(), pay.paidOn(), Money.of(pay.amount().amount(), other))),
            pp));
      }
      options.add(() -> membershipMutant(mm, "membership \"" + ms.id() + "\" gets a payment in " + other,
          append(ms.payments(), new ContributionPayment(ms.sinceYear(), java.time.LocalDate.of(ms.sinceYear(), 6, 30),
              Money.of(ms.annualContribution().amount(), other))),
          ms.payments().size()));
    }
    return options;
  }

  private Mutant membershipMutant(int m, String description, List<ContributionPayment> payments, int p) {
    Membership ms = g.memberships().get(m);
    Membership changed = new Membership(ms.id(), ms.association(), ms.annualContribution(), ms.dueOn(), ms.sinceYear(),
        ms.untilYear(), payments);
    return Mutant.of(MutationKind.PAYMENT_CURRENCY_MISMATCH, description,
        with(g.withMemberships(replace(g.memberships(), m, changed))),
        "/governance/memberships/" + m + "/payments/" + p + "/amount");
  }

  List<Supplier<Mutant>> projectUnknownAction() {
    List<Supplier<Mutant>> options = new ArrayList<>();
    for (int p = 0; p < g.projects().size(); p++) {
      int pp = p;
      options.add(() -> {
        PartnershipProject x = g.projects().get(pp);
        ActionId missing = ActionId.of(fresh("A-missing", actionIds()));
        return Mutant.of(MutationKind.PROJECT_UNKNOWN_ACTION,
            "partnership project " + pp + " now names unknown action \"" + missing + "\"",
            with(g.withProjects(replace(g.projects(), pp, new PartnershipProject(missing, x.targetAreas(), x.agreement())))),
            "/governance/projects/" + pp + "/action");
      });
    }
    options.add(() -> {
      ActionId missing = ActionId.of(fresh("A-missing", actionIds()));
      return Mutant.of(MutationKind.PROJECT_UNKNOWN_ACTION,
          "a new partnership project names unknown action \"" + missing + "\"",
          with(g.withProjects(append(g.projects(), PartnershipProject.of(missing, "Centru")))),
          "/governance/projects/" + g.projects().size() + "/action");
    });
    return options;
  }

  List<Supplier<Mutant>> alignmentUnknownLocal() {
    List<Supplier<Mutant>> options = new ArrayList<>();
    List<AlignmentLink> links = s.alignments();
    for (int i = 0; i < links.size(); i++) {
      int ii = i;
      options.add(() -> {
        AlignmentLink l = links.get(ii);
        AlignmentLink changed = unknownLocal(l.framework(), l.reference(), l.strength());
        return alignmentMutant(replace(links, ii, changed), ii, changed);
      });
    }
    options.add(() -> {
      AlignmentLink added = unknownLocal(FrameworkId.of("sdg"), "11.b", AlignmentStrength.PARTIAL);
      return alignmentMutant(append(links, added), links.size(), added);
    });
    return options;
  }

  private AlignmentLink unknownLocal(FrameworkId framework, String reference, AlignmentStrength strength) {
    if (rng.chance(0.5)) {
      Set<String> taken = new HashSet<>();
      s.allObjectives().forEach(o -> taken.add(o.id().value()));
      return AlignmentLink.ofObjective(ObjectiveId.of(fresh("OS-missing", taken)), framework, reference, strength);
    }
    return AlignmentLink.ofAction(ActionId.of(fresh("A-missing", actionIds())), framework, reference, strength);
  }

  private Mutant alignmentMutant(List<AlignmentLink> links, int i, AlignmentLink link) {
    return Mutant.of(MutationKind.ALIGNMENT_UNKNOWN_LOCAL,
        "alignment link " + i + " starts at unknown " + (link.objective().isPresent() ? "objective" : "action")
            + " \"" + link.localId() + "\"",
        s.toBuilder().alignments(links).build(),
        "/alignments/" + i + "/" + (link.objective().isPresent() ? "objective" : "action"));
  }

  // ---- helpers

  private interface PerConsultation {
    Mutant at(Consultation c, int index);
  }

  private List<Supplier<Mutant>> forEachConsultation(java.util.function.Predicate<Consultation> test, PerConsultation f) {
    List<Supplier<Mutant>> out = new ArrayList<>();
    for (int i = 0; i < g.consultations().size(); i++) {
      Consultation c = g.consultations().get(i);
      if (test.test(c)) {
        int ii = i;
        out.add(() -> f.at(c, ii));
      }
    }
    return out;
  }

  private Mutant consultationMutant(MutationKind kind, String description, int i, Consultation changed, String suffix) {
    return Mutant.of(kind, description, with(g.withConsultations(replace(g.consultations(), i, changed))),
        "/governance/consultations/" + i + suffix);
  }

  private Mutant bodyMutant(MutationKind kind, String description, int b, GovernanceBody changed, String suffix) {
    return Mutant.of(kind, description, with(g.withBodies(replace(g.bodies(), b, changed))), "/governance/bodies/" + b + suffix);
  }

  private Strategy with(Governance changed) {
    return s.toBuilder().governance(changed).build();
  }

  /** A name no body uses yet. */
  private String newcomer() {
    Set<String> used = new HashSet<>();
    g.bodies().forEach(b -> b.members().forEach(m -> used.add(m.name())));
    List<String> free = NEWCOMERS.stream().filter(n -> !used.contains(n)).toList();
    return free.isEmpty() ? fresh("Persoană", used) : rng.pick(free);
  }

  private Set<String> bodyIds() {
    Set<String> ids = new HashSet<>();
    g.bodies().forEach(b -> ids.add(b.id().value()));
    return ids;
  }

  private Set<String> actionIds() {
    Set<String> ids = new HashSet<>();
    s.actions().stream().map(Action::id).forEach(a -> ids.add(a.value()));
    return ids;
  }

  private String fresh(String prefix, Set<String> taken) {
    while (true) {
      String id = prefix + "-" + Long.toString(rng.nextLong() >>> 44, 36);
      if (!taken.contains(id)) {
        return id;
      }
    }
  }
}
