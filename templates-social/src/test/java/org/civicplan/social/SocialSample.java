// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.Governance;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.PartnershipProject;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalAnswer;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Partner;
import org.civicplan.strategy.PartnerRole;
import org.civicplan.strategy.Population;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.NewStrategyRequest;

/**
 * The illustrative social services development strategy of the fictional "Municipiul Exemplu"
 * (the city of the climate and accessibility samples). Not an official document: every name and
 * figure is invented. The Nomenclator codes of the CR-D family are those of HG 867/2015 (DOMAIN.md
 * §4); the other codes only have the observed shape and were not checked against the Nomenclator.
 *
 * <p>Twenty services in five districts (Centru, Nord, Sud, Est, Vest) for six target groups, with
 * the estimated needs. The gaps, hand-checked (capacity = places of the operating services of the
 * group in the district; gap = max(0, need − capacity); share = gap / need × 100):
 *
 * <pre>
 * group              Centru     Nord      Sud       Est       Vest      need cap. gap  share
 * children           50/40=10   30/30=0   40/24=16  20/0=20   20/0=20   160  94   66   41.25 %
 * elderly            110/120=0  70/60=10  40/0=40   80/80=0   50/50=0   350  310  50   14.2857 %
 * disability         50/50=0    20/0=20   30/30=0   40/40=0   30/0=30   170  120  50   29.4118 %
 *                    (S-11 in Vest is planned: its 20 places do not count)
 * homeless           150/160=0  30/30=0   10/0=10   10/0=10   20/0=20   220  190  40   18.1818 %
 * domestic-violence  60/60=0    2/0=2     20/20=0   2/0=2     2/0=2     86   80   6    6.9767 %
 * marginalised       0/0=0      80/0=80   40/40=0   150/150=0 120/100=20 390 290  100  25.6410 %
 *                    (S-20 in Nord is planned)
 * </pre>
 *
 * <p>Every group above the 10 % default of {@code gaps.warning-pct} has an action tagged {@code
 * target-group:<id>}; domestic violence (6.9767 %) needs none.
 */
final class SocialSample {

  static final OrganisationId DIRECTORATE = SocialTemplate.DIRECTORATE;
  static final OrganisationId COMPLEX = OrganisationId.of("social-services-complex");
  static final OrganisationId SENIORS = OrganisationId.of("asoc-seniori");
  static final OrganisationId CHILDREN = OrganisationId.of("fundatia-copii");
  static final OrganisationId SHELTER = OrganisationId.of("asoc-adapost");
  static final OrganisationId PROFESSIONALS = OrganisationId.of("asoc-asistenti-sociali");
  static final OrganisationId BENEFICIARIES = OrganisationId.of("asoc-persoane-dizabilitati");
  static final OrganisationId MONITORING_UNIT = OrganisationId.of("monitoring-unit");
  static final OrganisationId LAG = OrganisationId.of("gal-exemplu");
  static final OrganisationId NGO = OrganisationId.of("asoc-comunitate");

  /** The body that monitors the directorate's services. */
  static final BodyId MONITORING_BODY = BodyId.of("services-monitoring");

  /** The consultation: announced, and the end of the proposals period. */
  static final LocalDate ANNOUNCED = LocalDate.of(2026, 3, 2);
  static final LocalDate PROPOSALS_UNTIL = LocalDate.of(2026, 3, 12);

  /** The day the catalogue describes. */
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  /** Index of the social-services annex. */
  static final int SERVICES = 0;
  /** Index of the services-monitoring annex. */
  static final int MONITORING = 1;
  /** Index of the marginalised-areas annex. */
  static final int AREAS = 2;

  private SocialSample() {}

  static LocalizedText t(String en, String ro) {
    return LocalizedText.of(en, ro);
  }

