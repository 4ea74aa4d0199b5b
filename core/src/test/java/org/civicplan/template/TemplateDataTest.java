// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicplan.base.Finding;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TemplateDataTest {

  private static final Locale RO = Locale.forLanguageTag("ro");
  private static final List<String> FILES =
      List.of("template.yaml", "indicators.csv", "species.csv", "messages.properties", "messages_ro.properties", "frameworks.csv");

  /** The bundled files of the trees template, by name, for mutation. */
  static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String f : FILES) {
      try (InputStream in = TemplateDataTest.class.getResourceAsStream(TreesTemplate.DIRECTORY + f)) {
        files.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static List<Finding> findingsWith(String file, String from, String to) {
    Map<String, String> files = files();
    String text = files.get(file);
    assertTrue(text.contains(from), "fixture has " + from);
    files.put(file, text.replace(from, to));
    return new TreesTemplate(files).definitionFindings();
  }

  private static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), () -> "one finding expected: " + findings);
    return findings.get(0);
  }

  @Nested
  @DisplayName("a template written as resources")
  class Good {
    private final TreesTemplate trees = new TreesTemplate();

    @Test
    void loadsWithNoFinding() {
      assertEquals(List.of(), trees.definitionFindings());
      assertEquals("Urban trees strategy", trees.name().get(Locale.ENGLISH));
      assertEquals("Strategia pentru arborii orașului", trees.name().get(RO));
      assertEquals("1.0.0", trees.version());
    }

    @Test
    void skeletonKeepsTheTreeAndItsIndicators() {
      List<Objective> objectives = trees.skeleton().objectives();
      assertEquals(List.of(ObjectiveId.of("OG-1"), ObjectiveId.of("OG-2")), objectives.stream().map(Objective::id).toList());
      assertEquals(ObjectiveId.of("OS-1.1"), objectives.get(0).children().get(0).id());
      assertEquals(List.of(IndicatorId.of("TR-02")), objectives.get(0).children().get(0).indicatorIds());
      assertEquals(Direction.INCREASE, trees.indicatorCatalogue().get(0).direction());
    }

    @Test
    void parametersAreTypedWithDefaults() {
      assertEquals(2035, trees.parameters().integer("trees.target.year"));
      assertEquals(new BigDecimal("25"), trees.parameters().decimal("trees.canopy.min"));
      assertTrue(trees.parameters().date("trees.audit.on").isEmpty());
      ParameterDefinition year = trees.parameterDefinitions().get(0);
      assertEquals(ParameterKind.YEAR, year.kind());
      assertTrue(year.accepts("2040"));
      assertFalse(year.accepts("2030.5"));
      assertFalse(year.accepts("2101"));
      // a decimal of a few characters whose exponent would make any sum with it hundreds of
      // millions of digits long is not a value; one at the bound is
      ParameterDefinition canopy = trees.parameterDefinitions().stream()
          .filter(d -> d.name().equals("trees.canopy.min")).findFirst().orElseThrow();
      assertTrue(canopy.accepts("25"));
      assertTrue(canopy.accepts("1e-100000"));
      assertFalse(canopy.accepts("1e-100001"));
      assertFalse(canopy.accepts("1e-400600000"));
      assertFalse(canopy.accepts("0e-400600000"));
      assertEquals("a year (four digits) from 2000 to 2100", year.allowed().get(Locale.ENGLISH));
      assertEquals("un an (patru cifre) între 2000 și 2100", year.allowed().get(RO));
    }

    @Test
    void catalogueRowsAreTyped() {
      DataCatalogue species = trees.catalogue("species");
      assertEquals(3, species.rows().size());
      DataCatalogue.Row lime = species.row("tilia-europaea").orElseThrow();
      assertTrue(lime.flag("native"));
      assertEquals(new BigDecimal("30"), lime.decimal("height_m"));
      assertEquals("tilia-cordata", lime.optionalText("hybrid_of").orElseThrow());
      assertEquals("Tei comun", lime.localized("name").get(RO));
    }

    @Test
    void criteriaSetsFrameworksAndAnnexNamesComeFromTheData() {
      assertEquals("trees-default", trees.criteriaSets().get(0).id().value());
      assertEquals(0.6, trees.criteriaSets().get(0).criteria().get(0).weight());
      assertEquals("sdg", trees.referenceFrameworks().get(0).id().value());
      assertEquals("Recensământul arborilor", trees.annexTypes().get(0).name().get(RO));
    }

    @Test
    void frameworksAreReadByCoresReaderWithTheirVerifiedMark() {
      Map<String, String> files = files();
      files.put("frameworks.csv", files.get("frameworks.csv").replace(",source\n", ",source,verified\n").replace("UN A/RES/70/1", "UN A/RES/70/1,false"));
      TreesTemplate unverified = new TreesTemplate(files);
      assertEquals(List.of(), unverified.definitionFindings());
      assertFalse(unverified.referenceFrameworks().get(0).objectives().get(0).verified());
      assertTrue(trees.referenceFrameworks().get(0).objectives().get(0).verified(), "no verified column means verified");
      assertEquals(org.civicplan.alignment.ReferenceFrameworks.COLUMNS, TemplateData.FRAMEWORK_COLUMNS);
    }

    @Test
    void ruleReadsTypedParameterAndBoundMessages() {
      var strategy = trees.newStrategy(NewStrategyRequest.of(
          StrategyId.of("t-1"), Municipality.of("Timișoara", "RO"), StrategyPeriod.of(2026, 2040)));
      List<Finding> found = new java.util.ArrayList<>();
      trees.rules().get(0).check(strategy, new RuleContext() {
        @Override
        public Parameters parameters() {
          return trees.parameters();
        }

        @Override
        public void report(Finding finding) {
          found.add(finding);
        }
      });
      Finding f = only(found);
      assertEquals("trees.period.after-target", f.code());
      assertEquals("/period", f.path());
      assertEquals("The strategy ends in 2040, after the canopy target year 2035.", f.message(Locale.ENGLISH));
    }
  }

  @Nested
  @DisplayName("a mistake in the data is a finding with file, line, column, value and what is allowed")
  class Broken {

    @Test
    void unknownEnumValue() {
      Finding f = only(findingsWith("indicators.csv", "TR-01,Tree canopy cover,Acoperirea cu coronament,%,increase", "TR-01,Tree canopy cover,Acoperirea cu coronament,%,upward"));
      assertEquals(TemplateDataCodes.VALUE_INVALID, f.code());
      assertEquals("/indicators.csv/2/direction", f.path());
      assertEquals("indicators.csv, line 2, column 5: \"upward\" is not an indicator direction; allowed: increase, decrease, target-range",
          f.message(Locale.ENGLISH));
      assertEquals("indicators.csv, linia 2, coloana 5: „upward” nu este o direcție de indicator; permise: increase, decrease, target-range",
          f.message(RO));
    }

    @Test
    void aFileNamedInTheDefinitionAndMissingIsReportedWhereItIsNamed() {
      // found by the fuzzing of the climate template's data: a catalogue's file: 0
      Finding f = only(findingsWith("template.yaml", "    file: species.csv", "    file: 0"));
      assertEquals(TemplateDataCodes.FILE_MISSING, f.code());
      assertEquals("/template.yaml/catalogues/species/file", f.path());
      assertEquals("template.yaml, line 46, column 11: the file is missing from the template's resources ("
          + TreesTemplate.DIRECTORY + "0)", f.message(Locale.ENGLISH));
      assertEquals("template.yaml, linia 46, coloana 11: fișierul lipsește din resursele șablonului ("
          + TreesTemplate.DIRECTORY + "0)", f.message(RO));
    }

    @Test
    void aFileNameThatIsNoPlainNameBesideTheDefinitionIsRefusedWhereItIsNamed() {
      // found by the fuzzing of the climate template's data: file: "" read the template's directory
      for (String name : new String[] {"\"\"", "../species.csv", "data/species.csv"}) {
        Finding f = only(findingsWith("template.yaml", "    file: species.csv", "    file: " + name));
        String shown = name.equals("\"\"") ? "" : name;
        assertEquals(TemplateDataCodes.VALUE_INVALID, f.code(), name);
        assertEquals("/template.yaml/catalogues/species/file", f.path(), name);
        assertEquals("template.yaml, line 46, column 11: \"" + shown
            + "\" is not allowed here; allowed: a file name beside template.yaml, such as hazards.csv", f.message(Locale.ENGLISH));
        assertEquals("template.yaml, linia 46, coloana 11: „" + shown
            + "” nu este permis aici; permise: un nume de fișier de lângă template.yaml, de exemplu hazards.csv", f.message(RO));
      }
    }

    @Test
    void aMalformedUnicodeEscapeInTheMessagesIsReportedWithLineAndColumn() {
      // found by the fuzzing of the climate template's data; Properties.load says only "Malformed \\uxxxx encoding."
      Finding f = only(findingsWith("messages.properties", "canopy target", "canopy t\\u00rget"));
      assertEquals(TemplateDataCodes.SYNTAX, f.code());
      assertEquals("/messages.properties", f.path());
      assertEquals("messages.properties, line 1, column 71: a \\u escape needs four hexadecimal digits (\\u0103 is ă)",
          f.message(Locale.ENGLISH));
      assertEquals("messages.properties, linia 1, coloana 71: o secvență \\u are nevoie de patru cifre hexazecimale (\\u0103 este ă)",
          f.message(RO));
    }

    @Test
    void wrongColumnCount() {
      Finding f = only(findingsWith("species.csv", "Platan,false,35,", "Platan,false,35"));
      assertEquals(TemplateDataCodes.CSV_FIELDS, f.code());
      assertEquals("species.csv, line 3, column 1: the row has 5 fields but the header has 6", f.message(Locale.ENGLISH));
    }

    @Test
    void duplicateId() {
      // The second finding is true too: nothing defines TR-02 any more.
      Finding f = findingsWith("indicators.csv", "TR-02,Street", "TR-01,Street").get(0);
      assertEquals(TemplateDataCodes.ID_DUPLICATE, f.code());
      assertEquals("indicators.csv, line 3, column 1: the indicator id \"TR-01\" is used again (first on line 2)", f.message(Locale.ENGLISH));
    }

    @Test
    void missingRomanianName() {
      Finding f = only(findingsWith("template.yaml", "name: {en: Urban trees strategy, ro: Strategia pentru arborii orașului}", "name: {en: Urban trees strategy}"));
      assertEquals(TemplateDataCodes.TEXT_LANGUAGE, f.code());
      assertEquals("/template.yaml/name", f.path());
      assertEquals("template.yaml, line 4, column 7: the name has no Romanian (ro) text", f.message(Locale.ENGLISH));
      assertEquals("template.yaml, linia 4, coloana 7: numele nu are text în română (ro)", f.message(RO));
    }

    @Test
    void parameterDefaultOutOfRange() {
      Finding f = only(findingsWith("template.yaml", "default: 2035", "default: 2135"));
      assertEquals(TemplateDataCodes.PARAMETER_DEFAULT, f.code());
      assertEquals("/template.yaml/parameters/0/default", f.path());
      assertEquals("template.yaml, line 11, column 14: the default \"2135\" of parameter trees.target.year is not allowed;"
          + " expected a year (four digits) from 2000 to 2100", f.message(Locale.ENGLISH));
    }

    @Test
    void danglingIndicatorReference() {
      Finding f = only(findingsWith("template.yaml", "indicators: [TR-02]", "indicators: [TR-09]"));
      assertEquals(TemplateDataCodes.REFERENCE_UNKNOWN, f.code());
      assertEquals("/template.yaml/skeleton/0/children/0/indicators/0", f.path());
      assertEquals("template.yaml, line 32, column 22: the indicator \"TR-09\" does not exist in indicators.csv", f.message(Locale.ENGLISH));
    }

    @Test
    void frameworkWithoutRomanianTitle() {
      Finding f = only(findingsWith("frameworks.csv", ",Green and public spaces,Spații verzi și publice,", ",Green and public spaces,,"));
      assertEquals(TemplateDataCodes.CSV_VALUE_MISSING, f.code());
      assertEquals("/frameworks.csv/2/title_ro", f.path());
      assertEquals("frameworks.csv, line 2, column 6: the column \"title_ro\" is empty but required", f.message(Locale.ENGLISH));
      assertEquals("frameworks.csv, linia 2, coloana 6: coloana „title_ro” este goală, dar este obligatorie", f.message(RO));
    }

    @Test
    void frameworkVerifiedFlagNotABoolean() {
      Map<String, String> files = files();
      files.put("frameworks.csv", files.get("frameworks.csv").replace(",source\n", ",source,verified\n").replace("UN A/RES/70/1", "UN A/RES/70/1,maybe"));
      Finding f = only(new TreesTemplate(files).definitionFindings());
      assertEquals(TemplateDataCodes.VALUE_INVALID, f.code());
      assertEquals("/frameworks.csv/2/verified", f.path());
      assertEquals("frameworks.csv, line 2, column 8: \"maybe\" is not allowed here; allowed: true, false (empty means true)",
          f.message(Locale.ENGLISH));
    }

    @Test
    void frameworkNamedTwoWays() {
      Map<String, String> files = files();
      files.put("frameworks.csv", files.get("frameworks.csv")
          + "sdg,SDGs,Obiectivele de dezvoltare durabilă,11.6,Air and waste,Aer și deșeuri,UN A/RES/70/1\n");
      Finding f = only(new TreesTemplate(files).definitionFindings());
      assertEquals(TemplateDataCodes.CSV_VALUE_CONFLICT, f.code());
      assertEquals("/frameworks.csv/3/name_en", f.path());
      assertEquals("frameworks.csv, line 3, column 2: the column \"name_en\" of the framework \"sdg\" is \"SDGs\""
          + " but \"Sustainable Development Goals\" on line 2; a framework has one name", f.message(Locale.ENGLISH));
    }

    @Test
    void frameworksInTheOldFormat() {
      Map<String, String> files = files();
      files.put("frameworks.csv", "framework,objective_id,objective_title,source\nSDG,11.7,Green and public spaces,UN\n");
      List<Finding> found = new TreesTemplate(files).definitionFindings();
      assertTrue(found.stream().allMatch(f -> f.path().startsWith("/frameworks.csv/0")), found::toString);
      assertEquals("frameworks.csv, line 1, column 1: the header lacks the column \"name_en\"; required columns: "
          + "framework,name_en,name_ro,objective,title_en,title_ro,source", found.get(0).message(Locale.ENGLISH));
    }

    @Test
    void danglingCatalogueReference() {
      Finding f = only(findingsWith("species.csv", "true,30,tilia-cordata", "true,30,tilia-nigra"));
      assertEquals(TemplateDataCodes.REFERENCE_UNKNOWN, f.code());
      assertEquals("species.csv, line 4, column 6: the row \"tilia-nigra\" does not exist in species", f.message(Locale.ENGLISH));
    }

    @Test
    void unknownMemberAndYamlSyntax() {
      Finding unknown = only(findingsWith("template.yaml", "version: 1.0.0", "version: 1.0.0\nauthor: someone"));
      assertEquals(TemplateDataCodes.MEMBER_UNKNOWN, unknown.code());
      assertTrue(unknown.message(Locale.ENGLISH).startsWith("template.yaml, line 4, column 1: unknown member \"author\"; allowed: annexes,"), unknown::toString);
      Finding syntax = only(findingsWith("template.yaml", "skeleton:", "skeleton: [\n"));
      assertEquals(TemplateDataCodes.SYNTAX, syntax.code());
    }

    @Test
    void textAfterAClosingQuoteInACatalogue() {
      Finding f = only(findingsWith("species.csv", "London plane,", "\"London\" plane,"));
      assertEquals(TemplateDataCodes.SYNTAX, f.code());
      assertEquals("species.csv, line 3, column 21: text follows the closing quote of a field", f.message(Locale.ENGLISH));
      assertEquals("species.csv, linia 3, coloana 21: după ghilimelele care închid un câmp urmează text", f.message(RO));
    }

    @Test
    void messageInOneLanguageOnly() {
      List<Finding> found = findingsWith("messages_ro.properties", "trees.period.after-target=", "trees.period.other=");
      assertEquals(List.of("/messages.properties/trees.period.after-target", "/messages_ro.properties/trees.period.other"),
          found.stream().map(Finding::path).toList());
      assertEquals("messages.properties, line 1, column 1: the message \"trees.period.after-target\" has no Romanian text in"
          + " messages_ro.properties", found.get(0).message(Locale.ENGLISH));
    }

    @Test
    void annexKindTheDataDoesNotName() {
      Finding f = only(findingsWith("template.yaml", "kind: tree-census", "kind: tree-count"));
      assertEquals(TemplateDataCodes.ANNEX_UNDECLARED, f.code());
    }
  }

  @Nested
  @DisplayName("an overlay is checked against the declared parameter types and ranges")
  class OverlayParameters {
    private final TreesTemplate trees = new TreesTemplate();

    private List<Finding> apply(String name, String value) {
      return Overlays.apply(trees, TemplateOverlay.builder(TreesTemplate.ID).parameters(Map.of(name, value)).build()).findings();
    }

    @Test
    void aYearWithDecimalsIsRefusedWithWhatIsAllowed() {
      Finding f = only(apply("trees.target.year", "2030.5"));
      assertEquals(OverlayCodes.PARAMETER_NOT_ALLOWED, f.code());
      assertEquals("/parameters/trees.target.year", f.path());
      assertEquals("Parameter \"trees.target.year\" must be a year (four digits) from 2000 to 2100, but was \"2030.5\".",
          f.message(Locale.ENGLISH));
      assertEquals("Parametrul „trees.target.year” trebuie să fie un an (patru cifre) între 2000 și 2100, dar este „2030.5”.",
          f.message(RO));
    }

    @Test
    void aValueOutsideTheRangeIsRefusedAndOneInsideIsApplied() {
      assertEquals(OverlayCodes.PARAMETER_NOT_ALLOWED, only(apply("trees.canopy.min", "140")).code());
      OverlayResult ok = Overlays.apply(trees, TemplateOverlay.builder(TreesTemplate.ID).parameters(Map.of("trees.canopy.min", "30")).build());
      assertEquals(List.of(), ok.findings());
      assertEquals(new BigDecimal("30"), ok.template().orElseThrow().parameters().decimal("trees.canopy.min"));
    }

    @Test
    void aDeclaredParameterWithoutDefaultCanBeSet() {
      OverlayResult ok = Overlays.apply(trees, TemplateOverlay.builder(TreesTemplate.ID).parameters(Map.of("trees.audit.on", "2026-04-01")).build());
      assertEquals(List.of(), ok.findings());
      assertEquals(java.time.LocalDate.of(2026, 4, 1), ok.template().orElseThrow().parameters().date("trees.audit.on").orElseThrow());
      assertEquals(OverlayCodes.PARAMETER_NOT_ALLOWED, only(apply("trees.audit.on", "April")).code());
    }
  }

  @Nested
  @DisplayName("the registry leaves a broken template out and keeps its findings")
  class Registry {

    private final TreesTemplate broken = new TreesTemplate(replaced("indicators.csv", ",increase,impact", ",upward,impact"));

    private Map<String, String> replaced(String file, String from, String to) {
      Map<String, String> files = files();
      files.put(file, files.get(file).replace(from, to));
      return files;
    }

    @Test
    void goodAndBrokenTogether() {
      StrategyTemplate good = new StrategyTemplate() {
        @Override
        public org.civicplan.base.TemplateId id() {
          return org.civicplan.base.TemplateId.of("good");
        }

        @Override
        public org.civicplan.base.LocalizedText name() {
          return org.civicplan.base.LocalizedText.of("Good", "Bun");
        }

        @Override
        public String version() {
          return "1";
        }

        @Override
        public TemplateSkeleton skeleton() {
          return TemplateSkeleton.of(List.of());
        }
      };
      TemplateRegistry registry = TemplateRegistry.of(List.of(broken, good));
      assertEquals(List.of(org.civicplan.base.TemplateId.of("good")), registry.ids());
      Finding f = only(registry.findings());
      assertEquals("/trees/indicators.csv/2/direction", f.path());
      assertTrue(f.message(Locale.ENGLISH).startsWith("template trees: indicators.csv, line 2, column 5:"), f::toString);
      UnknownTemplateException e = assertThrows(UnknownTemplateException.class, () -> registry.get(TreesTemplate.ID));
      assertTrue(e.getMessage().contains("is installed but was left out because its data has errors"), e::getMessage);
      assertTrue(e.getMessage().contains("\"upward\" is not an indicator direction"), e::getMessage);
      IllegalStateException strict = assertThrows(IllegalStateException.class, registry::requireNoFindings);
      assertTrue(strict.getMessage().contains("indicators.csv, line 2"), strict::getMessage);
    }
  }

  @Test
  void everyCodeHasEnglishAndRomanianMessagesWithCommaBelowDiacritics() throws IllegalAccessException {
    int codes = 0;
    for (java.lang.reflect.Field f : TemplateDataCodes.class.getFields()) {
      String code = (String) f.get(null);
      assertTrue(TemplateData.messages().has(code), () -> "no message for " + code);
      org.civicplan.base.LocalizedText text = TemplateData.messages().text(code, 1, 1, 1, 1, 1, 1);
      assertFalse(text.get(RO).matches(".*[şţŞŢ].*"), code);
      codes++;
    }
    assertEquals(TemplateData.messages().keys().size(), codes, "every message has a code");
  }
}
