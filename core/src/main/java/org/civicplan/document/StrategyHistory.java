// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.governance.ChangeRecord;
import org.civicplan.strategy.Strategy;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The change history of strategy documents: the structured diff between two versions, the
 * recording of a change in the append-only history, and reading an earlier version (such as the
 * one a council approved) back from the current document.
 *
 * <p>Diffs are computed by {@link JsonPatch} on the JSON trees {@link StrategyDocuments} writes,
 * leaving out the {@code history} member itself (a history does not record itself).
 */
public final class StrategyHistory {

  private static final JsonMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final StrategyDocuments documents;

  private StrategyHistory(StrategyDocuments documents) {
    this.documents = documents;
  }

  /**
   * {@return the history functions over documents written and read by {@code documents}}
   *
   * @param documents the documents to write and read strategies with
   */
  public static StrategyHistory of(StrategyDocuments documents) {
    return new StrategyHistory(Objects.requireNonNull(documents, "documents"));
  }

  /**
   * {@return the JSON tree of {@code strategy} as written, without its history}
   *
   * @param strategy the strategy
   */
  public JsonNode tree(Strategy strategy) {
    ObjectNode tree = (ObjectNode) TREES.readTree(documents.write(strategy, DocumentFormat.JSON));
    tree.remove("history");
    return tree;
  }

  /**
   * {@return the operations that turn {@code before} into {@code after}; empty when they are the
   * same}
   *
   * @param before the earlier version
   * @param after the later version
   */
  public List<JsonPatchOperation> diff(Strategy before, Strategy after) {
    return JsonPatch.diff(tree(before), tree(after));
  }

  /**
   * {@code after} with {@code before}'s history and one more record: the changes from {@code
   * before}, who made them, when and why. The new record's version is one more than {@code
   * before}'s ({@link ChangeRecord#currentVersion}).
   *
   * @param before the earlier version
   * @param after the later version
   * @param on the date of the change
   * @param author who made the change
   * @param reason why it was made
   * @return {@code after} with its history extended by one record
   * @throws NullPointerException if an argument is null
   */
  public Strategy record(Strategy before, Strategy after, LocalDate on, String author, String reason) {
    return record(before, after, on, Optional.of(Objects.requireNonNull(author, "author")), reason);
  }

  /**
   * {@code after} with {@code before}'s history and one more record, with no author: as {@link
   * #record(Strategy, Strategy, LocalDate, String, String)} otherwise.
   *
   * @param before the earlier version
   * @param after the later version
   * @param on the date of the change
   * @param reason why it was made
   * @return {@code after} with its history extended by one record
   * @throws NullPointerException if an argument is null
   */
  public Strategy record(Strategy before, Strategy after, LocalDate on, String reason) {
    return record(before, after, on, Optional.empty(), reason);
  }

  private Strategy record(Strategy before, Strategy after, LocalDate on, Optional<String> author, String reason) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reason, "reason");
    List<ChangeRecord> history = new ArrayList<>(before.history());
    history.add(new ChangeRecord(ChangeRecord.currentVersion(before.history()) + 1, on, author, reason,
        JsonPatch.toChanges(diff(before, after)), Optional.empty()));
    return after.toBuilder().history(history).build();
  }

  /**
   * The document as it was at {@code version}: the current document with the changes of every
   * later record undone, and the history up to that version.
   *
   * @param current the current document, with its history
   * @param version the version to restore, from 1
   * @return the earlier document, or the problems reading it when the undone tree is not a valid
   *     document
   * @throws IllegalArgumentException if the version is below 1 or above the current version, or
   *     the recorded changes do not undo on this document (it was changed without recording)
   */
  public ReadResult version(Strategy current, int version) {
    int latest = ChangeRecord.currentVersion(current.history());
    if (version < 1 || version > latest) {
      throw new IllegalArgumentException("version must be in [1, " + latest + "] but was " + version);
    }
    JsonNode tree = tree(current);
    List<ChangeRecord> kept = new ArrayList<>();
    List<ChangeRecord> records = current.history();
    for (int i = records.size() - 1; i >= 0; i--) {
      if (records.get(i).version() > version) {
        tree = JsonPatch.revert(tree, JsonPatch.fromChanges(records.get(i).changes()));
      }
    }
    records.stream().filter(r -> r.version() <= version).forEach(kept::add);
    ReadResult read = documents.read(tree.toString(), DocumentFormat.JSON);
    if (!read.isSuccess()) {
      return read;
    }
    return ReadResult.of("(version " + version + ")", read.orElseThrow().toBuilder().history(kept).build());
  }
}
