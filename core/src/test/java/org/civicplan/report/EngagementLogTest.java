// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import static org.civicplan.governance.GovernanceFixture.EARLIEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.Contact;
import org.civicplan.governance.DebateMinutes;
import org.civicplan.governance.Engagement;
import org.civicplan.governance.EngagementKind;
import org.civicplan.governance.GovernanceFixture;
import org.civicplan.governance.NamedParticipant;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.governance.ParticipantCount;
import org.civicplan.governance.PublicDebate;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.GovernanceCodes;
import org.civicplan.validation.StrategyValidator;
import org.junit.jupiter.api.Test;

/**
 * The stakeholder engagement log of the governance fixture (organisations: the environment
 * directorate, the green NGO, the social assistance directorate) around its consultation
 * (announced 2 March 2026, closed 15 April 2026).
 */
class EngagementLogTest {

  private static final OrganisationId NGO = OrganisationId.of("ngo-green");
  private static final OrganisationId SOCIAL = GovernanceFixture.SOCIAL_DIRECTORATE;
  private static final OrganisationId ENVIRONMENT = OrganisationId.of("dir-environment");

  static List<Engagement> log() {
    return List.of(
        new Engagement("E-0", EngagementKind.MEETING, LocalDate.of(2026, 2, 1), List.of(ENVIRONMENT), List.of(),
            List.of("preparation"), Optional.empty()),
        new Engagement("E-1", EngagementKind.INVITATION, LocalDate.of(2026, 3, 3), List.of(NGO, SOCIAL), List.of(),
            List.of("draft strategy"), Optional.empty()),
        new Engagement("E-2", EngagementKind.MEETING, LocalDate.of(2026, 3, 10), List.of(NGO),
            List.of(new ParticipantCount(OrganisationCategory.CITIZEN_GROUP, 5)), List.of("street trees"),
            Optional.of("two proposals announced")),
        new Engagement("E-3", EngagementKind.WORKSHOP, LocalDate.of(2026, 5, 1), List.of(SOCIAL), List.of(),
            List.of("implementation"), Optional.empty()));
  }

  static Strategy strategy() {
    Consultation c = GovernanceFixture.consultation()
        .withDebate(PublicDebate.of(LocalDate.of(2026, 3, 20), "Sala mare").withMinutes(new DebateMinutes(Optional.empty(),
            List.of(new ParticipantCount(OrganisationCategory.ACADEMIA, 2), new ParticipantCount(OrganisationCategory.BUSINESS, 0)),
            List.of(new NamedParticipant("Ilinca Vrabie", Optional.empty(), true)), List.of())))
        .closedOn(EARLIEST);
    Strategy s = GovernanceFixture.strategy();
    List<Organisation> organisations = s.organisations().stream()
        .map(o -> o.id().equals(SOCIAL)
            ? o.withContact(new Contact(Optional.of("Ioana Marin"), Optional.of("ioana.marin@example.org"),
                Optional.empty(), Optional.empty(), true))
            : o.id().equals(NGO)
                ? o.withContact(new Contact(Optional.empty(), Optional.of("office@example.org"), Optional.empty(),
                    Optional.of("Str. Exemplu 1"), false))
                : o)
        .toList();
    return s.toBuilder().organisations(organisations)
        .governance(s.governance().withConsultations(List.of(c)).withEngagements(log())).build();
  }

  @Test
  void coverageCountsWhatTookPartDuringTheConsultation() {
    // Reached: NGO (meeting E-2), citizens (5 at E-2), academia (2 at the debate); not business (0),
    // not the environment directorate (E-0 before the announcement), not the social directorate
    // (invited by E-1, the workshop E-3 after the close).
    Strategy s = strategy();
    EngagementCoverage coverage = EngagementCoverage.of(s, s.governance().consultations().get(0));
    assertEquals(List.of(OrganisationCategory.NGO, OrganisationCategory.ACADEMIA, OrganisationCategory.CITIZEN_GROUP),
        List.copyOf(coverage.reached()));
    assertEquals(List.of(OrganisationCategory.NGO, OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PUBLIC),
        List.copyOf(coverage.invited()));
    assertEquals(List.of(OrganisationCategory.BUSINESS, OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PUBLIC),
        List.copyOf(coverage.missing(EnumSet.of(OrganisationCategory.NGO, OrganisationCategory.BUSINESS,
            OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PUBLIC))));
  }

  @Test
  void theLogIsValidAndRoundTrips() {
    Strategy s = strategy();
    List<Finding> findings = StrategyValidator.coreOnly().validate(s).findings();
    assertEquals(List.of(), findings);
    for (DocumentFormat format : DocumentFormat.values()) {
      StrategyDocuments docs = StrategyDocuments.standard();
      assertEquals(s, docs.read(docs.write(s, format), format).orElseThrow());
    }
  }

  @Test
  void anUnknownOrganisationAndARepeatedIdAreErrors() {
    Strategy s = strategy();
    List<Engagement> log = new java.util.ArrayList<>(log());
    log.add(new Engagement("E-2", EngagementKind.INVITATION, LocalDate.of(2026, 3, 4), List.of(OrganisationId.of("nobody")),
        List.of(), List.of(), Optional.empty()));
    Strategy bad = s.toBuilder().governance(s.governance().withEngagements(log)).build();
    List<Finding> findings = StrategyValidator.coreOnly().validate(bad).findings();
    assertEquals(List.of(GovernanceCodes.ENGAGEMENT_DUPLICATE_ID, GovernanceCodes.ENGAGEMENT_ORGANISATION_UNKNOWN),
        findings.stream().map(Finding::code).toList());
    assertEquals("/governance/engagements/4/organisations/0", findings.get(1).path());
    assertEquals("Activitatea de consultare „E-2” numește organizația „nobody”, pe care documentul nu o conține.",
        findings.get(1).message(Locale.forLanguageTag("ro")));
  }

  @Test
  void personalDataIsLeftOutOfExportsUnlessAskedFor() {
    Strategy s = strategy();
    assertTrue(PersonalData.present(s));
    Strategy exported = PersonalData.without(s);
    assertFalse(PersonalData.present(exported));
    String json = StrategyDocuments.standard().write(exported, DocumentFormat.JSON);
    assertFalse(json.contains("Ioana Marin") || json.contains("ioana.marin@example.org") || json.contains("Ilinca Vrabie"), json);
    // Contact details that are not personal data stay, and so do the counts.
    assertTrue(json.contains("office@example.org"), json);
    assertEquals(2, exported.governance().consultations().get(0).debate().orElseThrow().minutes().orElseThrow()
        .participantTotal());
    String full = StrategyDocuments.standard().write(s, DocumentFormat.JSON);
    assertTrue(full.contains("ioana.marin@example.org") && full.replace(" ", "").contains("\"personalData\":true"), full);
  }

  @Test
  void reportsNeverShowContacts() {
    Strategy s = strategy();
    String all = ConsultationReport.of(s).toMarkdown(Locale.ENGLISH)
        + TransparencyReport.of(List.of(s), java.time.Year.of(2026)).toMarkdown(Locale.ENGLISH)
        + TransparencyReport.of(List.of(s), java.time.Year.of(2026)).toHtml(Locale.ENGLISH);
    assertFalse(all.contains("Ioana Marin") || all.contains("example.org") || all.contains("Ilinca Vrabie"), all);
  }
}
