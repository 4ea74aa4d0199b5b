// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.accessibility.AccessibilityAudit.Element;
import org.civicplan.accessibility.AccessibilityAudit.Observation;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.prioritisation.Normalization;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.Coordinates;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Location;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Population;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.NewStrategyRequest;

/**
 * The illustrative accessibility strategy of the fictional "Municipiul Exemplu" (the same city as
 * climate's sample). Not an official document: every figure is invented. Three audits: of the
 * street works on Bd. Exemplu (a street segment and a signalised crossing), of the tram stop
 * Piața Exemplu, and of the town hall's surroundings (an entrance, a car park and the crossing at
 * the county hospital, no works named); and the remediation programme {@code REM-2026} of the five
 * non-compliant elements ({@link #programme}). The scores, hand-checked with the default weights
 * (critical 2, other 1):
 *
 * <ul>
 *   <li>S-1 street segment: ACC-28-S compliant (w 1); ACC-30 not measured (no threshold in force).
 *       1 / 1 = 100.00 %.
 *   <li>C-1 crossing: compliant ACC-13 (w 2), ACC-14, ACC-19, ACC-26 (w 1 each) = 5; non-compliant
 *       ACC-21, ACC-25 (w 1 each), ACC-23 (w 2) = 4; ACC-27 and ACC-31 not measured.
 *       5 / 9 = 55.56 %. ACC-23 is critical; its remediation is.
 *   <li>T-1 tram stop: ACC-28-T compliant (w 2), ACC-13-T non-compliant (w 2), ACC-32 not measured.
 *       2 / 4 = 50.00 %. ACC-13-T is critical; its remediation is.
 *   <li>Works A-1.1 (and street Bd. Exemplu, district Centru): (1 + 5) / (1 + 9) = 60.00 %;
 *       A-2.1 (street Str. Gării, district Nord): 50.00 %.
 *   <li>E-1 entrance: ACC-01 non-compliant (1.10 &lt; 1.20 m, w 1); ACC-02, ACC-12 (w 1) and
 *       ACC-06, ACC-07 (critical, w 2) compliant: 6 / 7 = 85.71 %. P-1 car park: ACC-15
 *       non-compliant (3.75 &lt; 4 %, w 1), ACC-15-N compliant (w 2): 2 / 3 = 66.67 %. X-1
 *       crossing: ACC-13 compliant (w 2), ACC-14 non-compliant (250 outside 300–610 mm, w 1):
 *       2 / 3 = 66.67 %. None fails a critical criterion, so none needs a remediation action.
 * </ul>
 */
final class AccessibilitySample {

  static final OrganisationId INVESTMENTS = OrganisationId.of("dir-investments");
  static final OrganisationId TRANSPORT = OrganisationId.of("transport-company");
  static final OrganisationId SOCIAL = OrganisationId.of("social-assistance");

  /** Index of each annex in {@link #valid()}'s annex list. */
  static final int STREET_AUDIT = 0;
  static final int STOP_AUDIT = 1;

  private AccessibilitySample() {}

  static LocalizedText t(String en, String ro) {
    return LocalizedText.of(en, ro);
  }

  static Strategy valid() {
    AccessibilityTemplate template = new AccessibilityTemplate();
    Municipality city = Municipality.of("Municipiul Exemplu", "RO").withPopulation(Population.of(250_000, 2021));
    Strategy draft = template.newStrategy(new NewStrategyRequest(
        StrategyId.of("exemplu-accessibility-2026"), city, StrategyPeriod.of(2026, 2030),
        Optional.of(t("Accessibility strategy of Municipiul Exemplu 2026–2030 (illustrative example, not an official document)",
            "Strategia de accesibilizare a Municipiului Exemplu 2026–2030 (exemplu ilustrativ, nu este un document oficial)"))));
    Strategy audited = draft.toBuilder()
        .vision(t("A city every resident can move through, enter and use on their own",
            "Un oraș prin care fiecare locuitor se poate deplasa, în care poate intra și pe care îl poate folosi singur"))
        .organisations(List.of(
            Organisation.of(INVESTMENTS.value(), t("Investment directorate", "Direcția de investiții"), OrganisationCategory.CITY_DIRECTORATE),
            Organisation.of(TRANSPORT.value(), t("Public transport company", "Societatea de transport public"), OrganisationCategory.MUNICIPAL_COMPANY),
            Organisation.of(SOCIAL.value(), t("Social assistance directorate", "Direcția de asistență socială"), OrganisationCategory.CITY_DIRECTORATE)))
        .actions(actions())
        .annexes(List.of(streetAudit(), stopAudit(), townHallAudit()))
        .build();
    return programme(audited).strategy();
  }

  /** Index of the remediation programme in {@link #valid()}'s annex list. */
  static final int PROGRAMME = 3;