  static Strategy valid() {
    SocialTemplate template = new SocialTemplate();
    Municipality city = Municipality.of("Municipiul Exemplu", "RO").withPopulation(Population.of(250_000, 2021));
    Strategy draft = template.newStrategy(new NewStrategyRequest(
        StrategyId.of("exemplu-social-2026"), city, StrategyPeriod.of(2026, 2030),
        Optional.of(t("Social services development strategy of Municipiul Exemplu 2026–2030 (illustrative example, not an official document)",
            "Strategia de dezvoltare a serviciilor sociale a Municipiului Exemplu 2026–2030 (exemplu ilustrativ, nu este un document oficial)"))));
    return draft.toBuilder()
        .vision(t("Every resident who needs support finds a licensed social service close to home",
            "Fiecare locuitor care are nevoie de sprijin găsește un serviciu social licențiat aproape de casă"))
        .organisations(organisations())
        .actions(actions())
        .state(LifecycleState.PUBLIC_CONSULTATION)
        .governance(governance())
        .annexes(List.<Annex>of(services(), monitoring(), areas()))
        .build();
  }

  static List<Organisation> organisations() {
    return List.of(
        Organisation.of(DIRECTORATE.value(), t("Social assistance directorate", "Direcția de asistență socială"), OrganisationCategory.CITY_DIRECTORATE),
        Organisation.of(COMPLEX.value(), t("Municipal social services complex", "Complexul municipal de servicii sociale"), OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PUBLIC),
        Organisation.of(SENIORS.value(), t("Exemplu Seniors Association", "Asociația Seniorii Exemplu"), OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PRIVATE),
        Organisation.of(CHILDREN.value(), t("Exemplu Children Foundation", "Fundația Copiii Exemplu"), OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PRIVATE),
        Organisation.of(SHELTER.value(), t("Exemplu Shelter Association", "Asociația Adăpost Exemplu"), OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PRIVATE),
        Organisation.of(PROFESSIONALS.value(), t("Exemplu Social Workers' Association", "Asociația asistenților sociali Exemplu"), OrganisationCategory.PROFESSIONAL_ASSOCIATION),
        Organisation.of(BENEFICIARIES.value(), t("Exemplu Association of Persons with Disabilities", "Asociația persoanelor cu dizabilități Exemplu"), OrganisationCategory.BENEFICIARIES_ORGANISATION),
        Organisation.of(LAG.value(), t("Exemplu Urban Local Action Group", "Grupul de acțiune locală Exemplu Urban"), OrganisationCategory.LOCAL_ACTION_GROUP),
        Organisation.of(NGO.value(), t("Exemplu Community Association", "Asociația Comunitatea Exemplu"), OrganisationCategory.NGO),
        Organisation.of(MONITORING_UNIT.value(), t("Social services monitoring unit of the city hall", "Compartimentul de monitorizare a serviciilor sociale al primăriei"), OrganisationCategory.CITY_DIRECTORATE));
  }

