// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading never throws on damaged files: the example overlay with seeded random edits (deleted
 * ranges, inserted structural characters). A failure prints the seed and the text.
 */
class OverlayDocumentsRandomisedTest {

  private static final String YAML = OverlayDocumentsTest.resource("example-overlay.yaml");
  private static final String JSON = OverlayDocumentsTest.resource("example-overlay.json");
  private static final String NOISE = "{}[]:,\"'-&*!|>#\n \t0.5eé";

  static Stream<Long> seeds() {
    return LongStream.range(0, 500).boxed();
  }

  static String damage(String text, RandomGenerator r) {
    StringBuilder b = new StringBuilder(text);
    for (int edits = 1 + r.nextInt(4); edits > 0; edits--) {
      int at = r.nextInt(b.length());
      if (r.nextBoolean()) {
        b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(12)));
      } else {
        b.insert(at, NOISE.charAt(r.nextInt(NOISE.length())));
      }
      if (b.length() == 0) {
        break;
      }
    }
    return b.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void damagedFiles_giveFindingsOrAnOverlay_neverAnException(long seed) {
    RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    boolean yaml = r.nextBoolean();
    String text = damage(yaml ? YAML : JSON, r);
    OverlayDocuments.Result result;
    try {
      result = yaml ? OverlayDocuments.readYaml(text) : OverlayDocuments.readJson(text);
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + " threw on:\n" + text, e);
    }
    assertEquals(result.overlay().isEmpty(), !result.findings().isEmpty(), "seed " + seed);
    result.findings().forEach(f -> assertTrue(f.code().startsWith("overlay."), () -> "seed " + seed + ": " + f));
  }
}
