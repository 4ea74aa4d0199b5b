// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import static org.civicplan.participation.Fixtures.budget;
import static org.civicplan.participation.Fixtures.mes;
import static org.civicplan.participation.Fixtures.selected;
import static org.civicplan.participation.Fixtures.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civicplan.participation.PbRule.Completion;
import org.civicplan.participation.PbRule.GreedyOrder;
import org.civicplan.participation.PbRule.Utility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples from the literature and from the pabutools test suite, reproduced. Where the
 * source lists several tied outcomes, our lexicographic tie-breaking must give one of them (and we
 * check which).
 */
class PublishedExamplesTest {

  private static final Completion TENTH = new Completion.Add1Exhaustive(Rational.of(1, 10));

  /**
   * pabutools, tests/rules/test_rule.py (COMSOC-Community/pabutools), "Approval example 2": four
   * voters, budget 4, p0 = 1, p1 = 0.9, p2 = 2, p3 = 1.09.
   */
  @Nested
  @DisplayName("pabutools test_rule.py, Approval example 2")
  class PabutoolsApprovalExample2 {
    private final PbInstance instance = budget("4")
        .project("p0", "1").project("p1", "0.9").project("p2", "2").project("p3", "1.09")
        .voters(1, "p0").voters(2, "p1", "p2", "p3").voters(1, "p2")
        .build();

    @Test
    void mesCostUtility() {
      assertEquals(List.of("p0", "p2"), sorted(selected(instance, mes(Utility.COST))));
    }

    @Test
    void mesCardinalityUtility() {
      assertEquals(List.of("p0", "p1", "p3"), sorted(selected(instance, mes(Utility.CARDINALITY))));
    }

    @Test
    void iteratedMesCostUtilityWithIncrementOneTenth() {
      assertEquals(List.of("p0", "p1", "p2"), sorted(selected(instance, mes(Utility.COST, TENTH))));
    }

    @Test
    void iteratedMesCardinalityUtilityWithIncrementOneTenth() {
      assertEquals(List.of("p0", "p1", "p3"), sorted(selected(instance, mes(Utility.CARDINALITY, TENTH))));
    }

    @Test
    void explainsThePricePerSupporter() {
      PbOutcome o = PbRules.run(instance, mes(Utility.COST));
      // p2: three supporters with 1 each share 2: 2/3 each, ρ = (2/3) / 2 = 1/3.
      Reason.Bought r = (Reason.Bought) o.decision(ProjectId.of("p2")).orElseThrow().reason();
      assertEquals(1, r.round());
      assertEquals(Rational.of(1, 3), r.rho());
      assertEquals(Rational.of(2, 3), r.maxPayment());
      // p1: its two supporters have 1/3 left each after p2, 2/3 < 0.9.
      Reason.NotAffordable n = (Reason.NotAffordable) o.decision(ProjectId.of("p1")).orElseThrow().reason();
      assertEquals(Rational.of(2, 3), n.supportersMoney());
    }
  }

  /** pabutools test_rule.py, "Approval example 3 - With app score 0": example 2 plus two unapproved projects. */
  @Test
  void pabutoolsApprovalExample3ProjectsWithoutApprovals() {
    PbInstance instance = budget("4")
        .project("p0", "1").project("p1", "0.9").project("p2", "2").project("p3", "1.09").project("p4", "1.09").project("p5", "1.09")
        .voters(1, "p0").voters(2, "p1", "p2", "p3").voters(1, "p2")
        .build();
    assertEquals(List.of("p0", "p1", "p3"), sorted(selected(instance, mes(Utility.CARDINALITY))));
    assertEquals(List.of("p0", "p2"), sorted(selected(instance, mes(Utility.COST))));
    assertEquals(List.of("p0", "p1", "p2"), sorted(selected(instance, mes(Utility.COST, TENTH))));
  }

  /** pabutools test_rule.py, "Approval example 4 - With project with cost 0". */
  @Nested
  @DisplayName("pabutools test_rule.py, Approval example 4 (a zero-cost project)")
  class PabutoolsApprovalExample4 {
    private final PbInstance instance = budget("2")
        .project("p0", "0").project("p1", "1").project("p2", "2")
        .voters(1, "p0").voters(1, "p0", "p1", "p2").voters(1, "p2")
        .build();

    @Test
    void greedyByApprovals() {
      assertEquals(List.of("p0", "p2"), sorted(selected(instance, new PbRule.Greedy(GreedyOrder.APPROVALS))));
    }

    @Test
    void greedyByApprovalsPerCostIsOneOfTheTiedOutcomes() {
      // pabutools lists [p0, p1] and [p0, p2]; p1 and p2 tie at one approval per unit, p1 wins by id.
      assertEquals(List.of("p0", "p1"), sorted(selected(instance, new PbRule.Greedy(GreedyOrder.APPROVALS_PER_COST))));
    }

    @Test
    void mesCostUtilityBuysNothing() {
      assertEquals(List.of(), selected(instance, mes(Utility.COST)));
    }

    @Test
    void mesCardinalityUtilityBuysTheFreeProjectFirst() {
      assertEquals(List.of("p0"), selected(instance, mes(Utility.CARDINALITY)));
    }

    @Test
    void iteratedMesCostUtility() {
      assertEquals(List.of("p2"), selected(instance, mes(Utility.COST, TENTH)));
    }

