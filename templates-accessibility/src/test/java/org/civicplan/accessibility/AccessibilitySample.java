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
 * climate's sample). Not an official document: every figure is invented. Two audits: of the
 * street works on Bd. Exemplu (a street segment and a signalised crossing) and of the tram stop
 * Piața Exemplu. The scores, hand-checked with the default weights (critical 2, other 1):
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
    return draft.toBuilder()
        .vision(t("A city every resident can move through, enter and use on their own",
            "Un oraș prin care fiecare locuitor se poate deplasa, în care poate intra și pe care îl poate folosi singur"))
        .organisations(List.of(
            Organisation.of(INVESTMENTS.value(), t("Investment directorate", "Direcția de investiții"), OrganisationCategory.CITY_DIRECTORATE),
            Organisation.of(TRANSPORT.value(), t("Public transport company", "Societatea de transport public"), OrganisationCategory.MUNICIPAL_COMPANY),
            Organisation.of(SOCIAL.value(), t("Social assistance directorate", "Direcția de asistență socială"), OrganisationCategory.CITY_DIRECTORATE)))
        .actions(actions())
        .annexes(List.of(streetAudit(), stopAudit()))
        .build();
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

  static AccessibilityAudit stopAudit() {
    return new AccessibilityAudit("AUD-2026-02", Optional.of(ActionId.of("A-2.1")), Optional.of(LocalDate.of(2026, 3, 19)),
        "Public transport company", List.of(tramStop()));
  }
}
