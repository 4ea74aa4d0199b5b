// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import static org.civicplan.fixture.StrategyFixture.text;
import static org.civicplan.validation.Findings.assertNone;
import static org.civicplan.validation.Findings.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.AlignmentStrength;
import org.civicplan.alignment.FrameworkId;
import org.civicplan.base.ActionId;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.Severity;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DebateIntervention;
import org.civicplan.governance.DebateMinutes;
import org.civicplan.governance.GovernanceFixture;
import org.civicplan.governance.NamedParticipant;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.ParticipantCount;
import org.civicplan.governance.PublicDebate;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.template.RuleContext;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.template.ValidationRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Pins the details of the validator and of the rules outside the core set: alignment links, debate
 * minutes, the subject Bean Validation findings name, the order of findings, and the report's views.
 */
class ValidatorDetailsTest {

  private static List<String> paths(List<Finding> findings) {
    return findings.stream().map(Finding::path).toList();
  }

  @Nested
  class Alignment {
    @Test
    void linksFromUnknownObjectivesAndActionsAreErrorsAtTheirStart() {
      FrameworkId sdg = FrameworkId.of("un-sdg");
      Strategy s = StrategyFixture.builder()
          .alignments(List.of(
              AlignmentLink.ofObjective(StrategyFixture.BUILDINGS, sdg, "11.6", AlignmentStrength.DIRECT),
              AlignmentLink.ofAction(StrategyFixture.PLANT, sdg, "11.7", AlignmentStrength.PARTIAL),
              AlignmentLink.ofObjective(ObjectiveId.of("OS-9"), sdg, "13.2", AlignmentStrength.DIRECT),
              AlignmentLink.ofAction(ActionId.of("A-9"), sdg, "13.3", AlignmentStrength.INDIRECT)))
          .build();
      List<Finding> found = validate(s).byCode(AlignmentRules.LINK_LOCAL_UNKNOWN);
      assertEquals(List.of("/alignments/2/objective", "/alignments/3/action"), paths(found));
      assertEquals(Severity.ERROR, found.get(0).severity());
      assertEquals("Alignment link to un-sdg 13.3 starts at action \"A-9\", which does not exist.",
          found.get(1).message(Locale.ENGLISH));
    }

    @Test
    void linksFromObjectivesAtAnyDepthAndFromActionsPass() {
      FrameworkId sdg = FrameworkId.of("un-sdg");
      Strategy s = StrategyFixture.builder()
          .alignments(List.of(
              AlignmentLink.ofObjective(StrategyFixture.TREE_COVER, sdg, "11.7", AlignmentStrength.DIRECT),
              AlignmentLink.ofAction(StrategyFixture.WATERING, sdg, "15.1", AlignmentStrength.INDIRECT)))
          .build();
      assertNone(validate(s), AlignmentRules.LINK_LOCAL_UNKNOWN);
    }
  }

  @Nested
  class Minutes {
    private Strategy withMinutes(DebateMinutes minutes) {
      Consultation c = GovernanceFixture.consultation()
          .withDebate(PublicDebate.of(GovernanceFixture.ANNOUNCED.plusDays(12), "City hall").withMinutes(minutes));
      return GovernanceFixture.withConsultation(GovernanceFixture.strategy(), c);
    }

    @Test
    void interventionsMayCiteTheConsultationsProposalsOnly() {
      DebateIntervention cites = new DebateIntervention(OrganisationCategory.NGO, Optional.empty(), "Shade first",
          Optional.empty(), List.of("P-1", "P-7", "P-2"));
      ValidationReport r = RuleRunner.governance(withMinutes(DebateMinutes.of(
          List.of(new ParticipantCount(OrganisationCategory.NGO, 4)), List.of(cites))));
      List<Finding> found = r.byCode(GovernanceCodes.MINUTES_PROPOSAL_UNKNOWN);
      assertEquals(List.of("/governance/consultations/0/debate/minutes/interventions/0/proposals/1"), paths(found));
      assertEquals("The debate minutes refer to proposal \"P-7\", which the consultation announced on 2026-03-02 did"
          + " not receive.", found.get(0).message(Locale.ENGLISH));
    }

    @Test
    void namedParticipantsNeedTheirConsent() {
      DebateMinutes minutes = new DebateMinutes(Optional.empty(), List.of(),
          List.of(new NamedParticipant("Ana Pop", Optional.empty(), true),
              new NamedParticipant("Dan Ilie", Optional.empty(), false)),
          List.of());
      List<Finding> found = RuleRunner.governance(withMinutes(minutes)).byCode(GovernanceCodes.MINUTES_NAME_WITHOUT_CONSENT);
      assertEquals(List.of("/governance/consultations/0/debate/minutes/named/1"), paths(found));
      assertEquals(Severity.ERROR, found.get(0).severity());
      assertEquals("The debate minutes name \"Dan Ilie\" without their consent; record them only in the counts by"
          + " category.", found.get(0).message(Locale.ENGLISH));
    }
  }

