// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents with climate annexes are lossless: with the climate template installed they read back
 * as the typed annexes; without it ({@link StrategyDocuments#standard()}) they read back as {@link
 * RawAnnex}es and are written back unchanged, so the climate module reads them again as before.
 * Cases: the sample and {@value #VARIATIONS} seeded variations of its annexes ({@link
 * ClimateVariations}), each in JSON and YAML; a failure names the seed.
 */
class ClimateDocumentsTest {

  static final int VARIATIONS = 60;
  static final long RUN_SEED = 0x5EC4_2030L;

  private static final StrategyDocuments CLIMATE = StrategyDocuments.of(TemplateRegistry.load());
  private static final StrategyDocuments STANDARD = StrategyDocuments.standard();
  private static final Set<String> CLIMATE_KINDS =
      Set.of(RiskAssessment.KIND, EmissionInventory.KIND, CovenantCommitment.KIND, AwarenessCampaigns.KIND, GreenSpace.KIND);

  /** A named strategy to round-trip: the sample, or the variation of a seed. */
  record Case(String name, Supplier<Strategy> strategy) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("sample", ClimateSample::valid));
    LongStream.range(0, VARIATIONS)
        .map(i -> RUN_SEED + i)
        .forEach(seed -> cases.add(new Case("seed " + seed, () -> ClimateVariations.of(seed))));
    List<Arguments> out = new ArrayList<>();
    for (Case c : cases) {
      for (DocumentFormat f : DocumentFormat.values()) {
        out.add(Arguments.of(c, f));
      }
    }
    return out.stream();
  }

  @Test
  void climateTemplateContributesItsAnnexTypesToTheDocuments() {
    Set<String> kinds = new java.util.TreeSet<>();
    CLIMATE.annexTypes().forEach(t -> kinds.add(t.kind()));
    assertTrue(kinds.containsAll(CLIMATE_KINDS), kinds::toString);
  }

  @Test
  void variationsCoverEveryClimateAnnexKind() {
    Set<String> seen = new java.util.TreeSet<>();
    LongStream.range(0, VARIATIONS).forEach(i -> ClimateVariations.of(RUN_SEED + i).annexes().forEach(a -> seen.add(a.kind())));
    assertTrue(seen.containsAll(CLIMATE_KINDS), seen::toString);
  }

  @Test
  void aSeedAlwaysGivesTheSameVariation() {
    assertEquals(ClimateVariations.of(RUN_SEED), ClimateVariations.of(RUN_SEED));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void roundTripsWithTheClimateModuleAndIsWrittenIdenticallyTwice(Case c, DocumentFormat format) {
    Strategy strategy = c.strategy().get();
    String text = CLIMATE.write(strategy, format);
    assertEquals(text, CLIMATE.write(strategy, format), () -> c + ": two writes differ");
    Strategy read = read(CLIMATE, text, format, c);
    assertEquals(strategy, read, () -> c + ": read back differs\n" + text);
    assertEquals(text, CLIMATE.write(read, format), () -> c + ": written again differs");
    for (Annex a : read.annexes()) {
      if (CLIMATE_KINDS.contains(a.kind())) {
        assertTrue(!(a instanceof RawAnnex), () -> c + ": climate annex read raw: " + a);
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void withoutTheClimateModuleAnnexesAreRawAndWrittenBackUnchanged(Case c, DocumentFormat format) {
    Strategy strategy = c.strategy().get();
    String text = CLIMATE.write(strategy, format);
    Strategy raw = read(STANDARD, text, format, c);
    assertEquals(strategy.annexes().size(), raw.annexes().size(), c::toString);
    for (int i = 0; i < raw.annexes().size(); i++) {
      Annex a = raw.annexes().get(i);
      RawAnnex r = assertInstanceOf(RawAnnex.class, a, () -> c + ": annex read typed without a template: " + a);
      assertEquals(strategy.annexes().get(i).kind(), r.kind(), c::toString);
    }
    assertEquals(CLIMATE.write(strategy, DocumentFormat.JSON), STANDARD.write(raw, DocumentFormat.JSON),
        () -> c + ": the JSON written without the climate module differs");
    assertEquals(text, STANDARD.write(raw, format), () -> c + ": the " + format + " written without the climate module differs");
    String rewritten = STANDARD.write(raw, format);
    assertEquals(strategy, read(CLIMATE, rewritten, format, c), () -> c + ": the climate module reads it differently");
  }

  @Test
  void aHazardIdIsWrittenAsItsTextAndAMalformedOneIsAnInvalidValueAtItsPath() {
    String json = CLIMATE.write(ClimateSample.valid(), DocumentFormat.JSON);
    assertTrue(json.contains("\"hazard\" : \"HZ-01\"") || json.contains("\"hazard\": \"HZ-01\""), "written as text");
    String broken = json.replaceFirst("\"hazard\"( ?): \"HZ-01\"", "\"hazard\"$1: \"heat wave\"");
    ReadResult r = CLIMATE.read(broken, DocumentFormat.JSON);
    assertEquals(1, r.problems().size(), r.problems()::toString);
    assertEquals("document.invalid-value", r.problems().get(0).code());
    assertTrue(r.problems().get(0).path().matches("/annexes/\\d+/data/hazards/\\d+/hazard"), r.problems()::toString);
    assertTrue(r.problems().get(0).message().contains("hazard"), r.problems()::toString);
  }

  private static Strategy read(StrategyDocuments documents, String text, DocumentFormat format, Case c) {
    ReadResult r = documents.read(text, format);
    assertEquals(List.of(), r.problems(), () -> c + ": cannot read\n" + text);
    return r.orElseThrow();
  }
}
