// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Severity;
import org.civicplan.calendar.DayCount;
import org.civicplan.calendar.Deadline;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.DossierDocument;
import org.civicplan.governance.DossierDocumentKind;
import org.civicplan.governance.MajorityRule;
import org.civicplan.governance.OpinionResult;
import org.civicplan.governance.OrganisationId;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalAnswer;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.governance.PublicDebate;
import org.civicplan.governance.RequesterKind;
import org.civicplan.governance.Vote;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.AlignmentStrength;
import org.civicplan.alignment.FrameworkId;
import org.civicplan.alignment.ReferenceObjective;
import org.civicplan.alignment.ReferenceRow;
import org.civicplan.base.ActionId;
import org.civicplan.base.ObjectiveId;
import org.civicplan.report.AlignmentReport;
import org.civicplan.report.ConsultationReport;
import org.civicplan.report.DossierReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the whole JSON tree of the consultation and dossier reports for reports that fill every
 * member, and for reports that leave every optional member out: each expected tree below is
 * written from the report built in the test, member by member, as {@link ReportJson} documents.
 */
class ReportJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final LocalizedText TITLE = LocalizedText.of("Green streets", "Străzi verzi");

  private static JsonNode json(String text) {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  /** Compares trees as their text reads back, so that a long 3 equals an int 3; member order counts. */
  private static void assertTree(JsonNode expected, JsonNode actual) {
    assertEquals(MAPPER.writeValueAsString(expected), MAPPER.writeValueAsString(MAPPER.readTree(ReportJson.write(actual))));
  }

  // ---- consultation ----------------------------------------------------------------------

  @Test
  void aConsultationWithEveryMemberIsWrittenWhole() {
    Consultation c = Consultation.announced(DAY, DAY.plusDays(30))
        .withDebateRequest(new DebateRequest("Asociația Verde", RequesterKind.LEGALLY_CONSTITUTED_ASSOCIATION, DAY.plusDays(3)))
        .withDebateRequest(new DebateRequest("Ion Pop", RequesterKind.CITIZEN, DAY.plusDays(4)))
        .withDebate(PublicDebate.of(DAY.plusDays(20), "Sala Mare"))
        .withProposal(new Proposal("P-1", "Ana", Optional.of(OrganisationId.of("ngo-green")), DAY.plusDays(2),
            "More trees.", Optional.of("/actions/1"),
            Optional.of(new ProposalAnswer(ProposalDecision.PARTLY_ACCEPTED, "In part.", Optional.of(DAY.plusDays(35))))))
        .withProposal(new Proposal("P-2", "Dan", Optional.empty(), DAY.plusDays(5), "Fewer cars.", Optional.empty(),
            Optional.of(new ProposalAnswer(ProposalDecision.REJECTED, "Out of scope.", Optional.empty()))))
        .withProposal(Proposal.of("P-3", "Eva", DAY.plusDays(6), "Bike lanes.", "/actions/2"))
        .closedOn(DAY.plusDays(40));
    ConsultationReport report = new ConsultationReport("tm-green", TITLE, Optional.of(c), Optional.of(DAY.plusDays(45)));
    assertTree(json("""
        {'strategy': 'tm-green', 'title': {'en': 'Green streets', 'ro': 'Străzi verzi'},
         'announcedOn': '2026-03-02', 'proposalsUntil': '2026-04-01', 'earliestSubmission': '2026-04-16',
         'debateRequired': true,
         'debateRequests': [
           {'requester': 'Asociația Verde', 'kind': 'legally-constituted-association', 'receivedOn': '2026-03-05'},
           {'requester': 'Ion Pop', 'kind': 'citizen', 'receivedOn': '2026-03-06'}],
         'debate': {'heldOn': '2026-03-22', 'place': 'Sala Mare'},
         'closedOn': '2026-04-11',
         'summary': {'received': 3, 'accepted': 0, 'partly-accepted': 1, 'rejected': 1, 'unanswered': 1},
         'proposals': [
           {'id': 'P-1', 'author': 'Ana', 'organisation': 'ngo-green', 'receivedOn': '2026-03-04', 'text': 'More trees.',
            'concerns': '/actions/1',
            'answer': {'decision': 'partly-accepted', 'justification': 'In part.', 'answeredOn': '2026-04-06'}},
           {'id': 'P-2', 'author': 'Dan', 'receivedOn': '2026-03-07', 'text': 'Fewer cars.',
            'answer': {'decision': 'rejected', 'justification': 'Out of scope.'}},
           {'id': 'P-3', 'author': 'Eva', 'receivedOn': '2026-03-08', 'text': 'Bike lanes.', 'concerns': '/actions/2'}]}
        """), ReportJson.consultation(report));
  }

  @Test
  void aConsultationWithNothingOptionalLeavesTheMembersOut() {
    Consultation c = Consultation.announced(DAY, DAY.plusDays(30))
        .withDebateRequest(new DebateRequest("Ion Pop", RequesterKind.CITIZEN, DAY.plusDays(4)));
    ConsultationReport report = new ConsultationReport("tm-green", TITLE, Optional.of(c), Optional.of(DAY.plusDays(45)));
    // a citizen's request alone does not make the debate mandatory
    assertTree(json("""
        {'strategy': 'tm-green', 'title': {'en': 'Green streets', 'ro': 'Străzi verzi'},
         'announcedOn': '2026-03-02', 'proposalsUntil': '2026-04-01', 'earliestSubmission': '2026-04-16',
         'debateRequired': false,
         'debateRequests': [{'requester': 'Ion Pop', 'kind': 'citizen', 'receivedOn': '2026-03-06'}],
         'summary': {'received': 0, 'accepted': 0, 'partly-accepted': 0, 'rejected': 0, 'unanswered': 0}}
        """), ReportJson.consultation(report));
    ConsultationReport none = new ConsultationReport("tm-green", TITLE, Optional.empty(), Optional.empty());
    assertTree(json("{'strategy': 'tm-green', 'title': {'en': 'Green streets', 'ro': 'Străzi verzi'}}"),
        ReportJson.consultation(none));
  }

  // ---- dossier ---------------------------------------------------------------------------

  private static Deadline deadline(LocalDate from, int days) {
    return new Deadline(from, days, DayCount.CALENDAR, from.plusDays(days), List.of());
  }

  @Test
  void aDossierWithEveryMemberIsWrittenWhole() {
    LocalDate adopted = LocalDate.of(2026, 6, 25);
    DecisionDossier dossier = new DecisionDossier(DecisionDossier.STRATEGY,
        List.of(new DossierDocument(DossierDocumentKind.APPROVAL_REPORT, "R-1", adopted.minusDays(10), "Primar", Optional.empty()),
            new DossierDocument(DossierDocumentKind.COMMITTEE_OPINION, "A-7", adopted.minusDays(3), "Comisia 1",
                Optional.of(OpinionResult.FAVOURABLE_WITH_AMENDMENTS))),
        Optional.of(new Vote(25, 14, 8, 3, 27)),
        Optional.of(adopted.plusDays(5)), Optional.of("PREF-99"), Optional.of(adopted.plusDays(20)), Optional.of("MOL 12"));
    CouncilDecision decision = new CouncilDecision("245", adopted, Optional.of("HCL 245/2026"), Optional.of("3"), Optional.of(dossier));
    Finding late = new Finding(Severity.WARNING, "dossier.publication.late", "/governance/decisions/0",
        LocalizedText.of("Published late.", "Publicată cu întârziere."));
    DossierReport report = new DossierReport("tm-green", TITLE, Optional.of(decision), MajorityRule.ABSOLUTE, true,
        Optional.of(deadline(adopted, 10)), Optional.of(deadline(adopted, 15)), List.of("specialist report"), List.of(late),
        LocalDate.of(2026, 8, 1));
    // absolute majority of 27 councillors in office: 27 / 2 + 1 = 14, and 14 voted in favour
    assertTree(json("""
        {'strategy': 'tm-green', 'title': {'en': 'Green streets', 'ro': 'Străzi verzi'}, 'asOf': '2026-08-01',
         'decision': {'number': '245', 'date': '2026-06-25', 'reference': 'HCL 245/2026', 'approvedVersion': '3',
                      'kind': 'strategy'},
         'documents': [
           {'kind': 'approval-report', 'number': 'R-1', 'date': '2026-06-15', 'author': 'Primar'},
           {'kind': 'committee-opinion', 'number': 'A-7', 'date': '2026-06-22', 'author': 'Comisia 1',
            'result': 'favourable-with-amendments'}],
         'vote': {'present': 25, 'inFavour': 14, 'against': 8, 'abstentions': 3, 'inOffice': 27},
         'majority': {'rule': 'absolute', 'set': true, 'required': 14, 'met': true},
         'prefect': {'on': '2026-06-30', 'reference': 'PREF-99', 'due': '2026-07-05'},
         'publication': {'on': '2026-07-15', 'reference': 'MOL 12', 'due': '2026-07-10'},
         'missing': ['specialist report'],
         'findings': [{'severity': 'warning', 'code': 'dossier.publication.late', 'path': '/governance/decisions/0',
                       'message': {'en': 'Published late.', 'ro': 'Publicată cu întârziere.'}}]}
        """), ReportJson.dossier(report));
  }

  @Test
  void aDossierWithoutVoteOrStepsLeavesThemOut() {
    LocalDate adopted = LocalDate.of(2026, 6, 25);
    CouncilDecision bare = new CouncilDecision("245", adopted, Optional.empty(), Optional.empty(), Optional.empty());
    DossierReport report = new DossierReport("tm-green", TITLE, Optional.of(bare), MajorityRule.SIMPLE, false,
        Optional.empty(), Optional.of(deadline(adopted, 15)), List.of(), List.of(), LocalDate.of(2026, 8, 1));
    // a step is written when any of its date, reference or term is known: only the term is
    assertTree(json("""
        {'strategy': 'tm-green', 'title': {'en': 'Green streets', 'ro': 'Străzi verzi'}, 'asOf': '2026-08-01',
         'decision': {'number': '245', 'date': '2026-06-25'},
         'majority': {'rule': 'simple', 'set': false},
         'publication': {'due': '2026-07-10'},
         'missing': [], 'findings': []}
        """), ReportJson.dossier(report));
    DossierReport none = new DossierReport("tm-green", TITLE, Optional.empty(), MajorityRule.TWO_THIRDS, false,
        Optional.empty(), Optional.empty(), List.of("council decision"), List.of(), LocalDate.of(2026, 8, 1));
    assertTree(json("""
        {'strategy': 'tm-green', 'title': {'en': 'Green streets', 'ro': 'Străzi verzi'}, 'asOf': '2026-08-01',
         'missing': ['council decision'], 'findings': []}
        """), ReportJson.dossier(none));
  }

  // ---- alignment -------------------------------------------------------------------------

  @Test
  void anAlignmentReportWithEveryMemberIsWrittenWhole() {
    FrameworkId sdg = FrameworkId.of("sdg");
    FrameworkId ecl = FrameworkId.of("european-climate-law");
    AlignmentLink objectiveLink = AlignmentLink.ofObjective(ObjectiveId.of("OS-1"), sdg, "13.2", AlignmentStrength.DIRECT);
    AlignmentLink actionLink = AlignmentLink.ofAction(ActionId.of("A-2"), sdg, "13.2", AlignmentStrength.PARTIAL);
    AlignmentLink unknown = AlignmentLink.ofAction(ActionId.of("A-3"), ecl, "ECL-9", AlignmentStrength.INDIRECT);
    ReferenceRow served = new ReferenceRow(sdg, new ReferenceObjective("13.2", LocalizedText.of("Climate policy", "Politici climatice"),
        "UN 2015", true), List.of(objectiveLink), List.of(actionLink));
    ReferenceRow gap = new ReferenceRow(ecl, new ReferenceObjective("ECL-4", LocalizedText.of("Net reduction", "Reducere netă"),
        "Reg. 2021/1119", false), List.of(), List.of());
    AlignmentReport report = new AlignmentReport("tm-green", TITLE, List.of(ecl, sdg), List.of(served, gap),
        List.of(ObjectiveId.of("OS-2")), List.of(unknown));
    assertTree(json("""
        {'strategy': 'tm-green', 'title': {'en': 'Green streets', 'ro': 'Străzi verzi'},
         'frameworks': ['european-climate-law', 'sdg'],
         'rows': [
           {'framework': 'sdg', 'reference': '13.2', 'title': {'en': 'Climate policy', 'ro': 'Politici climatice'},
            'objectiveLinks': [{'objective': 'OS-1', 'framework': 'sdg', 'reference': '13.2', 'strength': 'direct'}],
            'actionLinks': [{'action': 'A-2', 'framework': 'sdg', 'reference': '13.2', 'strength': 'partial'}],
            'gap': false},
           {'framework': 'european-climate-law', 'reference': 'ECL-4', 'title': {'en': 'Net reduction', 'ro': 'Reducere netă'},
            'verified': false, 'gap': true}],
         'gaps': [{'framework': 'european-climate-law', 'reference': 'ECL-4'}],
         'unalignedObjectives': ['OS-2'],
         'unknownReferences': [{'action': 'A-3', 'framework': 'european-climate-law', 'reference': 'ECL-9', 'strength': 'indirect'}]}
        """), ReportJson.alignment(report));
    AlignmentReport empty = new AlignmentReport("tm-green", TITLE, List.of(), List.of(), List.of(), List.of());
    assertTree(json("{'strategy': 'tm-green', 'title': {'en': 'Green streets', 'ro': 'Străzi verzi'}}"), ReportJson.alignment(empty));
  }
}
