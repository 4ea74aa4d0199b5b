package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.fixture.TestTemplate;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.IndicatorKind;
import org.civicplan.indicator.Denominator;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.OverlayCodes;
import org.civicplan.template.OverlayResult;
import org.civicplan.template.Overlays;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateOverlay;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayDocumentsTest {

  private static final Locale RO = Locale.forLanguageTag("ro");

  static String resource(String name) {
    try (InputStream in = OverlayDocumentsTest.class.getResourceAsStream("/org/civicplan/template/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TemplateOverlay example() {
    OverlayDocuments.Result r = OverlayDocuments.readYaml(resource("example-overlay.yaml"));
    assertEquals(List.of(), r.findings());
    return r.overlay().orElseThrow();
  }

  static Finding onlyFinding(OverlayDocuments.Result r) {
    assertTrue(r.overlay().isEmpty(), "no overlay when there is a finding");
    assertEquals(1, r.findings().size(), () -> "expected one finding but got " + r.findings());
    return r.findings().get(0);
  }

  static void assertFinding(String code, String path, String lineAndColumn, Finding f) {
    assertEquals(code, f.code(), f::toString);
    assertEquals(path, f.path(), f::toString);
    assertTrue(f.message(Locale.ENGLISH).contains(lineAndColumn), f::toString);
    String ro = lineAndColumn.replace("line", "linia").replace("column", "coloana");
    assertTrue(f.message(RO).contains(ro), () -> f.message(RO));
  }

  static String yaml(String body) {
    return "template: test\n" + body;
  }

  // ---------------------------------------------------------------- the example

  @Test
  void example_readsEveryPart() {
    TemplateOverlay o = example();
    assertEquals(TestTemplate.ID, o.template());
    assertEquals("Strategia orașului verde", o.name().orElseThrow().get(RO));
    assertEquals(1, o.objectives().remove().size());
    assertEquals("Az üvegházhatású gázok kibocsátásának csökkentése",
        o.objectives().change().get(0).title().orElseThrow().get(Locale.forLanguageTag("hu")));
    assertEquals(2, o.objectives().add().size());
    assertEquals("OS-3.1", o.objectives().add().get(0).objective().children().get(0).id().value());
    Indicator greenArea = o.indicators().add().get(0);
    assertEquals(IndicatorKind.OUTCOME, greenArea.kind());
    assertEquals(Direction.INCREASE, greenArea.direction());
    assertEquals(Denominator.PER_CAPITA, greenArea.normalisation());
    assertEquals(List.of("Local heat action plan"), o.indicators().add().get(1).references());
    assertEquals(Map.of("default", Map.of("cost", 0.3, "impact", 0.7)), o.criteriaWeights());
    assertEquals(Map.of("reduction.min", "45"), o.parameters());
  }

  @Test
  void yamlAndJson_giveTheSameOverlay() {
    OverlayDocuments.Result json = OverlayDocuments.readJson(resource("example-overlay.json"));
    assertEquals(List.of(), json.findings());
    assertEquals(example(), json.overlay().orElseThrow());
  }

  @Test
  void reading_isDeterministic() {
    OverlayDocuments.Result a = OverlayDocuments.readYaml(resource("example-overlay.yaml"));
    OverlayDocuments.Result b = OverlayDocuments.readYaml(resource("example-overlay.yaml"));
    assertEquals(a, b);
    assertEquals(List.copyOf(a.positions().keySet()), List.copyOf(b.positions().keySet()));
  }

  @Test
  void example_appliesToTheTestTemplate_andNewStrategyShowsIt() {
    OverlayResult r = Overlays.apply(new TestTemplate(), example());
    assertEquals(List.of(), r.findings(), "OS-2, which named street-trees, is removed too: nothing to unlink");
    StrategyTemplate adapted = r.template().orElseThrow();
    TemplateRegistry registry = TemplateRegistry.load().replacing(adapted);
    Strategy s =
        registry.get(TestTemplate.ID)
            .newStrategy(NewStrategyRequest.of(
                StrategyId.of("timisoara-2027"), Municipality.of("Timișoara", "RO"), StrategyPeriod.of(2027, 2035)));
    assertEquals(List.of("OS-1-CO2", "OS-1.1", "OS-3", "OS-3.1"),
        s.allObjectives().map(Objective::id).map(Object::toString).toList());
    assertEquals(List.of("co2-emissions", "green-area", "shaded-stops"),
        s.indicators().stream().map(Indicator::id).map(IndicatorId::value).toList());
    assertEquals("Strategia orașului verde — Timișoara", s.title().get(RO));
    assertEquals("Emisii totale de gaze cu efect de seră", s.indicators().get(0).name().get(RO));
    assertEquals(0.7, registry.get(TestTemplate.ID).criteriaSets().get(0).criteria().get(0).weight());
    assertEquals("45", registry.get(TestTemplate.ID).parameters().text("reduction.min").orElseThrow());
  }

  @Test
  void applyFindings_canBeLocatedInTheFile() {
    OverlayDocuments.Result read = OverlayDocuments.readYaml(yaml("parameters:\n  reduction.max: 50\n"));
    OverlayResult r = Overlays.apply(new TestTemplate(), read.overlay().orElseThrow());
    Finding f = r.errors().get(0);
    assertEquals(OverlayCodes.PARAMETER_UNKNOWN, f.code());
    assertEquals(Optional.of(new OverlayDocuments.Position(3, 18)), read.position(f.path()));
  }

  @Test
  void readPath_choosesTheFormatByExtension(@TempDir Path dir) throws IOException {
    Path json = Files.writeString(dir.resolve("overlay.json"), resource("example-overlay.json"));
    Path yml = Files.writeString(dir.resolve("overlay.yml"), resource("example-overlay.yaml"));
    assertEquals(example(), OverlayDocuments.read(json).overlay().orElseThrow());
    assertEquals(example(), OverlayDocuments.read(yml).overlay().orElseThrow());
    Path yamlInJson = Files.writeString(dir.resolve("wrong.json"), "template: test\n");
    assertEquals(OverlayCodes.SYNTAX, onlyFinding(OverlayDocuments.read(yamlInJson)).code());
  }

  @Test
  void readPath_unreadableOrNotUtf8_isAFinding(@TempDir Path dir) throws IOException {
    assertEquals(OverlayCodes.FILE_UNREADABLE, onlyFinding(OverlayDocuments.read(dir.resolve("missing.yaml"))).code());
    Path latin1 = Files.write(dir.resolve("latin1.yaml"), new byte[] {'t', ':', ' ', (byte) 0xE2, (byte) 0x28});
    Finding f = onlyFinding(OverlayDocuments.read(latin1));
    assertEquals(OverlayCodes.FILE_UNREADABLE, f.code());
    assertTrue(f.message(RO).startsWith("Fișierul"), () -> f.message(RO));
  }

  // ---------------------------------------------------------------- reading errors

  @Test
  void syntaxError_hasLineAndColumn() {
    assertFinding(OverlayCodes.SYNTAX, "", "line 2, column 10",
        onlyFinding(OverlayDocuments.readJson("{\"template\": \"test\",\n \"name\": }")));
    assertFinding(OverlayCodes.SYNTAX, "", "line 3",
        onlyFinding(OverlayDocuments.readYaml("template: test\nname: {en: X\n  bad: : :\n")));
  }

  @Test
  void onlyOneDocument_andNoAliases() {
    assertFinding(OverlayCodes.SYNTAX, "", "line 3, column 1",
        onlyFinding(OverlayDocuments.readYaml("template: test\n---\ntemplate: test\n")));
    assertFinding(OverlayCodes.SYNTAX, "/parameters/reduction.min", "line 3, column 18",
        onlyFinding(OverlayDocuments.readYaml("template: &a test\nparameters:\n  reduction.min: *a\n")));
  }

  @Test
  void wrongType_namesExpectedAndFound() {
    Finding f = onlyFinding(OverlayDocuments.readYaml(yaml("name:\n  en: X\n  ro: [1]\n")));
    assertFinding(OverlayCodes.TYPE, "/name/ro", "line 4, column 7", f);
    assertTrue(f.message(Locale.ENGLISH).startsWith("Expected a text but found a list"), f::toString);
    assertTrue(f.message(RO).startsWith("Se aștepta un text, dar s-a găsit o listă"), () -> f.message(RO));
    assertFinding(OverlayCodes.TYPE, "", "line 1, column 1", onlyFinding(OverlayDocuments.readYaml("")));
    assertFinding(OverlayCodes.TYPE, "/criteriaWeights/default/impact", "line 4",
        onlyFinding(OverlayDocuments.readYaml(yaml("criteriaWeights:\n  default:\n    impact: \"0.7\"\n"))));
    assertFinding(OverlayCodes.TYPE, "/objectives/remove", "line 3",
        onlyFinding(OverlayDocuments.readYaml(yaml("objectives:\n  remove: OS-2\n"))));
    assertFinding(OverlayCodes.TYPE, "/template", "line 1",
        onlyFinding(OverlayDocuments.readJson("{\"template\": null}")));
  }

  @Test
  void numbersAreAcceptedForIdsAndParameters_keptAsWritten() {
    OverlayDocuments.Result r =
        OverlayDocuments.readYaml(yaml("objectives:\n  remove: [1.10]\nparameters:\n  reduction.min: 45.50\n"));
    TemplateOverlay o = r.overlay().orElseThrow();
    assertEquals("1.10", o.objectives().remove().get(0).value());
    assertEquals("45.50", o.parameters().get("reduction.min"));
  }

  @Test
  void unknownMember_listsTheAllowedOnes() {
    Finding f = onlyFinding(OverlayDocuments.readYaml(yaml("objectives:\n  delete: [OS-2]\n")));
    assertFinding(OverlayCodes.MEMBER_UNKNOWN, "/objectives/delete", "line 3, column 3", f);
    assertTrue(f.message(Locale.ENGLISH).contains("remove, change, add"), f::toString);
    assertFinding(OverlayCodes.MEMBER_UNKNOWN, "/indicators/add/0/baseline", "line 9",
        onlyFinding(OverlayDocuments.readYaml(yaml(
            "indicators:\n  add:\n    - id: x\n      name: {en: X, ro: X}\n      unit: '%'\n"
                + "      direction: increase\n      kind: output\n      baseline: 3\n"))));
  }

  @Test
  void missingMember() {
    assertFinding(OverlayCodes.MEMBER_MISSING, "/template", "line 1, column 1",
        onlyFinding(OverlayDocuments.readYaml("parameters: {reduction.min: 45}\n")));
    assertFinding(OverlayCodes.MEMBER_MISSING, "/objectives/add/0/objective/title", "line 4",
        onlyFinding(OverlayDocuments.readYaml(yaml("objectives:\n  add:\n    - objective: {id: OS-3}\n"))));
  }

  @Test
  void duplicateMember() {
    assertFinding(OverlayCodes.MEMBER_DUPLICATE, "/template", "line 2, column 1",
        onlyFinding(OverlayDocuments.readYaml("template: test\ntemplate: other\n")));
    assertFinding(OverlayCodes.MEMBER_DUPLICATE, "/parameters/a", "line 1",
        onlyFinding(OverlayDocuments.readJson("{\"template\":\"test\",\"parameters\":{\"a\":\"1\",\"a\":\"2\"}}")));
  }

  @Test
  void invalidValues_idLanguageEnumAndNumber() {
    assertFinding(OverlayCodes.VALUE_INVALID, "/objectives/remove/0", "line 3",
        onlyFinding(OverlayDocuments.readYaml(yaml("objectives:\n  remove: [\"OS 2\"]\n"))));
    assertFinding(OverlayCodes.VALUE_INVALID, "/name/English", "line 3",
        onlyFinding(OverlayDocuments.readYaml(yaml("name:\n  English: Green\n"))));
    Finding e = onlyFinding(OverlayDocuments.readYaml(yaml(
        "indicators:\n  add:\n    - id: x\n      name: {en: X, ro: X}\n      unit: '%'\n      direction: up\n")));
    assertFinding(OverlayCodes.VALUE_INVALID, "/indicators/add/0/direction", "line 7", e);
    assertTrue(e.message(Locale.ENGLISH).contains("increase, decrease, target-range"), e::toString);
    assertFinding(OverlayCodes.VALUE_INVALID, "/criteriaWeights/default/impact", "line 4",
        onlyFinding(OverlayDocuments.readYaml(yaml("criteriaWeights:\n  default:\n    impact: .inf\n"))));
  }

  @Test
  void everyProblemIsReported_unknownMembersFirstThenMemberByMember() {
    OverlayDocuments.Result r =
        OverlayDocuments.readYaml(yaml("name: Green\nobjectives:\n  remove: [\"a b\"]\nextra: 1\n"));
    assertTrue(r.overlay().isEmpty());
    assertEquals(List.of("/extra", "/name", "/objectives/remove/0"), r.findings().stream().map(Finding::path).toList());
    assertEquals(List.of(OverlayCodes.MEMBER_UNKNOWN, OverlayCodes.TYPE, OverlayCodes.VALUE_INVALID),
        r.findings().stream().map(Finding::code).toList());
  }

  // ---------------------------------------------------------------- limits

  @Test
  void limits_sizeDepthTextAndNumber() {
    String big = yaml("description: {en: \"" + "x".repeat(OverlayDocuments.MAX_CHARACTERS) + "\"}\n");
    assertFinding(OverlayCodes.LIMIT, "", "line 1, column 1", onlyFinding(OverlayDocuments.readYaml(big)));
    String deep = "[".repeat(OverlayDocuments.MAX_DEPTH + 10) + "]".repeat(OverlayDocuments.MAX_DEPTH + 10);
    Finding depth = onlyFinding(OverlayDocuments.readJson(deep));
    assertEquals(OverlayCodes.LIMIT, depth.code());
    assertTrue(depth.message(Locale.ENGLISH).contains("nested deeper than 64 levels"), depth::toString);
    assertTrue(depth.message(RO).contains("64 de niveluri"), () -> depth.message(RO));
    Finding text = onlyFinding(OverlayDocuments.readYaml(
        yaml("description: {en: \"" + "x".repeat(OverlayDocuments.MAX_TEXT_LENGTH + 1) + "\"}\n")));
    assertTrue(text.message(Locale.ENGLISH).contains("a text is longer than 10000 characters"), text::toString);
    Finding number = onlyFinding(OverlayDocuments.readJson(
        "{\"template\":\"test\",\"parameters\":{\"p\":" + "9".repeat(OverlayDocuments.MAX_NUMBER_LENGTH + 1) + "}}"));
    assertEquals(OverlayCodes.LIMIT, number.code(), number::toString);
  }

  @Test
  void limits_atTheBoundAreFine() {
    String deepEnough = "{\"template\":\"test\",\"objectives\":{\"add\":[{\"objective\":" + nested(20) + "}]}}";
    OverlayDocuments.Result r = OverlayDocuments.readJson(deepEnough);
    assertEquals(List.of(), r.findings());
    assertEquals(1, r.overlay().orElseThrow().objectives().add().get(0).objective().flatten().count() - 19);
  }

  private static String nested(int levels) {
    String children = levels == 1 ? "" : ",\"children\":[" + nested(levels - 1) + "]";
    return "{\"id\":\"O-" + levels + "\",\"title\":{\"en\":\"T\"}" + children + "}";
  }
}
