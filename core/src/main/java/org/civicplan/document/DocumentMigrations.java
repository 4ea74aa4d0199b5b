// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.util.List;
import java.util.Optional;
import org.civicplan.strategy.Strategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place where a document tree of an older schema version is brought to the current
 * version ({@value Strategy#CURRENT_SCHEMA_VERSION}) before it is bound to a {@link Strategy}.
 *
 * <p>Every document carries {@code schemaVersion} as its first member. Reading checks it before
 * anything else: a missing or non-integer version, a version below 1, and a version newer than
 * this library reads are problems, because guessing the meaning of a newer document could change
 * its data silently.
 *
 * <p><b>Adding schema version N+1.</b> Raise {@code Strategy.CURRENT_SCHEMA_VERSION}, and add here
 * a step {@code migrateNToNPlus1(ObjectNode)} that rewrites the tree of version N (rename, move,
 * split members; fill defaults) and a case for it in {@link #migrate}. Steps run one after another,
 * so a version-1 document passes through every step. Each step gets a test with a version-N
 * document from {@code src/test/resources/org/civicplan/document/migrations/}.
 *
 * <p>Version 1 is the first and only version; there is nothing to migrate yet.
 */
final class DocumentMigrations {

  private DocumentMigrations() {}

  /**
   * The schema version of a document tree, or a message saying why it has none that can be read.
   */
  static VersionCheck check(JsonNode root) {
    JsonNode v = root.get("schemaVersion");
    int current = Strategy.CURRENT_SCHEMA_VERSION;
    if (v == null) {
      return VersionCheck.problem("missing", String.valueOf(current));
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      return VersionCheck.problem("not-integer", String.valueOf(current), v.toString());
    }
    int version = v.intValue();
    if (version < 1) {
      return VersionCheck.problem("not-integer", String.valueOf(current), String.valueOf(version));
    }
    if (version > current) {
      return VersionCheck.problem("newer", String.valueOf(version), String.valueOf(current));
    }
    return new VersionCheck(version, Optional.empty(), List.of());
  }

  /**
   * Migrates a document tree in place from {@code fromVersion} to the current version.
   *
   * @param root the document, of a version {@link #check} accepted
   * @param fromVersion its schema version
   * @return {@code root}, now of the current version
   */
  static ObjectNode migrate(ObjectNode root, int fromVersion) {
    int version = fromVersion;
    while (version < Strategy.CURRENT_SCHEMA_VERSION) {
      switch (version) {
        // case 1 -> migrate1To2(root);
        default -> throw new IllegalStateException(
            "no migration from schema version " + version + " to " + (version + 1));
      }
      // version++ once a step exists
    }
    root.put("schemaVersion", Strategy.CURRENT_SCHEMA_VERSION);
    return root;
  }

  /**
   * A schema version read from a document, or why none could be read: the variant of the {@code
   * document.schema-version} message and its arguments.
   */
  record VersionCheck(int version, Optional<String> problem, List<String> args) {
    static VersionCheck problem(String variant, String... args) {
      return new VersionCheck(0, Optional.of(variant), List.of(args));
    }
  }
}
