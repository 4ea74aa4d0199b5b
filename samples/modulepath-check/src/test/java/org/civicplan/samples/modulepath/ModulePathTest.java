// SPDX-License-Identifier: Apache-2.0
package org.civicplan.samples.modulepath;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * civicplan used from a named module on the module path, where the class-path tests of the other
 * modules cannot look: an explicit module's {@code META-INF/services} is ignored (only {@code
 * provides} counts), reflection needs {@code opens}, resources in a module's packages are
 * encapsulated, and only the modules that the application's descriptor requires (or that provide a
 * service a resolved module uses) are resolved.
 *
 * <p>Why a child JVM started with {@code java --module-path ... -m
 * org.civicplan.samples.modulepath/...}: that is exactly how a modular application starts, with
 * its own module as the only root. Surefire's {@code useModulePath=true} was tried first and is not
 * enough: it adds every module on the module path as a root ({@code --add-modules
 * ALL-MODULE-PATH}), which hid that {@code jakarta.el} (needed by Hibernate Validator, an automatic
 * module that cannot require it) was never resolved for a real application. The module path is
 * this test's class path without its own test classes: the runtime dependencies, plus the test
 * libraries, which are explicit modules that nothing requires and so stay unresolved. Only the
 * running JDK is needed, and the child runs in about two seconds.
 *
 * <p>The child ({@link ModulePathCheck}) only reports facts; this test judges them. Messages are
 * checked against the message files in the reactor's sources: a message that is a key (e.g. {@code
 * {org.civicplan.budget.amount.negative}}) or English where Romanian is due means a bundle was not found from a
 * named module.
 */
class ModulePathTest {

  private static final Path ROOT = Path.of("..", "..");
  private static final Path SAMPLE = ROOT.resolve("samples/data/climate-strategy.json");
  private static final Path ACCESSIBILITY_SAMPLE = ROOT.resolve("samples/data/accessibility-strategy.json");
  private static final Path SPORT = ROOT.resolve("samples/data/sport-strategy.json");

  /** The facts printed by the child, each split into its fields. */
  private static List<List<String>> facts;

  /** Bean Validation messages by language, then key. */
  private static Map<String, Map<String, String>> beanMessages;

  /** Finding message patterns of core, climate and accessibility by language (all keys but the subjects). */
  private static Map<String, List<String>> rulePatterns;

