// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.civicplan.alignment.FrameworkId;
import org.civicplan.report.AlignmentReport;
import org.civicplan.document.ReportJson;

/**
 * Demo stage: writes the alignment report of the sample as {@code alignment.md} (in the demo's
 * language) and {@code alignment.json}, over the frameworks {@code civicplan alignment} would
 * choose, says what it contains, and lists the served reference objectives with the local
 * objectives and actions that serve them, the gaps, and the local objectives aligned to nothing.
 */
final class AlignmentStage implements DemoStage {

  @Override
  public void run(Context c, int step) throws IOException {
    AlignmentReport report =
        AlignmentReport.of(c.strategy(), GovernanceOptions.defaultFrameworks(c.templates(), c.strategy()));
    Path md = c.outDir().resolve("alignment.md");
    Path json = c.outDir().resolve("alignment.json");
    Files.writeString(md, report.toMarkdown(c.locale()), StandardCharsets.UTF_8);
    Files.writeString(json, ReportJson.write(ReportJson.alignment(report)), StandardCharsets.UTF_8);
    c.printer().println(step + ". Alignment report: wrote " + md + " and " + json + " — " + summary(report));
    for (String line : servedLines(report)) {
      c.printer().println("   " + line);
    }
    if (!report.gaps().isEmpty()) {
      c.printer().println("   gaps: " + report.gaps().stream()
          .map(r -> r.framework() + " " + r.objective().id()).collect(Collectors.joining(", ")));
    }
    if (!report.unalignedObjectives().isEmpty()) {
      c.printer().println("   local objectives aligned to nothing: " + report.unalignedObjectives().stream()
          .map(o -> o.value()).collect(Collectors.joining(", ")));
    }
  }

  /**
   * One line per served reference objective, in report order: the local objectives and actions
   * serving it with the strength of each link, e.g. {@code sdg 11.7 <- OS-5.1 (direct)}.
   */
  static List<String> servedLines(AlignmentReport report) {
    return report.rows().stream().filter(r -> !r.isGap())
        .map(r -> r.framework() + " " + r.objective().id() + " <- " + java.util.stream.Stream
            .concat(r.objectiveLinks().stream(), r.actionLinks().stream())
            .map(l -> l.localId() + " (" + l.strength().kebab() + ")").collect(Collectors.joining(", ")))
        .toList();
  }

  /** One sentence on what the report contains. */
  static String summary(AlignmentReport report) {
    long links = report.rows().stream().mapToLong(r -> r.objectiveLinks().size() + r.actionLinks().size()).sum();
    return report.rows().size() + " reference objectives in " + report.frameworks().size() + " frameworks ("
        + report.frameworks().stream().map(FrameworkId::value).collect(Collectors.joining(", ")) + "), " + (report.rows().size() - report.gaps().size())
        + " served by " + links + " links, " + report.gaps().size() + " gaps; "
        + report.unalignedObjectives().size() + " local objectives aligned to nothing";
  }
}
