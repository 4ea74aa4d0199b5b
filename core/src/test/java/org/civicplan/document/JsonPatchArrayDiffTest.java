// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.civicplan.governance.ChangeOperation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Pins how {@link JsonPatch#diff} compares arrays: the operations chosen by the longest common
 * subsequence (ties broken towards removing first), replacements of paired elements, and the
 * element-by-element comparison of arrays whose product of lengths exceeds 4,000,000.
 */
class JsonPatchArrayDiffTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static JsonNode json(String text) {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  private static JsonNode patch(JsonNode a, JsonNode b) {
    List<JsonPatchOperation> ops = JsonPatch.diff(a, b);
    assertEquals(b, JsonPatch.apply(a, ops), "the diff applied to the source gives the target");
    assertEquals(a, JsonPatch.revert(b, ops), "reverting the diff gives the source back");
    return JsonPatch.toJson(ops).get("changes");
  }

  private static ArrayNode range(int from, int to) {
    ArrayNode a = F.arrayNode();
    for (int i = from; i < to; i++) {
      a.add(i);
    }
    return a;
  }

  @Test
  void aSwapOfTwoElementsRemovesTheFirstAndAddsItBack() {
    // [1, 2] -> [2, 1]: the common subsequence has one element either way; on a tie the
    // element of the source is removed first, so 1 goes and comes back after 2
    assertEquals(json("[{'op': 'remove', 'path': '/0'}, {'op': 'add', 'path': '/1', 'value': 1}]"),
        patch(json("[1, 2]"), json("[2, 1]")));
  }

  @Test
  void aRotationKeepsTheLongestCommonRun() {
    // [1, 2, 3, 4] -> [4, 1, 2, 3]: 1, 2, 3 is kept, 4 is added in front and removed at the end
    assertEquals(json("[{'op': 'add', 'path': '/0', 'value': 4}, {'op': 'remove', 'path': '/4'}]"),
        patch(json("[1, 2, 3, 4]"), json("[4, 1, 2, 3]")));
  }

  @Test
  void aChangedElementIsReplacedWhereItStands() {
    assertEquals(json("[{'op': 'replace', 'path': '/1', 'value': 9}]"), patch(json("[1, 2, 3]"), json("[1, 9, 3]")));
    // a changed object is compared member by member
    assertEquals(json("[{'op': 'replace', 'path': '/0/x', 'value': 2}]"),
        patch(json("[{'x': 1, 'y': 0}]"), json("[{'x': 2, 'y': 0}]")));
  }

  @Test
  void moreRemovedThanAddedPairsTheFirstAndRemovesTheRest() {
    // [1, 2, 3, 4] -> [1, 7, 4]: 2 and 3 go, 7 comes; 2 is paired with 7, 3 removed
    assertEquals(json("[{'op': 'replace', 'path': '/1', 'value': 7}, {'op': 'remove', 'path': '/2'}]"),
        patch(json("[1, 2, 3, 4]"), json("[1, 7, 4]")));
  }

  @Test
  void moreAddedThanRemovedPairsTheFirstAndAddsTheRest() {
    assertEquals(json("[{'op': 'replace', 'path': '/1', 'value': 7}, {'op': 'add', 'path': '/2', 'value': 8}]"),
        patch(json("[1, 2, 4]"), json("[1, 7, 8, 4]")));
  }

  @Test
  void emptyArraysOnEitherSide() {
    assertEquals(json("[{'op': 'add', 'path': '/0', 'value': 1}, {'op': 'add', 'path': '/1', 'value': 2}]"),
        patch(json("[]"), json("[1, 2]")));
    assertEquals(json("[{'op': 'remove', 'path': '/0'}, {'op': 'remove', 'path': '/0'}]"),
        patch(json("[1, 2]"), json("[]")));
    assertEquals(json("[]"), patch(json("[]"), json("[]")));
  }

  @Test
  void atTheLimitArraysAreStillComparedBySubsequence() {
    // 2,000 x 2,000 = 4,000,000 cells, the limit itself: dropping the first element and
    // appending one is two operations
    ArrayNode a = range(0, 2000);
    ArrayNode b = range(1, 2001);
    assertEquals(json("[{'op': 'remove', 'path': '/0'}, {'op': 'add', 'path': '/1999', 'value': 2000}]"), patch(a, b));
  }

  @Test
  void pastTheLimitArraysAreComparedElementByElement() {
    // 2,000 x 2,001 > 4,000,000: inserting in front is no longer found; every element is
    // compared with the one at its index and the extra one is added at the end
    ArrayNode a = range(0, 2000);
    ArrayNode b = range(-1, 2000);
    JsonNode ops = patch(a, b);
    assertEquals(2001, ops.size());
    for (int i = 0; i < 2000; i++) {
      assertEquals(json("{'op': 'replace', 'path': '/" + i + "', 'value': " + (i - 1) + "}"), ops.get(i));
    }
    assertEquals(json("{'op': 'add', 'path': '/2000', 'value': 1999}"), ops.get(2000));
  }

  @Test
  void pastTheLimitASourceLongerThanTheTargetLosesItsTailFromTheEnd() {
    // 2,500 x 1,700 = 4,250,000: the common 1,700 are equal, the 800 after them are removed
    // last first, so that each removal's index still exists when it is applied
    ArrayNode a = range(0, 2500);
    ArrayNode b = range(0, 1700);
    List<JsonPatchOperation> ops = JsonPatch.diff(a, b);
    assertEquals(800, ops.size());
    for (int k = 0; k < 800; k++) {
      JsonPatchOperation op = ops.get(k);
      assertEquals(ChangeOperation.REMOVE, op.op());
      assertEquals("/" + (2499 - k), op.path());
      assertEquals(F.numberNode(2499 - k), op.previous().orElseThrow());
    }
    assertEquals(b, JsonPatch.apply(a, ops));
    assertEquals(a, JsonPatch.revert(b, ops));
  }

  @Test
  void pastTheLimitATargetLongerThanTheSourceGetsItsTailAddedInOrder() {
    ArrayNode a = range(0, 1700);
    a.set(3, F.stringNode("changed"));
    ArrayNode b = range(0, 2500);
    List<JsonPatchOperation> ops = JsonPatch.diff(a, b);
    assertEquals(801, ops.size());
    assertEquals(JsonPatchOperation.replace("/3", F.numberNode(3), F.stringNode("changed")), ops.get(0));
    for (int k = 1; k <= 800; k++) {
      assertEquals(JsonPatchOperation.add("/" + (1699 + k), F.numberNode(1699 + k)), ops.get(k));
    }
    assertEquals(b, JsonPatch.apply(a, ops));
  }
}