  /**
   * The monitoring committee of the directorate's services, with no member from the directorate,
   * and the open consultation: proposals from a private provider and from the beneficiaries'
   * organisation, both answered; the public provider took part and the professional association was
   * invited (recorded in the annex).
   */
  static Governance governance() {
    GovernanceBody monitoring = new GovernanceBody(MONITORING_BODY, BodyKind.MONITORING_COMMITTEE,
        t("Social services monitoring committee", "Comitetul de monitorizare a serviciilor sociale"),
        List.of(Member.of("Ioana Exemplu", MemberRole.COORDINATOR, MONITORING_UNIT),
            Member.of("Mihai Exemplu", MemberRole.MEMBER, BENEFICIARIES)))
        .withMonitors(List.of(DIRECTORATE));
    Consultation consultation = Consultation.announced(ANNOUNCED, PROPOSALS_UNTIL).withProposals(List.of(
        new Proposal("P-1", "Asociația Seniorii Exemplu", Optional.of(SENIORS), LocalDate.of(2026, 3, 5),
            "Add home care in Sud to the first annual plan", Optional.of("/actions/1"),
            Optional.of(new ProposalAnswer(ProposalDecision.ACCEPTED, "Added to the 2026 annual plan", Optional.of(LocalDate.of(2026, 3, 16))))),
        new Proposal("P-2", "Asociația persoanelor cu dizabilități Exemplu", Optional.of(BENEFICIARIES), LocalDate.of(2026, 3, 9),
            "Open the independent-living centre in 2026", Optional.of("/actions/2"),
            Optional.of(new ProposalAnswer(ProposalDecision.PARTLY_ACCEPTED, "The works start in 2026; the centre opens in 2027",
                Optional.of(LocalDate.of(2026, 3, 16)))))));
    return Governance.empty().withBodies(List.of(monitoring)).withConsultations(List.of(consultation))
        .withProjects(List.of(
            PartnershipProject.of(ActionId.of("A-3.1"), "A-1"),
            PartnershipProject.of(ActionId.of("A-3.2"), "A-2"),
            PartnershipProject.of(ActionId.of("A-3.3"), "A-3"),
            PartnershipProject.of(ActionId.of("A-3.4"), "A-4")));
  }

  private static final FundingSource LOCAL = FundingSource.of(FundingKind.LOCAL_BUDGET);
  private static final FundingSource STATE = FundingSource.of(FundingKind.NATIONAL);

  static List<Action> actions() {
    return List.of(
        action("A-1.1", "Day centre for children in Est and Vest", "Centru de zi pentru copii în Est și Vest",
            "OS-1.1", 2026, 2027, "1200000", "target-group:children"),
        action("A-1.2", "Home care for the elderly in Sud", "Îngrijire la domiciliu pentru vârstnici în Sud",
            "OS-1.1", 2026, 2030, "450000", "target-group:elderly"),
        action("A-1.3", "Open the residential centre for adults with disabilities in Vest",
            "Deschiderea centrului rezidențial pentru adulți cu dizabilități din Vest",
            "OS-1.1", 2026, 2027, "3000000", "target-group:disability"),
        action("A-2.1", "Night shelter places in Sud, Est and Vest", "Locuri în adăposturi de noapte în Sud, Est și Vest",
            "OS-2.2", 2027, 2028, "800000", "target-group:homeless"),
        withPartners(action("A-3.1", "Community centre in Nord", "Centru comunitar în Nord",
            "OS-3.2", 2026, 2028, "1500000", "target-group:marginalised", "clld"), LAG),
        withPartners(action("A-3.2", "After-school programme in Colonia Fabricii", "Program școală după școală în Colonia Fabricii",
            "OS-3.1", 2026, 2029, "600000"), NGO),
        withPartners(action("A-3.3", "Employment counselling in Str. Morii", "Consiliere pentru ocupare în Str. Morii",
            "OS-3.1", 2027, 2029, "350000"), NGO),
        withPartners(action("A-3.4", "Housing repairs in Blocurile ANL Vest", "Reparații ale locuințelor din Blocurile ANL Vest",
            "OS-3.1", 2027, 2030, "2200000", "clld"), LAG, NGO));
  }

  private static Action withPartners(Action action, OrganisationId... partners) {
    Action.Builder b = action.toBuilder();
    for (OrganisationId o : partners) {
      b.partner(new Partner(o, PartnerRole.PARTNER));
    }
    return b.build();
  }

