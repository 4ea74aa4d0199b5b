// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.base.ActionId;
import org.civicplan.base.Finding;
import org.civicplan.base.Money;
import org.civicplan.base.Severity;
import org.civicplan.prioritisation.Normalization;
import org.civicplan.prioritisation.PortfolioDecision;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The remediation programme: candidates from the audits' failures, ranked, selected under the
 * yearly budget, sequenced and stored; hand-checked on the sample.
 */
class RemediationTest {

  static final AccessibilityTemplate TEMPLATE = new AccessibilityTemplate();
  static final Locale RO = Locale.forLanguageTag("ro");

  /** The sample's audits without its programme. */
  static Strategy audited() {
    Strategy s = AccessibilitySample.valid();
    return s.toBuilder().annexes(s.annexes().stream().filter(a -> !(a instanceof RemediationProgramme)).toList()).build();
  }

  static RemediationPlan plan(Strategy s, List<RemediationEstimate> estimates, Map<Integer, Money> budget) {
    return TEMPLATE.remediation().plan(s, RemediationRequest.of("REM-T", estimates, budget,
        RankingMethod.weightedSum(Normalization.MIN_MAX), LocalDate.of(2026, 5, 14)));
  }

  static ActionId id(String audit, String element) {
    return RemediationProgramme.Candidate.idOf(audit, element);
  }

  @Nested
  @DisplayName("on the sample")
  class OnTheSample {

    final RemediationProgramme programme = AccessibilitySample.programme(audited()).programme().orElseThrow();

    @Test
    void everyNonCompliantElementIsACandidate_theCompliantStreetSegmentIsNot() {
      assertEquals(List.of("AUD-2026-01:C-1", "AUD-2026-02:T-1", "AUD-2026-03:X-1", "AUD-2026-03:E-1", "AUD-2026-03:P-1"),
          programme.candidates().stream().map(c -> c.id().value()).toList());
    }

    @Test
    void aCriticalFailureBlocks_othersHinder() {
      RemediationProgramme.Candidate crossing = programme.candidates().get(0);
      assertEquals(List.of("ACC-21", "ACC-23", "ACC-25"), crossing.failing());
      assertEquals(Barrier.BLOCKS, crossing.barrier());
      assertEquals(Optional.of(ActionId.of("A-1.2")), crossing.remediation());
      assertEquals(Barrier.BLOCKS, programme.candidates().get(1).barrier());
      assertEquals(List.of(Barrier.HINDERS, Barrier.HINDERS, Barrier.HINDERS),
          programme.candidates().subList(2, 5).stream().map(RemediationProgramme.Candidate::barrier).toList());
    }

    @Test
    void scoresAreTheWeightedSumOfMinMaxValues() {
      // Weights: severity 0.30, people 0.25, use 0.20, cost 0.15, proximity 0.10. Ranges: cost
      // 25 000–180 000, people 120–900, proximity 0–400, severity 1–2, use 400–4200.
      // C-1: 0.15·0 + 0.25·1 + 0.10·(400−150)/400 + 0.30·1 + 0.20·1 = 0.8125.
      // T-1: 0.15·30/155 + 0.25·530/780 + 0 + 0.30 + 0.20·2200/3800 = 0.614694.
      // 0.15·140/155 + 0.25·580/780 + 0.10·0.8 + 0 + 0.20·2700/3800 = 0.543487.
      // E-1: 0.15·90/155 + 0.25·180/780 + 0.10 + 0 + 0.20·400/3800 = 0.265842.
      // P-1: 0.15 + 0 + 0.10·350/400 + 0 + 0 = 0.2375.
      PrioritisationRecord d = programme.decision();
      assertEquals("weighted-sum", d.method());
      assertEquals(Remediation.CRITERIA_SET, d.criteriaSet().value());
      double[] expected = {0.8125, 0.614694, 0.543487, 0.265842, 0.2375};
      for (int i = 0; i < expected.length; i++) {
        PrioritisationRecord.RankedAction r = d.actions().get(i);
        assertEquals(i + 1, r.rank());
        assertEquals(expected[i], r.score(), 1e-6, r.toString());
      }
      assertEquals(0.0625, d.action(id("AUD-2026-01", "C-1")).orElseThrow().contributions().get("proximity"), 1e-12);
      assertEquals(2.0, d.action(id("AUD-2026-01", "C-1")).orElseThrow().values().get("severity"), 0);
    }

