// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.accessibility.AccessibilityTemplate;
import org.civicplan.accessibility.Compliance;
import org.civicplan.accessibility.RemediationEstimate;
import org.civicplan.accessibility.RemediationPlan;
import org.civicplan.accessibility.RemediationProgramme;
import org.civicplan.accessibility.RemediationReport;
import org.civicplan.accessibility.RemediationRequest;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.strategy.Strategy;

/**
 * Demo stage: the remediation programme of the illustrative accessibility strategy ({@code
 * accessibility-strategy.json}, invented audits and estimates): decided again from the estimates
 * it stores and compared with what it stores, printed as a table (rank, element, what fails, cost
 * per year, selected or why not) and written as {@code remediation.md} in the demo's language.
 * Deterministic; skipped when the accessibility template is not installed.
 */
final class RemediationStage implements DemoStage {

  static final String FILE = "/demo/accessibility-strategy.json";

  @Override
  public void run(Context c, int step) throws IOException {
    var o = c.printer();
    Locale loc = c.locale();
    boolean ro = loc.getLanguage().equals("ro");
    if (!c.templates().ids().contains(AccessibilityTemplate.ID)) {
      o.println(step + (ro ? ". Program de remediere: omis — șablonul accessibility nu este instalat"
          : ". Remediation programme: skipped — the accessibility template is not installed"));
      return;
    }
    String text;
    try (InputStream in = RemediationStage.class.getResourceAsStream(FILE)) {
      text = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ReadResult read = text == null ? null : c.documents().read(text, DocumentFormat.JSON);
    if (read == null || read.strategy().isEmpty()) {
      o.println(step + ". Remediation programme: skipped — " + FILE + " is missing or unreadable in this build");
      return;
    }
    Strategy s = read.strategy().get();
    AccessibilityTemplate template = (AccessibilityTemplate) c.templates().get(AccessibilityTemplate.ID);
    RemediationReport report = new RemediationReport(s, Compliance.of(template.criteria(), template.parameters()),
        template.remediationCriteria());
    if (report.programmes().isEmpty()) {
      o.println(step + ". Remediation programme: the accessibility sample has none");
      return;
    }
    RemediationProgramme p = report.programmes().get(0);
    boolean same = again(template, s, p).map(p::equals).orElse(false);
    long selected = p.candidates().stream().filter(x -> p.isSelected(x.id())).count();
    o.println(step + (ro
        ? ". Program de remediere a barierelor de accesibilitate (audituri și estimări ilustrative): "
            + p.candidates().size() + " elemente neconforme, " + selected + " selectate în bugetul anual; "
            + "recalculat din estimări: " + (same ? "identic" : "DIFERIT")
        : ". Accessibility remediation programme (illustrative audits and estimates): "
            + p.candidates().size() + " non-compliant elements, " + selected + " selected within the yearly budget; "
            + "decided again from the estimates: " + (same ? "identical" : "DIFFERENT")));
    for (String line : report.markdown(loc).split("\n")) {
      if (line.startsWith("| ") || line.startsWith("|---") || line.startsWith("Yearly budget") || line.startsWith("Bugetul anual")
          || line.startsWith("The selection") || line.startsWith("Selecția")) {
        o.println("   " + line.strip());
      }
      if (line.startsWith("### ")) {
        break;
      }
    }
    Path md = c.outDir().resolve("remediation.md");
    Files.writeString(md, report.markdown(loc), StandardCharsets.UTF_8);
    o.println("   " + (ro ? "scris " : "wrote ") + md);
  }

  /** The programme decided again from the estimates, budget, method and date it stores. */
  private static Optional<RemediationProgramme> again(AccessibilityTemplate template, Strategy s, RemediationProgramme p) {
    List<RemediationEstimate> estimates = new ArrayList<>();
    for (RemediationProgramme.Candidate x : p.candidates()) {
      estimates.add(new RemediationEstimate(x.audit(), x.element(), x.cost(), x.use(), x.proximity(), x.people()));
    }
    RemediationPlan plan = template.remediation().plan(s, new RemediationRequest(p.id(), estimates, p.budget(),
        RankingMethod.parse(p.decision().method(), p.decision().options()), p.decision().decidedOn()));
    return plan.programme();
  }
}
