package org.civicplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.alignment.AlignmentReport;
import org.civicplan.document.ReportJson;

/**
 * Demo stage: writes the alignment report of the sample as {@code alignment.md} (in the demo's
 * language) and {@code alignment.json}, over the frameworks {@code civicplan alignment} would
 * choose, and says what it contains.
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
  }

  /** One sentence on what the report contains. */
  static String summary(AlignmentReport report) {
    long links = report.rows().stream().mapToLong(r -> r.objectiveLinks().size() + r.actionLinks().size()).sum();
    return report.rows().size() + " reference objectives in " + report.frameworks().size() + " frameworks ("
        + String.join(", ", report.frameworks()) + "), " + (report.rows().size() - report.gaps().size())
        + " served by " + links + " links, " + report.gaps().size() + " gaps; "
        + report.unalignedObjectives().size() + " local objectives aligned to nothing";
  }
}
