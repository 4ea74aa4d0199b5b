// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import static org.civicplan.fixture.StrategyFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The behaviour of the governance values: thresholds, boundaries, copies and the messages of refusals. */
class GovernanceValuesTest {

  private static void assertAmount(String expected, Money actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual.amount()), () -> expected + " expected but was " + actual);
  }

  @Nested
  class Majorities {
    // 27 councillors in office, 20 present.
    private Vote vote(int inFavour, int present, int inOffice) {
      return new Vote(present, inFavour, 0, 0, inOffice);
    }

    @Test
    void requiredVotesAreHalfRoundedDownPlusOneOrTwoThirdsRoundedUp() {
      // simple: 20 present / 2 + 1 = 11; absolute: 27 in office / 2 = 13 (rounded down) + 1 = 14;
      // two thirds of 27 = 18 exactly; of 28 = 18.67, rounded up to 19; of 29 = 19.33, rounded up to 20.
      assertEquals(11, MajorityRule.SIMPLE.required(vote(0, 20, 27)));
      assertEquals(11, MajorityRule.SIMPLE.required(vote(0, 21, 27)));
      assertEquals(14, MajorityRule.ABSOLUTE.required(vote(0, 20, 27)));
      assertEquals(15, MajorityRule.ABSOLUTE.required(vote(0, 20, 28)));
      assertEquals(18, MajorityRule.TWO_THIRDS.required(vote(0, 20, 27)));
      assertEquals(19, MajorityRule.TWO_THIRDS.required(vote(0, 20, 28)));
      assertEquals(20, MajorityRule.TWO_THIRDS.required(vote(0, 20, 29)));
    }

    @Test
    void exactlyTheRequiredVotesMeetTheMajorityAndOneLessDoesNot() {
      assertTrue(MajorityRule.SIMPLE.met(vote(11, 20, 27)));
      assertFalse(MajorityRule.SIMPLE.met(vote(10, 20, 27)));
      assertTrue(MajorityRule.ABSOLUTE.met(vote(14, 20, 27)));
      assertFalse(MajorityRule.ABSOLUTE.met(vote(13, 20, 27)));
      assertTrue(MajorityRule.TWO_THIRDS.met(vote(18, 20, 27)));
      assertFalse(MajorityRule.TWO_THIRDS.met(vote(17, 20, 27)));
    }

    @Test
    void labelsAreKebabCaseAndParseBack() {
      assertEquals(List.of("simple", "absolute", "two-thirds"),
          List.of(MajorityRule.values()).stream().map(MajorityRule::kebab).toList());
      for (MajorityRule r : MajorityRule.values()) {
        assertSame(r, MajorityRule.parse(r.kebab()));
      }
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MajorityRule.parse("TWO_THIRDS"));
      assertEquals("majority must be simple, absolute or two-thirds but was \"TWO_THIRDS\"", e.getMessage());
      assertThrows(NullPointerException.class, () -> MajorityRule.parse(null));
    }
  }

  @Nested
  class Votes {
    @Test
    void aVoteIsConsistentWhileItsCountsFitThosePresentAndThosePresentFitThoseInOffice() {
      assertTrue(new Vote(20, 15, 3, 2, 27).consistent()); // 15 + 3 + 2 = 20 present
      assertFalse(new Vote(20, 15, 4, 2, 27).consistent()); // 21 votes, 20 present
      assertTrue(new Vote(27, 27, 0, 0, 27).consistent()); // all in office present
      assertFalse(new Vote(28, 20, 0, 0, 27).consistent()); // more present than in office
      // the sum is taken in long arithmetic: three large counts do not overflow into a negative sum
      assertFalse(new Vote(10, Integer.MAX_VALUE, Integer.MAX_VALUE, 2, 10).consistent());
    }

    @Test
    void everyCountIsAtLeastZeroAndTheRefusalNamesIt() {
      assertEquals("vote count present must be >= 0 but was -1",
          assertThrows(IllegalArgumentException.class, () -> new Vote(-1, 0, 0, 0, 0)).getMessage());
      assertEquals("vote count inFavour must be >= 0 but was -2",
          assertThrows(IllegalArgumentException.class, () -> new Vote(0, -2, 0, 0, 0)).getMessage());
      assertEquals("vote count against must be >= 0 but was -3",
          assertThrows(IllegalArgumentException.class, () -> new Vote(0, 0, -3, 0, 0)).getMessage());
      assertEquals("vote count abstentions must be >= 0 but was -4",
          assertThrows(IllegalArgumentException.class, () -> new Vote(0, 0, 0, -4, 0)).getMessage());
      assertEquals("vote count inOffice must be >= 0 but was -5",
          assertThrows(IllegalArgumentException.class, () -> new Vote(0, 0, 0, 0, -5)).getMessage());
      assertEquals(0, new Vote(0, 0, 0, 0, 0).present());
    }
  }

  @Nested
  class Labels {
    @Test
    void lifecycleStatesReadTheirKebabNamesAndRefuseOthersListingTheAllowedOnes() {
      for (LifecycleState s : LifecycleState.values()) {
        assertSame(s, LifecycleState.fromKebab(s.kebab()));
      }
      assertEquals("public-consultation", LifecycleState.PUBLIC_CONSULTATION.kebab());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LifecycleState.fromKebab("Draft"));
      assertEquals("lifecycle state must be one of [draft, internal-review, public-consultation, submitted, approved,"
          + " in-implementation, under-revision, closed, withdrawn] but was \"Draft\"", e.getMessage());
    }

    @Test
    void dossierDocumentKindsAndChangeOperations() {
      assertEquals("committee-opinion", DossierDocumentKind.COMMITTEE_OPINION.kebab());
      for (DossierDocumentKind k : DossierDocumentKind.values()) {
        assertSame(k, DossierDocumentKind.parse(k.kebab()));
      }
      assertEquals("dossier document kind must be one of approval-report, specialist-report, committee-opinion but"
          + " was \"opinion\"", assertThrows(IllegalArgumentException.class, () -> DossierDocumentKind.parse("opinion"))
          .getMessage());
      for (ChangeOperation op : ChangeOperation.values()) {
        assertSame(op, ChangeOperation.fromRfcName(op.rfcName()));
      }
      assertEquals("replace", ChangeOperation.REPLACE.rfcName());
      assertEquals("change operation must be add, remove or replace but was \"move\"",
          assertThrows(IllegalArgumentException.class, () -> ChangeOperation.fromRfcName("move")).getMessage());
    }

    @Test
    void whoObligesADebateAndWhatReachesPeople() {
      assertEquals(List.of(RequesterKind.LEGALLY_CONSTITUTED_ASSOCIATION, RequesterKind.PUBLIC_AUTHORITY),
          List.of(RequesterKind.values()).stream().filter(RequesterKind::obligesDebate).toList());
      assertEquals(List.of(EngagementKind.MEETING, EngagementKind.WORKSHOP),
          List.of(EngagementKind.values()).stream().filter(EngagementKind::reaches).toList());
      assertEquals("workshop", EngagementKind.WORKSHOP.kebab());
    }

    @Test
    void civilSocietyCategories() {
      assertEquals(
          List.of(OrganisationCategory.NGO, OrganisationCategory.LOCAL_ACTION_GROUP,
              OrganisationCategory.PROFESSIONAL_ASSOCIATION, OrganisationCategory.BENEFICIARIES_ORGANISATION,
              OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PRIVATE, OrganisationCategory.SPORT_CLUB_OR_FEDERATION,
              OrganisationCategory.CITIZEN_GROUP),
          List.of(OrganisationCategory.values()).stream().filter(OrganisationCategory::isCivilSociety).toList());
    }
  }

  @Nested
  class History {
    private DocumentChange replace(String path) {
      return new DocumentChange(ChangeOperation.REPLACE, path, Optional.of("1"), Optional.of("0"));
    }

    @Test
    void aRecordTouchesItsPathsAndWhatIsBelowThemButNotSiblingsSharingAPrefix() {
      ChangeRecord r = new ChangeRecord(2, LocalDate.of(2026, 5, 1), Optional.empty(), "fix",
          List.of(replace("/actions/1/title")), Optional.empty());
      assertTrue(r.touches("/actions/1/title"));
      assertTrue(r.touches("/actions/1"));
      assertTrue(r.touches("/actions"));
      assertFalse(r.touches("/actions/1/title/en")); // above the change, not below it
      assertFalse(r.touches("/actions/10"));
      assertFalse(r.touches("/action"));
    }

    @Test
    void versionsStartAtTwoAndTheCurrentVersionIsTheLastRecordsOrOne() {
      assertEquals("a change record produces version 2 or later but was 1",
          assertThrows(IllegalArgumentException.class,
              () -> new ChangeRecord(1, LocalDate.of(2026, 5, 1), Optional.empty(), "x", List.of(), Optional.empty()))
              .getMessage());
      ChangeRecord two = new ChangeRecord(2, LocalDate.of(2026, 5, 1), Optional.empty(), "x", List.of(), Optional.empty());
      ChangeRecord five = new ChangeRecord(5, LocalDate.of(2026, 6, 1), Optional.empty(), "y", List.of(), Optional.empty());
      assertEquals(1, ChangeRecord.currentVersion(List.of()));
      assertEquals(5, ChangeRecord.currentVersion(List.of(two, five)));
      assertEquals(2, ChangeRecord.currentVersion(List.of(five, two)));
    }

    @Test
    void aChangeHasAPointerPathAndExactlyTheValuesItsOperationNeeds() {
      assertEquals("", new DocumentChange(ChangeOperation.REPLACE, "", Optional.of("{}"), Optional.of("{}")).path());
      assertEquals("change path must be a JSON Pointer (empty or starting with '/') but was \"title\"",
          assertThrows(IllegalArgumentException.class, () -> replace("title")).getMessage());
      new DocumentChange(ChangeOperation.ADD, "/tags/0", Optional.of("\"x\""), Optional.empty());
      new DocumentChange(ChangeOperation.REMOVE, "/tags/0", Optional.empty(), Optional.of("\"x\""));
      assertEquals("a add change at \"/tags/0\" must have a value and must not have a previous value",
          assertThrows(IllegalArgumentException.class,
              () -> new DocumentChange(ChangeOperation.ADD, "/tags/0", Optional.of("1"), Optional.of("0"))).getMessage());
      assertEquals("a remove change at \"/tags/0\" must not have a value and must have a previous value",
          assertThrows(IllegalArgumentException.class,
              () -> new DocumentChange(ChangeOperation.REMOVE, "/tags/0", Optional.of("1"), Optional.of("0"))).getMessage());
      assertEquals("a replace change at \"/tags/0\" must have a value and must have a previous value",
          assertThrows(IllegalArgumentException.class,
              () -> new DocumentChange(ChangeOperation.REPLACE, "/tags/0", Optional.empty(), Optional.of("0"))).getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> new DocumentChange(ChangeOperation.REPLACE, "/tags/0", Optional.of("1"), Optional.empty()));
    }
  }

  @Nested
  class BodiesAndDecisions {
    private final Member chair = new Member("Ana Popescu", MemberRole.COORDINATOR, Optional.empty());
    private final Member other = new Member("Ion Ionescu", MemberRole.MEMBER, Optional.empty());

    @Test
    void aBodyHasACoordinatorOnlyWhenExactlyOneMemberCoordinates() {
      GovernanceBody body = new GovernanceBody(BodyId.of("team"), BodyKind.MANAGEMENT_TEAM, text("Team", "Echipa"),
          List.of(other, chair));
      assertEquals(Optional.of(chair), body.coordinator());
      assertEquals(List.of(other), body.members(MemberRole.MEMBER).toList());
      assertEquals(Optional.empty(), body.withMembers(List.of(other)).coordinator());
      assertEquals(Optional.empty(), body.withMembers(List.of(chair, other, chair)).coordinator());
    }

    @Test
    void aBodysCopiesChangeOneComponent() {
      GovernanceBody body = new GovernanceBody(BodyId.of("wg"), BodyKind.SECTORAL_WORKING_GROUP, text("WG", "GL"),
          List.of(chair));
      GovernanceBody changed = body.withSector("mobility")
          .withObjectives(List.of(org.civicplan.base.ObjectiveId.of("OS-1")))
          .withActions(List.of(org.civicplan.base.ActionId.of("A-1")))
          .withMonitors(List.of(OrganisationId.of("dgaspc")));
      assertEquals(new GovernanceBody(BodyId.of("wg"), BodyKind.SECTORAL_WORKING_GROUP, text("WG", "GL"), List.of(chair),
          Optional.of("mobility"), List.of(org.civicplan.base.ObjectiveId.of("OS-1")),
          List.of(org.civicplan.base.ActionId.of("A-1")), List.of(OrganisationId.of("dgaspc"))), changed);
    }

    @Test
    void governanceKnowsItsLastConsultationAndDecisionAndItsBodiesByKind() {
      Governance empty = Governance.empty();
      assertEquals(Optional.empty(), empty.lastConsultation());
      assertEquals(Optional.empty(), empty.lastDecision());
      Consultation first = Consultation.announced(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 12));
      Consultation second = Consultation.announced(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 11));
      CouncilDecision d1 = new CouncilDecision("HCL 1/2026", LocalDate.of(2026, 4, 30), Optional.empty(),
          Optional.empty(), Optional.empty());
      CouncilDecision d2 = new CouncilDecision("HCL 9/2026", LocalDate.of(2026, 10, 30), Optional.empty(),
          Optional.empty(), Optional.empty());
      GovernanceBody team = new GovernanceBody(BodyId.of("team"), BodyKind.MANAGEMENT_TEAM, text("T", "E"), List.of(chair));
      GovernanceBody committee =
          new GovernanceBody(BodyId.of("mc"), BodyKind.MONITORING_COMMITTEE, text("M", "C"), List.of(chair));
      Governance g = empty.withConsultations(List.of(first, second)).withDecisions(List.of(d1, d2))
          .withBodies(List.of(team, committee));
      assertEquals(Optional.of(second), g.lastConsultation());
      assertEquals(Optional.of(d2), g.lastDecision());
      assertEquals(List.of(committee), g.bodies(BodyKind.MONITORING_COMMITTEE).toList());
      assertEquals(List.of(first, second), g.consultations());
      assertEquals(List.of(), g.memberships());
    }

    @Test
    void aDossierRecordsCommunicationAndPublicationAndItsVote() {
      Vote vote = new Vote(20, 15, 3, 2, 27);
      DossierDocument report = DossierDocument.of(DossierDocumentKind.APPROVAL_REPORT, "12/2026",
          LocalDate.of(2026, 4, 1), "Mayor");
      DossierDocument opinion = DossierDocument.opinion("3/2026", LocalDate.of(2026, 4, 10), "Committee 1",
          OpinionResult.values()[0]);
      DecisionDossier d = DecisionDossier.of(List.of(report, opinion), vote)
          .communicated(LocalDate.of(2026, 5, 5), "P-17")
          .published(LocalDate.of(2026, 5, 8), "MOL 4");
      assertEquals(DecisionDossier.STRATEGY, d.kind());
      assertEquals(Optional.of(LocalDate.of(2026, 5, 5)), d.prefectOn());
      assertEquals(Optional.of("P-17"), d.prefectReference());
      assertEquals(Optional.of(LocalDate.of(2026, 5, 8)), d.publishedOn());
      assertEquals(Optional.of("MOL 4"), d.publicationReference());
      assertEquals(List.of(opinion), d.documents(DossierDocumentKind.COMMITTEE_OPINION).toList());
      assertEquals(Optional.empty(), d.withoutVote().vote());
      assertEquals(Optional.of(new Vote(1, 1, 0, 0, 1)), d.withoutVote().withVote(new Vote(1, 1, 0, 0, 1)).vote());
      assertEquals(List.of(report), d.withDocuments(List.of(report)).documents());
      assertEquals(Optional.of("MOL 4"), d.withDocuments(List.of()).publicationReference());
    }

    @Test
    void blankNamesNumbersAndTextsAreRefusedWithWhatWasBlank() {
      LocalDate day = LocalDate.of(2026, 4, 1);
      assertEquals("number of approval-report must not be blank", assertThrows(IllegalArgumentException.class,
          () -> DossierDocument.of(DossierDocumentKind.APPROVAL_REPORT, " ", day, "Mayor")).getMessage());
      assertEquals("author of specialist-report 7/2026 must not be blank", assertThrows(IllegalArgumentException.class,
          () -> DossierDocument.of(DossierDocumentKind.SPECIALIST_REPORT, "7/2026", day, "")).getMessage());
      assertEquals("author of proposal \"P-1\" must not be blank", assertThrows(IllegalArgumentException.class,
          () -> Proposal.of("P-1", " ", day, "More trees", "A-2")).getMessage());
      assertEquals("text of proposal \"P-1\" must not be blank", assertThrows(IllegalArgumentException.class,
          () -> Proposal.of("P-1", "Ana", day, "\t", "A-2")).getMessage());
      assertEquals("council decision number must not be blank", assertThrows(IllegalArgumentException.class,
          () -> new CouncilDecision(" ", day, Optional.empty(), Optional.empty(), Optional.empty())).getMessage());
      assertEquals("member name must not be blank", assertThrows(IllegalArgumentException.class,
          () -> new Member(" ", MemberRole.MEMBER, Optional.empty())).getMessage());
      assertEquals("participant count of local-action-group must be >= 0 but was -1",
          assertThrows(IllegalArgumentException.class,
              () -> new ParticipantCount(OrganisationCategory.LOCAL_ACTION_GROUP, -1)).getMessage());
      assertEquals(0, new ParticipantCount(OrganisationCategory.NGO, 0).count());
    }

    @Test
    void aConsultationKnowsItsUnansweredProposalsAndWhetherADebateIsOwed() {
      LocalDate day = LocalDate.of(2026, 3, 5);
      Proposal answered = Proposal.of("P-1", "Ana", day, "More trees", "A-2")
          .answered(ProposalDecision.values()[0], "Planned in 2027", day.plusDays(20));
      Proposal open = Proposal.of("P-2", "Ion", day, "Fewer cars", "A-1");
      Consultation c = Consultation.announced(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 12))
          .withProposal(answered).withProposal(open);
      assertEquals(List.of(open), c.unanswered());
      assertTrue(c.open());
      assertFalse(c.closedOn(day.plusDays(40)).open());
      assertFalse(c.debateRequired());
      assertFalse(c.withDebateRequest(new DebateRequest("Ion", RequesterKind.CITIZEN, day)).debateRequired());
      assertTrue(c.withDebateRequest(new DebateRequest("Ion", RequesterKind.CITIZEN, day))
          .withDebateRequest(new DebateRequest("Green NGO", RequesterKind.LEGALLY_CONSTITUTED_ASSOCIATION, day))
          .debateRequired());
      assertEquals(List.of(open), c.withProposals(List.of(open)).proposals());
    }

    @Test
    void minutesAddUpTheirParticipants() {
      DebateMinutes m = DebateMinutes.of(
          List.of(new ParticipantCount(OrganisationCategory.NGO, 7), new ParticipantCount(OrganisationCategory.CITIZEN_GROUP, 5)),
          List.of());
      assertEquals(12, m.participantTotal());
      assertEquals(0, DebateMinutes.of(List.of(), List.of()).participantTotal());
    }
  }

  @Nested
  class Contributions {
    private final Membership network = Membership.of("net", text("Network", "Rețea"), Money.eur("1000"),
        MonthDay.of(3, 31), 2025);

    @Test
    void aContributionDueOnTheScheduleDateIsUpcomingAndTheDayBeforeItIsOverdue() {
      ContributionSchedule onDueDay = ContributionSchedule.of(List.of(network), LocalDate.of(2026, 3, 31), 0);
      // 2025 was due on 2025-03-31 (overdue); 2026 falls due today: upcoming, not overdue
      assertEquals(List.of(2025), onDueDay.overdue().stream().map(ScheduledContribution::year).toList());
      assertEquals(List.of(2026), onDueDay.upcoming().stream().map(ScheduledContribution::year).toList());
      ContributionSchedule dayAfter = ContributionSchedule.of(List.of(network), LocalDate.of(2026, 4, 1), 0);
      assertEquals(List.of(2025, 2026), dayAfter.overdue().stream().map(ScheduledContribution::year).toList());
    }

    @Test
    void theHorizonIncludesItsLastDay() {
      // from 2026-03-01, 2026-03-31 is 30 days ahead
      assertEquals(List.of(2026), ContributionSchedule.of(List.of(network), LocalDate.of(2026, 3, 1), 30).upcoming()
          .stream().map(ScheduledContribution::year).toList());
      assertEquals(List.of(), ContributionSchedule.of(List.of(network), LocalDate.of(2026, 3, 1), 29).upcoming());
      assertEquals("schedule horizon must be >= 0 days but was -1", assertThrows(IllegalArgumentException.class,
          () -> ContributionSchedule.of(List.of(network), LocalDate.of(2026, 3, 1), -1)).getMessage());
    }

    @Test
    void paymentsInTheContributionCurrencyCountAndOverpaymentLeavesNothingOutstanding() {
      Membership m = network
          .withPayment(new ContributionPayment(2025, LocalDate.of(2025, 3, 1), Money.eur("600")))
          .withPayment(new ContributionPayment(2025, LocalDate.of(2025, 4, 1), Money.ron("5000")))
          .withPayment(new ContributionPayment(2025, LocalDate.of(2025, 5, 1), Money.eur("150")))
          .withPayment(new ContributionPayment(2026, LocalDate.of(2026, 1, 5), Money.eur("1200")));
      ScheduledContribution c2025 = ContributionSchedule.contribution(m, 2025, LocalDate.of(2026, 1, 10));
      // 600 + 150 EUR paid of 1000 EUR; the RON payment does not count: 250 outstanding
      assertAmount("750", c2025.paid());
      assertAmount("250", c2025.outstanding());
      assertAmount("1000", c2025.due());
      assertEquals(ContributionStatus.OVERDUE, c2025.status());
      ScheduledContribution c2026 = ContributionSchedule.contribution(m, 2026, LocalDate.of(2026, 1, 10));
      assertAmount("1200", c2026.paid());
      assertAmount("0", c2026.outstanding());
      assertEquals(ContributionStatus.PAID, c2026.status());
      assertEquals(List.of(2025), ContributionSchedule.of(List.of(m), LocalDate.of(2026, 1, 10), 365).entries().stream()
          .map(ScheduledContribution::year).toList());
    }

    @Test
    void aPaymentOfExactlyTheContributionPaysItAndOneCentLessDoesNot() {
      Membership paid = network.withPayment(new ContributionPayment(2025, LocalDate.of(2025, 3, 1), Money.eur("1000")));
      assertEquals(ContributionStatus.PAID, ContributionSchedule.contribution(paid, 2025, LocalDate.of(2026, 1, 1)).status());
      Membership short1 = network.withPayment(new ContributionPayment(2025, LocalDate.of(2025, 3, 1), Money.eur("999.99")));
      ScheduledContribution c = ContributionSchedule.contribution(short1, 2025, LocalDate.of(2025, 3, 31));
      assertEquals(ContributionStatus.UPCOMING, c.status());
      assertAmount("0.01", c.outstanding());
    }

    @Test
    void the29thOfFebruaryFallsBackTo28thOnlyInCommonYears() {
      Membership leap = Membership.of("leap", text("Leap", "Bisect"), Money.ron("10"), MonthDay.of(2, 29), 2027);
      assertEquals(LocalDate.of(2027, 2, 28), ContributionSchedule.contribution(leap, 2027, LocalDate.of(2027, 1, 1)).dueOn());
      assertEquals(LocalDate.of(2028, 2, 29), ContributionSchedule.contribution(leap, 2028, LocalDate.of(2027, 1, 1)).dueOn());
      Membership feb28 = Membership.of("feb", text("Feb", "Feb"), Money.ron("10"), MonthDay.of(2, 28), 2028);
      assertEquals(LocalDate.of(2028, 2, 28), ContributionSchedule.contribution(feb28, 2028, LocalDate.of(2027, 1, 1)).dueOn());
      Membership mar29 = Membership.of("mar", text("Mar", "Mar"), Money.ron("10"), MonthDay.of(3, 29), 2027);
      assertEquals(LocalDate.of(2027, 3, 29), ContributionSchedule.contribution(mar29, 2027, LocalDate.of(2027, 1, 1)).dueOn());
    }

    @Test
    void entriesAreOrderedByDueDateThenMembershipIdAndStopAtTheHorizonYear() {
      Membership b = Membership.of("b-net", text("B", "B"), Money.eur("5"), MonthDay.of(1, 15), 2026);
      Membership a = Membership.of("a-net", text("A", "A"), Money.eur("5"), MonthDay.of(1, 15), 2026);
      Membership c = Membership.of("c-net", text("C", "C"), Money.eur("5"), MonthDay.of(1, 10), 2026);
      ContributionSchedule s = ContributionSchedule.of(List.of(b, a, c), LocalDate.of(2026, 12, 31), 20);
      // 2026's contributions fell due on 10 and 15 January 2026 (overdue); 2027's fall due on 10 and 15 January
      // 2027, within the 20-day horizon (20 January 2027): upcoming
      assertEquals(List.of("c-net 2026", "a-net 2026", "b-net 2026", "c-net 2027", "a-net 2027", "b-net 2027"),
          s.entries().stream().map(e -> e.membership() + " " + e.year()).toList());
      // a 5-day horizon ends on 5 January 2027, before 2027's contributions fall due
      assertEquals(List.of("c-net 2026", "a-net 2026", "b-net 2026"),
          ContributionSchedule.of(List.of(b, a, c), LocalDate.of(2026, 12, 31), 5).entries().stream()
              .map(e -> e.membership() + " " + e.year()).toList());
      assertEquals(List.of(), ContributionSchedule.of(List.of(a), LocalDate.of(2025, 1, 1), 300).entries());
    }

    @Test
    void aMembershipIsDueFromItsFirstToItsLastYear() {
      Membership ended = new Membership("old", text("Old", "Vechi"), Money.ron("1"), MonthDay.of(6, 1), 2023,
          Optional.of(2024), List.of());
      assertFalse(ended.dueIn(2022));
      assertTrue(ended.dueIn(2023));
      assertTrue(ended.dueIn(2024));
      assertFalse(ended.dueIn(2025));
      assertTrue(network.dueIn(2090));
      assertEquals(2023, new Membership("one", text("One", "Unu"), Money.ron("1"), MonthDay.of(6, 1), 2023,
          Optional.of(2023), List.of()).untilYear().orElseThrow());
      assertEquals("membership \"old\" must not end (2022) before it starts (2023)",
          assertThrows(IllegalArgumentException.class, () -> new Membership("old", text("Old", "Vechi"), Money.ron("1"),
              MonthDay.of(6, 1), 2023, Optional.of(2022), List.of())).getMessage());
    }
  }
}