  @BeforeAll
  static void runOnTheModulePath() throws IOException, InterruptedException, URISyntaxException {
    Path testClasses = Path.of(ModulePathTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isEmpty() && !Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath()))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath,
        "-m", "org.civicplan.samples.modulepath/" + ModulePathCheck.class.getName(),
        SAMPLE.toString(), ACCESSIBILITY_SAMPLE.toString(), SPORT.toString());
    Path stdout = Files.createTempFile("modulepath-check", ".out");
    Path stderr = Files.createTempFile("modulepath-check", ".err");
    try {
      Process child = new ProcessBuilder(command)
          .redirectOutput(stdout.toFile())
          .redirectError(stderr.toFile())
          .start();
      if (!child.waitFor(120, TimeUnit.SECONDS)) {
        child.destroyForcibly();
        throw new AssertionError("the module-path check did not end within 120 s: " + command);
      }
      String out = Files.readString(stdout, StandardCharsets.UTF_8);
      String err = Files.readString(stderr, StandardCharsets.UTF_8);
      assertEquals(0, child.exitValue(), () -> "module-path check failed\n" + command + "\n" + out + "\n" + err);
      facts = out.lines().map(ModulePathTest::fields).toList();
      assertEquals(List.of("done"), facts.get(facts.size() - 1), () -> out + "\n" + err);
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }

    beanMessages = Map.of(
        "en", byCode(properties("core/src/main/resources/ContributorValidationMessages.properties")),
        "ro", byCode(properties("core/src/main/resources/ContributorValidationMessages_ro.properties")));
    rulePatterns = new HashMap<>();
    for (String lang : List.of("en", "ro")) {
      String suffix = lang.equals("en") ? "" : "_ro";
      List<String> patterns = new ArrayList<>();
      for (String file : List.of(
          "core/src/main/resources/org/civicplan/validation/messages" + suffix + ".properties",
          "core/src/main/resources/org/civicplan/governance/messages" + suffix + ".properties",
          "core/src/main/resources/org/civicplan/alignment/messages" + suffix + ".properties",
          "templates-climate/src/main/resources/org/civicplan/climate/messages" + suffix + ".properties",
          "templates-accessibility/src/main/resources/org/civicplan/accessibility/messages" + suffix + ".properties")) {
        properties(file).forEach((key, pattern) -> {
          if (!key.startsWith("subject.")) {
            patterns.add(pattern);
          }
        });
      }
      rulePatterns.put(lang, patterns);
    }
  }

  @Test
  void everyModuleIsNamedAndExplicit() {
    Map<String, String> expected = Map.of(
        ModulePathCheck.class.getName(), "org.civicplan.samples.modulepath",
        "org.civicplan.strategy.Strategy", "org.civicplan.core",
        "org.civicplan.climate.ClimateTemplate", "org.civicplan.climate",
        "org.civicplan.accessibility.AccessibilityTemplate", "org.civicplan.accessibility",
        "org.civicplan.social.SocialTemplate", "org.civicplan.social",
        "org.civicplan.sport.SportTemplate", "org.civicplan.sport",
        "org.civicplan.integrated.IntegratedTemplate", "org.civicplan.integrated",
        "org.civicplan.testkit.StrategyGenerator", "org.civicplan.testkit",
        "org.civicplan.spreadsheets.Xlsx", "org.civicplan.spreadsheets");
    List<List<String>> modules = facts("module");
    assertEquals(expected.size(), modules.size(), modules::toString);
    for (List<String> m : modules) {
      assertEquals(List.of(expected.get(m.get(1)), "explicit"), m.subList(2, 4), m::toString);
    }
  }

  @Test
  void spreadsheetsWriteAndReadWorkbooks_andFindTheirMessages() {
    assertEquals(List.of(List.of("spreadsheet-round-trip", "equal")), facts("spreadsheet-round-trip"));
    assertEquals(List.of(List.of("spreadsheet-problem", "import.id",
            "o.csv, row 2, column Id, value \"#x\": Not an id: an id has 1 to 64 characters, a letter or digit and then"
                + " letters, digits, '.', '_', ':' or '-'.",
            "o.csv, rândul 2, coloana Id, valoarea „#x”: Nu este un cod: un cod are între 1 și 64 de caractere, o literă"
                + " sau o cifră și apoi litere, cifre, '.', '_', ':' sau '-'.")),
        facts("spreadsheet-problem"));
  }

  @Test
  void registryFindsTheTemplatesThroughProvides() {
    // An explicit module's META-INF/services is ignored: the templates can only come from provides.
    // The registry orders by id.
    assertEquals(
        List.of(
            List.of("template", "accessibility", "org.civicplan.accessibility.AccessibilityTemplate", "org.civicplan.accessibility"),
            List.of("template", "climate", "org.civicplan.climate.ClimateTemplate", "org.civicplan.climate"),
            List.of("template", "integrated", "org.civicplan.integrated.IntegratedTemplate", "org.civicplan.integrated"),
            List.of("template", "social", "org.civicplan.social.SocialTemplate", "org.civicplan.social"),
            List.of("template", "sport", "org.civicplan.sport.SportTemplate", "org.civicplan.sport")),
        facts("template"));
    assertEquals(
        List.of(
            List.of("provides", "org.civicplan.template.StrategyTemplate", "org.civicplan.climate.ClimateTemplate"),
            List.of("provides", "org.civicplan.template.StrategyTemplate", "org.civicplan.accessibility.AccessibilityTemplate")),
        facts("provides"));
  }

  @Test
  void accessibilitySampleIsReadIntoTypedAuditsAndValidatesWithoutErrors() {
    assertTrue(facts("problems").contains(List.of("problems", "accessibility", "0")), facts("problems")::toString);
    List<List<String>> annexes = facts("annex").stream().filter(a -> a.get(1).startsWith("accessibility-")).toList();
    // Three audits and the remediation programme; Jackson binds them through the opens.
    assertEquals(List.of("accessibility-audit", "accessibility-audit", "accessibility-audit", "accessibility-remediation"),
        annexes.stream().map(a -> a.get(1)).toList());
    annexes.forEach(a -> assertEquals(List.of("typed", "org.civicplan.accessibility"), a.subList(2, 4), a::toString));
    assertEquals(List.of(), findings("accessibility").stream().filter(f -> f.get(2).equals("error")).toList());
  }

  @Test
  void accessibilityRulesReportFromTheirModuleWithTheirMessages() {
    // The tram stop fails the critical ACC-13-T: without its remediation action it is an error.
    List<List<String>> unremedied = findings("unremedied").stream()
        .filter(f -> f.get(3).equals("accessibility.audit.critical.unremedied")).toList();
    assertFalse(unremedied.isEmpty(), () -> findings("unremedied").toString());
    assertTrue(unremedied.stream().anyMatch(f -> f.get(2).equals("error")
            && f.get(4).startsWith("Audit AUD-2026-02, element T-1 fails a critical criterion")
            && f.get(5).startsWith("Auditul AUD-2026-02, elementul T-1")),
        unremedied::toString);
  }

  @Test
  void accessibilityCatalogueAndSurveyMessagesAreFoundInTheirModule() {
    // criteria.csv has 28 rows; the survey's messages are in survey.properties and survey_ro.properties.
    assertEquals(List.of(List.of("criteria", "28")), facts("criteria"));
    assertEquals(List.of(List.of("survey", "survey.value.yes-no", "2", "value",
            "The value maybe is not an observation of criterion ACC-32, which must be present; "
                + "allowed: yes, no, da, nu, or n/a when it does not apply.",
            "Valoarea maybe nu este o constatare pentru criteriul ACC-32, care cere prezența; "
                + "sunt permise: yes, no, da, nu sau n/a când nu se aplică.")),
        facts("survey"));
  }

  @Test
  void sportSampleIsReadIntoTypedAnnexes_validates_andIsWrittenBackEqual() {
    assertEquals(List.of(
            List.of("sport-annex", "facility-inventory", "typed", "org.civicplan.sport"),
            List.of("sport-annex", "sport-partners", "typed", "org.civicplan.sport"),
            List.of("sport-annex", "sport-investments", "typed", "org.civicplan.sport")),
        facts("sport-annex"));
    assertEquals(List.of(List.of("sport-errors", "0")), facts("sport-errors"));
    assertEquals(
        List.of(List.of("sport-round-trip", "JSON", "equal"), List.of("sport-round-trip", "YAML", "equal")),
        facts("sport-round-trip"));
  }

  @Test
  void climateSampleIsReadIntoTypedAnnexes() {
    assertEquals(List.of(List.of("problems", "sample", "0")),
        facts("problems").stream().filter(p -> p.get(1).equals("sample")).toList());
    List<List<String>> annexes = facts("annex").stream().filter(a -> !a.get(1).startsWith("accessibility-")).toList();
    assertFalse(annexes.isEmpty());
    for (List<String> annex : annexes) {
      assertEquals(List.of("typed", "org.civicplan.climate"), annex.subList(2, 4),
          () -> "annex " + annex.get(1) + " was not bound to its climate record");
    }
  }

  @Test
  void climateSampleValidatesWithoutErrors_andIsWrittenBackEqual() {
    assertEquals(List.of(), findings("sample").stream().filter(f -> f.get(2).equals("error")).toList());
    assertEquals(
        List.of(List.of("round-trip", "JSON", "equal"), List.of("round-trip", "YAML", "equal")),
        facts("round-trip"));
  }

  @Test
  void climateRulesReportWithoutTheInventory() {
    assertTrue(findings("no-inventory").stream().anyMatch(f -> f.get(3).startsWith("climate.")),
        () -> "removing the emission inventory gives a climate finding: " + findings("no-inventory"));
  }

  @Test
  void testkitStrategyValidatesWithoutErrors_andEveryMutantIsReported() {
    assertEquals(List.of(), findings("generated").stream().filter(f -> f.get(2).equals("error")).toList());
    List<List<String>> mutants = facts("mutant");
    // Negative budget and currency mismatch are Bean Validation constraints (Hibernate Validator
    // reflection, the ValidationMessages bundle); the others are core rules (core's catalogue).
    List<String> kinds = mutants.stream().map(m -> m.get(1)).toList();
    assertTrue(kinds.containsAll(List.of("NEGATIVE_BUDGET", "CURRENCY_MISMATCH", "DEPENDENCY_CYCLE", "DUPLICATE_ID")),
        kinds::toString);
    mutants.forEach(m -> assertEquals("reported", m.get(2), m::toString));
  }

  @Test
  void everyMessageIsTheRealTextInEnglishAndRomanian() {
    List<List<String>> findings = facts("finding");
    assertTrue(findings.stream().anyMatch(f -> beanMessages.get("en").containsKey(f.get(3))), "a Bean Validation finding");
    assertTrue(findings.stream().anyMatch(f -> f.get(3).startsWith("climate.")), "a climate finding");
    for (List<String> f : findings) {
      assertAll(f.toString(),
          () -> assertNotEquals(f.get(4), f.get(5), "English and Romanian are the same"),
          () -> assertRealText(f.get(3), "en", f.get(4)),
          () -> assertRealText(f.get(3), "ro", f.get(5)));
    }
  }

  /** For a Bean Validation code its ValidationMessages text, otherwise some core or climate text. */
  private static void assertRealText(String code, String lang, String message) {
    assertFalse(message.contains("{" + code + "}"), message);
    if (beanMessages.get("en").containsKey(code)) {
      String bean = beanMessages.get(lang).getOrDefault(code, "");
      assertTrue(containsLiterals(message, bean),
          () -> lang + " message \"" + message + "\" is not the text \"" + bean + "\" of " + code);
    } else {
      assertTrue(rulePatterns.get(lang).stream().anyMatch(p -> containsLiterals(message, p)),
          () -> lang + " message \"" + message + "\" matches no " + lang + " message pattern");
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\{[^{}]*\\}");

  /** Whether {@code message} contains every literal part of {@code pattern} (and it has one). */
  static boolean containsLiterals(String message, String pattern) {
    List<String> literals = PLACEHOLDER.splitAsStream(pattern.replace("''", "'"))
        .map(String::strip)
        .filter(s -> s.length() >= 3)
        .toList();
    return !literals.isEmpty() && literals.stream().allMatch(message::contains);
  }

  @Test
  void anApplicationsOwnValidatorGetsCivicplanMessagesWithTheValue() {
    assertEquals(
        List.of(
            List.of("host-message", "en", "The amount must be zero or more but was -5 RON."),
            List.of("host-message", "ro", "Suma trebuie s\u0103 fie zero sau mai mare, dar este -5 RON.")),
        facts("host-message"));
  }

  @Test
  void literalsOfAPatternAreFoundOnlyInItsText() {
    String pattern = "Action id \"{0}\" is used more than once: first at {1}, again here.";
    assertTrue(containsLiterals("Action id \"A-1\" is used more than once: first at /actions/0, again here.", pattern));
    assertFalse(containsLiterals("{id.duplicate.action}", pattern));
    assertFalse(containsLiterals("anything", "{0}"));
  }

  private static List<List<String>> facts(String kind) {
    return facts.stream().filter(f -> f.get(0).equals(kind)).toList();
  }

  private static List<List<String>> findings(String name) {
    return facts.stream().filter(f -> f.get(0).equals("finding") && f.get(1).equals(name)).toList();
  }

  private static List<String> fields(String line) {
    return Stream.of(line.split("\t", -1))
        .map(s -> s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\"))
        .toList();
  }

  /** Bean Validation messages by finding code, which is the key without civicplan's prefix. */
  private static Map<String, String> byCode(Map<String, String> bundle) {
    Map<String, String> map = new HashMap<>();
    bundle.forEach((key, text) -> map.put(key.startsWith(KEY_PREFIX) ? key.substring(KEY_PREFIX.length()) : key, text));
    return Map.copyOf(map);
  }

  private static final String KEY_PREFIX = "org.civicplan.";

  private static Map<String, String> properties(String file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(ROOT.resolve(file), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    Map<String, String> map = new HashMap<>();
    p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
    return Map.copyOf(map);
  }
}
