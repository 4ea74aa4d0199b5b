package org.civicplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.document.ReportJson;
import org.civicplan.governance.Consultation;
import org.civicplan.report.ConsultationReport;
import org.civicplan.governance.ProposalDecision;

/**
 * Demo stage: writes the consultation report of the sample as {@code consultation-report.md} (in
 * the demo's language) and {@code consultation-report.json}, says what it contains and lists the
 * proposals with their answers.
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
    for (String line : proposalLines(report)) {
      c.printer().println("   " + line);
    }
  }

  /**
   * One line per proposal of the reported consultation, in the order received: id, author, date,
   * the answer (or {@code unanswered}) and its justification.
   */
  static List<String> proposalLines(ConsultationReport report) {
    return report.consultation().map(Consultation::proposals).orElse(List.of()).stream()
        .map(p -> p.id() + " from " + p.author() + " (" + p.receivedOn() + "): "
            + p.answer().map(a -> a.decision().kebab() + " — " + a.justification()).orElse("unanswered"))
        .toList();
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
