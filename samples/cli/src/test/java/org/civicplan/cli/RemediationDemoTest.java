// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remediation stage of {@code civicplan demo} on the bundled illustrative accessibility strategy. */
class RemediationDemoTest {

  @TempDir Path dir;

  @Test
  void demo_printsTheRemediationProgrammeOfTheAccessibilitySample() throws IOException {
    CliRun run = CliRun.of("demo", "--out", dir.resolve("a").toString());

    assertEquals(0, run.exitCode(), run.toString());
    // 5 non-compliant elements; selected: the crossing C-1 (2027), the hospital crossing X-1 and
    // the car park P-1 (2026), as RemediationTest hand-checks.
    assertTrue(run.out().contains(". Accessibility remediation programme (illustrative audits and estimates): "
        + "5 non-compliant elements, 3 selected within the yearly budget; decided again from the estimates: identical"), run.out());
    assertTrue(run.out().contains("   | 3 | Crossing at the county hospital | Depth of the tactile attention field in the direction "
        + "of travel (hinders access) | 2026: 40,000 RON | selected, works 2026 |"), run.out());
    assertTrue(run.out().contains("   Yearly budget: 2026: 100,000 RON; 2027: 200,000 RON"), run.out());
    assertTrue(Files.readString(dir.resolve("a/remediation.md")).startsWith("# Remediation programme — "));
  }

  @Test
  void demo_inRomanian_isTheSameEveryTime() throws IOException {
    CliRun first = CliRun.of("demo", "--out", dir.resolve("b").toString(), "--locale", "ro");
    CliRun second = CliRun.of("demo", "--out", dir.resolve("c").toString(), "--locale", "ro");

    assertEquals(0, first.exitCode(), first.toString());
    assertTrue(first.out().contains(". Program de remediere a barierelor de accesibilitate (audituri și estimări ilustrative): "
        + "5 elemente neconforme, 3 selectate în bugetul anual; recalculat din estimări: identic"), first.out());
    assertTrue(first.out().contains("| 2026: 90.000 RON | neselectat: portofoliul de valoare maximă"), first.out());
    assertEquals(Files.readString(dir.resolve("b/remediation.md")), Files.readString(dir.resolve("c/remediation.md")));
  }
}
