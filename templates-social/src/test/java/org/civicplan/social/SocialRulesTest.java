// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.Engagement;
import org.civicplan.governance.EngagementKind;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.OrganisationId;
import org.civicplan.governance.PartnershipProject;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of the social template fires on a sample with one defect, and is silent on the sample. */
class SocialRulesTest {

  record Mutant(String code, Severity severity, String path, Supplier<Strategy> strategy, Map<String, String> parameters) {
    @Override
    public String toString() {
      return code + " at " + path;
    }
  }

  static final String SERVICES = "/annexes/" + SocialSample.SERVICES + "/data";

  private static Strategy withActions(UnaryOperator<List<Action>> change) {
    Strategy s = SocialSample.valid();
    return s.toBuilder().actions(change.apply(new ArrayList<>(s.actions()))).build();
  }

  private static SocialServices copy(SocialServices a, List<SocialServices.AnnualPlan> plans,
      List<SocialServices.Provider> providers, List<SocialServices.Need> needs) {
    return new SocialServices(a.directorate(), a.asOf(), plans, providers, a.services(), needs, a.consulted(), a.dataReports());
  }

  static Stream<Arguments> mutants() {
    List<Mutant> m = List.of(
        // S-01 is operating; without its licence it may not operate
        new Mutant(SocialCodes.LICENCE_MISSING, Severity.ERROR, SERVICES + "/services/0",
            () -> SocialSample.withServices(SocialSample.service(0, s -> new SocialServices.Service(s.id(), s.name(), s.code(),
                s.type(), s.targetGroup(), s.provider(), s.district(), s.status(), Optional.empty(), s.capacity(),
                s.beneficiariesPerYear(), s.waitingList(), s.costPerBeneficiary(), s.funding()))), Map.of()),
        // valid until the day before the catalogue's date
        new Mutant(SocialCodes.LICENCE_EXPIRED, Severity.ERROR, SERVICES + "/services/1/licence/validUntil",
            () -> SocialSample.withServices(SocialSample.service(1, s -> withLicence(s, SocialSample.AS_OF.minusDays(1)))), Map.of()),
        // valid until exactly 90 days after the catalogue's date: within the window
        new Mutant(SocialCodes.LICENCE_EXPIRING, Severity.WARNING, SERVICES + "/services/2/licence/validUntil",
            () -> SocialSample.withServices(SocialSample.service(2, s -> withLicence(s, SocialSample.AS_OF.plusDays(90)))), Map.of()),
        // the earliest licence, S-12's, runs to 2029-01-15 = 2026-03-31 + 1021 days (365 + 366 + 290);
        // the next, S-13's, to 2029-02-15
        new Mutant(SocialCodes.LICENCE_EXPIRING, Severity.WARNING, SERVICES + "/services/11/licence/validUntil",
            SocialSample::valid, Map.of(SocialRules.LICENCE_WARNING_DAYS, "1021")),
        new Mutant(SocialCodes.CODE_FORMAT, Severity.WARNING, SERVICES + "/services/3/code",
            () -> SocialSample.withServices(SocialSample.service(3, s -> withCode(s, "8810-ID-I"))), Map.of()),
        new Mutant(SocialCodes.DIRECTORATE_UNKNOWN, Severity.ERROR, SERVICES + "/directorate",
            () -> SocialSample.withServices(a -> new SocialServices(OrganisationId.of("dgas"), a.asOf(), a.annualPlans(),
                a.providers(), a.services(), a.needs(), a.consulted(), a.dataReports())), Map.of()),
        // the beneficiaries' organisation sent the only proposal of its category
        new Mutant(SocialCodes.CONSULTATION_CATEGORY_MISSING, Severity.ERROR, "/governance/consultations/0",
            () -> withoutProposal("P-2"), Map.of()),
        // the professional association was only invited, as recorded in the annex
        new Mutant(SocialCodes.CONSULTATION_CATEGORY_MISSING, Severity.WARNING, "/governance/consultations/0",
            () -> SocialSample.withServices(a -> a.withConsulted(a.consulted().subList(0, 1))),
            Map.of(SocialRules.CONSULTATION_SEVERITY, "warning")),
        new Mutant(SocialCodes.MONITORING_BODY_MISSING, Severity.ERROR, "/governance/bodies",
            () -> withBodies(List.of()), Map.of()),
        new Mutant(SocialCodes.MONITORING_PLAN_BODY, Severity.ERROR, "/annexes/1/data/body",
            () -> SocialSample.withMonitoring(p -> new ServicesMonitoring(p.year(), BodyId.of("council"), p.standards(), p.visits())), Map.of()),
        new Mutant(SocialCodes.MONITORING_SERVICE_UNKNOWN, Severity.ERROR, "/annexes/1/data/visits/4/service",
            () -> SocialSample.withMonitoring(p -> withVisit(p, 4, v -> new ServicesMonitoring.Visit("S-99", v.planned(), v.doneOn(),
                v.checks(), v.recommendations()))), Map.of()),
        new Mutant(SocialCodes.MONITORING_STANDARD_UNKNOWN, Severity.ERROR, "/annexes/1/data/visits/2/checks/0/standard",
            () -> SocialSample.withMonitoring(p -> withVisit(p, 2, v -> new ServicesMonitoring.Visit(v.service(), v.planned(), v.doneOn(),
                List.of(new ServicesMonitoring.Check("MQS-XYZ", CheckResult.MET, "")), v.recommendations()))), Map.of()),
        // S-10 is a day service; MQS-RES is for residential services
        new Mutant(SocialCodes.MONITORING_STANDARD_OTHER_TYPE, Severity.ERROR, "/annexes/1/data/visits/2/checks/0/standard",
            () -> SocialSample.withMonitoring(p -> withVisit(p, 2, v -> new ServicesMonitoring.Visit(v.service(), v.planned(), v.doneOn(),
                List.of(new ServicesMonitoring.Check("MQS-RES", CheckResult.MET, "")), v.recommendations()))), Map.of()),
        new Mutant(SocialCodes.DUPLICATE, Severity.ERROR, "/annexes/2/data/areas/8/id",
            () -> SocialSample.withAreas(a -> new MarginalisedAreas(a.source(), plus(a.areas(), a.areas().get(0)))), Map.of()),
        new Mutant(SocialCodes.PROJECT_AREA_UNKNOWN, Severity.ERROR, "/governance/projects/1/targetAreas/0",
            () -> withProjects(p -> p.set(1, PartnershipProject.of(ActionId.of("A-3.2"), "A-9"))), Map.of()),
        // is tagged clld; without its Local Action Group it keeps the NGO
        new Mutant(SocialCodes.PROJECT_LAG_MISSING, Severity.ERROR, "/governance/projects/3",
            () -> withActions(a -> a.stream().map(x -> x.id().value().equals("A-3.4")
                ? x.toBuilder().partners(x.partners().subList(1, 2)).build() : x).collect(Collectors.toCollection(ArrayList::new))), Map.of()),
        // the 2025 data is due by 2026-05-31 and was sent only on 2026-05-20
        new Mutant(SocialCodes.REPORTING_DUE, Severity.INFO, SERVICES + "/dataReports",
            SocialSample::valid, Map.of(ReportingDeadlines.AS_OF, "2026-05-10")),
        new Mutant(SocialCodes.REPORTING_LATE, Severity.WARNING, SERVICES + "/dataReports",
            () -> SocialSample.withServices(a -> a.withDataReports(List.of())), Map.of(ReportingDeadlines.AS_OF, "2026-06-01")),
        // S-14's visit found MQS-RES partly met; without its recommendation
        new Mutant(SocialCodes.MONITORING_RECOMMENDATION_MISSING, Severity.WARNING, "/annexes/1/data/visits/3/recommendations",
            () -> SocialSample.withMonitoring(p -> withVisit(p, 3, v -> new ServicesMonitoring.Visit(v.service(), v.planned(), v.doneOn(),
                v.checks(), List.of()))), Map.of()),
        new Mutant(SocialCodes.ORGANISATION_UNKNOWN, Severity.ERROR, SERVICES + "/providers/5/organisation",
            () -> SocialSample.withServices(a -> copy(a, a.annualPlans(), plus(a.providers(), new SocialServices.Provider(
                OrganisationId.of("unknown-provider"), ProviderSector.PRIVATE, Optional.empty())), a.needs())), Map.of()),
        new Mutant(SocialCodes.PROVIDER_UNKNOWN, Severity.ERROR, SERVICES + "/services/4/provider",
            () -> SocialSample.withServices(SocialSample.service(4, s -> withProvider(s, OrganisationId.of("asoc-necunoscuta")))), Map.of()),
        new Mutant(SocialCodes.TARGET_GROUP_UNKNOWN, Severity.ERROR, SERVICES + "/services/5/targetGroup",
            () -> SocialSample.withServices(SocialSample.service(5, s -> withGroup(s, "seniors"))), Map.of()),
        new Mutant(SocialCodes.DUPLICATE, Severity.ERROR, SERVICES + "/services/6/id",
            () -> SocialSample.withServices(SocialSample.service(6, s -> withId(s, "S-06"))), Map.of()),
        new Mutant(SocialCodes.PLAN_OUTSIDE_PERIOD, Severity.ERROR, SERVICES + "/annualPlans/5/year",
            () -> SocialSample.withServices(a -> copy(a, plus(a.annualPlans(), SocialServices.AnnualPlan.of(2031)),
                a.providers(), a.needs())), Map.of()),
        // children: 66 of 160 places unmet (41.25 %) and no longer addresses them
        new Mutant(SocialCodes.GAP_UNADDRESSED, Severity.WARNING, SERVICES + "/needs",
            () -> withActions(a -> a.stream().filter(x -> !x.id().value().equals("A-1.1")).collect(Collectors.toCollection(ArrayList::new))),
            Map.of()),
        // domestic violence: 6 of 86 places (6.9767 %) is above a 5 % threshold, and no action addresses it
        new Mutant(SocialCodes.GAP_UNADDRESSED, Severity.WARNING, SERVICES + "/needs",
            SocialSample::valid, Map.of(SocialRules.GAPS_WARNING_PCT, "5")));
    return m.stream().map(Arguments::of);
  }

