// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import org.civicplan.alignment.FrameworkId;
import static org.civicplan.fixture.StrategyFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.AlignmentStrength;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.governance.ChangeOperation;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.ContributionPayment;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Membership;
import org.civicplan.governance.PartnershipProject;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.strategy.Action;
import org.civicplan.base.Money;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StrategyHistoryTest {

  private static final StrategyDocuments DOCS = StrategyDocuments.standard();
  private static final StrategyHistory HISTORY = StrategyHistory.of(DOCS);
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  /** The fixture with every governance, alignment and history member filled in. */
  static Strategy governed() {
    Strategy s = StrategyFixture.valid();
    Consultation c = Consultation.announced(DAY, DAY.plusDays(10))
        .withProposal(Proposal.of("P-1", "Ana", DAY.plusDays(2), "More trees.", "/actions/1")
            .answered(ProposalDecision.ACCEPTED, "Added.", DAY.plusDays(12)))
        .closedOn(DAY.plusDays(30));
    Membership m = Membership.of("energy-cities", text("Energy Cities", "Energy Cities"), Money.eur("1500.50"),
            MonthDay.of(3, 31), 2020)
        .withPayment(new ContributionPayment(2026, DAY, Money.eur("1500.50")));
    return s.toBuilder()
        .state(LifecycleState.APPROVED)
        .governance(s.governance()
            .withConsultations(List.of(c))
            .withDecisions(List.of(new CouncilDecision("245", DAY.plusDays(45), Optional.of("HCL 245/2026"), Optional.of("1"), Optional.empty())))
            .withMemberships(List.of(m))
            .withProjects(List.of(PartnershipProject.of(StrategyFixture.PLANT, "Fabric", "Iosefin"))))
        .alignment(AlignmentLink.ofObjective(StrategyFixture.MITIGATION, FrameworkId.of("european-climate-law"), "ECL-4", AlignmentStrength.DIRECT))
        .alignment(AlignmentLink.ofAction(StrategyFixture.PLANT, FrameworkId.of("sdg"), "11.7", AlignmentStrength.PARTIAL))
        .build();
  }

  @Test
  void governanceAlignmentAndHistoryRoundTripThroughJsonAndYaml() {
    Strategy before = governed();
    Strategy after = HISTORY.record(before,
        before.toBuilder().title(text("Greener streets", "Străzi mai verzi")).build(), DAY.plusDays(60), "Ana", "Title");
    for (DocumentFormat format : DocumentFormat.values()) {
      String written = DOCS.write(after, format);
      assertEquals(after, DOCS.read(written, format).orElseThrow(), format + ":\n" + written);
    }
  }

  @Test
  void identicalStrategiesHaveNoDiff() {
    assertEquals(List.of(), HISTORY.diff(governed(), governed()));
  }

  @Test
  void aStateChangeIsOneReplaceAtSlashState() {
    Strategy a = governed();
    Strategy b = a.toBuilder().state(LifecycleState.IN_IMPLEMENTATION).build();
    List<JsonPatchOperation> ops = HISTORY.diff(a, b);
    assertEquals(1, ops.size());
    assertEquals(ChangeOperation.REPLACE, ops.get(0).op());
    assertEquals("/state", ops.get(0).path());
    assertEquals("in-implementation", ops.get(0).value().orElseThrow().asString());
  }

  @Test
  void theApprovedVersionStaysReadableAfterLaterChanges() {
    Strategy approved = governed();
    Strategy v2 = HISTORY.record(approved,
        approved.toBuilder().state(LifecycleState.IN_IMPLEMENTATION).build(), DAY.plusDays(50), "Start");
    Strategy v3 = HISTORY.record(v2,
        v2.toBuilder().actions(List.of(StrategyFixture.retrofit(), StrategyFixture.plant())).build(),
        DAY.plusDays(70), "Ana Popescu", "Watering merged into planting");
    assertEquals(List.of(2, 3), v3.history().stream().map(r -> r.version()).toList());
    assertTrue(v3.history().get(1).touches("/actions"));
    assertEquals(approved, HISTORY.version(v3, 1).orElseThrow());
    assertEquals(v2, HISTORY.version(v3, 2).orElseThrow());
    assertEquals(v3, HISTORY.version(v3, 3).orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> HISTORY.version(v3, 4));
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 40).boxed();
  }

  /** Random versions: actions dropped, reordered, retitled; states and links changed. */
  private static Strategy variant(Strategy base, RandomGenerator r) {
    List<Action> actions = new ArrayList<>(base.actions());
    java.util.Collections.shuffle(actions, new java.util.Random(r.nextLong()));
    if (r.nextBoolean() && !actions.isEmpty()) {
      actions.remove(r.nextInt(actions.size()));
    }
    if (r.nextBoolean() && !actions.isEmpty()) {
      int i = r.nextInt(actions.size());
      actions.set(i, actions.get(i).toBuilder().title(text("Changed " + r.nextInt(100), "Schimbat")).tag("t" + r.nextInt(3)).build());
    }
    Strategy.Builder b = base.toBuilder().actions(actions)
        .state(LifecycleState.values()[r.nextInt(LifecycleState.values().length)]);
    if (r.nextBoolean()) {
      b.alignments(base.alignments().subList(0, r.nextInt(base.alignments().size() + 1)));
    }
    if (r.nextBoolean()) {
      b.indicators(List.of(base.indicators().get(r.nextInt(base.indicators().size()))));
    }
    return b.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void applyingTheDiffOfTwoStrategiesGivesTheSecond(long seed) {
    RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    Strategy a = variant(governed(), r);
    Strategy b = variant(governed(), r);
    List<JsonPatchOperation> ops = HISTORY.diff(a, b);
    JsonNodeHolder patched = new JsonNodeHolder(JsonPatch.apply(HISTORY.tree(a), ops));
    assertEquals(HISTORY.tree(b), patched.node, "seed " + seed + " ops " + JsonPatch.toJson(ops));
    assertEquals(b, DOCS.read(patched.node.toString(), DocumentFormat.JSON).orElseThrow(), "seed " + seed);
  }

  private record JsonNodeHolder(tools.jackson.databind.JsonNode node) {}
}
