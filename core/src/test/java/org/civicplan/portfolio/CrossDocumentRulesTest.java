// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import static org.civicplan.portfolio.PortfolioFixture.INTEGRATED;
import static org.civicplan.portfolio.PortfolioFixture.SECTORAL;
import static org.civicplan.portfolio.PortfolioFixture.integrated;
import static org.civicplan.portfolio.PortfolioFixture.integratedBuilder;
import static org.civicplan.portfolio.PortfolioFixture.links;
import static org.civicplan.portfolio.PortfolioFixture.sectoral;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.Severity;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.LifecycleState;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each cross-document rule fires on a pair of documents made from the fixture portfolio by one
 * change, with its code, severity, document and JSON Pointer, and is silent on the fixture.
 */
class CrossDocumentRulesTest {

  private static List<PortfolioFinding> check(Strategy... strategies) {
    return PortfolioValidator.crossDocument().validate(Portfolio.of(List.of(strategies))).findings();
  }

  private static PortfolioFinding only(List<PortfolioFinding> findings, String code) {
    List<PortfolioFinding> of = findings.stream().filter(f -> f.finding().code().equals(code)).toList();
    assertEquals(1, of.size(), () -> "one " + code + " in " + findings);
    assertEquals(of, findings, "and nothing else");
    return of.get(0);
  }

  private static Strategy withDecision(Strategy s, String number, LocalDate date) {
    return s.toBuilder()
        .governance(s.governance().withDecisions(
            List.of(new CouncilDecision(number, date, Optional.empty(), Optional.empty(), Optional.empty()))))
        .build();
  }

  @Test
  void fixturePortfolioIsSilent() {
    assertEquals(List.of(), check(integrated(), sectoral()));
  }

  @Test
  void documentsWithoutLinksAreSilent() {
    assertEquals(List.of(), check(integratedBuilder().build(), sectoral()));
  }

  @Nested
  class Identity {
    @Test
    void duplicateStrategyIdIsAnErrorOnTheSecond() {
      Strategy twin = sectoral().toBuilder().title(LocalizedText.of("Twin", "Geamăn")).actions(List.of()).build();
      Portfolio p = new Portfolio(
          List.of(new Portfolio.Member("a.json", sectoral()), new Portfolio.Member("b.json", twin)), List.of());
      PortfolioFinding f = only(PortfolioValidator.crossDocument().validate(p).findings(),
          PortfolioCodes.STRATEGY_ID_DUPLICATE);
      assertEquals("b.json#/id", f.where());
      assertEquals(Severity.ERROR, f.finding().severity());
      assertTrue(f.finding().message(Locale.ENGLISH).contains("a.json"), f::toString);
    }

    @Test
    void anotherMunicipalityIsAWarning() {
      Strategy lugoj = sectoral().toBuilder().municipality(Municipality.of("Lugoj", "RO")).build();
      PortfolioFinding f = only(check(integrated(), lugoj), PortfolioCodes.MUNICIPALITY_DIFFERS);
      assertEquals(SECTORAL + "#/municipality/name", f.where());
      assertEquals(Severity.WARNING, f.finding().severity());
      assertEquals("Această strategie aparține de „Lugoj”, dar prima strategie a portofoliului („" + INTEGRATED
          + "”) aparține de „Timișoara”. Un portofoliu cuprinde strategiile unei singure unități administrativ-teritoriale.",
          f.finding().message(Locale.forLanguageTag("ro")));
    }
  }

  @Nested
  class Links {
    @Test
    void malformedLinksAreReportedAtTheirPointer() {
      Strategy bad = integratedBuilder()
          .annex(new RawAnnex(StrategyLinks.KIND,
              "{\"delegations\":[{\"objective\":\"OS-2.1\",\"to\":\"tm-green-2026:OS-2.1\"}],\"extra\":1}"))
          .build();
      List<PortfolioFinding> findings = check(bad, sectoral());
      assertEquals(List.of(INTEGRATED + "#/annexes/0/data/delegations/0/to", INTEGRATED + "#/annexes/0/data/extra"),
          findings.stream().map(PortfolioFinding::where).toList());
      assertTrue(findings.stream().allMatch(f -> f.finding().code().equals(PortfolioCodes.LINKS_INVALID)));
      assertEquals("\"tm-green-2026:OS-2.1\" is not a reference of the form STRATEGY/objective/ID.",
          findings.get(0).finding().message(Locale.ENGLISH));
    }

