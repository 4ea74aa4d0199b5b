// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/** Pins the document helpers: surrogate positions, schema version checks and read results. */
class DocumentDetailsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Nested
  class Surrogates {
    @Test
    void textWithoutSurrogatesOrWithWholePairsHasNoUnpairedOne() {
      assertEquals(-1, WritableValues.unpaired(""));
      assertEquals(-1, WritableValues.unpaired("Timișoara"));
      assertEquals(-1, WritableValues.unpaired("a\uD83C\uDF33b\uD83C\uDF33"));
    }

    @Test
    void theIndexOfTheFirstLoneSurrogateIsFound() {
      assertEquals(0, WritableValues.unpaired("\uD800"));
      assertEquals(2, WritableValues.unpaired("ab\uD800")); // a high surrogate that ends the text
      assertEquals(1, WritableValues.unpaired("a\uDC00b")); // a low surrogate with no high one before it
      assertEquals(0, WritableValues.unpaired("\uD800\uD800\uDC00")); // two highs: the first is lone
      assertEquals(2, WritableValues.unpaired("\uD83C\uDF33\uDC00")); // after a pair, a second low
      assertEquals(1, WritableValues.unpaired("x\uD800y\uDC00"));
    }
  }

  @Nested
  class SchemaVersions {
    private DocumentMigrations.VersionCheck check(String json) {
      return DocumentMigrations.check(MAPPER.readTree(json));
    }

    @Test
    void theCurrentVersionPassesAndOthersAreNamed() {
      DocumentMigrations.VersionCheck ok = check("{\"schemaVersion\": 1}");
      assertEquals(1, ok.version());
      assertEquals(Optional.empty(), ok.problem());
      assertEquals(List.of(), ok.args());
      assertEquals(new DocumentMigrations.VersionCheck(0, Optional.of("missing"), List.of("1")), check("{}"));
      assertEquals(new DocumentMigrations.VersionCheck(0, Optional.of("not-integer"), List.of("1", "1.5")),
          check("{\"schemaVersion\": 1.5}"));
      assertEquals(new DocumentMigrations.VersionCheck(0, Optional.of("not-integer"), List.of("1", "\"1\"")),
          check("{\"schemaVersion\": \"1\"}"));
      assertEquals(new DocumentMigrations.VersionCheck(0, Optional.of("not-integer"), List.of("1", "3000000000")),
          check("{\"schemaVersion\": 3000000000}"));
      assertEquals(new DocumentMigrations.VersionCheck(0, Optional.of("not-integer"), List.of("1", "0")),
          check("{\"schemaVersion\": 0}"));
      assertEquals(new DocumentMigrations.VersionCheck(0, Optional.of("newer"), List.of("2", "1")),
          check("{\"schemaVersion\": 2}"));
    }

    @Test
    void migratingFromTheCurrentVersionOnlyWritesIt() {
      ObjectNode root = (ObjectNode) MAPPER.readTree("{\"schemaVersion\": 1, \"id\": \"x\"}");
      assertSame(root, DocumentMigrations.migrate(root, 1));
      assertEquals("{\"schemaVersion\":1,\"id\":\"x\"}", root.toString());
      assertEquals("no migration from schema version 0 to 1", assertThrows(IllegalStateException.class,
          () -> DocumentMigrations.migrate((ObjectNode) MAPPER.readTree("{}"), 0)).getMessage());
    }
  }

  @Nested
  class ReadResults {
    private final Strategy s = StrategyFixture.valid();
    private final ReadProblem problem =
        StrategyDocuments.standard().read("{", DocumentFormat.JSON).problems().get(0);

    @Test
    void holdsEitherAStrategyOrProblems() {
      ReadResult ok = ReadResult.of("a.json", s);
      assertTrue(ok.isSuccess());
      assertSame(s, ok.orElseThrow());
      ReadResult failed = ReadResult.failed("b.json", List.of(problem));
      assertFalse(failed.isSuccess());
      assertEquals("a read result holds either a strategy or problems, but had both (source \"c.json\")",
          assertThrows(IllegalArgumentException.class,
              () -> new ReadResult("c.json", Optional.of(s), List.of(problem))).getMessage());
      assertEquals("a read result holds either a strategy or problems, but had neither (source \"d.json\")",
          assertThrows(IllegalArgumentException.class, () -> ReadResult.failed("d.json", List.of())).getMessage());
    }

    @Test
    void orElseThrowNamesTheSourceAndTheProblems() {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> ReadResult.failed("b.json", List.of(problem)).orElseThrow());
      assertEquals("document \"b.json\" could not be read: " + List.of(problem), e.getMessage());
    }
  }
}
