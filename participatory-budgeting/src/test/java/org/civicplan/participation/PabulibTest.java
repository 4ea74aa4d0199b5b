// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PabulibTest {

  /** A file in the shape pabulib publishes, with quoted fields, cumulative ballots and a selected column. */
  static final String CUMULATIVE = """
      META
      key;value
      description;"Illustrative; not a real vote"
      country;Romania
      unit;Illustrative City
      instance;2026
      num_projects;3
      num_votes;3
      budget;1000.50
      vote_type;cumulative
      max_sum_points;10
      PROJECTS
      project_id;cost;votes;name;category;target;selected
      1;600;2;"Park ""Central""\";greenery,culture;district-1;1
      2;300.25;2;Bike lanes;mobility;district-2;1
      3;500;1;Library;education;;0
      VOTES
      voter_id;age;sex;neighborhood;vote;points
      a;34;F;district-1;1,2;6,4
      b;51;M;district-2;2,3;5,5
      c;28;F;district-1;1;10
      """;

  @Nested
  class Reading {
    private final PbInstance instance = Pabulib.read(CUMULATIVE).instance().orElseThrow();

    @Test
    void readsTheMetadataInOrder() {
      assertEquals(List.of("description", "country", "unit", "instance", "num_projects", "num_votes", "budget", "vote_type", "max_sum_points"),
          List.copyOf(instance.meta().keySet()));
      assertEquals("Illustrative; not a real vote", instance.meta().get("description"));
      assertEquals(new BigDecimal("1000.50"), instance.budget());
      assertEquals(VoteType.CUMULATIVE, instance.voteType());
    }

    @Test
    void readsProjectsWithQuotedFieldsAndLists() {
      PbProject park = instance.projects().get(0);
      assertEquals("Park \"Central\"", park.name());
      assertEquals(List.of("greenery", "culture"), park.categories());
      assertEquals(List.of("district-1"), park.targets());
      assertEquals(Map.of("votes", "2"), park.attributes());
      assertEquals(new BigDecimal("300.25"), instance.projects().get(1).cost());
      assertEquals(List.of(), instance.projects().get(2).targets());
    }

    @Test
    void keepsTheSelectedColumnAsTheOfficialOutcomeOnly() {
      assertEquals(Set.of(ProjectId.of("1"), ProjectId.of("2")), instance.officialOutcome());
      assertTrue(instance.projects().stream().noneMatch(p -> p.attributes().containsKey("selected")));
    }

    @Test
    void keepsCumulativePointsAndReadsApprovalsFromThem() {
      Ballot a = instance.ballots().get(0);
      assertEquals(List.of(new BigDecimal("6"), new BigDecimal("4")), a.points());
      assertEquals(Set.of(ProjectId.of("1"), ProjectId.of("2")), a.approvals());
      assertEquals("district-1", a.attributes().get("neighborhood"));
    }

    @Test
    void writesBackWhatItRead() {
      PbInstance again = Pabulib.read(Pabulib.write(instance)).instance().orElseThrow();
      assertEquals(instance, again);
      assertEquals(Pabulib.write(instance), Pabulib.write(again));
    }

    @Test
    void acceptsAByteOrderMarkAndCrlf() {
      PabulibResult r = Pabulib.read("\uFEFF" + CUMULATIVE.replace("\n", "\r\n"));
      assertEquals(instance, r.instance().orElseThrow());
    }
  }

  /** One test per kind of malformed file: the problem's code, line and column. */
  @Nested
  class Malformed {

    private PabulibProblem only(String text) {
      PabulibResult r = Pabulib.read(text);
      assertTrue(r.instance().isEmpty());
      assertEquals(1, r.problems().size(), r.problems()::toString);
      return r.problems().get(0);
    }

    private void at(String text, String code, int line, int column) {
      PabulibProblem p = only(text);
      assertEquals(code, p.code(), p::toString);
      assertEquals(line + ":" + column, p.line() + ":" + p.column(), p::toString);
    }

    private static final String HEAD = "META\nkey;value\nbudget;10\n";

    @Test
    void missingSection() {
      at(HEAD + "PROJECTS\nproject_id;cost\n1;5\n", PbCodes.MISSING_SECTION, 6, 1);
    }

    @Test
    void lineBeforeMeta() {
      at("hello;world\n" + HEAD + "PROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n", PbCodes.UNEXPECTED_LINE, 1, 1);
    }

    @Test
    void sectionOutOfOrder() {
      PabulibResult r = Pabulib.read("META\nkey;value\nbudget;10\nVOTES\nvoter_id;vote\nPROJECTS\nproject_id;cost\n");
      assertEquals(List.of("4:1 " + PbCodes.UNEXPECTED_LINE, "6:1 " + PbCodes.UNEXPECTED_LINE),
          r.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.code()).toList());
    }

    @Test
    void missingBudget() {
      at("META\nkey;value\nunit;x\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n", PbCodes.MISSING_COLUMN, 2, 1);
    }

    @Test
    void missingRequiredColumn() {
      at(HEAD + "PROJECTS\nproject_id;name\n1;a\nVOTES\nvoter_id;vote\n", PbCodes.MISSING_COLUMN, 5, 1);
    }

    @Test
    void wrongFieldCount() {
      at(HEAD + "PROJECTS\nproject_id;cost;name\n1;5;a;extra\nVOTES\nvoter_id;vote\n", PbCodes.FIELD_COUNT, 6, 7);
    }

    @Test
    void costNotANumber() {
      at(HEAD + "PROJECTS\nproject_id;cost\n1;five\nVOTES\nvoter_id;vote\n", PbCodes.BAD_NUMBER, 6, 3);
    }

    @Test
    void costWithAHugeExponent_isRefusedInsteadOfExpandedToMillionsOfDigits() {
      // found by the fuzz suite: 401e4000000 took seconds and megabytes in every sum and in write
      at(HEAD + "PROJECTS\nproject_id;cost\n1;401e4000000\nVOTES\nvoter_id;vote\n", PbCodes.BAD_NUMBER, 6, 3);
      at(HEAD + "PROJECTS\nproject_id;cost\n1;1e-31\nVOTES\nvoter_id;vote\n", PbCodes.BAD_NUMBER, 6, 3);
      at(HEAD + "PROJECTS\nproject_id;cost\n1;" + "9".repeat(101) + "\nVOTES\nvoter_id;vote\n", PbCodes.BAD_NUMBER, 6, 3);
    }

    @Test
    void costWithThirtyDigitsEachSide_isRead() {
      String cost = "9".repeat(30) + "." + "1".repeat(30);
      PabulibResult r = Pabulib.read(HEAD + "PROJECTS\nproject_id;cost\n1;" + cost + "\nVOTES\nvoter_id;vote\n");
      assertEquals(new BigDecimal(cost), r.instance().orElseThrow().projects().get(0).cost(), r.problems()::toString);
    }

    @Test
    void negativeCost() {
      at(HEAD + "PROJECTS\nproject_id;cost\n1;-5\nVOTES\nvoter_id;vote\n", PbCodes.BAD_NUMBER, 6, 3);
    }

    @Test
    void negativeBudget() {
      at("META\nkey;value\nbudget;-1\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n", PbCodes.BAD_NUMBER, 3, 1);
    }

    @Test
    void duplicateProjectId() {
      at(HEAD + "PROJECTS\nproject_id;cost\n1;5\n1;6\nVOTES\nvoter_id;vote\n", PbCodes.BAD_ID, 7, 1);
    }

    @Test
    void duplicateVoterId() {
      at(HEAD + "PROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\nv;1\nv;1\n", PbCodes.BAD_ID, 10, 1);
    }

    @Test
    void unknownVoteType() {
      at("META\nkey;value\nbudget;10\nvote_type;ranked\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n", PbCodes.BAD_VOTE_TYPE, 4, 1);
    }

    @Test
    void pointsDoNotMatchTheVote() {
      at("META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;5\n2;5\nVOTES\nvoter_id;vote;points\nv;1,2;3\n",
          PbCodes.POINTS_MISMATCH, 11, 7);
    }

    @Test
    void pointsNotANumber() {
      at("META\nkey;value\nbudget;10\nvote_type;scoring\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote;points\nv;1;x\n",
          PbCodes.BAD_NUMBER, 10, 5);
    }

    @Test
    void unterminatedQuote() {
      PabulibProblem p = only(HEAD + "PROJECTS\nproject_id;cost;name\n1;5;\"open\nVOTES\nvoter_id;vote\n");
      assertEquals(PbCodes.SYNTAX, p.code(), p::toString);
      assertTrue(p.line() >= 6, p::toString);
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
      PabulibResult r = Pabulib.read(HEAD + "PROJECTS\nproject_id;cost\n1;x\n2;-1\nVOTES\nvoter_id;vote\n");
      assertEquals(List.of("6:3", "7:3"), r.problems().stream().map(p -> p.line() + ":" + p.column()).toList());
    }
  }

  @Nested
  class Findings {
    @Test
    void aBallotNamingAnUnknownProjectIsAnError() {
      PbInstance i = Pabulib.read("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\nv;1,9\n")
          .instance().orElseThrow();
      assertEquals(List.of(PbCodes.UNKNOWN_PROJECT), i.findings().stream().map(f -> f.code()).toList());
      assertEquals("/votes/0/vote", i.findings().get(0).path());
      assertTrue(i.findings().get(0).isError());
    }

    @Test
    void countsThatDisagreeWithTheSectionsAreWarnings() {
      PbInstance i = Pabulib.read("META\nkey;value\nbudget;10\nnum_votes;5\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\nv;1\n")
          .instance().orElseThrow();
      assertEquals(List.of(PbCodes.COUNT_MISMATCH), i.findings().stream().map(f -> f.code()).toList());
    }
  }
}
