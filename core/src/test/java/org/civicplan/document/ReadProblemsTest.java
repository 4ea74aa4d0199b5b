// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civicplan.fixture.StrategyFixture;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gives one problem with a message, a line and column, and a path. */
class ReadProblemsTest {

  private final StrategyDocuments docs = StrategyDocuments.standard();
  private final String json = docs.write(StrategyFixture.valid(), DocumentFormat.JSON);
  private final String yaml = docs.write(StrategyFixture.valid(), DocumentFormat.YAML);

  private ReadProblem onlyProblem(String text, DocumentFormat format) {
    ReadResult r = docs.read(text, format);
    assertTrue(r.strategy().isEmpty(), "no strategy when there are problems");
    assertEquals(1, r.problems().size(), r.problems().toString());
    return r.problems().get(0);
  }

  private static String replaceOnce(String text, String from, String to) {
    int i = text.indexOf(from);
    assertTrue(i >= 0, "fixture text contains " + from);
    return text.substring(0, i) + to + text.substring(i + from.length());
  }

  /** The 1-based line on which {@code needle} first occurs. */
  private static int lineOf(String text, String needle) {
    int i = text.indexOf(needle);
    assertTrue(i >= 0, needle);
    return (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
  }

  private static void assertContains(String fragment, ReadProblem p) {
    assertTrue(p.message().contains(fragment), "expected \"" + fragment + "\" in: " + p);
  }

  @Test
  void syntaxError_hasLineAndColumn() {
    String bad = replaceOnce(json, "\"period\": \"2026/2030\",", "\"period\": \"2026/2030\" \"oops\",");
    ReadProblem p = onlyProblem(bad, DocumentFormat.JSON);
    assertTrue(p.message().startsWith("syntax error: "), p.toString());
    assertEquals(lineOf(bad, "\"oops\""), p.line());
    assertEquals(bad.lines().toList().get(p.line() - 1).indexOf("\"oops\"") + 1, p.column(), p.toString());
  }

  @Test
  void syntaxError_inYaml_hasLine() {
    String bad = replaceOnce(yaml, "period: \"2026/2030\"", "period: [\"2026/2030\"");
    ReadProblem p = onlyProblem(bad, DocumentFormat.YAML);
    assertTrue(p.message().startsWith("syntax error: "), p.toString());
    assertTrue(p.line() >= lineOf(bad, "period:"), p.toString());
  }

  @Test
  void emptyDocument_isAProblem() {
    assertContains("empty", onlyProblem("", DocumentFormat.JSON));
    assertContains("must be an object", onlyProblem("[1, 2]", DocumentFormat.JSON));
  }

  @Test
  void trailingContent_isAProblem() {
    ReadProblem p = onlyProblem(json + "{}", DocumentFormat.JSON);
    assertTrue(p.line() > 0, p.toString());
  }

  @Test
  void duplicateMember_isAProblem() {
    String bad = replaceOnce(json, "\"state\": \"draft\",", "\"state\": \"draft\",\n  \"state\": \"approved\",");
    ReadProblem p = onlyProblem(bad, DocumentFormat.JSON);
    assertContains("state", p);
    assertEquals(lineOf(bad, "\"state\": \"approved\""), p.line(), p.toString());
  }

  @Test
  void wrongType_hasPath() {
    String bad = replaceOnce(json, "\"year\": 2027,", "\"year\": \"next year\",");
    ReadProblem p = onlyProblem(bad, DocumentFormat.JSON);
    assertEquals("/actions/0/budget/1/year", p.path(), p.toString());
    assertEquals(lineOf(bad, "\"next year\""), p.line());
  }

  @Test
  void decimalForAnInteger_isAProblem() {
    String bad = replaceOnce(json, "\"year\": 2027,", "\"year\": 2027.5,");
    assertEquals("/actions/0/budget/1/year", onlyProblem(bad, DocumentFormat.JSON).path());
  }

  @Test
  void objectForAList_isAProblem() {
    String bad = replaceOnce(json, "\"tags\": [\n        \"buildings\",\n        \"schools\"\n      ]", "\"tags\": {}");
    assertEquals("/actions/0/tags", onlyProblem(bad, DocumentFormat.JSON).path());
  }

  @Test
  void badDate_givesTheDomainMessageAndPath() {
    String bad = replaceOnce(json, "\"end\": \"2028-06\"", "\"end\": \"2028-13\"");
    ReadProblem p = onlyProblem(bad, DocumentFormat.JSON);
    assertEquals("/actions/0/end", p.path());
    assertContains("YYYY, YYYY-MM or YYYY-MM-DD", p);
    assertContains("2028-13", p);
    assertEquals(lineOf(bad, "2028-13"), p.line());
  }

  @Test
  void badPeriod_givesTheDomainMessage() {
    ReadProblem p = onlyProblem(replaceOnce(json, "\"2026/2030\"", "\"2030/2026\""), DocumentFormat.JSON);
    assertEquals("/period", p.path());
    assertContains("no earlier than it starts", p);
  }

  @Test
  void badId_givesTheDomainMessageAndPath() {
    String bad = replaceOnce(json, "\"id\": \"T-2\"", "\"id\": \"T 2\"");
    ReadProblem p = onlyProblem(bad, DocumentFormat.JSON);
    assertEquals("/actions/0/tasks/1/id", p.path());
    assertContains("task id must be 1 to 64 characters", p);
    assertContains("\"T 2\"", p);
  }

  /** An id given as an object: the message names the kind of id, as its type is named. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "\"id\": \"A-1\"|/actions/0/id|action id",
      "\"id\": \"T-2\"|/actions/0/tasks/1/id|task id",
      "\"id\": \"OS-1\"|/objectives/0/id|objective id",
      "\"id\": \"co2-total\"|/indicators/0/id|indicator id",
      "\"templateId\": \"test\"|/templateId|template id"})
  void anIdOfTheWrongTypeIsNamedByItsKind(String member, String path, String kind) {
    String name = member.substring(0, member.indexOf(':'));
    ReadProblem p = onlyProblem(replaceOnce(json, member, name + ": {}"), DocumentFormat.JSON);
    assertEquals(path, p.path(), p.toString());
    assertContains(kind + " must be a string but was", p);
  }

  @Test
  void theStrategyIdOfTheWrongTypeIsNamedByItsKind() {
    String member = "\"id\": \"" + StrategyFixture.valid().id().value() + "\"";
    ReadProblem p = onlyProblem(replaceOnce(json, member, "\"id\": []"), DocumentFormat.JSON);
    assertEquals("/id", p.path(), p.toString());
    assertContains("strategy id must be a string but was", p);
  }

  @Test
  void constructorRejection_isMappedToTheObject() {
    String bad = replaceOnce(json, "\"country\": \"RO\"", "\"country\": \"Romania\"");
    ReadProblem p = onlyProblem(bad, DocumentFormat.JSON);
    assertEquals("/municipality", p.path());
    assertContains("ISO 3166-1 alpha-2", p);
    assertEquals(lineOf(bad, "\"municipality\""), p.line());
  }

  @Test
  void badLanguageTag_hasPathToTheTag() {
    ReadProblem p = onlyProblem(replaceOnce(json, "\"en\": \"Tender\"", "\"EN\": \"Tender\""), DocumentFormat.JSON);
    assertEquals("/actions/0/tasks/1/title/EN", p.path());
    assertContains("language tag", p);
  }

  @Test
  void badCurrency_hasPath() {
    ReadProblem p = onlyProblem(replaceOnce(json, "\"currency\": \"EUR\"", "\"currency\": \"EURO\""), DocumentFormat.JSON);
    assertEquals("/actions/0/budget/1/planned/currency", p.path());
    assertContains("ISO 4217", p);
  }

  @Test
  void moneyAsDouble_isNotAccepted_butExactDecimalsAre() {
    String exact = replaceOnce(json, "\"amount\": 1250000.5", "\"amount\": 12345678901234567890.123456789");
    ReadResult r = docs.read(exact, DocumentFormat.JSON);
    assertEquals(
        new java.math.BigDecimal("12345678901234567890.123456789"),
        r.orElseThrow().actions().get(0).budget().get(0).actual().orElseThrow().amount());
    ReadProblem p = onlyProblem(replaceOnce(json, "\"amount\": 1250000.5", "\"amount\": \"lots\""), DocumentFormat.JSON);
    assertEquals("/actions/0/budget/0/actual/amount", p.path());
  }

  @Test
  void unknownEnumValue_listsTheAllowedValues() {
    String bad = replaceOnce(json, "\"status\": \"on-time\"", "\"status\": \"ontime\"");
    ReadProblem p = onlyProblem(bad, DocumentFormat.JSON);
    assertEquals("/actions/0/status", p.path());
    assertContains("not-started, on-time, late, completed, cancelled, postponed", p);
    assertContains("\"ontime\"", p);
  }

  @Test
  void enumInUpperCase_isNotAccepted() {
    assertEquals("/state", onlyProblem(replaceOnce(json, "\"draft\"", "\"DRAFT\""), DocumentFormat.JSON).path());
  }

  @Test
  void missingRequiredMember_namesItAndItsPath() {
    String bad = replaceOnce(json, "\"unit\": \"trees\",", "");
    ReadProblem p = onlyProblem(bad, DocumentFormat.JSON);
    assertEquals("/indicators/1/unit", p.path());
    assertEquals("missing required member \"unit\"", p.message());
    assertEquals(lineOf(json, "\"id\": \"street-trees\"") - 1, p.line(), "located at the indicator object");
  }

  @Test
  void missingRequiredId_namesIt() {
    ReadProblem p = onlyProblem(replaceOnce(json, "\"id\": \"A-3\",", ""), DocumentFormat.JSON);
    assertEquals("/actions/2/id", p.path());
    assertContains("missing required member \"id\"", p);
  }

  @Test
  void missingPrimitive_isAProblem_notAZero() {
    ReadProblem p = onlyProblem(replaceOnce(json, "\"value\": 5000.0,", ""), DocumentFormat.JSON);
    assertEquals("/indicators/1/targets/0/value", p.path());
  }

  @Test
  void nullForARequiredMember_isAProblem() {
    ReadProblem p = onlyProblem(replaceOnce(json, "\"id\": \"A-3\"", "\"id\": null"), DocumentFormat.JSON);
    assertEquals("/actions/2/id", p.path());
  }

  @Test
  void nullForAnOptionalMember_readsAsEmpty() {
    String text = replaceOnce(json, "\"responsible\": \"dir-environment\",", "\"responsible\": null, \"location\": null, \"partners\": null,");
    assertTrue(docs.read(text, DocumentFormat.JSON).orElseThrow().actions().get(0).responsible().isEmpty());
  }

  @Test
  void unknownMember_inACurrentDocument_isAProblemListingTheAllowedMembers() {
    String bad = replaceOnce(json, "\"status\": \"on-time\",", "\"status\": \"on-time\",\n      \"priority\": 3,");
    ReadProblem p = onlyProblem(bad, DocumentFormat.JSON);
    assertEquals("/actions/0/priority", p.path());
    assertContains("unknown member \"priority\"", p);
    assertContains("id, title, description, objectiveIds", p);
    assertEquals(lineOf(bad, "\"priority\""), p.line());
  }

  @Test
  void schemaVersion_missing_newer_orWrong_isAProblem() {
    ReadProblem missing = onlyProblem(replaceOnce(json, "\"schemaVersion\": 1,", ""), DocumentFormat.JSON);
    assertContains("missing required member \"schemaVersion\"", missing);
    ReadProblem newer = onlyProblem(replaceOnce(json, "\"schemaVersion\": 1,", "\"schemaVersion\": 2,"), DocumentFormat.JSON);
    assertEquals("/schemaVersion", newer.path());
    assertContains("newer than this library reads (1 to 1)", newer);
    assertEquals(2, newer.line());
    assertContains("integer", onlyProblem(replaceOnce(json, "\"schemaVersion\": 1,", "\"schemaVersion\": \"1\","), DocumentFormat.JSON));
    assertContains("integer", onlyProblem(replaceOnce(json, "\"schemaVersion\": 1,", "\"schemaVersion\": 0,"), DocumentFormat.JSON));
  }

  @Test
  void yamlProblems_haveYamlLines() {
    String bad = replaceOnce(yaml, "status: \"on-time\"", "status: \"ontime\"");
    ReadProblem p = onlyProblem(bad, DocumentFormat.YAML);
    assertEquals("/actions/0/status", p.path());
    assertEquals(lineOf(bad, "status: \"ontime\""), p.line(), p.toString());
  }

  @Test
  void yamlUnquotedScalars_readAsTheirText() {
    String text = replaceOnce(yaml, "start: \"2026\"", "start: 2026");
    text = replaceOnce(text, "officialCode: \"155243\"", "officialCode: 155243");
    assertEquals(StrategyFixture.valid(), docs.read(text, DocumentFormat.YAML).orElseThrow());
  }

  @Test
  void problemPaths_escapeJsonPointerCharacters() {
    ReadProblem p = onlyProblem(replaceOnce(json, "\"en\": \"Tender\"", "\"a/b~c\": \"Tender\""), DocumentFormat.JSON);
    assertEquals("/actions/0/tasks/1/title/a~1b~0c", p.path());
  }

  @Test
  void neverThrows_onArbitraryTruncations() {
    for (int cut = 0; cut < json.length(); cut += 97) {
      ReadResult r = docs.read(json.substring(0, cut), DocumentFormat.JSON);
      assertTrue(r.strategy().isEmpty() && !r.problems().isEmpty(), "cut at " + cut);
    }
    List<String> lines = yaml.lines().toList();
    for (int cut = 1; cut < lines.size(); cut += 7) {
      // A YAML document cut at a line end may still be complete (the annexes left out), so
      // only check that reading answers rather than throws.
      ReadResult r = docs.read(String.join("\n", lines.subList(0, cut)), DocumentFormat.YAML);
      assertTrue(r.strategy().isPresent() != !r.problems().isEmpty(), "cut at line " + cut);
    }
  }
}
