package org.civicplan.samples.modulepath;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civicplan.climate.ClimateTemplate;
import org.civicplan.climate.EmissionInventory;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateId;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.testkit.GenerationSize;
import org.civicplan.testkit.Mutant;
import org.civicplan.testkit.MutationKind;
import org.civicplan.testkit.Mutants;
import org.civicplan.testkit.StrategyGenerator;
import org.civicplan.validation.Finding;
import org.civicplan.validation.Severity;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * civicplan used from a named module on the module path, where the class-path tests of the other
 * modules cannot look: {@code META-INF/services} of an explicit module is ignored (only {@code
 * provides} counts), reflection needs {@code opens}, and resources in a module's packages are
 * encapsulated.
 *
 * <p>Why a separate module with Surefire's module path rather than a child JVM or a hand-built
 * {@code ModuleLayer}: it is what an application that embeds civicplan as modules does (a
 * {@code module-info} that {@code requires} the library), Surefire computes the module path from that
 * descriptor with no extra plugin or launcher code, and it costs one short test run. The first test
 * fails if Surefire ever falls back to the class path, so the others cannot pass vacuously.
 *
 * <p>Messages are checked against the message files in the reactor's sources: a message that is a
 * key (e.g. {@code {budget.amount.negative}}) rather than the text means a bundle was not found
 * from a named module.
 */
class ModulePathTest {

  private static final Path ROOT = Path.of("..", "..");
  private static final Path SAMPLE = ROOT.resolve("samples/data/climate-strategy.json");
  private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

  /** Bean Validation messages by language, then key. */
  private static Map<String, Map<String, String>> beanMessages;

  /** Finding message patterns of core and climate by language (all keys but the subjects). */
  private static Map<String, List<String>> rulePatterns;

  private static TemplateRegistry registry;

  @BeforeAll
  static void setUp() throws IOException {
    beanMessages = Map.of(
        "en", properties("core/src/main/resources/ValidationMessages.properties"),
        "ro", properties("core/src/main/resources/ValidationMessages_ro.properties"));
    rulePatterns = new HashMap<>();
    for (String lang : List.of("en", "ro")) {
      String suffix = lang.equals("en") ? "" : "_ro";
      List<String> patterns = new ArrayList<>();
      for (String file : List.of(
          "core/src/main/resources/org/civicplan/validation/messages" + suffix + ".properties",
          "templates-climate/src/main/resources/org/civicplan/climate/messages" + suffix + ".properties")) {
        properties(file).forEach((key, pattern) -> {
          if (!key.startsWith("subject.")) {
            patterns.add(pattern);
          }
        });
      }
      rulePatterns.put(lang, patterns);
    }
    registry = TemplateRegistry.load();
  }

  @Test
  void runsOnTheModulePath() {
    assertEquals("org.civicplan.samples.modulepath", ModulePathTest.class.getModule().getName(),
        "the test must run inside the named module (surefire useModulePath)");
    Map<Class<?>, String> expected = Map.of(
        Strategy.class, "org.civicplan.core",
        ClimateTemplate.class, "org.civicplan.templates.climate",
        StrategyGenerator.class, "org.civicplan.testkit");
    expected.forEach((type, name) -> {
      Module module = type.getModule();
      assertTrue(module.isNamed(), type + " is in the unnamed module (class path)");
      assertEquals(name, module.getName());
      assertFalse(module.getDescriptor().isAutomatic(), name + " has no module-info");
    });
  }

  @Test
  void registryFindsTheClimateTemplateThroughProvides() {
    // An explicit module's META-INF/services is ignored: the template can only come from provides.
    StrategyTemplate climate = registry.get(TemplateId.of("climate"));
    assertEquals(ClimateTemplate.class, climate.getClass());
    ModuleDescriptor descriptor = ClimateTemplate.class.getModule().getDescriptor();
    assertTrue(descriptor.provides().stream().anyMatch(p ->
            p.service().equals(StrategyTemplate.class.getName())
                && p.providers().equals(List.of(ClimateTemplate.class.getName()))),
        descriptor.provides()::toString);
    assertTrue(StrategyTemplate.class.getModule().getDescriptor().uses().contains(StrategyTemplate.class.getName()));
    assertFalse(climate.annexTypes().isEmpty(), "the template's catalogues and annex types load");
  }

