// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.civicplan.governance.ChangeOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class JsonPatchTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static JsonNode json(String text) {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  // ---- generated trees -------------------------------------------------------------------

  private static final String[] NAMES = {"id", "title", "a/b", "m~n", "", "x", "actions", "en", "ro"};

  private static JsonNode tree(RandomGenerator r, int depth) {
    int kind = depth <= 0 ? r.nextInt(5) : r.nextInt(7);
    return switch (kind) {
      case 0 -> F.numberNode(r.nextInt(5));
      case 1 -> F.stringNode(Character.toString('a' + r.nextInt(4)));
      case 2 -> F.booleanNode(r.nextBoolean());
      case 3 -> F.nullNode();
      case 4 -> F.numberNode(r.nextInt(3) + 0.5);
      case 5 -> {
        ArrayNode a = F.arrayNode();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
          a.add(tree(r, depth - 1));
        }
        yield a;
      }
      default -> {
        ObjectNode o = F.objectNode();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
          o.set(NAMES[r.nextInt(NAMES.length)], tree(r, depth - 1));
        }
        yield o;
      }
    };
  }

  /** A copy of {@code node} with a few random edits, so that pairs share structure as versions do. */
  private static JsonNode mutate(RandomGenerator r, JsonNode node, int depth) {
    if (r.nextInt(8) == 0) {
      return tree(r, depth);
    }
    if (node.isObject()) {
      ObjectNode o = F.objectNode();
      for (String name : node.propertyNames()) {
        int roll = r.nextInt(10);
        if (roll == 0) {
          continue;
        }
        o.set(name, roll < 3 ? mutate(r, node.get(name), depth - 1) : node.get(name).deepCopy());
      }
      if (r.nextInt(4) == 0) {
        o.set(NAMES[r.nextInt(NAMES.length)], tree(r, depth - 1));
      }
      return o;
    }
    if (node.isArray()) {
      ArrayNode a = F.arrayNode();
      for (JsonNode e : node) {
        int roll = r.nextInt(10);
        if (roll == 0) {
          continue;
        }
        if (roll == 1) {
          a.add(tree(r, depth - 1));
        }
        a.add(roll < 4 ? mutate(r, e, depth - 1) : e.deepCopy());
      }
      if (r.nextInt(3) == 0) {
        a.insert(r.nextInt(a.size() + 1), tree(r, depth - 1));
      }
      return a;
    }
    return node.deepCopy();
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 400).boxed();
  }

  private static RandomGenerator random(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void applyingTheDiffGivesTheTarget_andRevertingGivesTheSource(long seed) {
    RandomGenerator r = random(seed);
    int depth = 1 + (int) (seed % 5);
    JsonNode a = tree(r, depth);
    JsonNode b = seed % 3 == 0 ? tree(r, depth) : mutate(r, a, depth);
    String aText = a.toString();
    List<JsonPatchOperation> ops = JsonPatch.diff(a, b);
    String replay = "seed " + seed + "\n a = " + a + "\n b = " + b + "\n ops = " + JsonPatch.toJson(ops);
    assertEquals(b, JsonPatch.apply(a, ops), replay);
    assertEquals(a, JsonPatch.revert(b, ops), replay);
    assertEquals(aText, a.toString(), "diff and apply must not change their input; " + replay);
    // the plain RFC 6902 form, read back, applies the same way
    assertEquals(b, JsonPatch.apply(a, JsonPatch.fromJson(MAPPER.readTree(JsonPatch.toJson(ops).toString()))), replay);
    // the domain form round-trips
    assertEquals(b, JsonPatch.apply(a, JsonPatch.fromChanges(JsonPatch.toChanges(ops))), replay);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void identicalTreesGiveNoOperations(long seed) {
    JsonNode a = tree(random(seed), 4);
    assertEquals(List.of(), JsonPatch.diff(a, a.deepCopy()), "seed " + seed + ": " + a);
  }

  // ---- hand-made cases -------------------------------------------------------------------

  @Test
  void insertingAtTheFrontOfAnArrayIsOneAdd() {
    JsonNode a = json("{'actions': [{'id': 'A-1'}, {'id': 'A-2'}, {'id': 'A-3'}]}");
    JsonNode b = json("{'actions': [{'id': 'A-0'}, {'id': 'A-1'}, {'id': 'A-2'}, {'id': 'A-3'}]}");
    assertEquals(json("{'changes': [{'op': 'add', 'path': '/actions/0', 'value': {'id': 'A-0'}}]}"),
        JsonPatch.toJson(JsonPatch.diff(a, b)));
  }

  @Test
  void changedMembersAreReplacedAtTheirPath_andNamesAreEscaped() {
    JsonNode a = json("{'title': {'en': 'Old', 'ro': 'Vechi'}, 'a/b': 1, 'm~n': 2, 'gone': true}");
    JsonNode b = json("{'title': {'en': 'New', 'ro': 'Vechi'}, 'a/b': 3, 'm~n': 2, 'state': 'submitted'}");
    assertEquals(json("{'changes': ["
            + "{'op': 'remove', 'path': '/gone'},"
            + "{'op': 'replace', 'path': '/title/en', 'value': 'New'},"
            + "{'op': 'replace', 'path': '/a~1b', 'value': 3},"
            + "{'op': 'add', 'path': '/state', 'value': 'submitted'}]}"),
        JsonPatch.toJson(JsonPatch.diff(a, b)));
  }

  @Test
  void removingFromTheMiddleOfAnArrayUsesTheCurrentIndex() {
    JsonNode a = json("[1, 2, 3, 4, 5]");
    JsonNode b = json("[1, 3, 5, 6]");
    List<JsonPatchOperation> ops = JsonPatch.diff(a, b);
    assertEquals(json("{'changes': [{'op': 'remove', 'path': '/1'}, {'op': 'remove', 'path': '/2'},"
        + " {'op': 'add', 'path': '/3', 'value': 6}]}"), JsonPatch.toJson(ops));
    assertEquals(b, JsonPatch.apply(a, ops));
  }

  @Test
  void differentTypesAtTheRootAreOneReplaceOfTheWholeDocument() {
    List<JsonPatchOperation> ops = JsonPatch.diff(json("[1]"), json("{'x': 1}"));
    assertEquals(1, ops.size());
    assertEquals(ChangeOperation.REPLACE, ops.get(0).op());
    assertEquals("", ops.get(0).path());
  }

  /** RFC 6902 Appendix A.1, A.2, A.3, A.4, A.5 and A.16 (https://www.rfc-editor.org/rfc/rfc6902#appendix-A). */
  @Test
  void appliesTheRfc6902Examples() {
    assertEquals(json("{'baz': 'qux', 'foo': 'bar'}"),
        JsonPatch.apply(json("{'foo': 'bar'}"), JsonPatch.fromJson(json("[{'op': 'add', 'path': '/baz', 'value': 'qux'}]"))));
    assertEquals(json("{'foo': ['bar', 'qux', 'baz']}"),
        JsonPatch.apply(json("{'foo': ['bar', 'baz']}"), JsonPatch.fromJson(json("[{'op': 'add', 'path': '/foo/1', 'value': 'qux'}]"))));
    assertEquals(json("{'foo': 'bar'}"),
        JsonPatch.apply(json("{'baz': 'qux', 'foo': 'bar'}"), JsonPatch.fromJson(json("[{'op': 'remove', 'path': '/baz'}]"))));
    assertEquals(json("{'foo': ['bar', 'baz']}"),
        JsonPatch.apply(json("{'foo': ['bar', 'qux', 'baz']}"), JsonPatch.fromJson(json("[{'op': 'remove', 'path': '/foo/1'}]"))));
    assertEquals(json("{'baz': 'boo', 'foo': 'bar'}"),
        JsonPatch.apply(json("{'baz': 'qux', 'foo': 'bar'}"), JsonPatch.fromJson(json("[{'op': 'replace', 'path': '/baz', 'value': 'boo'}]"))));
    assertEquals(json("{'foo': ['bar', ['abc', 'def']]}"),
        JsonPatch.apply(json("{'foo': ['bar']}"), JsonPatch.fromJson(json("[{'op': 'add', 'path': '/foo/-', 'value': ['abc', 'def']}]"))));
  }

  @Test
  void operationsThatDoNotApplyAreRefusedWithTheirPath() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JsonPatch.apply(json("{'foo': 'bar'}"), JsonPatch.fromJson(json("[{'op': 'remove', 'path': '/baz'}]"))));
    assertTrue(e.getMessage().contains("\"/baz\""), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> JsonPatch.apply(json("[1, 2]"), JsonPatch.fromJson(json("[{'op': 'replace', 'path': '/2', 'value': 0}]"))));
    assertTrue(e.getMessage().contains("[0, 1] but was 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> JsonPatch.apply(json("[1]"), JsonPatch.fromJson(json("[{'op': 'add', 'path': '/01', 'value': 0}]"))));
    assertThrows(IllegalArgumentException.class, () -> JsonPatch.fromJson(json("[{'op': 'move', 'path': '/a', 'from': '/b'}]")));
    assertThrows(IllegalArgumentException.class, () -> JsonPatch.fromJson(json("[{'op': 'add', 'path': '/a'}]")));
  }

  @Test
  void revertNeedsPreviousValues() {
    List<JsonPatchOperation> plain = JsonPatch.fromJson(json("[{'op': 'remove', 'path': '/a'}]"));
    assertThrows(IllegalArgumentException.class, () -> JsonPatch.revert(json("{}"), plain));
  }

  @Test
  void pointerTokensAreUnescaped() {
    assertEquals(List.of("a/b", "m~n", "", "0"), JsonPatch.tokens("/a~1b/m~0n//0"));
    assertEquals(List.of(), JsonPatch.tokens(""));
    assertThrows(IllegalArgumentException.class, () -> JsonPatch.tokens("a"));
    assertThrows(IllegalArgumentException.class, () -> JsonPatch.tokens("/a~2"));
  }
}