  static Strategy withoutProposal(String id) {
    Strategy s = SocialSample.valid();
    Consultation c = s.governance().consultations().get(0);
    Consultation changed = c.withProposals(c.proposals().stream().filter(p -> !p.id().equals(id)).toList());
    return s.toBuilder().governance(s.governance().withConsultations(List.of(changed))).build();
  }

  static Strategy withProjects(java.util.function.Consumer<List<PartnershipProject>> change) {
    Strategy s = SocialSample.valid();
    List<PartnershipProject> projects = new ArrayList<>(s.governance().projects());
    change.accept(projects);
    return s.toBuilder().governance(s.governance().withProjects(projects)).build();
  }

  static Strategy withBodies(List<GovernanceBody> bodies) {
    Strategy s = SocialSample.valid();
    return s.toBuilder().governance(s.governance().withBodies(bodies)).build();
  }

  static ServicesMonitoring withVisit(ServicesMonitoring p, int index, UnaryOperator<ServicesMonitoring.Visit> change) {
    List<ServicesMonitoring.Visit> visits = new ArrayList<>(p.visits());
    visits.set(index, change.apply(visits.get(index)));
    return new ServicesMonitoring(p.year(), p.body(), p.standards(), visits);
  }

  static <T> List<T> plus(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  static SocialServices.Service withLicence(SocialServices.Service s, LocalDate validUntil) {
    return new SocialServices.Service(s.id(), s.name(), s.code(), s.type(), s.targetGroup(), s.provider(), s.district(),
        s.status(), Optional.of(Authorisation.of(s.licence().orElseThrow().number(), validUntil)), s.capacity(),
        s.beneficiariesPerYear(), s.waitingList(), s.costPerBeneficiary(), s.funding());
  }

  static SocialServices.Service withCode(SocialServices.Service s, String code) {
    return new SocialServices.Service(s.id(), s.name(), code, s.type(), s.targetGroup(), s.provider(), s.district(),
        s.status(), s.licence(), s.capacity(), s.beneficiariesPerYear(), s.waitingList(), s.costPerBeneficiary(), s.funding());
  }

  static SocialServices.Service withGroup(SocialServices.Service s, String group) {
    return new SocialServices.Service(s.id(), s.name(), s.code(), s.type(), group, s.provider(), s.district(),
        s.status(), s.licence(), s.capacity(), s.beneficiariesPerYear(), s.waitingList(), s.costPerBeneficiary(), s.funding());
  }

  static SocialServices.Service withProvider(SocialServices.Service s, OrganisationId provider) {
    return new SocialServices.Service(s.id(), s.name(), s.code(), s.type(), s.targetGroup(), provider, s.district(),
        s.status(), s.licence(), s.capacity(), s.beneficiariesPerYear(), s.waitingList(), s.costPerBeneficiary(), s.funding());
  }

  static SocialServices.Service withId(SocialServices.Service s, String id) {
    return new SocialServices.Service(id, s.name(), s.code(), s.type(), s.targetGroup(), s.provider(), s.district(),
        s.status(), s.licence(), s.capacity(), s.beneficiariesPerYear(), s.waitingList(), s.costPerBeneficiary(), s.funding());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void ruleFiresOnMutant(Mutant mutant) {
    ValidationReport report = Findings.of(mutant.strategy().get(), mutant.parameters());
    List<Finding> found = report.findings().stream().filter(f -> f.code().equals(mutant.code())).toList();
    assertEquals(1, found.size(), () -> "expected one " + mutant.code() + " but got " + report.findings());
    Finding f = found.get(0);
    assertEquals(mutant.severity(), f.severity());
    assertEquals(mutant.path(), f.path());
    assertTrue(f.message().has("ro"), () -> "no Romanian message: " + f);
    assertFalse(f.message(Locale.forLanguageTag("ro")).contains("{"), f::toString);
    assertFalse(f.message(Locale.ENGLISH).contains("{"), f::toString);
  }

  @Test
  void aMeetingOfTheCoreEngagementLogReachesACategory() {
    // Without P-2 the beneficiaries' organisation is not reached (the mutant above); a meeting of
    // the engagement log with it during the consultation reaches it again.
    Strategy s = withoutProposal("P-2");
    Engagement meeting = new Engagement("E-1", EngagementKind.MEETING, SocialSample.ANNOUNCED.plusDays(5),
        List.of(SocialSample.BENEFICIARIES), List.of(), List.of("independent living"), Optional.empty());
    Strategy met = s.toBuilder().governance(s.governance().withEngagements(List.of(meeting))).build();
    assertEquals(List.of(), Findings.of(met).findings());
    Engagement invitation = new Engagement("E-1", EngagementKind.INVITATION, SocialSample.ANNOUNCED.plusDays(5),
        List.of(SocialSample.BENEFICIARIES), List.of(), List.of("independent living"), Optional.empty());
    Strategy invited = s.toBuilder().governance(s.governance().withEngagements(List.of(invitation))).build();
    assertEquals(List.of(SocialCodes.CONSULTATION_CATEGORY_MISSING),
        Findings.of(invited).findings().stream().map(Finding::code).toList(), "an invitation alone does not reach");
  }

  @Test
  void sampleHasNoFindings() {
    assertEquals(List.of(), Findings.of(SocialSample.valid()).findings());
  }

  @Test
  void everyCodeIsExercisedByAMutant() throws IllegalAccessException {
    Set<String> declared = new TreeSet<>();
    for (Field f : SocialCodes.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && !f.getName().startsWith("RULE_")) {
        declared.add((String) f.get(null));
      }
    }
    Set<String> exercised = mutants().map(a -> ((Mutant) a.get()[0]).code()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(declared, exercised);
  }

  @Test
  void expiredLicenceMessageNamesTheDatesInBothLanguages() {
    Strategy s = SocialSample.withServices(SocialSample.service(1, x -> withLicence(x, LocalDate.of(2026, 3, 30))));
    Finding f = Findings.of(s).findings().get(0);
    assertEquals("The licence LF-1002/2024 of operating service S-02 was valid until 2026-03-30, before the catalogue's "
        + "date 2026-03-31; renew it or record the service as suspended", f.message(Locale.ENGLISH));
    assertEquals("Licența LF-1002/2024 a serviciului în funcțiune S-02 a fost valabilă până la 2026-03-30, înainte de data "
        + "catalogului, 2026-03-31; reînnoiți-o sau înregistrați serviciul ca suspendat", f.message(Locale.forLanguageTag("ro")));
  }

  @Test
  void gapMessageUsesTheReadersDecimalSeparator() {
    Strategy s = withActions(a -> a.stream().filter(x -> !x.id().value().equals("A-1.2")).collect(Collectors.toCollection(ArrayList::new)));
    Finding f = Findings.of(s).findings().get(0);
    assertEquals("Target group elderly has an unmet need of 50 of 350 places (14.286 %, above 10 %) and no action "
        + "addresses it; tag an action target-group:elderly", f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.forLanguageTag("ro")).contains("(14,286 %, peste 10 %)"), f::toString);
  }

  @Test
  void aPlannedServiceNeedsNoLicence() {
    // S-11 (index 10) is planned and has no licence
    assertEquals(ServiceStatus.PLANNED, SocialSample.services().services().get(10).status());
    assertTrue(SocialSample.services().services().get(10).licence().isEmpty());
    assertFalse(Findings.of(SocialSample.valid()).findings().stream().anyMatch(f -> f.code().equals(SocialCodes.LICENCE_MISSING)));
  }
}
