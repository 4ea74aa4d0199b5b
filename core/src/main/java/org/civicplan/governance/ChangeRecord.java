package org.civicplan.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a strategy's append-only change history: who changed the document, when, why,
 * and what changed.
 *
 * <p>Versions count from 1, the document before any recorded change; each record produces the
 * next version. A council decision names the version it approved ({@link
 * CouncilDecision#approvedVersion()}); later changes produce new versions, and the approved one
 * stays readable by undoing the later records' changes from the current document (each change
 * carries the value it replaced). {@code snapshot} can also name a copy kept by the host (e.g. a
 * SHA-256 of the document as written).
 *
 * @param version the version this change produced, at least 2
 * @param on when the change was made
 * @param author who made it; empty when not recorded
 * @param reason why
 * @param changes what changed, in the order they apply
 * @param snapshot an identifier or hash of the resulting document, when the host keeps one
 */
public record ChangeRecord(
    int version, LocalDate on, Optional<String> author, String reason, List<DocumentChange> changes, Optional<String> snapshot) {

  /**
   * @throws NullPointerException if an argument or a change is null
   * @throws IllegalArgumentException if the version is below 2
   */
  public ChangeRecord {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(reason, "reason");
    changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    Objects.requireNonNull(snapshot, "snapshot");
    if (version < 2) {
      throw new IllegalArgumentException("a change record produces version 2 or later but was " + version);
    }
  }

  /** Whether one of the changes touches the document at {@code path} or below it. */
  public boolean touches(String path) {
    return changes.stream().anyMatch(c -> c.path().equals(path) || c.path().startsWith(path + "/"));
  }

  /** The version of a document with this history: 1 plus the number of records, or the last record's version. */
  public static int currentVersion(List<ChangeRecord> history) {
    return history.isEmpty() ? 1 : history.get(history.size() - 1).version();
  }
}
