// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReportJson;
import org.civicplan.report.TransparencyReport;
import org.civicplan.strategy.Strategy;

/**
 * Demo stage: the annual report on decisional transparency (Law 52/2003) of the year the demo looks
 * at, over the bundled sample strategies, written as {@code transparency-YEAR.md} (in the demo's
 * language), {@code .html} and {@code .json}; prints its totals.
 */
final class TransparencyStage implements DemoStage {

  /** The bundled sample strategies: illustrative data, not official documents of any city. */
  static final List<String> SAMPLES = List.of("/demo/accessibility-strategy.json", "/demo/climate-strategy.json",
      "/demo/social-strategy.json", "/demo/sport-strategy.json");

  @Override
  public void run(Context c, int step) throws IOException {
    List<Strategy> strategies = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String name : SAMPLES) {
      try (InputStream in = TransparencyStage.class.getResourceAsStream(name)) {
        if (in == null) {
          skipped.add(name + " (missing from this build)");
          continue;
        }
        c.documents().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentFormat.JSON).strategy()
            .ifPresentOrElse(strategies::add, () -> skipped.add(name + " (does not read with the installed templates)"));
      }
    }
    Year year = Year.of(AS_OF.getYear());
    TransparencyReport report = TransparencyReport.of(strategies, year,
        s -> GovernanceOptions.terms(c.templates(), s), s -> GovernanceOptions.decisionRules(c.templates(), s));
    Path md = c.outDir().resolve("transparency-" + year + ".md");
    Path html = c.outDir().resolve("transparency-" + year + ".html");
    Path json = c.outDir().resolve("transparency-" + year + ".json");
    Files.writeString(md, report.toMarkdown(c.locale()), StandardCharsets.UTF_8);
    Files.writeString(html, report.toHtml(c.locale()), StandardCharsets.UTF_8);
    Files.writeString(json, ReportJson.write(ReportJson.transparency(report)), StandardCharsets.UTF_8);
    TransparencyReport.Counts t = report.totals();
    c.printer().println(step + ". Annual transparency report " + year + " over the " + strategies.size()
        + " sample strategies: " + t.draftsAnnounced() + " drafts announced, " + t.proposalsReceived()
        + " proposals received (" + t.accepted() + " accepted, " + t.partlyAccepted() + " partly accepted, "
        + t.rejected() + " rejected, " + t.unanswered() + " unanswered), " + t.debatesHeld() + " of "
        + t.debatesRequested() + " requested debates held, " + t.decisionsAdopted() + " council decisions, "
        + t.deadlinesMissed() + " legal terms missed");
    c.printer().println("   wrote " + md + ", " + html + " and " + json);
    for (String s : skipped) {
      c.printer().println("   skipped " + s);
    }
  }
}
