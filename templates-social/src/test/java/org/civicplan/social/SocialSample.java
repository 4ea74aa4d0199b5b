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
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Municipality;
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

  /** The day the catalogue describes. */
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  /** Index of the social-services annex. */
  static final int SERVICES = 0;

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
        .annexes(List.<Annex>of(services()))
        .build();
  }

  static List<Organisation> organisations() {
    return List.of(
        Organisation.of(DIRECTORATE.value(), t("Social assistance directorate", "Direcția de asistență socială"), OrganisationCategory.CITY_DIRECTORATE),
        Organisation.of(COMPLEX.value(), t("Municipal social services complex", "Complexul municipal de servicii sociale"), OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PUBLIC),
        Organisation.of(SENIORS.value(), t("Exemplu Seniors Association", "Asociația Seniorii Exemplu"), OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PRIVATE),
        Organisation.of(CHILDREN.value(), t("Exemplu Children Foundation", "Fundația Copiii Exemplu"), OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PRIVATE),
        Organisation.of(SHELTER.value(), t("Exemplu Shelter Association", "Asociația Adăpost Exemplu"), OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PRIVATE));
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
        action("A-3.1", "Community centre in Nord", "Centru comunitar în Nord",
            "OS-3.2", 2026, 2028, "1500000", "target-group:marginalised"));
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
    return new SocialServices(DIRECTORATE, AS_OF, plans, providers(), serviceList(), needs());
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
      return new SocialServices(a.directorate(), a.asOf(), a.annualPlans(), a.providers(), list, a.needs());
    };
  }
}
