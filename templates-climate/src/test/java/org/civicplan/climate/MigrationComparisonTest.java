package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicplan.base.Finding;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.validation.StrategyValidator;
import org.junit.jupiter.api.Test;

/**
 * Climate's findings on the sample and on every mutant of {@link ClimateRulesTest} — code,
 * severity, path and both messages — are those recorded before the template moved to the template
 * data format ({@code findings-before-migration.txt}, written by the template as it was in Java).
 * Kept until the migration is done.
 */
class MigrationComparisonTest {

  private static final Path RECORDED = Path.of("src", "test", "resources", "org", "civicplan", "climate", "findings-before-migration.txt");

  static String findings() {
    StringBuilder b = new StringBuilder();
    List<ClimateRulesTest.Mutant> mutants = new ArrayList<>();
    ClimateRulesTest.mutants().forEach(a -> mutants.add((ClimateRulesTest.Mutant) a.get()[0]));
    b.append("# sample, all rules\n");
    StrategyValidator.of(TemplateRegistry.load()).validate(ClimateSample.valid()).findings().forEach(f -> line(b, f));
    b.append("# sample, climate rules\n");
    Findings.of(ClimateSample.valid()).findings().forEach(f -> line(b, f));
    for (int i = 0; i < mutants.size(); i++) {
      ClimateRulesTest.Mutant m = mutants.get(i);
      b.append("# mutant ").append(i).append(' ').append(m).append(' ').append(m.parameters()).append('\n');
      Findings.of(m.strategy().get(), m.parameters()).findings().forEach(f -> line(b, f));
    }
    return b.toString();
  }

  private static void line(StringBuilder b, Finding f) {
    b.append(f.severity().label()).append(' ').append(f.code()).append(' ').append(f.path()).append(" | ")
        .append(f.message(Locale.ENGLISH)).append(" | ").append(f.message(Locale.forLanguageTag("ro"))).append('\n');
  }

  @Test
  void findingsAreThoseRecordedBeforeTheMigration() throws IOException {
    String now = findings();
    if (Boolean.getBoolean("climate.findings.record")) {
      Files.writeString(RECORDED, now, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(RECORDED, StandardCharsets.UTF_8), now);
  }
}