  /**
   * Eight areas with illustrative scores (higher = more deprived) and the classification recorded
   * for them. Hand-checked composite (min–max normalisation over the eight areas: human capital
   * 0.12–0.71, employment 0.15–0.66, housing 0.10–0.70; mean of the three):
   *
   * <pre>
   * rank area  scores (hc, emp, hou)  normalised                           composite  recorded
   * 1    A-2   0.71 0.66 0.58         1, 1, 0.48/0.60 = 0.8                0.933333   all (marginalised)
   * 2    A-1   0.62 0.55 0.70         0.50/0.59, 0.40/0.51, 1              0.877257   all (marginalised)
   * 3    A-6   0.58 0.61 0.66         0.46/0.59, 0.46/0.51, 0.56/0.60      0.871652   all (marginalised)
   * 4    A-3   0.40 0.52 0.35         0.28/0.59, 0.37/0.51, 0.25/0.60      0.538911   employment
   * 5    A-4   0.30 0.28 0.61         0.18/0.59, 0.13/0.51, 0.51/0.60      0.469996   housing
   * 6    A-7   0.45 0.20 0.25         0.33/0.59, 0.05/0.51, 0.15/0.60      0.302454   human capital
   * 7    A-5   0.18 0.22 0.45         0.06/0.59, 0.07/0.51, 0.35/0.60      0.274094   –
   * 8    A-8   0.12 0.15 0.10         0, 0, 0                              0.000000   –
   * </pre>
   *
   * <p>The projects target: the marginalised
   * area A-6 has no project, and no project is outside a disadvantaged area.
   */
  static MarginalisedAreas areas() {
    return new MarginalisedAreas("Illustrative scores and classification, after the method of the World Bank 2014 Atlas", List.of(
        area("A-1", "Cartierul Gării", "Nord", 3200, "0.62", "0.55", "0.70", Dimension.values()),
        area("A-2", "Colonia Fabricii", "Est", 2100, "0.71", "0.66", "0.58", Dimension.values()),
        area("A-3", "Str. Morii", "Sud", 900, "0.40", "0.52", "0.35", Dimension.EMPLOYMENT),
        area("A-4", "Blocurile ANL Vest", "Vest", 1500, "0.30", "0.28", "0.61", Dimension.HOUSING),
        area("A-5", "Centrul Vechi", "Centru", 2600, "0.18", "0.22", "0.45"),
        area("A-6", "Dealul Viilor", "Vest", 700, "0.58", "0.61", "0.66", Dimension.values()),
        area("A-7", "Lunca", "Sud", 1200, "0.45", "0.20", "0.25", Dimension.HUMAN_CAPITAL),
        area("A-8", "Cartierul Tineretului", "Est", 3000, "0.12", "0.15", "0.10")));
  }

  private static MarginalisedAreas.Area area(String id, String name, String district, int population,
      String hc, String emp, String hou, Dimension... disadvantaged) {
    return new MarginalisedAreas.Area(id, name, district, population, new java.math.BigDecimal(hc),
        new java.math.BigDecimal(emp), new java.math.BigDecimal(hou), List.of(disadvantaged));
  }

  private static Action action(String id, String en, String ro, String objective, int start, int end, String ron, String... tags) {
    return Action.builder(id, t(en, ro))
        .serves(ObjectiveId.of(objective))
        .responsible(DIRECTORATE)
        .start(PlanDate.ofYear(start)).end(PlanDate.ofYear(end))
        .status(start <= 2026 ? ActionStatus.ON_TIME : ActionStatus.NOT_STARTED)
        .budgetLine(BudgetLine.planned(start, Money.ron(ron), LOCAL))
        .tag(tags)
        .build();
  }

  static SocialServices services() {
    List<SocialServices.AnnualPlan> plans = new ArrayList<>();
    plans.add(new SocialServices.AnnualPlan(2026, Optional.of(LocalDate.of(2026, 2, 26)), Optional.of(LocalDate.of(2026, 3, 10))));
    for (int y = 2027; y <= 2030; y++) {
      plans.add(SocialServices.AnnualPlan.of(y));
    }
    return new SocialServices(DIRECTORATE, AS_OF, plans, providers(), serviceList(), needs(),
        List.of(new SocialServices.Consulted(COMPLEX, Evidence.PARTICIPATED, LocalDate.of(2026, 3, 10)),
            new SocialServices.Consulted(PROFESSIONALS, Evidence.INVITED, ANNOUNCED)),
        List.of(new SocialServices.DataReport(2025, LocalDate.of(2026, 5, 20))));
  }