    @Test
    void selectsThePortfolioOfGreatestValueWithinEachYearsBudget() {
      // 2026 (100 000): X-1 + P-1 (65 000, 0.543487 + 0.2375) beats E-1 alone (90 000, 0.265842);
      // 2027 (200 000): C-1 (0.8125) beats T-1 (0.614694); both cannot fit (330 000).
      PortfolioDecision s = programme.selection().orElseThrow();
      assertEquals(List.of(id("AUD-2026-01", "C-1"), id("AUD-2026-03", "P-1"), id("AUD-2026-03", "X-1")), s.selected());
      assertTrue(s.optimal());
      assertEquals(0.8125 + 0.543487 + 0.2375, s.value(), 1e-5);
      assertEquals(Map.of(2026, Money.ron("65000"), 2027, Money.ron("180000")), s.cost());
      assertEquals(List.of(
              new PortfolioDecision.PlannedRun(id("AUD-2026-03", "P-1"), 2026, 2026, 0),
              new PortfolioDecision.PlannedRun(id("AUD-2026-03", "X-1"), 2026, 2026, 0),
              new PortfolioDecision.PlannedRun(id("AUD-2026-01", "C-1"), 2027, 2027, 0)),
          s.schedule());
    }

    @Test
    void isStoredWithTheStrategyAsAnAnnex() {
      Strategy s = AccessibilitySample.valid();
      assertEquals(programme, s.annexes().get(AccessibilitySample.PROGRAMME));
      assertEquals(RemediationProgramme.KIND, programme.kind());
    }

    @Test
    void planningAgainReplacesTheProgrammeOfTheSameId() {
      Strategy once = AccessibilitySample.valid();
      Strategy twice = AccessibilitySample.programme(once).strategy();

      assertEquals(once, twice);
    }
  }

  @Nested
  @DisplayName("refuses or reports")
  class Findings {

    @Test
    void aFailingElementWithoutEstimate() {
      List<RemediationEstimate> four = AccessibilitySample.estimates().subList(0, 4);

      RemediationPlan p = plan(audited(), four, AccessibilitySample.budget());

      assertEquals(Optional.empty(), p.programme());
      assertEquals(audited(), p.strategy());
      Finding f = p.findings().get(0);
      assertEquals(Remediation.ESTIMATE_MISSING, f.code());
      assertEquals(Severity.ERROR, f.severity());
      assertEquals("/annexes/2/data/elements/2", f.path());
      assertTrue(f.message(Locale.ENGLISH).startsWith("Element X-1 of audit AUD-2026-03 fails ACC-14 but has no remediation estimate"),
          f.message(Locale.ENGLISH));
    }

    @Test
    void twoEstimatesOfOneElement() {
      List<RemediationEstimate> estimates = new ArrayList<>(AccessibilitySample.estimates());
      estimates.add(AccessibilitySample.estimates().get(0));

      RemediationPlan p = plan(audited(), estimates, AccessibilitySample.budget());

      assertEquals(List.of(Remediation.ESTIMATE_DUPLICATE), p.findings().stream().map(Finding::code).toList());
      assertEquals("/estimates/5", p.findings().get(0).path());
      assertTrue(p.hasErrors());
    }

    @Test
    void anEstimateOfACompliantElementIsUnusedButHarmless() {
      List<RemediationEstimate> estimates = new ArrayList<>(AccessibilitySample.estimates());
      estimates.add(RemediationEstimate.of("AUD-2026-01", "S-1", 2026, Money.ron("1000"), 10, 10, 10));

      RemediationPlan p = plan(audited(), estimates, AccessibilitySample.budget());

      assertEquals(List.of(Remediation.ESTIMATE_UNUSED), p.findings().stream().map(Finding::code).toList());
      assertEquals(Severity.WARNING, p.findings().get(0).severity());
      assertTrue(p.programme().isPresent());
    }