  /**
   * The yearly budget of the remediation programme: 2026 100 000 RON, 2027 200 000 RON. With the
   * estimates below, 2026 can pay for the town-hall entrance alone (90 000) or for the car park
   * and the hospital crossing (25 000 + 40 000), and 2027 for the crossing C-1 (180 000) or the
   * tram stop (150 000), not both.
   */
  static java.util.SortedMap<Integer, Money> budget() {
    return new java.util.TreeMap<>(java.util.Map.of(2026, Money.ron("100000"), 2027, Money.ron("200000")));
  }

  /** The estimates of the five non-compliant elements (invented figures). */
  static List<RemediationEstimate> estimates() {
    return List.of(
        RemediationEstimate.of("AUD-2026-01", "C-1", 2027, Money.ron("180000"), 4200, 150, 900),
        RemediationEstimate.of("AUD-2026-02", "T-1", 2027, Money.ron("150000"), 2600, 400, 650),
        RemediationEstimate.of("AUD-2026-03", "E-1", 2026, Money.ron("90000"), 800, 0, 300),
        RemediationEstimate.of("AUD-2026-03", "P-1", 2026, Money.ron("25000"), 400, 50, 120),
        RemediationEstimate.of("AUD-2026-03", "X-1", 2026, Money.ron("40000"), 3100, 80, 700));
  }

  static RemediationRequest request() {
    return RemediationRequest.of("REM-2026", estimates(), budget(), RankingMethod.weightedSum(Normalization.MIN_MAX), LocalDate.of(2026, 5, 14));
  }

  /** The remediation programme of {@code audited}, decided with {@link #request()}. */
  static RemediationPlan programme(Strategy audited) {
    return new AccessibilityTemplate().remediation().plan(audited, request());
  }

  private static final FundingSource LOCAL = FundingSource.of(FundingKind.LOCAL_BUDGET);

  static List<Action> actions() {
    return List.of(
        Action.builder("A-1.1", t("Rebuild the sidewalks and crossings of Bd. Exemplu", "Reconstruirea trotuarelor și trecerilor de pe Bd. Exemplu"))
            .serves(ObjectiveId.of("OS-1.1"))
            .responsible(INVESTMENTS)
            .start(PlanDate.ofYear(2026)).end(PlanDate.ofYear(2027))
            .status(ActionStatus.ON_TIME)
            .budgetLine(BudgetLine.planned(2026, Money.ron("2400000"), LOCAL))
            .tag("public-works")
            .build(),
        Action.builder("A-1.2", t("Accessible pedestrian signals at the signalised crossings", "Semnalizare sonoră și tactilă la trecerile semaforizate"))
            .serves(ObjectiveId.of("OS-1.1"))
            .responsible(INVESTMENTS)
            .start(PlanDate.ofYear(2027)).end(PlanDate.ofYear(2028))
            .status(ActionStatus.NOT_STARTED)
            .budgetLine(BudgetLine.planned(2027, Money.ron("600000"), LOCAL))
            .tag("public-works", "accessibility:audible-signals")
            .build(),
        Action.builder("A-2.1", t("Modernise the tram stop Piața Exemplu", "Modernizarea stației de tramvai Piața Exemplu"))
            .serves(ObjectiveId.of("OS-2.1"))
            .responsible(TRANSPORT)
            .start(PlanDate.ofYear(2026)).end(PlanDate.ofYear(2026))
            .status(ActionStatus.ON_TIME)
            .budgetLine(BudgetLine.planned(2026, Money.ron("900000"), LOCAL))
            .tag("public-works")
            .build(),
        Action.builder("A-2.2", t("Tactile paving at the boarding points of tram stops", "Suprafețe podotactile la punctele de îmbarcare din stațiile de tramvai"))
            .serves(ObjectiveId.of("OS-2.1"))
            .responsible(TRANSPORT)
            .start(PlanDate.ofYear(2027)).end(PlanDate.ofYear(2027))
            .status(ActionStatus.NOT_STARTED)
            .budgetLine(BudgetLine.planned(2027, Money.ron("150000"), LOCAL))
            .tag("public-works", "accessibility:tactile-paving")
            .build(),
        Action.builder("A-8.1", t("Accessibility training for designers and site supervisors", "Instruire în accesibilitate pentru proiectanți și diriginți de șantier"))
            .serves(ObjectiveId.of("OS-8.1"))
            .responsible(SOCIAL)
            .start(PlanDate.ofYear(2026)).end(PlanDate.ofYear(2030))
            .status(ActionStatus.ON_TIME)
            .build());
  }

  static Location at(String address, String district, double latitude, double longitude) {
    return new Location(Optional.of(address), Optional.of(district), Optional.of(Coordinates.of(latitude, longitude)));
  }