  static List<SocialServices.Provider> providers() {
    return List.of(
        new SocialServices.Provider(DIRECTORATE, ProviderSector.PUBLIC, Optional.of(Authorisation.of("AC-0101/2022", LocalDate.of(2027, 6, 30)))),
        new SocialServices.Provider(COMPLEX, ProviderSector.PUBLIC, Optional.of(Authorisation.of("AC-0102/2022", LocalDate.of(2027, 6, 30)))),
        new SocialServices.Provider(SENIORS, ProviderSector.PRIVATE, Optional.of(Authorisation.of("AC-0450/2023", LocalDate.of(2028, 1, 31)))),
        new SocialServices.Provider(CHILDREN, ProviderSector.PRIVATE, Optional.of(Authorisation.of("AC-0512/2024", LocalDate.of(2029, 4, 30)))),
        new SocialServices.Provider(SHELTER, ProviderSector.PRIVATE, Optional.of(Authorisation.of("AC-0618/2024", LocalDate.of(2029, 9, 30)))));
  }

  static List<SocialServices.Service> serviceList() {
    return List.of(
        service("S-01", "Centrul de zi pentru copii Centru", "8891 CZ-C", ServiceType.DAY, "children", CHILDREN, "Centru", 40, 52, 8, "9800"),
        service("S-02", "Centrul de zi pentru copii Nord", "8891 CZ-C", ServiceType.DAY, "children", DIRECTORATE, "Nord", 30, 35, 0, "9100"),
        service("S-03", "Casa de tip familial Sud", "8790 CR-C-I", ServiceType.RESIDENTIAL, "children", COMPLEX, "Sud", 24, 24, 11, "48000"),
        service("S-04", "Îngrijire la domiciliu Centru", "8810 ID-I", ServiceType.HOME_BASED, "elderly", SENIORS, "Centru", 120, 160, 0, "6200"),
        service("S-05", "Îngrijire la domiciliu Est", "8810 ID-I", ServiceType.HOME_BASED, "elderly", DIRECTORATE, "Est", 80, 95, 0, "6000"),
        service("S-06", "Clubul seniorilor Vest", "8810 CZ-V", ServiceType.DAY, "elderly", SENIORS, "Vest", 50, 70, 0, "2400"),
        service("S-07", "Căminul pentru persoane vârstnice Nord", "8730 CR-V", ServiceType.RESIDENTIAL, "elderly", COMPLEX, "Nord", 60, 62, 14, "52000"),
        service("S-08", "Centrul de îngrijire și asistență Centru", "8790 CR-D-I", ServiceType.RESIDENTIAL, "disability", COMPLEX, "Centru", 50, 50, 6, "61000"),
        service("S-09", "Centrul de abilitare și reabilitare Sud", "8790 CR-D-II", ServiceType.RESIDENTIAL, "disability", COMPLEX, "Sud", 30, 31, 3, "58000"),
        service("S-10", "Centrul de zi pentru persoane cu dizabilități Est", "8899 CZ-D", ServiceType.DAY, "disability", DIRECTORATE, "Est", 40, 47, 0, "7300"),
        planned("S-11", "Centrul de viață independentă Vest", "8790 CR-D-IV", ServiceType.RESIDENTIAL, "disability", DIRECTORATE, "Vest", 20),
        service("S-12", "Adăpostul de noapte Centru", "8790 CR-PFA", ServiceType.RESIDENTIAL, "homeless", SHELTER, "Centru", 60, 410, 0, "3900"),
        service("S-13", "Echipa mobilă de stradă", "8899 SIS", ServiceType.COMMUNITY, "homeless", SHELTER, "Centru", 100, 380, 0, "900"),
        service("S-14", "Centrul de primire în regim de urgență Nord", "8790 CR-PFA", ServiceType.RESIDENTIAL, "homeless", DIRECTORATE, "Nord", 30, 190, 0, "4100"),
        service("S-15", "Centrul pentru victimele violenței domestice Sud", "8790 CR-VD", ServiceType.RESIDENTIAL, "domestic-violence", COMPLEX, "Sud", 20, 64, 0, "12500"),
        service("S-16", "Centrul de consiliere pentru victime Centru", "8899 CZ-VD", ServiceType.COMMUNITY, "domestic-violence", DIRECTORATE, "Centru", 60, 210, 0, "1100"),
        service("S-17", "Centrul comunitar Est", "8899 CC", ServiceType.COMMUNITY, "marginalised", DIRECTORATE, "Est", 150, 420, 0, "800"),
        service("S-18", "Centrul comunitar Vest", "8899 CC", ServiceType.COMMUNITY, "marginalised", CHILDREN, "Vest", 100, 260, 25, "850"),
        service("S-19", "Centrul de zi pentru familii Sud", "8899 CZ-F", ServiceType.DAY, "marginalised", DIRECTORATE, "Sud", 40, 88, 5, "2100"),
        planned("S-20", "Centrul comunitar Nord", "8899 CC", ServiceType.COMMUNITY, "marginalised", DIRECTORATE, "Nord", 80));
  }