    @Test
    void anEstimateInAnotherCurrencyThanTheBudget() {
      List<RemediationEstimate> estimates = new ArrayList<>(AccessibilitySample.estimates());
      estimates.set(2, RemediationEstimate.of("AUD-2026-03", "E-1", 2026, Money.eur("18000"), 800, 0, 300));

      RemediationPlan p = plan(audited(), estimates, AccessibilitySample.budget());

      assertEquals(List.of(Remediation.CURRENCY), p.findings().stream().map(Finding::code).toList());
      assertEquals("/estimates/2/cost", p.findings().get(0).path());
      assertEquals("Estimarea de remediere a elementului E-1 este în EUR, dar bugetul este în RON; dați costurile în moneda bugetului",
          p.findings().get(0).message(RO));
    }

    @Test
    void nothingToRemedyWhenNoElementFails() {
      Strategy s = audited().toBuilder().annexes(List.of(AccessibilitySample.streetAudit().elements().isEmpty()
          ? AccessibilitySample.streetAudit()
          : new AccessibilityAudit("AUD-S", Optional.empty(), Optional.empty(), "", List.of(AccessibilitySample.streetSegment()))))
          .build();

      RemediationPlan p = plan(s, List.of(), AccessibilitySample.budget());

      assertEquals(List.of(Remediation.NOTHING_FAILS), p.findings().stream().map(Finding::code).toList());
      assertEquals(Severity.INFO, p.findings().get(0).severity());
      assertEquals(Optional.empty(), p.programme());
    }

    @Test
    void anEmptyBudgetIsCoresBudgetFinding() {
      RemediationPlan p = plan(audited(), AccessibilitySample.estimates(), Map.of());

      assertTrue(p.hasErrors());
      assertEquals(Optional.empty(), p.programme());
      assertEquals("/budget", p.findings().stream().filter(Finding::isError).findFirst().orElseThrow().path());
    }
  }

  @Nested
  @DisplayName("says why a candidate was not selected")
  class WhyNot {

    @Test
    void itCostsMoreThanTheWholeBudgetOfAYear() {
      RemediationProgramme p = plan(audited(), AccessibilitySample.estimates(),
          Map.of(2026, Money.ron("100000"), 2027, Money.ron("170000"))).programme().orElseThrow();
      RemediationProgramme.Candidate crossing = p.candidates().stream()
          .filter(c -> c.element().equals("C-1")).findFirst().orElseThrow();

      assertFalse(p.isSelected(crossing.id()));
      assertEquals("not selected: it costs more than the whole budget of 2027", RemediationReport.decision(p, crossing, Locale.ENGLISH));
      assertEquals("neselectat: costă mai mult decât întregul buget pe 2027", RemediationReport.decision(p, crossing, RO));
    }

    @Test
    void itsCostsFallOutsideTheBudgetYears() {
      RemediationPlan plan = plan(audited(), AccessibilitySample.estimates(), Map.of(2026, Money.ron("100000")));
      RemediationProgramme p = plan.programme().orElseThrow();
      RemediationProgramme.Candidate stop = p.candidates().stream()
          .filter(c -> c.element().equals("T-1")).findFirst().orElseThrow();

      // Core counts no cost outside the budget years: offered, the 2027 works would be selected for nothing.
      assertFalse(p.isSelected(stop.id()));
      assertTrue(p.ranked(stop.id()).isPresent());
      assertEquals("not selected: its costs fall outside the budget years", RemediationReport.decision(p, stop, Locale.ENGLISH));
      assertEquals(List.of(Remediation.OUTSIDE, Remediation.OUTSIDE), plan.findings().stream().map(Finding::code).toList());
      assertEquals("Element C-1 of audit AUD-2026-01 is costed only in [2027], outside the budget years 2026–2026; "
          + "it is ranked but not selected", plan.findings().get(0).message(Locale.ENGLISH));
      assertEquals("/estimates/0/cost", plan.findings().get(0).path());
    }

