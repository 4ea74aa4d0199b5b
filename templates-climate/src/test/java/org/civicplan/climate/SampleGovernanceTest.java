// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.Governance;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.validation.GovernanceCodes;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.Proposal;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Finding;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample's governance is complete and rule-abiding, and each governance rule fires on a copy
 * of the sample with one defect: the sample carries what the rules look at.
 */
class SampleGovernanceTest {

  private static final StrategyValidator VALIDATOR = StrategyValidator.of(TemplateRegistry.load());

  @Test
  void sampleHasNoFindingAtAll() {
    ValidationReport report = VALIDATOR.validate(ClimateSample.valid());
    assertEquals(List.of(), report.findings(), report::toString);
  }

  @Test
  void sampleIsInImplementation_afterAClosedConsultationAndACouncilDecision() {
    Strategy s = ClimateSample.valid();
    assertEquals(LifecycleState.IN_IMPLEMENTATION, s.state());
    EnumSet<BodyKind> kinds = EnumSet.noneOf(BodyKind.class);
    s.governance().bodies().forEach(b -> kinds.add(b.kind()));
    assertEquals(EnumSet.allOf(BodyKind.class), kinds);
    Consultation k = s.governance().lastConsultation().orElseThrow();
    assertTrue(k.closedOn().isPresent() && k.unanswered().isEmpty() && k.debateRequired() && k.debate().isPresent());
    CouncilDecision d = s.governance().lastDecision().orElseThrow();
    assertTrue(d.date().isAfter(k.closedOn().get()) && d.approvedVersion().isPresent());
    assertTrue(s.governance().memberships().get(0).payments().size() > 1);
    assertTrue(s.alignments().size() > 10);
  }

  private static Strategy with(UnaryOperator<Governance> change) {
    Strategy s = ClimateSample.valid();
    return s.toBuilder().governance(change.apply(s.governance())).build();
  }

  private static Governance body(Governance g, int index, UnaryOperator<GovernanceBody> change) {
    List<GovernanceBody> bodies = new ArrayList<>(g.bodies());
    bodies.set(index, change.apply(bodies.get(index)));
    return g.withBodies(bodies);
  }

  private static Governance consultation(Governance g, UnaryOperator<Consultation> change) {
    return g.withConsultations(List.of(change.apply(g.lastConsultation().orElseThrow())));
  }

  private static int index(BodyKind kind) {
    List<GovernanceBody> bodies = ClimateSample.valid().governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      if (bodies.get(i).kind() == kind) {
        return i;
      }
    }
    throw new AssertionError("the sample has no " + kind);
  }

  static Stream<Arguments> mutants() {
    int management = index(BodyKind.MANAGEMENT_TEAM);
    int consultative = index(BodyKind.CONSULTATIVE_COMMITTEE);
    int monitoring = index(BodyKind.MONITORING_COMMITTEE);
    int group = index(BodyKind.SECTORAL_WORKING_GROUP);
    String managementChair = ClimateSample.valid().governance().bodies().get(management).coordinator().orElseThrow().name();
    return Stream.of(
        Arguments.of(GovernanceCodes.BODY_COORDINATOR_COUNT, "/governance/bodies/" + monitoring + "/members",
            with(g -> body(g, monitoring, b -> b.withMembers(b.members().stream()
                .filter(m -> m.role() != MemberRole.COORDINATOR).toList())))),
        Arguments.of(GovernanceCodes.CONSULTATIVE_NO_CIVIL_SOCIETY, "/governance/bodies/" + consultative,
            with(g -> body(g, consultative, b -> b.withMembers(List.of(
                Member.of("Coordinator (illustrative)", MemberRole.COORDINATOR, ClimateSample.ENVIRONMENT)))))),
        // the mitigation group drafts OS-1.1 and OS-1.2 only: OS-1.3 is left without a group
        Arguments.of(GovernanceCodes.OBJECTIVE_NO_WORKING_GROUP, "/objectives/0/children/2",
            with(g -> body(g, group, b -> b.withObjectives(Stream.of("OS-1.1", "OS-1.2", "OG-3")
                .map(org.civicplan.base.ObjectiveId::of).toList())))),
        Arguments.of(GovernanceCodes.BODY_INDEPENDENCE, "/governance/bodies/" + monitoring + "/members/4",
            with(g -> body(g, monitoring, b -> {
              List<Member> members = new ArrayList<>(b.members());
              members.add(Member.of("Heating engineer (illustrative)", MemberRole.MEMBER, ClimateSample.HEATING));
              return b.withMembers(members);
            }))),
        Arguments.of(GovernanceCodes.BODY_CHAIR_SEPARATION, "/governance/bodies/" + monitoring + "/members/0",
            with(g -> body(g, monitoring, b -> {
              List<Member> members = new ArrayList<>(b.members());
              members.set(0, Member.of(managementChair, MemberRole.COORDINATOR, ClimateSample.UNIVERSITY));
              return b.withMembers(members);
            }))),
        Arguments.of(GovernanceCodes.CONSULTATION_PROPOSAL_UNANSWERED, "/governance/consultations/0/proposals/4",
            with(g -> consultation(g, k -> {
              List<Proposal> proposals = new ArrayList<>(k.proposals());
              Proposal p = proposals.get(4);
              proposals.set(4, new Proposal(p.id(), p.author(), p.organisation(), p.receivedOn(), p.text(), p.concerns(),
                  Optional.empty()));
              return k.withProposals(proposals);
            }))),
        Arguments.of(GovernanceCodes.CONSULTATION_DEBATE_MISSING, "/governance/consultations/0/debateRequests/0",
            with(g -> consultation(g, k -> new Consultation(k.announcedOn(), k.proposalsUntil(), k.debateRequests(),
                Optional.empty(), k.proposals(), k.closedOn())))),
        Arguments.of(GovernanceCodes.CONSULTATION_SUBMITTED_TOO_EARLY, "/governance/consultations/0/closedOn",
            with(g -> consultation(g, k -> k.closedOn(k.announcedOn().plusDays(29))))),
        Arguments.of(GovernanceCodes.CONSULTATION_COUNCIL_TOO_EARLY, "/governance/decisions/0/date",
            with(g -> g.withDecisions(List.of(new CouncilDecision("187", LocalDate.of(2022, 6, 30), Optional.empty(),
                Optional.of("1"), Optional.empty()))))),
        Arguments.of(GovernanceCodes.DECISION_MISSING, "/state", with(g -> g.withDecisions(List.of()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void governanceRuleFiresOnTheSampleWithOneDefect(String code, String path, Strategy mutant) {
    ValidationReport report = VALIDATOR.validate(mutant);
    List<Finding> found = report.byCode(code);
    assertEquals(1, found.size(), () -> "expected one " + code + " but got " + report.findings());
    assertEquals(path, found.get(0).path());
  }
}