  private static SocialServices.Service service(String id, String name, String code, ServiceType type, String group,
      OrganisationId provider, String district, int capacity, int served, int waiting, String cost) {
    int n = Integer.parseInt(id.substring(2));
    Authorisation licence = Authorisation.of("LF-" + (1000 + n) + "/2024", LocalDate.of(2029, 1 + n % 12, 15));
    return new SocialServices.Service(id, name, code, type, group, provider, district, ServiceStatus.OPERATING,
        Optional.of(licence), capacity, served, waiting, Optional.of(Money.ron(cost)),
        provider.equals(DIRECTORATE) || provider.equals(COMPLEX) ? List.of(LOCAL, STATE) : List.of(LOCAL));
  }

  private static SocialServices.Service planned(String id, String name, String code, ServiceType type, String group,
      OrganisationId provider, String district, int capacity) {
    return new SocialServices.Service(id, name, code, type, group, provider, district, ServiceStatus.PLANNED,
        Optional.empty(), capacity, 0, 0, Optional.empty(), List.of(LOCAL));
  }

  static List<SocialServices.Need> needs() {
    String source = "Illustrative estimate (social assistance directorate records)";
    int[][] places = {
        {50, 30, 40, 20, 20},
        {110, 70, 40, 80, 50},
        {50, 20, 30, 40, 30},
        {150, 30, 10, 10, 20},
        {60, 2, 20, 2, 2},
        {0, 80, 40, 150, 120}};
    String[] groups = {"children", "elderly", "disability", "homeless", "domestic-violence", "marginalised"};
    String[] districts = {"Centru", "Nord", "Sud", "Est", "Vest"};
    List<SocialServices.Need> out = new ArrayList<>();
    for (int g = 0; g < groups.length; g++) {
      for (int d = 0; d < districts.length; d++) {
        out.add(new SocialServices.Need(groups[g], districts[d], places[g][d], source));
      }
    }
    return out;
  }

