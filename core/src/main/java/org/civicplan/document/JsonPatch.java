package org.civicplan.document;

import org.civicplan.base.Pointer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.governance.ChangeOperation;
import org.civicplan.governance.DocumentChange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Structured differences between JSON trees as JSON Patch (RFC 6902) operations, with RFC 6901
 * JSON Pointer paths, and their application.
 *
 * <p>The law this class keeps: {@code apply(a, diff(a, b)).equals(b)} for any trees {@code a} and
 * {@code b}, and {@code revert(b, diff(a, b)).equals(a)}. Operations apply in order, each to the
 * result of the previous one (RFC 6902 §3), so array indices in later operations count the
 * elements as earlier operations left them.
 *
 * <p>How {@link #diff} reads a change: members of objects are removed, added or compared
 * recursively (removals first, in the source's member order, then the target's members in its
 * order); arrays are compared through a longest common subsequence of equal elements, so an
 * element inserted at the front gives one {@code add}, not a replacement of every element; an
 * element that changed in place is compared recursively; values of different types are replaced.
 * Identical trees give no operation. Deterministic: the same trees give the same operations.
 *
 * <p>Numbers compare as Jackson compares nodes: {@code 1} and {@code 1.0} differ.
 */
public final class JsonPatch {

  /** Above this many cells the array comparison falls back to comparing index by index. */
  private static final long LCS_LIMIT = 4_000_000L;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonPatch() {}

  /**
   * The operations that turn {@code source} into {@code target}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<JsonPatchOperation> diff(JsonNode source, JsonNode target) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    List<JsonPatchOperation> out = new ArrayList<>();
    diff(source, target, "", out);
    return List.copyOf(out);
  }

  /**
   * Applies {@code operations} in order to a copy of {@code document}.
   *
   * @return the patched copy; {@code document} is not changed
   * @throws IllegalArgumentException naming the operation, its path and what was wrong when an
   *     operation does not apply (missing member, index out of range, removing the whole document)
   */
  public static JsonNode apply(JsonNode document, List<JsonPatchOperation> operations) {
    JsonNode root = document.deepCopy();
    for (JsonPatchOperation op : operations) {
      root = applyOne(root, op);
    }
    return root;
  }

  /**
   * Undoes {@code operations}: applies their inverses in reverse order to a copy of {@code
   * document}, so that {@code revert(apply(a, ops), ops)} gives {@code a}.
   *
   * @throws IllegalArgumentException if a remove or replace does not know its previous value, or
   *     an inverse does not apply
   */
  public static JsonNode revert(JsonNode document, List<JsonPatchOperation> operations) {
    List<JsonPatchOperation> inverse = new ArrayList<>();
    for (JsonPatchOperation op : operations) {
      inverse.add(switch (op.op()) {
        case ADD -> JsonPatchOperation.remove(op.path(), op.value().orElseThrow());
        case REMOVE -> JsonPatchOperation.add(op.path(), previousOf(op));
        case REPLACE -> JsonPatchOperation.replace(op.path(), previousOf(op), op.value().orElseThrow());
      });
    }
    Collections.reverse(inverse);
    return apply(document, inverse);
  }

  /**
   * The operations as {@code {"changes": [{"op": "add", "path": "/…", "value": …}, …]}}: plain RFC
   * 6902 operations (previous values are left out) that any JSON Patch tool applies.
   */
  public static ObjectNode toJson(List<JsonPatchOperation> operations) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode changes = root.putArray("changes");
    for (JsonPatchOperation op : operations) {
      ObjectNode o = changes.addObject();
      o.put("op", op.op().rfcName());
      o.put("path", op.path());
      op.value().ifPresent(v -> o.set("value", v));
    }
    return root;
  }

  /**
   * Reads RFC 6902 operations from an array, or from the {@code changes} member of an object as
   * {@link #toJson} writes it. Only {@code add}, {@code remove} and {@code replace} are read.
   *
   * @throws IllegalArgumentException naming the index and the problem when an operation is not
   *     well formed or uses another operation
   */
  public static List<JsonPatchOperation> fromJson(JsonNode json) {
    JsonNode array = json.isObject() ? json.path("changes") : json;
    if (!array.isArray()) {
      throw new IllegalArgumentException("JSON Patch must be an array of operations or an object with a \"changes\" array");
    }
    List<JsonPatchOperation> ops = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode o = array.get(i);
      if (!o.isObject() || !o.path("op").isString() || !o.path("path").isString()) {
        throw new IllegalArgumentException("JSON Patch operation " + i + " must be an object with string \"op\" and \"path\" but was " + o);
      }
      ChangeOperation op = ChangeOperation.fromRfcName(o.get("op").asString());
      Optional<JsonNode> value = o.has("value") ? Optional.of(o.get("value")) : Optional.empty();
      if (op != ChangeOperation.REMOVE && value.isEmpty()) {
        throw new IllegalArgumentException("JSON Patch operation " + i + " (" + op.rfcName() + ") must have a \"value\"");
      }
      ops.add(new JsonPatchOperation(op, o.get("path").asString(),
          op == ChangeOperation.REMOVE ? Optional.empty() : value, Optional.empty()));
    }
    return List.copyOf(ops);
  }

  /** The operations as domain {@link DocumentChange}s, values written as compact JSON text. */
  public static List<DocumentChange> toChanges(List<JsonPatchOperation> operations) {
    return operations.stream()
        .map(op -> new DocumentChange(op.op(), op.path(), op.value().map(JsonPatch::text), op.previous().map(JsonPatch::text)))
        .toList();
  }

  /**
   * Domain {@link DocumentChange}s as operations.
   *
   * @throws IllegalArgumentException if a value is not JSON text
   */
  public static List<JsonPatchOperation> fromChanges(List<DocumentChange> changes) {
    return changes.stream()
        .map(c -> new JsonPatchOperation(c.op(), c.path(), c.value().map(JsonPatch::parse), c.previous().map(JsonPatch::parse)))
        .toList();
  }

  /**
   * The reference tokens of a JSON Pointer, unescaped.
   *
   * @throws IllegalArgumentException if the pointer is neither empty nor starts with {@code /}, or
   *     has a {@code ~} not followed by 0 or 1
   */
  public static List<String> tokens(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("JSON Pointer must be empty or start with '/' but was \"" + pointer + "\"");
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      if (raw.replace("~0", "").replace("~1", "").contains("~")) {
        throw new IllegalArgumentException("JSON Pointer \"" + pointer + "\" has '~' not followed by 0 or 1");
      }
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static void diff(JsonNode a, JsonNode b, String path, List<JsonPatchOperation> out) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      for (String name : a.propertyNames()) {
        if (!b.has(name)) {
          out.add(JsonPatchOperation.remove(path + "/" + Pointer.escape(name), a.get(name)));
        }
      }
      for (String name : b.propertyNames()) {
        String child = path + "/" + Pointer.escape(name);
        if (a.has(name)) {
          diff(a.get(name), b.get(name), child, out);
        } else {
          out.add(JsonPatchOperation.add(child, b.get(name)));
        }
      }
    } else if (a.isArray() && b.isArray()) {
      diffArrays(a, b, path, out);
    } else {
      out.add(JsonPatchOperation.replace(path, b, a));
    }
  }

  private static void diffArrays(JsonNode a, JsonNode b, String path, List<JsonPatchOperation> out) {
    int n = a.size();
    int m = b.size();
    if ((long) n * m > LCS_LIMIT) {
      int common = Math.min(n, m);
      for (int i = 0; i < common; i++) {
        diff(a.get(i), b.get(i), path + "/" + i, out);
      }
      for (int i = n - 1; i >= common; i--) {
        out.add(JsonPatchOperation.remove(path + "/" + i, a.get(i)));
      }
      for (int j = common; j < m; j++) {
        out.add(JsonPatchOperation.add(path + "/" + j, b.get(j)));
      }
      return;
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    int index = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        i++;
        j++;
        index++;
        continue;
      }
      List<Integer> removed = new ArrayList<>();
      List<Integer> added = new ArrayList<>();
      while ((i < n || j < m) && !(i < n && j < m && a.get(i).equals(b.get(j)))) {
        if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
          removed.add(i++);
        } else {
          added.add(j++);
        }
      }
      int paired = Math.min(removed.size(), added.size());
      for (int k = 0; k < paired; k++) {
        diff(a.get(removed.get(k)), b.get(added.get(k)), path + "/" + index, out);
        index++;
      }
      for (int k = paired; k < removed.size(); k++) {
        out.add(JsonPatchOperation.remove(path + "/" + index, a.get(removed.get(k))));
      }
      for (int k = paired; k < added.size(); k++) {
        out.add(JsonPatchOperation.add(path + "/" + index, b.get(added.get(k))));
        index++;
      }
    }
  }

  private static JsonNode applyOne(JsonNode root, JsonPatchOperation op) {
    List<String> tokens = tokens(op.path());
    if (tokens.isEmpty()) {
      if (op.op() == ChangeOperation.REMOVE) {
        throw refused(op, "the whole document cannot be removed");
      }
      return op.value().orElseThrow();
    }
    JsonNode parent = root;
    for (int t = 0; t < tokens.size() - 1; t++) {
      parent = child(parent, tokens.get(t), op);
    }
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof ObjectNode object) {
      boolean exists = object.has(last);
      switch (op.op()) {
        case ADD -> object.set(last, op.value().orElseThrow());
        case REMOVE -> {
          if (!exists) {
            throw refused(op, "member \"" + last + "\" does not exist");
          }
          object.remove(last);
        }
        case REPLACE -> {
          if (!exists) {
            throw refused(op, "member \"" + last + "\" does not exist");
          }
          object.set(last, op.value().orElseThrow());
        }
      }
    } else if (parent instanceof ArrayNode array) {
      if (op.op() == ChangeOperation.ADD) {
        int index = "-".equals(last) ? array.size() : index(last, array.size() + 1, op);
        array.insert(index, op.value().orElseThrow());
      } else {
        int index = index(last, array.size(), op);
        if (op.op() == ChangeOperation.REMOVE) {
          array.remove(index);
        } else {
          array.set(index, op.value().orElseThrow());
        }
      }
    } else {
      throw refused(op, "the parent is not an object or array");
    }
    return root;
  }

  private static JsonNode child(JsonNode parent, String token, JsonPatchOperation op) {
    if (parent.isObject()) {
      JsonNode c = parent.get(token);
      if (c == null) {
        throw refused(op, "member \"" + token + "\" does not exist");
      }
      return c;
    }
    if (parent.isArray()) {
      return parent.get(index(token, parent.size(), op));
    }
    throw refused(op, "\"" + token + "\" is below a value that is not an object or array");
  }

  private static int index(String token, int bound, JsonPatchOperation op) {
    if (!token.matches("0|[1-9][0-9]{0,8}")) {
      throw refused(op, "array index must be a non-negative integer without leading zeros but was \"" + token + "\"");
    }
    int index = Integer.parseInt(token);
    if (index >= bound) {
      throw refused(op, "array index must be in [0, " + (bound - 1) + "] but was " + index);
    }
    return index;
  }

  private static IllegalArgumentException refused(JsonPatchOperation op, String why) {
    return new IllegalArgumentException("cannot apply JSON Patch " + op.op().rfcName() + " at \"" + op.path() + "\": " + why);
  }

  private static JsonNode previousOf(JsonPatchOperation op) {
    return op.previous().orElseThrow(() -> new IllegalArgumentException(
        "cannot revert JSON Patch " + op.op().rfcName() + " at \"" + op.path() + "\": its previous value is not known"));
  }

  private static String text(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("change value must be JSON text but was \"" + json + "\"", e);
    }
  }
}
