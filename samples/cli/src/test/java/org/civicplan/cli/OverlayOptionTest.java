// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --overlay} on {@code new} and {@code validate}: a municipality adapts a template as data. */
class OverlayOptionTest {

  @TempDir Path dir;

  @Test
  void new_withOverlay_dropsThePillarAndRenames() throws IOException {
    Path overlay = dir.resolve("lugoj.yaml");
    Files.writeString(overlay, """
        template: climate
        objectives:
          remove: [OG-5]
          change:
            - id: OG-1
              title:
                ro: Reducerea emisiilor în Lugoj
        """);
    Path out = dir.resolve("draft.json");
    CliRun run = CliRun.of("new", "--template", "climate", "--municipality", "Lugoj", "--from", "2026",
        "--to", "2030", "--overlay", overlay.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    String draft = Files.readString(out);
    assertFalse(draft.contains("\"OG-5\""), draft);
    assertTrue(draft.contains("Reducerea emisiilor în Lugoj"), draft);
    CliRun validate = CliRun.of("validate", out.toString(), "--overlay", overlay.toString());
    assertEquals(0, validate.exitCode(), validate.toString());
  }

  @Test
  void overlayWithUnknownObjective_exits2_withLineColumnAndCode() throws IOException {
    Path overlay = dir.resolve("bad.yaml");
    Files.writeString(overlay, """
        template: climate
        objectives:
          remove: [OG-99]
        """);
    CliRun run = CliRun.of("new", "--template", "climate", "--municipality", "Lugoj", "--from", "2026",
        "--to", "2030", "--overlay", overlay.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("bad.yaml:3:"), run.toString());
    assertTrue(run.err().contains("overlay.objective.unknown"), run.toString());
    assertTrue(run.err().contains("OG-99"), run.toString());
  }

  @Test
  void overlayForATemplateNotInstalled_exits2() throws IOException {
    Path overlay = dir.resolve("heat.yaml");
    Files.writeString(overlay, "template: heat\n");
    CliRun run = CliRun.of("validate", "../data/climate-strategy.json", "--overlay", overlay.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("not installed"), run.toString());
  }
}
