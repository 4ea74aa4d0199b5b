// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.monitoring.MonitoringReporter;
import org.civicplan.portfolio.CombinedRendering;
import org.civicplan.portfolio.CombinedReport;
import org.civicplan.portfolio.Portfolio;
import org.civicplan.portfolio.PortfolioValidator;

/**
 * The portfolio stage of {@code civicplan demo}: the illustrative city's integrated strategy with
 * its climate, accessibility, sport and social samples, checked together and reported as one view
 * (what {@code civicplan portfolio report} writes as {@code portfolio-report.md}).
 */
final class PortfolioStage implements DemoStage {

  /** The sample files, in the order of the portfolio; the integrated strategy first. */
  static final List<String> SAMPLES = List.of("integrated-strategy.json", "climate-strategy.json",
      "accessibility-strategy.json", "sport-strategy.json", "social-strategy.json");

  @Override
  public void run(Context c, int step) throws IOException {
    PrintWriter o = c.printer();
    List<Portfolio.Member> members = new ArrayList<>();
    for (String name : SAMPLES) {
      String text;
      try (InputStream in = PortfolioStage.class.getResourceAsStream("/demo/" + name)) {
        if (in == null) {
          o.println(step + ". City portfolio: the sample " + name + " is missing from this build; skipped");
          return;
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      ReadResult read = c.documents().read(text, DocumentFormat.JSON);
      if (read.strategy().isEmpty()) {
        o.println(step + ". City portfolio: the sample " + name + " does not read; skipped");
        return;
      }
      members.add(new Portfolio.Member(name, read.strategy().get()));
    }
    Portfolio portfolio = new Portfolio(members, List.of());
    long cross = PortfolioValidator.crossDocument().validate(portfolio).findings().size();
    CombinedReport report = CombinedReport.of(portfolio, MonitoringReporter.of(c.templates()), AS_OF);
    o.println(step + ". City portfolio: the integrated strategy and four sectoral strategies, "
        + cross + " cross-document finding(s)");
    o.println("   " + PortfolioCommand.summary(report, c.locale()));
    for (CombinedReport.DelegatedObjective d : report.delegated()) {
      o.println("     " + d.title().get(c.locale()) + " <- " + d.to());
    }
    Path file = c.outDir().resolve("portfolio-report.md");
    Files.writeString(file, CombinedRendering.markdown(report, c.locale()), StandardCharsets.UTF_8);
    o.println("   wrote " + file);
  }
}
