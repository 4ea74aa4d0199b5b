// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readers of {@code rank}, {@code select} and {@code assess} refuse (exit 2) a value of the
 * wrong JSON type and a member they do not know, naming the member's path and what is allowed,
 * where they used to coerce the value (a text {@code "yes"} read as {@code false}, {@code "5"} read
 * as 5) or ignore it. One case per former coercion or silence.
 */
class InputReaderStrictnessTest {

  private static final String RANK =
      "{\"method\": \"%s\", \"criteria\": [{\"id\": \"c1\"%s}], \"alternatives\": [{\"id\": \"a1\", \"values\": %s}]%s}";
  private static final String SELECT =
      "{\"budget\": 100, \"projects\": [{\"id\": \"p1\", \"value\": 1, \"cost\": 50%s}]%s}";
  private static final String ASSESS =
      "{\"method\": \"linear\", \"direction\": \"increase\", \"baseline\": {\"date\": \"2015\", \"value\": 1%s},"
          + " \"target\": {\"date\": \"2030\", \"value\": 2}%s}";

  @TempDir Path dir;

  private CliRun run(String command, String json) throws IOException {
    Path f = dir.resolve("input.json");
    Files.writeString(f, json);
    return CliRun.of(command, f.toString());
  }

  private void refused(String command, String json, String message) throws IOException {
    CliRun r = run(command, json);
    assertEquals(Civicplan.USAGE, r.exitCode(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.err().contains(message), () -> "expected \"" + message + "\" in\n" + r.err());
  }

  @Test
  void theBaseInputsAreAccepted() throws IOException {
    assertEquals(Civicplan.OK, run("rank", RANK.formatted("weighted-sum", "", "{\"c1\": 1}", "")).exitCode());
    assertEquals(Civicplan.OK, run("select", SELECT.formatted("", "")).exitCode());
    assertEquals(Civicplan.OK, run("assess", ASSESS.formatted("", "")).exitCode());
  }

  // rank: criteria[].direction was read with asString("benefit"): an object gave the default.
  @Test
  void rankDirectionOfAnotherTypeIsRefused() throws IOException {
    refused("rank", RANK.formatted("weighted-sum", ", \"direction\": {\"is\": \"cost\"}", "{\"c1\": 1}", ""),
        "criteria[0].direction must be one of benefit, cost but was {\"is\":\"cost\"}");
  }

  // rank: preference.q/p/s were read with asDouble(0): the text "0.5" became 0.5, "x" became 0.
  @Test
  void rankPreferenceThresholdAsTextIsRefused() throws IOException {
    refused("rank",
        RANK.formatted("promethee-ii", ", \"preference\": {\"function\": \"v-shape\", \"p\": \"0.5\"}", "{\"c1\": 1}", ""),
        "criteria[0].preference.p must be a number but was \"0.5\"");
  }

  // rank: a preference that was not an object was ignored (the usual function used instead).
  @Test
  void rankPreferenceNotAnObjectIsRefused() throws IOException {
    refused("rank", RANK.formatted("promethee-ii", ", \"preference\": \"linear\"", "{\"c1\": 1}", ""),
        "criteria[0].preference must be an object but was \"linear\"");
  }

  // rank: a preference function that cannot be built said so without naming the criterion.
  @Test
  void rankImpossiblePreferenceNamesTheCriterion() throws IOException {
    refused("rank", RANK.formatted("promethee-ii", ", \"preference\": {\"function\": \"gaussian\"}", "{\"c1\": 1}", ""),
        "criteria[0].preference: s must be positive for the gaussian preference function but was 0.0");
  }

  // rank: options that were not an object were ignored.
  @Test
  void rankOptionsNotAnObjectIsRefused() throws IOException {
    refused("rank", RANK.formatted("topsis", "", "{\"c1\": 1}", ", \"options\": [\"vector\"]"),
        "options must be an object but was [\"vector\"]");
  }

  // rank: AHP labels were read with asString(): the number 2005 became the text "2005".
  @Test
  void rankAhpOptionAsNumberIsRefused() throws IOException {
    refused("rank",
        "{\"method\": \"ahp\", \"options\": {\"randomIndex\": 2005}, \"pairwise\": {\"criteria\": {\"items\": [\"c1\", \"c2\"], \"matrix\": [[1, 2], [0.5, 1]]}}}",
        "options.randomIndex must be a string but was 2005");
  }

  // rank: values that were not an object were read as all missing (error findings, exit 1).
  @Test
  void rankValuesNotAnObjectAreRefused() throws IOException {
    refused("rank", RANK.formatted("weighted-sum", "", "[1]", ""), "alternatives[0].values must be an object but was [1]");
  }

  // rank: members no method reads (a typo of one it reads) were ignored; so was pairwise for
  // methods other than ahp, whose shape is now checked as well.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"method\": \"topsis\", \"critera\": [], \"criteria\": [{\"id\": \"c1\"}], \"alternatives\": []}|the problem has an unknown member \"critera\"; the members are method, options, criteria, alternatives, pairwise",
    "{\"method\": \"vikor\", \"options\": {\"V\": 0.2}, \"criteria\": [{\"id\": \"c1\"}], \"alternatives\": []}|options has an unknown member \"V\"; the members are normalization, v, prioritization, randomIndex, synthesis",
    "{\"method\": \"topsis\", \"criteria\": [{\"id\": \"c1\", \"wieght\": 3}], \"alternatives\": []}|criteria[0] has an unknown member \"wieght\"; the members are id, direction, weight, preference",
    "{\"method\": \"topsis\", \"criteria\": [{\"id\": \"c1\"}], \"alternatives\": [{\"id\": \"a1\", \"value\": {}}]}|alternatives[0] has an unknown member \"value\"; the members are id, values",
    "{\"method\": \"topsis\", \"criteria\": [{\"id\": \"c1\"}], \"alternatives\": [], \"pairwise\": {\"criteria\": {\"items\": [\"c1\"], \"matrix\": [[\"1\"]]}}}|pairwise.criteria.matrix[0][0] must be a number but was \"1\"",
  })
  void rankUnknownMembersAndUnusedMembersOfTheWrongTypeAreRefused(String json, String message) throws IOException {
    refused("rank", json, message);
  }

  // select: mandatory was read with asBoolean(false): "yes" and 1 meant "not mandatory".
  @Test
  void selectMandatoryAsTextIsRefused() throws IOException {
    refused("select", SELECT.formatted(", \"mandatory\": \"yes\"", ""), "projects[0].mandatory must be true or false but was \"yes\"");
  }

  // select: requires that was not an array was ignored (a text has no elements).
  @Test
  void selectRequiresAsTextIsRefused() throws IOException {
    refused("select", SELECT.formatted(", \"requires\": \"p2\"", ""), "projects[0].requires must be an array but was \"p2\"");
  }

  // select: exclusive groups that were not arrays were ignored.
  @Test
  void selectExclusiveGroupAsTextIsRefused() throws IOException {
    refused("select", SELECT.formatted("", ", \"exclusive\": [\"p1 p2\"]"), "exclusive[0] must be an array but was \"p1 p2\"");
  }

  // select: a minimum share's period was read with asString(): the number 2026 became "2026".
  @Test
  void selectMinimumSharePeriodAsNumberIsRefused() throws IOException {
    refused("select", SELECT.formatted("", ", \"minimumShares\": [{\"period\": 2026, \"projects\": [\"p1\"], \"share\": 0.1}]"),
        "minimumShares[0].period must be a string but was 2026");
  }

  // select: a share given as text was read by decimalValue() of a text node.
  @Test
  void selectMinimumShareAsTextIsRefused() throws IOException {
    refused("select", SELECT.formatted("", ", \"minimumShares\": [{\"projects\": [\"p1\"], \"share\": \"0.1\"}]"),
        "minimumShares[0].share must be a number but was \"0.1\"");
  }

  // select: limits.seconds was read with asDouble(10): the text "5" became 5.
  @Test
  void selectSecondsAsTextIsRefused() throws IOException {
    refused("select", SELECT.formatted("", ", \"limits\": {\"seconds\": \"5\"}"), "limits.seconds must be a number but was \"5\"");
  }

  // select: limits.nodes was read with asLong(): 1.5 became 1 and "x" the default (no limit).
  @Test
  void selectNodesNotWholeIsRefused() throws IOException {
    refused("select", SELECT.formatted("", ", \"limits\": {\"nodes\": 1.5}"), "limits.nodes must be a whole number but was 1.5");
    refused("select", SELECT.formatted("", ", \"limits\": {\"nodes\": \"x\"}"), "limits.nodes must be a whole number but was \"x\"");
    assertEquals(Civicplan.OK, run("select", SELECT.formatted("", ", \"limits\": {\"nodes\": 1000}")).exitCode());
  }

  // select: unknown members were ignored, at every level.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    ", \"mandatroy\": true|| projects[0] has an unknown member \"mandatroy\"; the members are id, value, cost, requires, mandatory",
    "|, \"currency\": \"RON\"| the problem has an unknown member \"currency\"; the members are budget, projects, exclusive, minimumShares, limits",
    "|, \"limits\": {\"minutes\": 1}| limits has an unknown member \"minutes\"; the members are seconds, nodes",
    "|, \"minimumShares\": [{\"projects\": [], \"share\": 0.1, \"year\": \"2026\"}]| minimumShares[0] has an unknown member \"year\"; the members are period, projects, share",
  })
  void selectUnknownMembersAreRefused(String project, String root, String message) throws IOException {
    refused("select", SELECT.formatted(project == null ? "" : project, root == null ? "" : root), message.strip());
  }

  // assess: unknown members were ignored (a misspelt "taget" meant no target).
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "|, \"taget\": {\"date\": \"2030\", \"value\": 2}| the document has an unknown member \"taget\"; the members are method, direction, baseline, target, observations, asOf",
    ", \"unit\": \"t\"|| /baseline has an unknown member \"unit\"; the members are date, value",
  })
  void assessUnknownMembersAreRefused(String baseline, String root, String message) throws IOException {
    refused("assess", ASSESS.formatted(baseline == null ? "" : baseline, root == null ? "" : root), message.strip());
  }
}