  /**
   * The monitoring plan 2026 of the directorate's services, with a city standard for home care.
   * Hand-checked report (checks count only for visits done; met % = met / checks × 100):
   *
   * <pre>
   * group              services planned done met partly not  met %  open recs
   * children           1 (S-02) 1       1    1   1      0    50     1
   * elderly            1 (S-05) 1       1    1   0      1    50     1
   * disability         1 (S-10) 1       1    1   0      0    100    0
   * homeless           1 (S-14) 1       1    0   1      0    0      0 (1 done)
   * domestic-violence  1 (S-16) 1       0    0   0      0    –      0
   * marginalised       2 (S-17, S-19) 2 0    0   0      0    –      0
   * total              7        7       4    3   2      1    50     2
   * </pre>
   */
  static ServicesMonitoring monitoring() {
    QualityStandard city = new QualityStandard("EX-HOME-48H", ServiceType.HOME_BASED,
        t("First home-care visit within 48 hours of the referral", "Prima vizită de îngrijire la domiciliu în 48 de ore de la trimitere"),
        "City standard (illustrative)");
    return new ServicesMonitoring(2026, MONITORING_BODY, List.of(city), List.of(
        visit("S-02", "2026-02-10", "2026-02-10",
            List.of(check("MQS-DAY-CHILD", CheckResult.MET), check("MQS-DAY", CheckResult.PARTLY_MET)),
            List.of(recommendation("Extend the opening hours to 18:00", "2026-06-30", FollowUp.IN_PROGRESS))),
        visit("S-05", "2026-02-17", "2026-02-18",
            List.of(check("MQS-HOME", CheckResult.MET), check("EX-HOME-48H", CheckResult.NOT_MET)),
            List.of(recommendation("Hire a second care coordinator", "2026-09-30", FollowUp.OPEN))),
        visit("S-10", "2026-03-03", "2026-03-03", List.of(check("MQS-DAY", CheckResult.MET)), List.of()),
        visit("S-14", "2026-03-17", "2026-03-19", List.of(check("MQS-RES", CheckResult.PARTLY_MET)),
            List.of(recommendation("Repair the heating of the dormitory", "2026-04-30", FollowUp.DONE))),
        visit("S-16", "2026-04-14", null, List.of(), List.of()),
        visit("S-17", "2026-05-12", null, List.of(), List.of()),
        visit("S-19", "2026-06-09", null, List.of(), List.of())));
  }

  private static ServicesMonitoring.Visit visit(String service, String planned, String done,
      List<ServicesMonitoring.Check> checks, List<ServicesMonitoring.Recommendation> recommendations) {
    return new ServicesMonitoring.Visit(service, LocalDate.parse(planned),
        Optional.ofNullable(done).map(LocalDate::parse), checks, recommendations);
  }

  private static ServicesMonitoring.Check check(String standard, CheckResult result) {
    return new ServicesMonitoring.Check(standard, result, "");
  }

  private static ServicesMonitoring.Recommendation recommendation(String text, String due, FollowUp followUp) {
    return new ServicesMonitoring.Recommendation(text, Optional.of(LocalDate.parse(due)), followUp);
  }

  /** The sample with its monitoring plan changed. */
  static Strategy withMonitoring(UnaryOperator<ServicesMonitoring> change) {
    Strategy s = valid();
    List<Annex> annexes = new ArrayList<>(s.annexes());
    annexes.set(MONITORING, change.apply((ServicesMonitoring) annexes.get(MONITORING)));
    return s.toBuilder().annexes(annexes).build();
  }

  /** The sample with its marginalised-areas annex changed. */
  static Strategy withAreas(UnaryOperator<MarginalisedAreas> change) {
    Strategy s = valid();
    List<Annex> annexes = new ArrayList<>(s.annexes());
    annexes.set(AREAS, change.apply((MarginalisedAreas) annexes.get(AREAS)));
    return s.toBuilder().annexes(annexes).build();
  }

  /** The sample with its social-services annex changed. */
  static Strategy withServices(UnaryOperator<SocialServices> change) {
    Strategy s = valid();
    List<Annex> annexes = new ArrayList<>(s.annexes());
    annexes.set(SERVICES, change.apply((SocialServices) annexes.get(SERVICES)));
    return s.toBuilder().annexes(annexes).build();
  }

  /** The annex with service {@code index} changed. */
  static UnaryOperator<SocialServices> service(int index, UnaryOperator<SocialServices.Service> change) {
    return a -> {
      List<SocialServices.Service> list = new ArrayList<>(a.services());
      list.set(index, change.apply(list.get(index)));
      return a.withServices(list);
    };
  }
}