  @Nested
  class CouncilTiming {
    @Test
    void aDecisionIsCheckedAgainstTheLastConsultationAnnouncedUpToItsDateNotALaterOne() {
      // The fixture consultation is announced on 2026-03-02; its earliest submission is 2026-04-15.
      // A second consultation, announced after the decision, is not the one the decision followed.
      Consultation later = Consultation.announced(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 11));
      Strategy s = GovernanceFixture.strategy();
      CouncilDecision decision = new CouncilDecision("HCL 80/2026", LocalDate.of(2026, 5, 28), Optional.empty(),
          Optional.empty(), Optional.empty());
      Strategy checked = s.toBuilder()
          .governance(s.governance().withConsultations(List.of(GovernanceFixture.consultation(), later))
              .withDecisions(List.of(decision)))
          .build();
      assertNone(RuleRunner.governance(checked), GovernanceCodes.CONSULTATION_COUNCIL_TOO_EARLY);
    }
  }

  @Nested
  class BeanValidationSubjects {
    private final Strategy s = StrategyFixture.valid();

    private String subject(String path) {
      return BeanValidation.subject(s, path, CoreMessages.CATALOG).get(Locale.ENGLISH);
    }

    @Test
    void namesTheItemAPathLiesIn() {
      assertEquals("Action \"A-2\"", subject("/actions/1"));
      assertEquals("Action \"A-1\"", subject("/actions/0/tasks/1/title"));
      assertEquals("Indicator \"street-trees\"", subject("/indicators/1"));
      assertEquals("Organisation \"ngo-green\"", subject("/organisations/1/name"));
      assertEquals("Governance body \"management-team\"", subject("/governance/bodies/0"));
      assertEquals("Governance body \"management-team\"", subject("/governance/bodies/0/members/1/name"));
    }

    @Test
    void followsObjectiveChildrenAsDeepAsThePathGoes() {
      assertEquals("Objective \"OS-2\"", subject("/objectives/1"));
      assertEquals("Objective \"OS-2\"", subject("/objectives/1/children"));
      assertEquals("Objective \"OS-2.1\"", subject("/objectives/1/children/0"));
      assertEquals("Objective \"OS-2.1\"", subject("/objectives/1/children/0/title"));
      assertEquals("Objective \"OS-1\"", subject("/objectives/0/title"));
    }

    @Test
    void pathsThatResolveToNoItemNameTheStrategy() {
      assertEquals("Strategy \"tm-green-2026\"", subject("/actions"));
      assertEquals("Strategy \"tm-green-2026\"", subject("/actions/7/title"));
      assertEquals("Strategy \"tm-green-2026\"", subject("/objectives/1/children/3"));
      assertEquals("Strategy \"tm-green-2026\"", subject("/governance/bodies"));
      assertEquals("Strategy \"tm-green-2026\"", subject("/governance/bodies/4"));
      assertEquals("Strategy \"tm-green-2026\"", subject("/title"));
    }

    @Test
    void findingsComeInPathOrder() {
      String tooLong = "x".repeat(501);
      List<Action> actions = new ArrayList<>(s.actions());
      actions.set(1, actions.get(1).toBuilder().title(text(tooLong, tooLong)).build());
      actions.set(0, actions.get(0).toBuilder().tag("y".repeat(65)).build());
      Strategy bad = s.toBuilder()
          .actions(actions)
          .organisations(List.of(
              org.civicplan.governance.Organisation.of("dir-environment", text(tooLong, "Direcția"),
                  OrganisationCategory.CITY_DIRECTORATE),
              s.organisations().get(1)))
          .build();
      List<Finding> found = BeanValidation.validate(bad, CoreMessages.CATALOG);
      // a text's length is checked per language: the too-long languages are named in the path
      assertEquals(List.of("/actions/0/tags/2", "/actions/1/title/en", "/actions/1/title/ro", "/organisations/0/name/en"),
          paths(found));
    }
  }

  @Nested
  class Reports {
    private final Finding error = new Finding(Severity.ERROR, "b.code", "/a", LocalizedText.of("E", "E"));
    private final Finding warning = new Finding(Severity.WARNING, "a.code", "/b", LocalizedText.of("W", "W"));
    private final Finding again = new Finding(Severity.ERROR, "b.code", "/c", LocalizedText.of("E2", "E2"));

    @Test
    void viewsBySeverityAndCode() {
      ValidationReport r = new ValidationReport(List.of(error, warning, again));
      assertEquals(List.of(error, again), r.bySeverity(Severity.ERROR));
      assertEquals(List.of(warning), r.bySeverity(Severity.WARNING));
      assertEquals(List.of(), r.bySeverity(Severity.INFO));
      assertEquals(List.of("a.code", "b.code"), List.copyOf(r.codes()));
      assertEquals(Set.of(), new ValidationReport(List.of()).codes());
    }

    @Test
    void plusAppendsTheOtherReportsFindings() {
      ValidationReport first = new ValidationReport(List.of(error));
      assertSame(first, first.plus(new ValidationReport(List.of())));
      assertEquals(List.of(error, warning, again), first.plus(new ValidationReport(List.of(warning, again))).findings());
      assertEquals(List.of(warning, error), new ValidationReport(List.of(warning)).plus(first).findings());
    }
  }

  @Nested
  class Validators {
    private ValidationRule rule(String id) {
      return new ValidationRule() {
        @Override
        public String id() {
          return id;
        }

        @Override
        public void check(Strategy strategy, RuleContext context) {
          // reports nothing
        }
      };
    }

    @Test
    void describesItsTemplatesRulesAndParameters() {
      StrategyValidator v = StrategyValidator.builder()
          .rules(List.of(rule("host.one"), rule("host.two")))
          .parameters(Parameters.of(Map.of("host.limit", "3")))
          .build();
      assertEquals("StrategyValidator[templates=none, rules=[host.one, host.two], parameters={host.limit=3}]",
          v.toString());
      assertEquals("StrategyValidator[templates=[], rules=[], parameters={}]",
          StrategyValidator.of(TemplateRegistry.empty()).toString());
    }

    @Test
    void anUnknownTemplateWithNoneInstalledSaysSo() {
      Finding f = StrategyValidator.of(TemplateRegistry.empty()).validate(StrategyFixture.valid())
          .byCode(FindingCodes.TEMPLATE_UNKNOWN).get(0);
      assertEquals("Strategy \"tm-green-2026\" uses template \"test\", which is not installed, so the template's rules"
          + " were not run. Installed templates: -.", f.message(Locale.ENGLISH));
    }
  }
}