    @Test
    void delegationToAMissingObjectiveIsUnresolved() {
      Strategy s = new StrategyLinks(
          List.of(new Delegation(ObjectiveId.of("OS-2.1"), CrossReference.objective(SECTORAL, "OS-9"))),
          List.of(), List.of()).applyTo(integratedBuilder().build());
      PortfolioFinding f = only(check(s, sectoral()), PortfolioCodes.REFERENCE_UNRESOLVED);
      assertEquals(INTEGRATED + "#/annexes/0/data/delegations/0/to", f.where());
      assertEquals("\"tm-green-2026/objective/OS-9\" refers to objective \"OS-9\", which strategy \"tm-green-2026\" does not have.",
          f.finding().message(Locale.ENGLISH));
    }

    @Test
    void delegationToAStrategyOutsideThePortfolioIsUnresolved() {
      List<PortfolioFinding> findings = check(integrated());
      assertEquals(List.of(INTEGRATED + "#/annexes/0/data/delegations/0/to",
              INTEGRATED + "#/annexes/0/data/sharedActions/0/with",
              INTEGRATED + "#/annexes/0/data/sharedIndicators/0/with"),
          findings.stream().map(PortfolioFinding::where).toList());
      assertTrue(findings.stream().allMatch(f -> f.finding().code().equals(PortfolioCodes.REFERENCE_UNRESOLVED)));
      assertEquals("„tm-green-2026/objective/OS-2.1” trimite la strategia „tm-green-2026”, care nu este în portofoliu."
          + " Strategiile din portofoliu: " + INTEGRATED + ".", findings.get(0).finding().message(Locale.forLanguageTag("ro")));
    }

    @Test
    void linkToItselfIsUnresolved() {
      Strategy s = new StrategyLinks(
          List.of(), List.of(new SharedAction(ActionId.of("I-2"), CrossReference.action(INTEGRATED, "I-1"))),
          List.of()).applyTo(integratedBuilder().build());
      PortfolioFinding f = only(check(s, sectoral()), PortfolioCodes.REFERENCE_UNRESOLVED);
      assertEquals(INTEGRATED + "#/annexes/0/data/sharedActions/0/with", f.where());
    }

    @Test
    void linkFromAnActionTheStrategyDoesNotHave() {
      Strategy s = new StrategyLinks(
          List.of(), List.of(new SharedAction(ActionId.of("I-9"), CrossReference.action(SECTORAL, "A-1"))),
          List.of()).applyTo(integratedBuilder().build());
      PortfolioFinding f = only(check(s, sectoral()), PortfolioCodes.LINK_SUBJECT_UNKNOWN);
      assertEquals(INTEGRATED + "#/annexes/0/data/sharedActions/0/action", f.where());
      assertEquals("Legătura numește acțiunea „I-9”, care lipsește din această strategie.",
          f.finding().message(Locale.forLanguageTag("ro")));
    }
  }

  @Nested
  class SharedItems {
    @Test
    void sameActionWithoutALinkIsClaimedTwice() {
      Strategy s = integratedBuilder()
          .action(Action.builder("I-3", LocalizedText.of("  Plant STREET trees ", "Altceva"))
              .budgetLine(BudgetLine.planned(2026, Money.ron("200000"), FundingSource.of(FundingKind.LOCAL_BUDGET)))
              .build())
          .build();
      s = links().applyTo(s);
      PortfolioFinding f = only(check(s, sectoral()), PortfolioCodes.ACTION_CLAIMED_TWICE);
      // reported on the later of the two in portfolio order
      assertEquals(SECTORAL + "#/actions/1", f.where());
      assertEquals(Severity.WARNING, f.finding().severity());
      assertEquals("Action \"A-2\" (\"Plant street trees\") is also listed by strategy \"" + INTEGRATED
          + "\" as action \"I-3\", with no shared link. Its budget is counted once, in \"" + INTEGRATED
          + "\". If both strategies carry it, declare it in sharedActions.", f.finding().message(Locale.ENGLISH));
    }

    @Test
    void sharedIndicatorWithMeasurementsInBothHasTwoSeries() {
      Strategy s = integrated().toBuilder()
          .indicators(List.of(org.civicplan.fixture.StrategyFixture.co2(), org.civicplan.fixture.StrategyFixture.trees()))
          .build();
      PortfolioFinding f = only(check(s, sectoral()), PortfolioCodes.INDICATOR_SERIES_TWICE);
      assertEquals(INTEGRATED + "#/indicators/0/measurements", f.where());
      assertEquals(Severity.ERROR, f.finding().severity());
    }