    @Test
    void iteratedMesCardinalityUtilityIsOneOfTheTiedOutcomes() {
      List<String> s = sorted(selected(instance, mes(Utility.CARDINALITY, TENTH)));
      assertTrue(s.equals(List.of("p0", "p1")) || s.equals(List.of("p0", "p2")), s::toString);
    }
  }

  /** pabutools test_rule.py, "Approval example 1": two voters approve all four projects, budget 3. */
  @Test
  void pabutoolsApprovalExample1Greedy() {
    PbInstance instance = budget("3")
        .project("p0", "1").project("p1", "3").project("p2", "2").project("p3", "1")
        .voters(2, "p0", "p1", "p2", "p3")
        .build();
    // By approvals all tie: lexicographic order p0, p1 (does not fit), p2. pabutools lists [p0, p2] among the tied outcomes.
    assertEquals(List.of("p0", "p2"), selected(instance, new PbRule.Greedy(GreedyOrder.APPROVALS)));
    // By approvals per cost the only outcome is [p0, p3].
    assertEquals(List.of("p0", "p3"), selected(instance, new PbRule.Greedy(GreedyOrder.APPROVALS_PER_COST)));
  }

  /** pabutools test_rule.py, "All affordable": one voter approves everything, the budget covers it. */
  @Test
  void pabutoolsAllAffordable() {
    PbInstance instance = budget("7")
        .project("p0", "1").project("p1", "3").project("p2", "2").project("p3", "1")
        .voters(1, "p0", "p1", "p2", "p3")
        .build();
    List<String> all = List.of("p0", "p1", "p2", "p3");
    assertEquals(all, sorted(selected(instance, mes(Utility.COST))));
    assertEquals(all, sorted(selected(instance, mes(Utility.CARDINALITY))));
    assertEquals(all, sorted(selected(instance, new PbRule.SequentialPhragmen())));
    assertEquals(all, sorted(selected(instance, new PbRule.Greedy(GreedyOrder.APPROVALS))));
  }

  /**
   * The running example of Lackner and Skowron, "Multi-Winner Voting with Approval Preferences"
   * (Springer, 2023), as pabutools test_rule.py encodes it ("RunningEx LackSkow23"): 12 voters,
   * seven unit-cost projects, budget 4. Sequential Phragmén selects a, b, c, d; MES selects only a.
   */
  @Nested
  @DisplayName("Lackner & Skowron (2023) running example, via pabutools test_rule.py")
  class LacknerSkowronRunningExample {
    private final PbInstance instance = budget("4")
        .project("a", "1").project("b", "1").project("c", "1").project("d", "1").project("e", "1").project("f", "1").project("g", "1")
        .voters(3, "a", "b").voters(3, "a", "c").voters(2, "a", "d").voters(1, "b", "c", "f").voters(1, "e").voters(1, "f").voters(1, "g")
        .build();

    @Test
    void sequentialPhragmen() {
      assertEquals(List.of("a", "b", "c", "d"), sorted(selected(instance, new PbRule.SequentialPhragmen())));
    }

    @Test
    void mesCostAndCardinality() {
      assertEquals(List.of("a"), selected(instance, mes(Utility.COST)));
      assertEquals(List.of("a"), selected(instance, mes(Utility.CARDINALITY)));
    }
  }

  /**
   * The motivating example of the Method of Equal Shares (electowiki, "Method of Equal Shares",
   * Motivation; Peters, Pierczyński and Skowron, NeurIPS 2021): 51% of voters support ten red
   * projects, 49% ten blue ones, and the money suffices for ten. Greedy funds the ten red; MES with
   * the add1 completion funds five of each.
   */
  @Nested
  @DisplayName("electowiki, Method of Equal Shares, motivation (51% red, 49% blue)")
  class RedAndBlue {
    private final PbInstance instance;

    RedAndBlue() {
      Fixtures.Builder b = budget("10");
      String[] red = new String[10];
      String[] blue = new String[10];
      for (int i = 0; i < 10; i++) {
        red[i] = "red-" + i;
        blue[i] = "blue-" + i;
        b.project(red[i], "1").project(blue[i], "1");
      }
      instance = b.voters(51, red).voters(49, blue).build();
    }

    @Test
    void greedyFundsOnlyTheMajority() {
      assertTrue(selected(instance, new PbRule.Greedy(GreedyOrder.APPROVALS)).stream().allMatch(s -> s.startsWith("red")));
    }

    @Test
    void mesWithAdd1FundsFiveOfEach() {
      List<String> s = selected(instance, mes(Utility.COST, new Completion.Add1(Rational.of(1, 100))));
      assertEquals(5, s.stream().filter(x -> x.startsWith("red")).count(), s::toString);
      assertEquals(5, s.stream().filter(x -> x.startsWith("blue")).count(), s::toString);
    }

    @Test
    void mesWithoutCompletionLeavesOneUnitUnspent() {
      // Each voter has 1/10: the red group affords five at 1/51 each, the blue group four at 1/49.
      List<String> s = selected(instance, mes(Utility.COST));
      assertEquals(9, s.size(), s::toString);
      assertEquals(List.of("red-0", "red-1", "red-2", "red-3", "red-4", "blue-0", "blue-1", "blue-2", "blue-3"), s);
    }
  }
}
