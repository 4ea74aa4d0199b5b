// SPDX-License-Identifier: Apache-2.0
package org.civicplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicplan.alignment.FrameworkCatalogue.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReferenceFrameworksTest {

  private static final Locale RO = Locale.forLanguageTag("ro");
  private static final String HEADER = ReferenceFrameworks.COLUMNS + "\n";
  private static final String SDG = "sdg,Sustainable Development Goals,Obiectivele de dezvoltare durabilă,";

  private static String shippedText() throws IOException {
    try (InputStream in = ReferenceFrameworks.class.getResourceAsStream("frameworks.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Problem onlyProblem(String csv) {
    FrameworkCatalogue c = ReferenceFrameworks.readStandard(csv);
    assertEquals(1, c.problems().size(), () -> "one problem expected: " + c.problems());
    return c.problems().get(0);
  }

  @Nested
  @DisplayName("the catalogue shipped with core")
  class Shipped {

    @Test
    void parsesWithNoProblem() throws IOException {
      FrameworkCatalogue c = ReferenceFrameworks.readStandard(shippedText());
      assertEquals(List.of(), c.problems());
      assertEquals(c.frameworks(), ReferenceFrameworks.standard());
    }

    @Test
    void hasTheSharedIds() {
      assertEquals(List.of("eu-adaptation-strategy", "european-climate-law", "covenant-of-mayors", "sdg", "un-crpd",
              "eu-disability-strategy", "eu-sport-work-plan", "who-physical-activity", "who-urban-green-space"),
          ReferenceFrameworks.standard().stream().map(f -> f.id().value()).toList());
    }

    @Test
    void idsAreUnique() {
      Set<String> frameworks = new HashSet<>();
      for (ReferenceFramework f : ReferenceFrameworks.standard()) {
        assertTrue(frameworks.add(f.id().value()), f.id().value());
        Set<String> objectives = new HashSet<>();
        f.objectives().forEach(o -> assertTrue(objectives.add(o.id()), f.id() + "/" + o.id()));
      }
    }

    @Test
    void covenantOfMayorsIsOneFrameworkWithItsThreeCommitments() {
      assertEquals(List.of("COM-2030", "COM-2050", "COM-2030-55"),
          ReferenceFrameworks.find(FrameworkId.of("covenant-of-mayors")).orElseThrow().objectives().stream().map(ReferenceObjective::id).toList());
    }

    @Test
    void everyNameAndTitleIsInEnglishAndRomanian() {
      for (ReferenceFramework f : ReferenceFrameworks.standard()) {
        assertFalse(f.name().exactly("en").orElse("").isBlank(), f.id().value());
        assertFalse(f.name().exactly("ro").orElse("").isBlank(), f.id().value());
        assertFalse(f.name().get(Locale.ENGLISH).equals(f.name().get(RO)), () -> "not translated: " + f.id());
        for (ReferenceObjective o : f.objectives()) {
          assertFalse(o.title().exactly("en").orElse("").isBlank(), f.id() + "/" + o.id());
          assertFalse(o.title().exactly("ro").orElse("").isBlank(), f.id() + "/" + o.id());
          assertFalse(o.source().isBlank(), () -> "no source: " + f.id() + "/" + o.id());
        }
      }
    }

    @Test
    void romanianUsesCommaBelowDiacritics() throws IOException {
      assertFalse(shippedText().matches("(?s).*[şţŞŢ].*"), "ş or ţ with cedilla in frameworks.csv");
    }

    @Test
    void unverifiedObjectivesAreMarkedInTheirColumnNotInTheirTitles() {
      List<String> unverified = ReferenceFrameworks.standard().stream()
          .flatMap(f -> f.objectives().stream().filter(o -> !o.verified()).map(o -> f.id() + "/" + o.id())).toList();
      assertEquals(List.of("covenant-of-mayors/COM-2030-55", "un-crpd/Art. 20", "eu-disability-strategy/DS-F3",
          "eu-disability-strategy/DS-F4", "eu-disability-strategy/DS-F5", "eu-disability-strategy/DS-F6"), unverified);
      for (ReferenceFramework f : ReferenceFrameworks.standard()) {
        for (ReferenceObjective o : f.objectives()) {
          String titles = (o.title().get(Locale.ENGLISH) + " " + o.title().get(RO)).toLowerCase(Locale.ROOT);
          assertFalse(titles.contains("verif") || titles.contains("not read"), () -> "a note in the title of " + f.id() + "/" + o.id());
          if (!o.verified()) {
            assertTrue(o.source().contains("not verified") || o.source().contains("not read"), o.source());
          }
        }
      }
    }

    @Test
    void findKnowsTheSharedIdsOnly() {
      assertEquals("COM(2021) 82 final, 24.2.2021 (eumonitor.eu; caro.ie summary)",
          ReferenceFrameworks.find(FrameworkId.of("eu-adaptation-strategy")).orElseThrow().objectives().get(0).source());
      assertTrue(ReferenceFrameworks.find(FrameworkId.of("eu-adaptation-strategy-2021")).isEmpty());
    }
  }

  @Nested
  @DisplayName("reading the standard format")
  class Reading {

    @Test
    void rowsOfOneFrameworkMakeOneFrameworkInFileOrder() {
      FrameworkCatalogue c = ReferenceFrameworks.readStandard(HEADER
          + SDG + "13.2,\"Integrate climate measures into policies, strategies\",\"Integrarea măsurilor, strategii\",UN 2015,\n"
          + "who-urban-green-space,WHO green space,Spațiile verzi OMS,WHO-UGS,Access,Acces,WHO 2016,true\n"
          + SDG + "11.7,Green spaces,Spații verzi,UN 2015,false\n");
      assertEquals(List.of(), c.problems());
      assertEquals(List.of(FrameworkId.of("sdg"), FrameworkId.of("who-urban-green-space")), c.frameworks().stream().map(ReferenceFramework::id).toList());
      ReferenceFramework sdg = c.frameworks().get(0);
      assertEquals("Obiectivele de dezvoltare durabilă", sdg.name().get(RO));
      assertEquals(List.of("13.2", "11.7"), sdg.objectives().stream().map(ReferenceObjective::id).toList());
      assertEquals("Integrate climate measures into policies, strategies", sdg.objectives().get(0).title().get(Locale.ENGLISH));
      assertTrue(sdg.objectives().get(0).verified(), "empty means verified");
      assertFalse(sdg.objectives().get(1).verified());
      assertEquals(List.of(2, 3, 4), c.rows().stream().map(FrameworkCatalogue.Row::line).toList());
    }

    @Test
    void columnsInAnyOrderAndVerifiedOptional() {
      FrameworkCatalogue c = ReferenceFrameworks.readStandard(
          "objective,framework,title_ro,title_en,name_ro,name_en,source\n13.2,sdg,Integrarea,Integrate,ODD,SDG,UN\n");
      assertEquals(List.of(), c.problems());
      ReferenceObjective o = c.frameworks().get(0).objectives().get(0);
      assertEquals("Integrarea", o.title().get(RO));
      assertTrue(o.verified());
    }

    @Test
    void emptyText() {
      assertEquals(new Problem.NoHeader(), onlyProblem(""));
    }

    @Test
    void theOldEnglishOnlyFormatIsRejectedNamingTheMissingColumns() {
      FrameworkCatalogue c = ReferenceFrameworks.readStandard("framework,objective_id,objective_title,source\nSDG,13.2,Integrate,UN\n");
      assertTrue(c.problems().contains(new Problem.MissingColumn("name_en")), c.problems()::toString);
      assertTrue(c.problems().contains(new Problem.UnknownColumn(2, "objective_id")), c.problems()::toString);
      assertEquals(List.of(), c.frameworks());
    }

    @Test
    void repeatedColumn() {
      Problem p = onlyProblem(ReferenceFrameworks.COLUMNS + ",source\n");
      assertEquals(new Problem.RepeatedColumn(9, "source"), p);
    }

    @Test
    void wrongFieldCount() {
      assertEquals(new Problem.FieldCount(2, 7, 8), onlyProblem(HEADER + SDG + "13.2,Integrate,Integrarea,UN\n"));
    }

    @Test
    void missingRomanianTitle() {
      Problem p = onlyProblem(HEADER + SDG + "13.2,Integrate,,UN,\n");
      assertEquals(new Problem.MissingValue(2, 6, "title_ro"), p);
      assertEquals("the column \"title_ro\" is empty but required", p.message());
    }

    @Test
    void invalidIdsAndFlag() {
      assertEquals(new Problem.InvalidValue(2, 1, "framework", "the sdg", org.civicplan.base.IdSyntax.RULE),
          onlyProblem(HEADER + "the " + SDG + "13.2,Integrate,Integrarea,UN,\n"));
      assertEquals(new Problem.InvalidValue(2, 4, "objective", "13/2", ReferenceObjective.ID_RULE),
          onlyProblem(HEADER + SDG + "13/2,Integrate,Integrarea,UN,\n"));
      assertEquals(new Problem.InvalidValue(2, 8, "verified", "yes", "true, false (empty means true)"),
          onlyProblem(HEADER + SDG + "13.2,Integrate,Integrarea,UN,yes\n"));
    }

    @Test
    void repeatedObjective() {
      Problem p = onlyProblem(HEADER + SDG + "13.2,Integrate,Integrarea,UN,\n" + SDG + "13.2,Again,Din nou,UN,\n");
      assertEquals(new Problem.DuplicateObjective(3, 4, "sdg", "13.2", 2), p);
    }

    @Test
    void aFrameworkHasOneName() {
      Problem p = onlyProblem(HEADER + SDG + "13.2,Integrate,Integrarea,UN,\n"
          + "sdg,SDGs,Obiectivele de dezvoltare durabilă,13.3,Educate,Educarea,UN,\n");
      assertEquals(new Problem.ConflictingName(3, 2, "name_en", "sdg", "SDGs", "Sustainable Development Goals", 2), p);
    }

    @Test
    void malformedQuoteIsTheLastProblemAndKeepsTheRowsBefore() {
      FrameworkCatalogue c = ReferenceFrameworks.readStandard(HEADER + SDG + "13.2,Integrate,Integrarea,UN,\n"
          + SDG + "13.3,\"Educate\" x,Educarea,UN,\n");
      assertEquals(List.of(new Problem.MalformedText(3, 75, false)), c.problems());
      assertEquals(1, c.rows().size());
    }
  }

  @Nested
  @DisplayName("read(Reader), for catalogues that must be right")
  class Read {

    @Test
    void readsTheStandardFormat() {
      List<ReferenceFramework> read = ReferenceFrameworks.read(new StringReader(HEADER + SDG + "13.2,Integrate,Integrarea,UN,\n"));
      assertEquals(FrameworkId.of("sdg"), read.get(0).id());
      assertEquals(1, read.get(0).objectives().size());
    }

    @Test
    void aProblemNamesLineAndColumn() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ReferenceFrameworks.read(new StringReader(HEADER + SDG + "13.2,\"Integrate\" x,Integrarea,UN,\n")));
      assertTrue(e.getMessage().contains("frameworks CSV line 2, column 75: text follows the closing quote"), e.getMessage());
      IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
          () -> ReferenceFrameworks.read(new StringReader(HEADER + SDG + "13.2,Integrate,,UN,\n")));
      assertEquals("frameworks CSV line 2, column 6: the column \"title_ro\" is empty but required", empty.getMessage());
    }
  }
}
