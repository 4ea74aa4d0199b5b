package org.civicplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.document.ReportJson;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.ConsultationReport;
import org.civicplan.governance.ProposalDecision;

/**
 * Demo stage: writes the consultation report of the sample as {@code consultation-report.md} (in
 * the demo's language) and {@code consultation-report.json}, and says what it contains.
 */
final class ConsultationReportStage implements DemoStage {

  @Override
  public void run(Context c, int step) throws IOException {
    ConsultationReport report =
        ConsultationReport.of(c.strategy(), GovernanceOptions.terms(c.templates(), c.strategy()));
    Path md = c.outDir().resolve("consultation-report.md");
    Path json = c.outDir().resolve("consultation-report.json");
    Files.writeString(md, report.toMarkdown(c.locale()), StandardCharsets.UTF_8);
    Files.writeString(json, ReportJson.write(ReportJson.consultation(report)), StandardCharsets.UTF_8);
    c.printer().println(step + ". Consultation report: wrote " + md + " and " + json + " — " + summary(report));
  }

  /** One sentence on what the report contains. */
  static String summary(ConsultationReport report) {
    if (report.consultation().isEmpty()) {
      return "no public consultation recorded yet; the report says so";
    }
    Consultation k = report.consultation().get();
    return "consultation announced " + k.announcedOn() + ", proposals until " + k.proposalsUntil()
        + (k.closedOn().map(d -> ", closed " + d).orElse(", still open")) + "; "
        + report.received() + " proposals: " + report.count(ProposalDecision.ACCEPTED) + " accepted, "
        + report.count(ProposalDecision.PARTLY_ACCEPTED) + " partly accepted, "
        + report.count(ProposalDecision.REJECTED) + " rejected, " + report.unanswered() + " unanswered";
  }
}