    @Test
    void theBestPortfolioLeavesItOut_aSelectedOneShowsItsYears() {
      RemediationProgramme p = AccessibilitySample.programme(audited()).programme().orElseThrow();

      assertEquals("not selected: the portfolio of greatest value within the yearly budget leaves it out",
          RemediationReport.decision(p, p.candidates().get(1), Locale.ENGLISH));
      assertEquals("selected, works 2027", RemediationReport.decision(p, p.candidates().get(0), Locale.ENGLISH));
      assertEquals("selectat, lucrări 2026", RemediationReport.decision(p, p.candidates().get(2), RO));
    }
  }

  @Nested
  @DisplayName("is rendered")
  class Rendered {

    final RemediationReport report = new RemediationReport(AccessibilitySample.valid(),
        Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters()), TEMPLATE.remediationCriteria());

    @Test
    void asAMarkdownTableWithNamesAndTheReadersNumbers() {
      String en = report.markdown(Locale.ENGLISH);
      String ro = report.markdown(RO);

      assertTrue(en.contains("| 1 | Signalised crossing Bd. Exemplu / Str. Școlii | Locator tone level above ambient measured 915 mm "
          + "from the button; Walk interval given in audible and vibrotactile form with a tactile arrow; Push-button size in at "
          + "least one dimension (blocks access) | 2027: 180,000 RON | selected, works 2027; planned as action A-1.2 |"), en);
      assertTrue(en.contains("Yearly budget: 2026: 100,000 RON; 2027: 200,000 RON"), en);
      assertTrue(en.contains("| 5 | Town hall car park | 0.2375 | 25000 (0.15) |"), en);
      assertTrue(ro.contains("| 4 | Town hall, main entrance | Lățimea liberă a rampei de acces (îngreunează accesul) | "
          + "2026: 90.000 RON | neselectat: portofoliul de valoare maximă încadrat în bugetul anual nu îl cuprinde |"), ro);
      assertTrue(ro.contains("| 2 | Tram stop Piața Exemplu (towards Gară) | 0,6147 |"), ro);
    }

    @Test
    void asHtmlInRomanian() {
      String html = report.html(RO);

      assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ro\">"), html);
      assertTrue(html.contains("<th>selectat sau de ce nu</th>"), html);
      assertTrue(html.contains("<td>2026: 25.000 RON</td><td>selectat, lucrări 2026</td>"), html);
    }

    @Test
    void theSameStrategyGivesTheSameText() {
      assertEquals(report.markdown(RO), new RemediationReport(AccessibilitySample.valid(),
          Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters()), TEMPLATE.remediationCriteria()).markdown(RO));
    }

    @Test
    void aStrategyWithoutProgrammeSaysSo() {
      RemediationReport none = new RemediationReport(audited(), Compliance.of(TEMPLATE.criteria(), TEMPLATE.parameters()),
          TEMPLATE.remediationCriteria());

      assertTrue(none.markdown(Locale.ENGLISH).endsWith("The strategy has no remediation programme.\n"));
    }
  }

  @Test
  void moneyInTheReadersNotation() {
    assertEquals("1,250,000 RON", RemediationReport.money(Money.ron("1250000"), false));
    assertEquals("1.250.000,50 RON", RemediationReport.money(Money.ron("1250000.5"), true));
  }

  @Test
  void anEstimateRefusesNegativeOrMissingValues() {
    assertThrows(IllegalArgumentException.class,
        () -> RemediationEstimate.of("A", "E", 2026, Money.ron("-1"), 1, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> RemediationEstimate.of("A", "E", 2026, Money.ron("1"), Double.NaN, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new RemediationEstimate("A", "E", new java.util.TreeMap<>(), 1, 1, 1));
  }

  @Test
  void candidateIdsJoinAuditAndElement() {
    assertEquals(ActionId.of("AUD-2026-01:C-1"), id("AUD-2026-01", "C-1"));
    assertFalse(audited().annexes().stream().anyMatch(a -> a instanceof RemediationProgramme));
    List<Annex> annexes = AccessibilitySample.valid().annexes();
    assertEquals(4, annexes.size());
  }
}