  /** The street segment S-1 of Bd. Exemplu. */
  static Element streetSegment() {
    return new Element("S-1", ElementType.STREET_SEGMENT, "Bd. Exemplu, no. 1–40",
        at("Bd. Exemplu 1–40", "Centru", 45.7537, 21.2257), Optional.of("Bd. Exemplu"),
        List.of(Observation.measured("ACC-30", "1.80").withNote("narrowest point at no. 17"),
            Observation.present("ACC-28-S", true)),
        List.of("photos/s-1-01.jpg"), Optional.empty());
  }

  /** The signalised crossing C-1 of Bd. Exemplu and Str. Școlii. */
  static Element crossing() {
    return new Element("C-1", ElementType.PEDESTRIAN_CROSSING, "Signalised crossing Bd. Exemplu / Str. Școlii",
        at("Bd. Exemplu / Str. Școlii", "Centru", 45.7541, 21.2270), Optional.of("Bd. Exemplu"),
        List.of(Observation.present("ACC-13", true),
            Observation.measured("ACC-14", "600"),
            Observation.measured("ACC-19", "0.15"),
            Observation.measured("ACC-21", "6"),
            Observation.present("ACC-23", false).withNote("audible signal only, no vibrotactile arrow"),
            Observation.measured("ACC-25", "50"),
            Observation.measured("ACC-26", "12"),
            Observation.measured("ACC-31", "8")),
        List.of("photos/c-1-01.jpg", "photos/c-1-02.jpg"), Optional.of(ActionId.of("A-1.2")));
  }

  /** The tram stop T-1 Piața Exemplu. */
  static Element tramStop() {
    return new Element("T-1", ElementType.TRANSPORT_STOP, "Tram stop Piața Exemplu (towards Gară)",
        at("Str. Gării 2", "Nord", 45.7601, 21.2190), Optional.of("Str. Gării"),
        List.of(Observation.present("ACC-28-T", true),
            Observation.present("ACC-13-T", false).withNote("no tactile strip at the front door of the tram")),
        List.of("photos/t-1-01.jpg"), Optional.of(ActionId.of("A-2.2")));
  }

  static AccessibilityAudit streetAudit() {
    return new AccessibilityAudit("AUD-2026-01", Optional.of(ActionId.of("A-1.1")), Optional.of(LocalDate.of(2026, 3, 12)),
        "Investment directorate with the Association of the Blind", List.of(streetSegment(), crossing()));
  }

  /** The entrance E-1 of the town hall: its ramp is too narrow (ACC-01, not critical). */
  static Element townHallEntrance() {
    return new Element("E-1", ElementType.BUILDING_ENTRANCE, "Town hall, main entrance",
        at("Piața Primăriei 1", "Vest", 45.7489, 21.2087), Optional.of("Piața Primăriei"),
        List.of(Observation.measured("ACC-01", "1.10"),
            Observation.measured("ACC-02", "6"),
            Observation.measured("ACC-06", "1.00"),
            Observation.measured("ACC-07", "0"),
            Observation.present("ACC-12", true)),
        List.of("photos/e-1-01.jpg"), Optional.empty());
  }

  /** The town-hall car park P-1: 3 of its 80 spaces reserved (ACC-15, not critical). */
  static Element townHallCarPark() {
    return new Element("P-1", ElementType.CAR_PARK, "Town hall car park",
        at("Piața Primăriei 3", "Vest", 45.7492, 21.2080), Optional.of("Piața Primăriei"),
        List.of(Observation.measured("ACC-15", "3.75").withNote("3 of 80 spaces"),
            Observation.measured("ACC-15-N", "3")),
        List.of(), Optional.empty());
  }

  /** The crossing X-1 at the county hospital: its tactile field is too shallow (ACC-14, not critical). */
  static Element hospitalCrossing() {
    return new Element("X-1", ElementType.PEDESTRIAN_CROSSING, "Crossing at the county hospital",
        at("Str. Spitalului 10", "Vest", 45.7470, 21.2101), Optional.of("Str. Spitalului"),
        List.of(Observation.present("ACC-13", true),
            Observation.measured("ACC-14", "250")),
        List.of("photos/x-1-01.jpg"), Optional.empty());
  }

  static AccessibilityAudit townHallAudit() {
    return new AccessibilityAudit("AUD-2026-03", Optional.empty(), Optional.of(LocalDate.of(2026, 4, 2)),
        "Social assistance directorate with the Association of Persons with Physical Disabilities",
        List.of(townHallEntrance(), townHallCarPark(), hospitalCrossing()));
  }

  static AccessibilityAudit stopAudit() {
    return new AccessibilityAudit("AUD-2026-02", Optional.of(ActionId.of("A-2.1")), Optional.of(LocalDate.of(2026, 3, 19)),
        "Public transport company", List.of(tramStop()));
  }
}
