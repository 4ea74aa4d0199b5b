// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.JsonPatch;
import org.civicplan.document.JsonPatchOperation;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.document.StrategyHistory;
import org.civicplan.strategy.Action;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The diff property of issue 5 over generated pairs: applying the JSON Patch of {@code (a, b)} to
 * {@code a} gives {@code b} (as a tree and, read back, as a strategy), reverting it from {@code b}
 * gives {@code a}, the plain RFC 6902 form {@code {"changes": [...]}} applies the same way, the
 * patch of identical documents is empty, and a recorded change keeps the earlier version
 * readable.
 *
 * <p>Pairs, by case index: a strategy and one of its single-defect mutants; a strategy and an
 * edited version (mutants applied one after another, actions reordered, the title changed); a
 * strategy and an unrelated one of the same size.
 */
class HistoryDiffPropertyTest {

  private final StrategyDocuments docs = StrategyDocuments.standard();
  private final StrategyHistory history = StrategyHistory.of(docs);

  @Test
  void applyingTheDiffOfAPairGivesTheSecond() {
    int[] nonEmpty = {0};
    int checked = PropertyRunner.forAll(
        "apply(a, diff(a, b)) == b",
        c -> {
          Strategy a = c.strategy();
          Strategy b = partner(c);
          JsonNode ta = history.tree(a);
          JsonNode tb = history.tree(b);
          List<JsonPatchOperation> diff = JsonPatch.diff(ta, tb);
          assertEquals(tb, JsonPatch.apply(ta, diff), () -> "patched tree differs; diff: " + JsonPatch.toJson(diff));
          assertEquals(ta, JsonPatch.revert(tb, diff), "reverted tree differs");
          assertEquals(tb, JsonPatch.apply(ta, JsonPatch.fromJson(JsonPatch.toJson(diff))), "RFC 6902 form applies differently");
          assertEquals(diff.isEmpty(), a.equals(b), "empty diff iff equal strategies");
          ReadResult read = docs.read(JsonPatch.apply(ta, diff).toString(), DocumentFormat.JSON);
          assertEquals(List.of(), read.problems());
          assertSameDocument(tb, b, read.strategy().orElseThrow());
          if (!diff.isEmpty()) {
            nonEmpty[0]++;
          }
        });
    assertEquals(PropertyRunner.cases(), checked);
    assertTrue(nonEmpty[0] > checked * 9 / 10, "non-empty diffs: " + nonEmpty[0] + " of " + checked);
  }

  @Test
  void theDiffOfIdenticalDocumentsIsEmpty() {
    int checked = PropertyRunner.forAll(
        "diff(a, a) is empty",
        c -> {
          Strategy a = c.strategy();
          Strategy again = docs.read(docs.write(a, DocumentFormat.JSON), DocumentFormat.JSON).strategy().orElseThrow();
          JsonNode tree = history.tree(a);
          assertEquals(List.of(), JsonPatch.diff(tree, tree.deepCopy()));
          assertEquals(List.of(), history.diff(a, again));
          assertEquals("{\"changes\":[]}", JsonPatch.toJson(history.diff(a, again)).toString());
        });
    assertEquals(PropertyRunner.cases(), checked);
  }

  @Test
  void aRecordedChangeKeepsTheEarlierVersionReadable() {
    PropertyRunner.forAll(
        "version(record(a, b), 1) == a",
        StrategyGenerator.cases(PropertyRunner.seed() + 1, Math.max(1, PropertyRunner.cases() / 4)),
        c -> {
          Strategy a = c.strategy();
          Strategy b = partner(c);
          Strategy recorded = history.record(a, b, LocalDate.of(2027, 5, 4), "Ana Popescu", "Revizuire anuală");
          assertEquals(1, recorded.history().size());
          assertEquals(2, recorded.history().get(0).version());
          assertEquals(b, recorded.toBuilder().history(List.of()).build());
          ReadResult first = history.version(recorded, 1);
          assertEquals(List.of(), first.problems());
          assertSameDocument(history.tree(a), a, first.strategy().orElseThrow());
          assertEquals(recorded, history.version(recorded, 2).strategy().orElseThrow());
        });
  }

  @Test
  void pairsCoverEveryKindOfChange() {
    List<String> ops = new ArrayList<>();
    StrategyGenerator.cases(PropertyRunner.seed(), 60)
        .forEach(c -> history.diff(c.strategy(), partner(c)).forEach(op -> ops.add(op.op().rfcName())));
    assertTrue(ops.containsAll(List.of("add", "remove", "replace")), ops::toString);
    assertFalse(ops.isEmpty());
  }

  /**
   * {@code actual} is {@code expected}: equal as strategies except for the member order inside raw
   * annex data, and equal as JSON trees. JSON objects are unordered (RFC 8259), and a JSON Patch
   * {@code add} to an object puts the member last, so a patched raw annex may list its members in
   * another order; its text is kept verbatim, so only the tree comparison can ignore the order.
   */
  private void assertSameDocument(JsonNode expectedTree, Strategy expected, Strategy actual) {
    assertEquals(expectedTree, history.tree(actual), "trees differ");
    assertEquals(expected.annexes().size(), actual.annexes().size(), "annex count");
    assertEquals(expected.toBuilder().annexes(List.of()).build(), actual.toBuilder().annexes(List.of()).build(),
        "strategies differ outside their annexes");
  }

  /** The second strategy of the pair of case {@code c}. */
  private static Strategy partner(GeneratedCase c) {
    RandomGenerator random = StrategyGenerator.random(~c.seed());
    return switch (c.index() % 3) {
      case 0 -> mutant(c.strategy(), random);
      case 1 -> edited(c.strategy(), random);
      default -> StrategyGenerator.of(random).strategy(c.size());
    };
  }

  /** A mutant of a kind drawn at random, trying the next kinds when the source offers no place for it. */
  private static Strategy mutant(Strategy s, RandomGenerator random) {
    MutationKind[] kinds = MutationKind.values();
    int first = Math.floorMod(random.nextLong(), kinds.length);
    for (int k = 0; k < kinds.length; k++) {
      Optional<Mutant> m = Mutants.of(kinds[(first + k) % kinds.length], s, random);
      if (m.isPresent()) {
        return m.get().strategy();
      }
    }
    throw new AssertionError("no mutant of any kind for " + s.id());
  }

  /** A few edits in a row: mutants of mutants, the actions in reverse order, a new title. */
  private static Strategy edited(Strategy a, RandomGenerator random) {
    Strategy b = a;
    for (int k = 1 + Math.floorMod(random.nextLong(), 3); k > 0; k--) {
      b = mutant(b, random);
    }
    List<Action> actions = new ArrayList<>(b.actions());
    Collections.reverse(actions);
    return b.toBuilder()
        .actions(actions)
        .title(LocalizedText.of(a.title().get(java.util.Locale.ENGLISH) + " (revised)", "Strategie revizuită"))
        .build();
  }
}
