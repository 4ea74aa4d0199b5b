// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.strategy.Annex;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.AnnexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

class AnnexDocumentsTest {

  private static final String RAW =
      "{\"z\":1,\"a\":[1.10,-2.50,1E+3,12345678901234567890123,true,false,null],"
          + "\"nested\":{\"empty\":{},\"none\":[],\"text\":\"Ședință \\\"quoted\\\" \\n line\"},\"b\":\"2027\"}";

  private final StrategyDocuments standard = StrategyDocuments.standard();
  private final StrategyDocuments typed = StrategyDocuments.builder().annexTypes(List.of(TestInventory.TYPE)).build();

  private static TestInventory inventory() {
    return new TestInventory(
        PlanDate.ofYear(2020),
        List.of(
            new TestInventory.Entry("buildings", 412_000.5, Optional.of(Money.ron("15000.25"))),
            new TestInventory.Entry("transport", 0.1, Optional.empty())),
        Optional.of("IPCC 2006"));
  }

  private static Strategy withAnnexes(Annex... annexes) {
    return StrategyFixture.builder().annexes(List.of(annexes)).build();
  }

  @Test
  void rawAnnex_survivesJsonToYamlToJson_unchanged() {
    Strategy s = withAnnexes(new RawAnnex("unknown-kind", RAW));
    String json = standard.write(s, DocumentFormat.JSON);
    Strategy fromJson = standard.read(json, DocumentFormat.JSON).orElseThrow();
    String yaml = standard.write(fromJson, DocumentFormat.YAML);
    Strategy fromYaml = standard.read(yaml, DocumentFormat.YAML).orElseThrow();
    assertEquals(RAW, ((RawAnnex) fromYaml.annexes().get(0)).json());
    assertEquals(s, fromYaml);
    assertEquals(json, standard.write(fromYaml, DocumentFormat.JSON));
  }

  @Test
  void rawAnnex_integerNamesArePlainInYaml_likeTheNumberKeysOfATypedAnnex_andReadBackUnchanged() {
    String data = "{\"2026\":1,\"007\":2,\"-0\":3,\"-12\":{\"1\":[4]},\"b\":\"2027\"}";
    Strategy s = withAnnexes(new RawAnnex("by-year", data));

    String yaml = standard.write(s, DocumentFormat.YAML);
    Strategy back = standard.read(yaml, DocumentFormat.YAML).orElseThrow();

    assertTrue(yaml.contains("\n    2026: 1\n"), yaml);
    assertTrue(yaml.contains("\n    -12:\n      1:\n"), yaml);
    // Not integers as a number key writes them: quoted, as before.
    assertTrue(yaml.contains("\"007\": 2") && yaml.contains("\"-0\": 3"), yaml);
    assertEquals(data, ((RawAnnex) back.annexes().get(0)).json());
    assertEquals(yaml, standard.write(back, DocumentFormat.YAML));
    assertTrue(standard.write(s, DocumentFormat.JSON).contains("\"2026\": 1"));
  }

  @Test
  void rawAnnex_negativeZero_readsAsZero() {
    // Decimals are kept as exact BigDecimals, which have no negative zero: the one documented loss.
    Strategy s = withAnnexes(new RawAnnex("z", "[-0.0,-0]"));
    RawAnnex back = (RawAnnex) standard.read(standard.write(s, DocumentFormat.JSON), DocumentFormat.JSON).orElseThrow().annexes().get(0);
    assertEquals("[0.0,0]", back.json());
  }