  @Test
  void climateSample_isReadIntoTypedAnnexes_validated_andWrittenBackEqual() throws IOException {
    StrategyDocuments documents = StrategyDocuments.of(registry);
    String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    ReadResult read = documents.read(text, DocumentFormat.JSON);
    assertEquals(List.of(), read.problems());
    Strategy strategy = read.strategy().orElseThrow();

    assertFalse(strategy.annexes().isEmpty());
    for (Annex annex : strategy.annexes()) {
      assertFalse(annex instanceof RawAnnex, () -> "annex " + annex.kind() + " was not bound to its record");
      assertEquals(ClimateTemplate.class.getModule(), annex.getClass().getModule(), annex.kind());
    }

    ValidationReport report = StrategyValidator.of(registry).validate(strategy);
    assertEquals(List.of(), report.bySeverity(Severity.ERROR));
    report.findings().forEach(ModulePathTest::assertRealTexts);

    for (DocumentFormat format : DocumentFormat.values()) {
      String written = documents.write(strategy, format);
      ReadResult again = documents.read(written, format);
      assertEquals(List.of(), again.problems(), format::toString);
      assertEquals(strategy, again.strategy().orElseThrow(), format::toString);
    }
  }

  @Test
  void climateRuleMessagesResolveInEnglishAndRomanian() throws IOException {
    Strategy sample = StrategyDocuments.of(registry).read(SAMPLE).strategy().orElseThrow();
    Strategy noInventory = sample.toBuilder()
        .annexes(sample.annexes().stream().filter(a -> !(a instanceof EmissionInventory)).toList())
        .build();
    List<Finding> climate = StrategyValidator.of(registry).validate(noInventory).findings().stream()
        .filter(f -> f.code().startsWith("climate."))
        .toList();
    assertFalse(climate.isEmpty(), "removing the emission inventory gives a climate finding");
    climate.forEach(ModulePathTest::assertRealTexts);
  }

  @Test
  void testkitStrategies_validateWithoutErrors_andMutantsAreReportedWithTheirTexts() {
    Strategy generated = StrategyGenerator.seeded(1).strategy(GenerationSize.small());
    StrategyValidator validator = StrategyValidator.of(registry);
    ValidationReport report = validator.validate(generated);
    assertEquals(List.of(), report.bySeverity(Severity.ERROR));
    report.findings().forEach(ModulePathTest::assertRealTexts);

    // Negative budget and currency mismatch are Bean Validation constraints (ValidationMessages
    // bundle, Hibernate Validator reflection); the other kinds are core rules (core's catalogue).
    Set<MutationKind> seen = java.util.EnumSet.noneOf(MutationKind.class);
    for (long seed = 1; seed <= 20 && seen.size() < MutationKind.values().length; seed++) {
      Strategy valid = StrategyGenerator.seeded(seed).strategy(GenerationSize.medium());
      for (Mutant mutant : Mutants.all(valid, StrategyGenerator.random(seed))) {
        if (!seen.add(mutant.kind())) {
          continue;
        }
        ValidationReport mutantReport = validator.validate(mutant.strategy());
        assertTrue(mutant.isReportedBy(mutantReport), () -> mutant + " not reported: " + mutantReport.findings());
        mutantReport.findings().forEach(ModulePathTest::assertRealTexts);
      }
    }
    assertTrue(seen.containsAll(Set.of(MutationKind.NEGATIVE_BUDGET, MutationKind.CURRENCY_MISMATCH,
        MutationKind.DEPENDENCY_CYCLE, MutationKind.DUPLICATE_ID)), seen::toString);
  }

  /**
   * The finding's English and Romanian messages are the texts of the message files: for a Bean
   * Validation code, its ValidationMessages pattern; otherwise some core or climate pattern.
   */
  private static void assertRealTexts(Finding finding) {
    assertAll(finding.toString(),
        () -> assertNotEquals(finding.message(Locale.ENGLISH), finding.message(ROMANIAN)),
        () -> assertRealText(finding, "en", Locale.ENGLISH),
        () -> assertRealText(finding, "ro", ROMANIAN));
  }

  private static void assertRealText(Finding finding, String lang, Locale locale) {
    String message = finding.message(locale);
    assertFalse(message.contains("{" + finding.code() + "}"), message);
    String bean = beanMessages.get(lang).get(finding.code());
    if (bean != null) {
      assertTrue(containsLiterals(message, bean), () -> lang + " message \"" + message + "\" is not the text \"" + bean + "\"");
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
        .collect(Collectors.toList());
    return !literals.isEmpty() && literals.stream().allMatch(message::contains);
  }

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
