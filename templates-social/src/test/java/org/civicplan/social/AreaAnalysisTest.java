// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicplan.base.ActionId;
import org.civicplan.template.Parameters;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Classification, ranking and coverage against the hand-checked table of {@link SocialSample#areas()}. */
class AreaAnalysisTest {

  static final SocialTemplate TEMPLATE = new SocialTemplate();
  static final AreaAnalysis SAMPLE = TEMPLATE.areas(SocialSample.valid());

  @Nested
  class Ranking {

    @Test
    void ordersByCompositeMostDeprivedFirst() {
      assertEquals(List.of("A-2", "A-1", "A-6", "A-3", "A-4", "A-7", "A-5", "A-8"),
          SAMPLE.areas().stream().map(r -> r.area().id()).toList());
      assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), SAMPLE.areas().stream().map(AreaAnalysis.RankedArea::rank).toList());
    }

    @Test
    void compositesAreTheHandCheckedMeans() {
      assertEquals(List.of("0.933333", "0.877257", "0.871652", "0.538911", "0.469996", "0.302454", "0.274094", "0.000000"),
          SAMPLE.areas().stream().map(r -> r.composite().toPlainString()).toList());
    }

    @Test
    void normalisedScoresOfA1() {
      // (0.62 − 0.12) / 0.59, (0.55 − 0.15) / 0.51, (0.70 − 0.10) / 0.60
      assertEquals(List.of(new BigDecimal("0.8474576271"), new BigDecimal("0.7843137255"), new BigDecimal("1.0000000000")),
          SAMPLE.area("A-1").orElseThrow().normalised());
    }

    @Test
    void tiesAreBrokenById() {
      MarginalisedAreas.Area a = SocialSample.areas().areas().get(0);
      MarginalisedAreas.Area twin = new MarginalisedAreas.Area("A-0", "Twin", "Nord", 10, a.humanCapital(), a.employment(),
          a.housing(), a.disadvantaged());
      AreaAnalysis both = AreaAnalysis.of(SocialSample.withAreas(x -> new MarginalisedAreas(x.source(), List.of(a, twin))),
          Parameters.empty());
      // equal scores: every normalised score is 0, the composites tie
      assertEquals(List.of("A-0", "A-1"), both.areas().stream().map(r -> r.area().id()).toList());
    }
  }

  @Nested
  class Classification {

    @Test
    void withoutThresholdsTheRecordedClassificationIsUsed() {
      assertEquals(List.of("A-2", "A-1", "A-6"),
          SAMPLE.areas().stream().filter(AreaAnalysis.RankedArea::marginalised).map(r -> r.area().id()).toList());
      assertEquals(List.of(Dimension.HUMAN_CAPITAL), SAMPLE.area("A-7").orElseThrow().disadvantaged());
    }

    @Test
    void thresholdsClassifyByScoreAtOrAbove() {
      Parameters p = TEMPLATE.parameters().with(Map.of(
          "areas.threshold.human-capital", "0.5", "areas.threshold.employment", "0.5", "areas.threshold.housing", "0.5"));
      AreaAnalysis a = AreaAnalysis.of(SocialSample.valid(), p);
      // A-7 (0.45, 0.20, 0.25) is below every threshold, whatever was recorded
      assertEquals(List.of(), a.area("A-7").orElseThrow().disadvantaged());
      assertEquals(List.of(Dimension.EMPLOYMENT), a.area("A-3").orElseThrow().disadvantaged());
      assertEquals(List.of(Dimension.HOUSING), a.area("A-4").orElseThrow().disadvantaged());
      // a score equal to the threshold is disadvantaged: A-1's employment is 0.55
      Parameters edge = p.with(Map.of("areas.threshold.employment", "0.55"));
      assertEquals(List.of(Dimension.values()), AreaAnalysis.of(SocialSample.valid(), edge).area("A-1").orElseThrow().disadvantaged());
      Parameters above = p.with(Map.of("areas.threshold.employment", "0.56"));
      assertEquals(List.of(Dimension.HUMAN_CAPITAL, Dimension.HOUSING),
          AreaAnalysis.of(SocialSample.valid(), above).area("A-1").orElseThrow().disadvantaged());
    }

    @Test
    void oneThresholdOverridesOnlyItsDimension() {
      Parameters p = TEMPLATE.parameters().with(Map.of("areas.threshold.housing", "0.9"));
      assertEquals(List.of(Dimension.HUMAN_CAPITAL, Dimension.EMPLOYMENT),
          AreaAnalysis.of(SocialSample.valid(), p).area("A-2").orElseThrow().disadvantaged());
    }
  }

  @Nested
  class Coverage {

    @Test
    void aMarginalisedAreaWithNoProject() {
      assertEquals(List.of("A-6"), SAMPLE.uncovered());
      assertEquals(List.of(ActionId.of("A-3.1")), SAMPLE.area("A-1").orElseThrow().projects());
    }

    @Test
    void noProjectOutsideTheDisadvantagedAreas() {
      assertEquals(List.of(), SAMPLE.outside());
    }

    @Test
    void aProjectInAnAreaDisadvantagedOnNothingIsOutside() {
      AreaAnalysis a = AreaAnalysis.of(SocialRulesTest.withProjects(p -> p.set(2,
          org.civicplan.governance.PartnershipProject.of(ActionId.of("A-3.3"), "A-8"))), Parameters.empty());
      assertEquals(List.of(ActionId.of("A-3.3")), a.outside());
    }
  }

  @Nested
  class Renderings {

    @Test
    void markdownShowsNamesAndTheCoverage() {
      String md = SAMPLE.toMarkdown(Locale.ENGLISH);
      assertTrue(md.startsWith("# Marginalised areas and their coverage by projects\n"), md);
      assertTrue(md.contains("| 1 | Colonia Fabricii | Est | 2100 | 0.71 | 0.66 | 0.58 | 0.933 | human capital, employment, housing | yes | 1 |\n"), md);
      assertTrue(md.contains("Marginalised areas that no project targets: Dealul Viilor.\n"), md);
      assertTrue(md.contains("| Housing repairs in Blocurile ANL Vest | Blocurile ANL Vest | Exemplu Urban Local Action Group, Exemplu Community Association |"), md);
    }

    @Test
    void romanianUsesCommaDecimals() {
      String md = SAMPLE.toMarkdown(Locale.forLanguageTag("ro"));
      assertTrue(md.contains("| 1 | Colonia Fabricii | Est | 2100 | 0,71 | 0,66 | 0,58 | 0,933 | capital uman, ocupare, locuire | da | 1 |\n"), md);
      assertTrue(md.contains("Zone marginalizate pe care nu le vizează niciun proiect: Dealul Viilor."), md);
    }

    @Test
    void jsonCarriesExactValues() {
      String json = SAMPLE.toJson();
      assertTrue(json.contains("{\"rank\": 2, \"id\": \"A-1\", \"name\": \"Cartierul Gării\", \"district\": \"Nord\", \"population\": 3200, "
          + "\"humanCapital\": 0.62, \"employment\": 0.55, \"housing\": 0.70, \"normalised\": [0.8474576271, 0.7843137255, 1.0000000000], "
          + "\"composite\": 0.877257, \"disadvantaged\": [\"human-capital\", \"employment\", \"housing\"], \"marginalised\": true, "
          + "\"projects\": [\"A-3.1\"]}"), json);
      assertTrue(json.endsWith("  \"uncovered\": [\"A-6\"],\n  \"outside\": []\n}\n"), json);
    }

    @Test
    void htmlIsAPage() {
      String html = SAMPLE.toHtml(Locale.ENGLISH);
      assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
      assertTrue(html.endsWith("</body>\n</html>\n"), html);
    }
  }
}