  @Test
  void rawAnnex_keepsMemberOrderAndDecimals_andIsCompacted() {
    String text =
        standard.write(StrategyFixture.valid(), DocumentFormat.JSON)
            .replace("\"streets\": 12,", "\"streets\": 12, \"ratio\" :  0.50,  \"alpha\": \"x\",");
    RawAnnex raw = (RawAnnex) standard.read(text, DocumentFormat.JSON).orElseThrow().annexes().get(0);
    assertEquals("{\"streets\":12,\"ratio\":0.50,\"alpha\":\"x\",\"surveyed\":[\"Bd. Revoluției\"]}", raw.json());
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void typedAnnex_roundTrip(DocumentFormat format) {
    Strategy s = withAnnexes(inventory(), new RawAnnex("other", "{\"k\":1}"));
    String text = typed.write(s, format);
    Strategy back = typed.read(text, format).orElseThrow();
    assertEquals(s, back);
    assertInstanceOf(TestInventory.class, back.annexes().get(0));
    assertEquals(text, typed.write(back, format));
  }

  @Test
  void typedAnnex_isWrittenInItsEnvelope_inComponentOrder() {
    String text = typed.write(withAnnexes(inventory()), DocumentFormat.JSON);
    String compact = text.replaceAll("\\s+", "");
    assertTrue(
        compact.contains(
            "\"annexes\":[{\"kind\":\"test-inventory\",\"data\":{\"baseYear\":\"2020\",\"entries\":[{\"sector\":\"buildings\","
                + "\"tonnes\":412000.5,\"cost\":{\"amount\":15000.25,\"currency\":\"RON\"}},"
                + "{\"sector\":\"transport\",\"tonnes\":0.1}],\"method\":\"IPCC2006\"}}]"),
        text);
  }

  @Test
  void typedAnnex_readWithoutItsTemplate_isKeptRaw_andBindsLater() {
    Strategy s = withAnnexes(inventory());
    Strategy raw = standard.read(typed.write(s, DocumentFormat.YAML), DocumentFormat.YAML).orElseThrow();
    assertInstanceOf(RawAnnex.class, raw.annexes().get(0));
    Strategy again = typed.read(standard.write(raw, DocumentFormat.JSON), DocumentFormat.JSON).orElseThrow();
    assertEquals(s, again);
  }

  @Test
  void typedAnnex_bindingFailure_hasThePathInsideTheAnnex() {
    String text = typed.write(withAnnexes(inventory()), DocumentFormat.JSON).replace("\"tonnes\": 0.1", "\"tonnes\": \"much\"");
    ReadResult r = typed.read(text, DocumentFormat.JSON);
    assertEquals("/annexes/0/data/entries/1/tonnes", r.problems().get(0).path(), r.problems().toString());
    assertTrue(r.problems().get(0).line() > 0);
  }

  @Test
  void typedAnnex_constructorRejection_isMappedInsideTheAnnex() {
    String text = typed.write(withAnnexes(inventory()), DocumentFormat.JSON).replace("\"tonnes\": 0.1", "\"tonnes\": -3");
    ReadProblem p = typed.read(text, DocumentFormat.JSON).problems().get(0);
    assertEquals("/annexes/0/data/entries/1", p.path());
    assertEquals("tonnes must not be negative but was -3.0", p.message());
  }

  @Test
  void typedAnnex_unknownMember_isAProblem() {
    String text = typed.write(withAnnexes(inventory()), DocumentFormat.JSON).replace("\"method\":", "\"methd\":");
    ReadProblem p = typed.read(text, DocumentFormat.JSON).problems().get(0);
    assertEquals("/annexes/0/data/methd", p.path());
    assertTrue(p.message().contains("allowed members: baseYear, entries, method"), p.toString());
  }

  @Test
  void annexEnvelope_problems() {
    String json = standard.write(StrategyFixture.valid(), DocumentFormat.JSON);
    ReadProblem missingKind = standard.read(json.replace("\"kind\": \"street-survey\",", ""), DocumentFormat.JSON).problems().get(0);
    assertEquals("/annexes/0/kind", missingKind.path());
    ReadProblem badKind = standard.read(json.replace("\"street-survey\"", "\"street survey\""), DocumentFormat.JSON).problems().get(0);
    assertEquals("/annexes/0/kind", badKind.path());
    assertTrue(badKind.message().contains("\"street survey\""), badKind.toString());
    ReadProblem extra = standard.read(json.replace("\"kind\": \"street-survey\",", "\"kind\": \"street-survey\", \"version\": 2,"), DocumentFormat.JSON).problems().get(0);
    assertEquals("/annexes/0/version", extra.path());
    ReadProblem noData = standard.read(json.replace("\"kind\": \"street-survey\",", "\"kind\": \"street-survey\"}, {\"kind\": \"x\","), DocumentFormat.JSON).problems().get(0);
    assertEquals("/annexes/0/data", noData.path());
    assertTrue(noData.message().contains("missing required member \"data\""), noData.toString());
  }

  @Test
  void rawAnnex_withTextThatIsNotJson_cannotBeWritten() {
    Strategy s = withAnnexes(new RawAnnex("broken", "{not json"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> standard.write(s, DocumentFormat.JSON));
    assertTrue(e.getMessage().contains("\"broken\""), e.getMessage());
  }

  @Test
  void module_rejectsTwoTypesForOneKind() {
    AnnexType<RawAnnex> clash = AnnexType.of(TestInventory.KIND, RawAnnex.class, org.civicplan.base.LocalizedText.of("x", "x"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CivicplanJacksonModule(List.of(TestInventory.TYPE, clash)));
    assertTrue(e.getMessage().contains(TestInventory.class.getName()) && e.getMessage().contains(RawAnnex.class.getName()));
  }

  @Test
  void module_isFoundByServiceLoader_andAppliesTheConventionsToAPlainMapper() {
    JsonMapper plain = JsonMapper.builder().findAndAddModules().build();
    Strategy s = StrategyFixture.valid();
    String text = plain.writeValueAsString(s);
    assertTrue(text.startsWith("{\"schemaVersion\":1,\"id\":\"tm-green-2026\",\"templateId\":\"test\""), text);
    assertTrue(text.contains("\"status\":\"on-time\""), text);
    assertEquals(s, plain.readValue(text, Strategy.class));
  }
}
