// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.social.AreaAnalysis;
import org.civicplan.social.Gaps;
import org.civicplan.social.ServicesMonitoringReport;
import org.civicplan.social.SocialTemplate;
import org.civicplan.social.TargetGroup;
import org.civicplan.strategy.Strategy;

/**
 * Demo stage: the bundled illustrative social services strategy {@value #SAMPLE} — its gaps per
 * target group, the summary of the services monitoring plan of the demo's year, and the
 * marginalised areas with their coverage by projects; writes {@code services-report.md} and {@code
 * areas.md} (in the demo's language) as {@code civicplan services-report} and {@code civicplan
 * areas} do. Skipped when the social template is not installed.
 */
final class SocialStage implements DemoStage {

  /** The bundled sample: illustrative data, not an official document of any city. */
  static final String SAMPLE = "/demo/social-strategy.json";

  @Override
  public void run(Context c, int step) throws IOException {
    PrintWriter o = c.printer();
    if (!c.templates().ids().contains(SocialTemplate.ID)) {
      o.println(step + ". Social services: the social template is not installed; skipped");
      return;
    }
    SocialTemplate template = (SocialTemplate) c.templates().get(SocialTemplate.ID);
    String text;
    try (InputStream in = SocialStage.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        o.println(step + ". Social services: the sample " + SAMPLE + " is missing from this build; skipped");
        return;
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ReadResult read = c.documents().read(text, DocumentFormat.JSON);
    if (read.strategy().isEmpty()) {
      o.println(step + ". Social services: the sample " + SAMPLE + " does not read; skipped");
      return;
    }
    Strategy s = read.strategy().get();
    Locale loc = c.locale();
    o.println(step + ". Social services: the illustrative sample \"" + s.title().get(loc) + "\"");
    Gaps gaps = Gaps.of(s.annexes(org.civicplan.social.SocialServices.class).get(0));
    o.println("   gaps (need / capacity / gap):");
    for (Gaps.Group g : gaps.groups()) {
      String name = template.targetGroups().stream().filter(t -> t.id().equals(g.targetGroup())).map(TargetGroup::name)
          .findFirst().map(n -> n.get(loc)).orElse(g.targetGroup());
      o.println("     " + name + ": " + g.need() + " / " + g.capacity() + " / " + g.gap() + " ("
          + percent(g.gapPercent(), loc) + " %)");
    }
    ServicesMonitoringReport report = template.servicesReport(s, AS_OF.getYear());
    ServicesMonitoringReport.Row t = report.total();
    o.println("   monitoring " + AS_OF.getYear() + ": " + t.visitsDone() + " of " + t.visitsPlanned() + " visits done, "
        + t.met() + " standards met, " + t.partlyMet() + " partly met, " + t.notMet() + " not met; "
        + t.recommendationsOpen() + " recommendations open");
    AreaAnalysis areas = template.areas(s);
    long marginalised = areas.areas().stream().filter(AreaAnalysis.RankedArea::marginalised).count();
    o.println("   areas: " + areas.areas().size() + " ranked, " + marginalised + " marginalised; without a project: "
        + (areas.uncovered().isEmpty() ? "none" : areas.uncovered().stream()
            .map(id -> areas.area(id).orElseThrow().area().name()).collect(Collectors.joining(", ")))
        + "; projects outside any disadvantaged area: " + areas.outside().size());
    Path services = c.outDir().resolve("services-report.md");
    Path areasFile = c.outDir().resolve("areas.md");
    Files.writeString(services, report.toMarkdown(loc), StandardCharsets.UTF_8);
    Files.writeString(areasFile, areas.toMarkdown(loc), StandardCharsets.UTF_8);
    o.println("   wrote " + services + " and " + areasFile);
  }

  private static String percent(java.math.BigDecimal value, Locale locale) {
    String text = value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    return Cli.romanian(locale) ? text.replace('.', ',') : text;
  }
}