    @Test
    void sharedIndicatorInAnotherUnit() {
      Strategy s = integrated();
      s = s.toBuilder().indicators(List.of(s.indicators().get(0).toBuilder().unit("kt CO2/yr").build(),
          s.indicators().get(1))).build();
      PortfolioFinding f = only(check(s, sectoral()), PortfolioCodes.INDICATOR_UNIT_DIFFERS);
      assertEquals(INTEGRATED + "#/indicators/0/unit", f.where());
    }

    @Test
    void measurementsOnlyInTheSharingDocumentAreOneSeries() {
      Strategy s = integrated().toBuilder()
          .indicators(List.of(org.civicplan.fixture.StrategyFixture.co2(), org.civicplan.fixture.StrategyFixture.trees()))
          .build();
      Strategy withoutSeries = sectoral().toBuilder()
          .indicators(List.of(org.civicplan.fixture.StrategyFixture.co2().toBuilder().measurements(List.of()).build(),
              org.civicplan.fixture.StrategyFixture.trees()))
          .build();
      assertEquals(List.of(), check(s, withoutSeries));
    }
  }

  @Nested
  class PeriodsAndLifecycle {
    @Test
    void sectoralApprovedAfterTheIntegratedOne() {
      Strategy i = withDecision(integrated(), "12", LocalDate.of(2026, 3, 1));
      Strategy s = withDecision(sectoral(), "40", LocalDate.of(2026, 5, 28));
      PortfolioFinding f = only(check(i, s), PortfolioCodes.APPROVED_AFTER_INTEGRATED);
      assertEquals(SECTORAL + "#/governance/decisions/0/date", f.where());
      assertEquals("This strategy was approved on 2026-05-28 (decision 40), after the integrated strategy \""
          + INTEGRATED + "\" it implements was last approved on 2026-03-01.", f.finding().message(Locale.ENGLISH));
    }

    @Test
    void sectoralApprovedBeforeOrOnTheSameDayIsSilent() {
      Strategy i = withDecision(integrated(), "12", LocalDate.of(2026, 3, 1));
      assertEquals(List.of(), check(i, withDecision(sectoral(), "40", LocalDate.of(2026, 3, 1))));
      assertEquals(List.of(), check(i, withDecision(sectoral(), "40", LocalDate.of(2025, 11, 27))));
    }

    @Test
    void sectoralOutlivingTheIntegratedOne() {
      Strategy s = sectoral().toBuilder().period(StrategyPeriod.of(2026, 2032)).build();
      PortfolioFinding f = only(check(integrated(), s), PortfolioCodes.OUTLIVES_INTEGRATED);
      assertEquals(SECTORAL + "#/period", f.where());
      assertEquals("Această strategie acoperă 2026/2032 și depășește astfel strategia integrată „" + INTEGRATED
          + "” pe care o pune în aplicare, care acoperă 2026/2030.", f.finding().message(Locale.forLanguageTag("ro")));
    }

    @Test
    void sectoralInForceUnderAWithdrawnIntegratedOne() {
      Strategy i = integrated().toBuilder().state(LifecycleState.WITHDRAWN).build();
      Strategy s = sectoral().toBuilder().state(LifecycleState.IN_IMPLEMENTATION).build();
      PortfolioFinding f = only(check(i, s), PortfolioCodes.LIFECYCLE_INCONSISTENT);
      assertEquals(SECTORAL + "#/state", f.where());
      assertEquals("This strategy is in implementation, but the integrated strategy \"" + INTEGRATED
          + "\" it implements is withdrawn.", f.finding().message(Locale.ENGLISH));
    }

    @Test
    void withoutADelegationNoStrategyImplementsAnother() {
      Strategy i = withDecision(integratedBuilder().state(LifecycleState.WITHDRAWN).build(), "12", LocalDate.of(2026, 3, 1));
      Strategy s = withDecision(sectoral().toBuilder().state(LifecycleState.IN_IMPLEMENTATION)
          .period(StrategyPeriod.of(2026, 2032)).build(), "40", LocalDate.of(2026, 5, 28));
      assertEquals(List.of(), check(i, s));
    }
  }
}
