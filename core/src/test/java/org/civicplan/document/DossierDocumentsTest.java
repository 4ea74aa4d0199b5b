// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DebateIntervention;
import org.civicplan.governance.DebateMinutes;
import org.civicplan.governance.NamedParticipant;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.ParticipantCount;
import org.civicplan.governance.PublicDebate;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.GovernanceFixture;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** A council decision's dossier is written and read back; a decision without one still reads. */
class DossierDocumentsTest {

  private static final StrategyDocuments DOCUMENTS = StrategyDocuments.standard();
  private static final LocalDate ADOPTED = LocalDate.of(2026, 4, 16);

  private static Strategy with(CouncilDecision decision) {
    Strategy s = GovernanceFixture.strategy();
    return s.toBuilder().governance(s.governance().withDecisions(List.of(decision))).build();
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void aDossierRoundTrips(DocumentFormat format) {
    DecisionDossier dossier = GovernanceFixture.dossier(ADOPTED).communicated(ADOPTED.plusDays(4), "nr. 88/2026")
        .published(ADOPTED.plusDays(6), "MOL 2026/14");
    Strategy s = with(new CouncilDecision("245", ADOPTED, Optional.empty(), Optional.of("1"), Optional.empty()).withDossier(dossier));
    String text = DOCUMENTS.write(s, format);
    assertEquals(s, DOCUMENTS.read(text, format).orElseThrow());
    assertEquals(text, DOCUMENTS.write(DOCUMENTS.read(text, format).orElseThrow(), format));
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void debateMinutesRoundTrip(DocumentFormat format) {
    DebateMinutes minutes = new DebateMinutes(Optional.of("https://meet.example.org/dezbatere"),
        List.of(new ParticipantCount(OrganisationCategory.CITIZEN_GROUP, 12), new ParticipantCount(OrganisationCategory.NGO, 3)),
        List.of(new NamedParticipant("Ana Pop", Optional.empty(), true)),
        List.of(new DebateIntervention(OrganisationCategory.NGO, Optional.empty(), "More shade.", Optional.of("Agreed."),
            List.of("P-1"))));
    Consultation c = GovernanceFixture.consultation()
        .withDebate(PublicDebate.of(LocalDate.of(2026, 3, 20), "online").withMinutes(minutes));
    Strategy s = GovernanceFixture.withConsultation(GovernanceFixture.strategy(), c);
    String text = DOCUMENTS.write(s, format);
    assertEquals(s, DOCUMENTS.read(text, format).orElseThrow());
  }

  @Test
  void theDossierIsWrittenWithItsMembers() {
    Strategy s = with(new CouncilDecision("245", ADOPTED, Optional.empty(), Optional.of("1"), Optional.empty())
        .withDossier(GovernanceFixture.dossier(ADOPTED)));
    String json = DOCUMENTS.write(s, DocumentFormat.JSON);
    assertTrue(json.contains("\"kind\" : \"committee-opinion\"") || json.contains("\"kind\": \"committee-opinion\""), json);
    assertTrue(json.contains("\"result\"") && json.contains("favourable"), json);
    assertTrue(json.contains("\"inOffice\""), json);
    assertFalse(json.contains("prefectOn"), "empty members are left out");
  }

  @Test
  void aDecisionWithoutDossierReadsAsBefore() {
    Strategy s = with(new CouncilDecision("245", ADOPTED, Optional.empty(), Optional.of("1"), Optional.empty()));
    String json = DOCUMENTS.write(s, DocumentFormat.JSON);
    assertFalse(json.contains("dossier"), json);
    assertEquals(Optional.empty(), DOCUMENTS.read(json, DocumentFormat.JSON).orElseThrow()
        .governance().decisions().get(0).dossier());
  }

  @Test
  void aNegativeVoteIsAReadProblemWithItsPath() {
    Strategy s = with(new CouncilDecision("245", ADOPTED, Optional.empty(), Optional.of("1"), Optional.empty())
        .withDossier(GovernanceFixture.dossier(ADOPTED)));
    String json = DOCUMENTS.write(s, DocumentFormat.JSON).replaceFirst("\"against\" ?: ?2", "\"against\" : -2");
    ReadResult r = DOCUMENTS.read(json, DocumentFormat.JSON);
    assertFalse(r.isSuccess());
    assertTrue(r.problems().get(0).toString().contains("vote count against must be >= 0 but was -2"),
        r.problems().toString());
  }
}
