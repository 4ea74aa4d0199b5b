// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import static org.civicplan.governance.GovernanceFixture.ANNOUNCED;
import static org.civicplan.governance.GovernanceFixture.EARLIEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.StrategyId;
import org.civicplan.document.ReportJson;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DebateMinutes;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.GovernanceFixture;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.ParticipantCount;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.PublicDebate;
import org.civicplan.governance.RequesterKind;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.GovernanceCodes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two strategies, counted by hand. "Alpha" (announced 2 March 2026): proposals P-1 (partly
 * accepted) and P-2 (accepted) received in March, a debate requested on 4 March and held on 20
 * March with 12 citizens and 3 NGOs, closed on 15 April (its earliest date), decision 245 of 16
 * April. "Beta" (announced 1 December 2025): one proposal received 5 January 2026 and never
 * answered, closed on 10 January 2026, before 30 working days had passed.
 */
class TransparencyReportTest {

  private static final Locale RO = Locale.forLanguageTag("ro");

  static Strategy alpha() {
    Consultation c = GovernanceFixture.consultation()
        .withDebateRequest(new DebateRequest("Asociația Bicicliștilor", RequesterKind.LEGALLY_CONSTITUTED_ASSOCIATION,
            ANNOUNCED.plusDays(2)))
        .withDebate(PublicDebate.of(LocalDate.of(2026, 3, 20), "Sala mare").withMinutes(DebateMinutes.of(
            List.of(new ParticipantCount(OrganisationCategory.CITIZEN_GROUP, 12),
                new ParticipantCount(OrganisationCategory.NGO, 3)), List.of())))
        .closedOn(EARLIEST);
    Strategy s = GovernanceFixture.strategy();
    CouncilDecision d = new CouncilDecision("245", LocalDate.of(2026, 4, 16), Optional.empty(), Optional.of("1"), Optional.empty())
        .withDossier(GovernanceFixture.dossier(LocalDate.of(2026, 4, 16)));
    return s.toBuilder().id(StrategyId.of("alpha")).title(LocalizedText.of("Alpha strategy", "Strategia Alfa"))
        .governance(s.governance().withConsultations(List.of(c)).withDecisions(List.of(d))).build();
  }

