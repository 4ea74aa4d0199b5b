// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceFrameworks;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.Governance;
import org.civicplan.lifecycle.Lifecycle;
import org.civicplan.validation.GovernanceCodes;
import org.civicplan.governance.LifecycleState;
import org.civicplan.lifecycle.TransitionResult;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * Generated governance is consistent with the lifecycle state: the records a state implies are
 * there, and the last consultation and decision of an approved strategy pass the {@link
 * Lifecycle}'s own guards when the steps are replayed.
 */
class GeneratedGovernanceTest {

  private static final Set<LifecycleState> APPROVED_OR_LATER = EnumSet.of(
      LifecycleState.APPROVED, LifecycleState.IN_IMPLEMENTATION, LifecycleState.UNDER_REVISION, LifecycleState.CLOSED);

  @Test
  void recordsMatchTheLifecycleState() {
    int checked = PropertyRunner.forAll(
        "governance records match the state",
        c -> {
          Strategy s = c.strategy();
          Governance g = s.governance();
          switch (s.state()) {
            case DRAFT, INTERNAL_REVIEW -> {
              assertEquals(List.of(), g.consultations());
              assertEquals(List.of(), g.decisions());
            }
            case PUBLIC_CONSULTATION -> assertTrue(g.lastConsultation().orElseThrow().open());
            case SUBMITTED -> {
              assertTrue(!g.lastConsultation().orElseThrow().open());
              assertTrue(g.decisions().size() < g.consultations().size(), "the last consultation awaits the council");
            }
            case WITHDRAWN -> assertEquals(List.of(), g.decisions());
            default -> {
              assertTrue(APPROVED_OR_LATER.contains(s.state()));
              assertEquals(g.consultations().size(), g.decisions().size());
              assertTrue(g.consultations().stream().noneMatch(Consultation::open));
            }
          }
          g.bodies().forEach(b -> assertEquals(1, b.members().stream().filter(m -> m.role().name().equals("COORDINATOR")).count()));
          s.alignments().forEach(l -> {
            ReferenceFramework f = ReferenceFrameworks.find(l.framework()).orElseThrow(() -> new AssertionError(l.framework()));
            assertTrue(f.objectives().stream().anyMatch(o -> o.id().equals(l.reference())), l::toString);
          });
        });
    assertEquals(PropertyRunner.cases(), checked);
  }

  @Test
  void approvedStrategiesReplayThroughTheLifecycle() {
    Lifecycle lifecycle = Lifecycle.standard();
    int[] replayed = {0};
    PropertyRunner.forAll(
        "the last consultation and decision pass the lifecycle guards",
        c -> {
          Strategy s = c.strategy();
          if (!APPROVED_OR_LATER.contains(s.state())) {
            return;
          }
          Governance g = s.governance();
          Consultation last = g.lastConsultation().orElseThrow();
          CouncilDecision decision = g.lastDecision().orElseThrow();
          // Back to the open consultation, without the decision it led to.
          Governance open = g
              .withConsultations(Mutants.replace(g.consultations(), g.consultations().size() - 1,
                  new Consultation(last.announcedOn(), last.proposalsUntil(), last.debateRequests(), last.debate(),
                      last.proposals(), Optional.empty())))
              .withDecisions(g.decisions().subList(0, g.decisions().size() - 1));
          Strategy consulting = s.toBuilder().state(LifecycleState.PUBLIC_CONSULTATION).governance(open).build();
          TransitionResult submitted = lifecycle.transition(consulting, LifecycleState.SUBMITTED, last.closedOn().orElseThrow());
          assertTrue(submitted.strategy().isPresent(), submitted::toString);
          Strategy before = submitted.strategy().get();
          Strategy withDecision = before.toBuilder().governance(before.governance().withDecisions(g.decisions())).build();
          TransitionResult approved = lifecycle.transition(withDecision, LifecycleState.APPROVED, decision.date());
          if (s.actions().isEmpty()) {
            // Generated documents may have no action; approval needs one.
            assertTrue(approved.codes().contains(GovernanceCodes.LIFECYCLE_NO_ACTION), approved::toString);
            return;
          }
          assertTrue(approved.strategy().isPresent(), approved::toString);
          assertEquals(g.consultations(), approved.strategy().get().governance().consultations());
          replayed[0]++;
        });
    assertTrue(replayed[0] > PropertyRunner.cases() / 5, "replayed: " + replayed[0]);
  }

  @Test
  void runCoversTheGovernanceModel() {
    Set<BodyKind> kinds = EnumSet.noneOf(BodyKind.class);
    int[] counts = new int[7];
    StrategyGenerator.cases(PropertyRunner.seed(), 300).forEach(c -> {
      Governance g = c.strategy().governance();
      g.bodies().forEach(b -> kinds.add(b.kind()));
      g.bodies(BodyKind.MONITORING_COMMITTEE).filter(b -> !b.monitors().isEmpty()).forEach(b -> counts[0]++);
      g.consultations().stream().filter(x -> x.debateRequired()).forEach(x -> counts[1]++);
      g.consultations().stream().filter(x -> x.debate().isPresent()).forEach(x -> counts[2]++);
      g.memberships().stream().filter(m -> !m.payments().isEmpty()).forEach(m -> counts[3]++);
      counts[4] += g.projects().size();
      counts[5] += c.strategy().alignments().size();
      if (g.consultations().size() > 1) {
        counts[6]++;
      }
    });
    assertAll(
        () -> assertEquals(EnumSet.allOf(BodyKind.class), kinds),
        () -> assertTrue(counts[0] > 0, "monitoring committees that monitor"),
        () -> assertTrue(counts[1] > 0, "mandatory debates"),
        () -> assertTrue(counts[2] > 0, "debates held"),
        () -> assertTrue(counts[3] > 0, "memberships with payments"),
        () -> assertTrue(counts[4] > 0, "partnership projects"),
        () -> assertTrue(counts[5] > 0, "alignment links"),
        () -> assertTrue(counts[6] > 0, "strategies consulted again after approval"));
  }

  @Test
  void cycleNetworkReplaysThroughTheLifecycle() {
    Strategy s = Fixtures.cycleNetwork();
    Governance g = s.governance();
    Consultation c = g.consultations().get(0);
    Strategy consulting = s.toBuilder().state(LifecycleState.PUBLIC_CONSULTATION)
        .governance(g.withDecisions(List.of()).withConsultations(List.of(
            new Consultation(c.announcedOn(), c.proposalsUntil(), c.debateRequests(), c.debate(), c.proposals(), Optional.empty()))))
        .build();
    Strategy submitted = Lifecycle.standard().transition(consulting, LifecycleState.SUBMITTED, c.closedOn().orElseThrow())
        .strategy().orElseThrow();
    Strategy decided = submitted.toBuilder().governance(submitted.governance().withDecisions(g.decisions())).build();
    Strategy approved = Lifecycle.standard().transition(decided, LifecycleState.APPROVED, g.decisions().get(0).date())
        .strategy().orElseThrow();
    Strategy implemented = Lifecycle.standard()
        .transition(approved, LifecycleState.IN_IMPLEMENTATION, java.time.LocalDate.of(2025, 1, 6)).strategy().orElseThrow();
    // The same document, with the three transitions recorded in its history.
    assertEquals(s, implemented.toBuilder().history(s.history()).build());
    assertEquals(
        List.of("public-consultation → submitted", "submitted → approved", "approved → in-implementation"),
        implemented.history().subList(s.history().size(), implemented.history().size()).stream()
            .map(org.civicplan.governance.ChangeRecord::reason).toList());
  }
}