  static Strategy beta() {
    Consultation c = Consultation.announced(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 11))
        .withProposal(Proposal.of("B-1", "Ion Vasile", LocalDate.of(2026, 1, 5), "More benches.", "/actions/0"))
        .closedOn(LocalDate.of(2026, 1, 10));
    Strategy s = GovernanceFixture.strategy();
    return s.toBuilder().id(StrategyId.of("beta")).title(LocalizedText.of("Beta strategy", "Strategia Beta"))
        .governance(s.governance().withConsultations(List.of(c))).build();
  }

  @Test
  void countsOf2026ByHand() {
    TransparencyReport r = TransparencyReport.of(List.of(beta(), alpha()), Year.of(2026));
    assertEquals(List.of("alpha", "beta"), r.strategies().stream().map(TransparencyReport.Entry::strategy).toList());
    assertEquals(new TransparencyReport.Counts(1, 2, 1, 1, 0, 0, 1, 1, 15, 1, 0), r.strategies().get(0).counts());
    assertEquals(new TransparencyReport.Counts(0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 2), r.strategies().get(1).counts());
    assertEquals(new TransparencyReport.Counts(1, 3, 1, 1, 0, 1, 1, 1, 15, 1, 2), r.totals());
    assertEquals(List.of(GovernanceCodes.CONSULTATION_SUBMITTED_TOO_EARLY, GovernanceCodes.CONSULTATION_PROPOSAL_UNANSWERED),
        r.missed().stream().map(m -> m.finding().code()).toList());
  }

  @Test
  void countsOf2025ByHand_onlyTheAnnouncement() {
    TransparencyReport r = TransparencyReport.of(List.of(alpha(), beta()), Year.of(2025));
    assertEquals(new TransparencyReport.Counts(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), r.totals());
    assertEquals(List.of(), r.missed());
  }

  @Test
  void markdownInRomanianShowsNamesAndCounts() {
    String md = TransparencyReport.of(List.of(alpha(), beta()), Year.of(2026)).toMarkdown(RO);
    assertTrue(md.startsWith("# Raportul anual privind transparența decizională 2026\n"), md);
    assertTrue(md.contains("| Participanți la dezbaterile publice | 15 |\n"), md);
    assertTrue(md.contains("| Strategia Alfa | 1 | 2 | 1 | 1 | 0 | 0 | 1 | 1 | 15 | 1 | 0 |\n"), md);
    assertTrue(md.contains("- Strategia Beta: Propunerea „B-1” de la Ion Vasile nu are răspuns;"), md);
    assertTrue(!md.contains("alpha") && !md.contains("beta"), "names, not ids: " + md);
  }

  @Test
  void numbersAreFormattedForTheLocale() {
    Strategy many = alpha();
    Consultation c = many.governance().consultations().get(0);
    PublicDebate crowded = c.debate().orElseThrow().withMinutes(DebateMinutes.of(
        List.of(new ParticipantCount(OrganisationCategory.CITIZEN_GROUP, 1234)), List.of()));
    Consultation k = new Consultation(c.announcedOn(), c.proposalsUntil(), c.debateRequests(), Optional.of(crowded),
        c.proposals(), c.closedOn());
    Strategy s = many.toBuilder().governance(many.governance().withConsultations(List.of(k))).build();
    TransparencyReport r = TransparencyReport.of(List.of(s), Year.of(2026));
    assertTrue(r.toMarkdown(Locale.ENGLISH).contains("| Participants in public debates | 1,234 |"));
    assertTrue(r.toMarkdown(RO).contains("| Participanți la dezbaterile publice | 1.234 |"));
    JsonNode json = JsonMapper.builder().build().readTree(ReportJson.write(ReportJson.transparency(r)));
    assertEquals(1234, json.get("totals").get("participants").asInt());
  }

  @Test
  void htmlIsSelfContained() {
    String html = TransparencyReport.of(List.of(alpha(), beta()), Year.of(2026)).toHtml(Locale.ENGLISH);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\""), html);
    assertTrue(html.endsWith("</html>\n"));
    assertTrue(!html.contains("http://") || html.indexOf("http://") == html.indexOf("http://www.w3.org/1999/xhtml"),
        "no external resource");
    assertTrue(html.contains("<td>Alpha strategy</td>"), html);
  }

  @Test
  void jsonCarriesExactValuesAndBothLanguages() {
    JsonNode json = JsonMapper.builder().build()
        .readTree(ReportJson.write(ReportJson.transparency(TransparencyReport.of(List.of(alpha(), beta()), Year.of(2026)))));
    assertEquals(2026, json.get("year").asInt());
    assertEquals(3, json.get("totals").get("proposalsReceived").asInt());
    assertEquals("beta", json.get("strategies").get(1).get("strategy").asString());
    assertEquals("Strategia Beta", json.get("strategies").get(1).get("title").get("ro").asString());
    assertEquals(GovernanceCodes.CONSULTATION_SUBMITTED_TOO_EARLY, json.get("missed").get(0).get("code").asString());
    assertEquals("/governance/consultations/0/closedOn", json.get("missed").get(0).get("path").asString());
  }

  @Test
  void sameInputSameOutput() {
    TransparencyReport a = TransparencyReport.of(List.of(alpha(), beta()), Year.of(2026));
    TransparencyReport b = TransparencyReport.of(List.of(beta(), alpha()), Year.of(2026));
    assertEquals(a.toMarkdown(RO), b.toMarkdown(RO));
    assertEquals(a.toHtml(RO), b.toHtml(RO));
    assertEquals(ReportJson.write(ReportJson.transparency(a)), ReportJson.write(ReportJson.transparency(b)));
  }
}
