// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.accessibility.AccessibilityAudit;
import org.civicplan.accessibility.AccessibilityTemplate;
import org.civicplan.accessibility.AuditReport;
import org.civicplan.accessibility.Compliance;
import org.civicplan.accessibility.CriterionResult;
import org.civicplan.accessibility.RemediationProgramme;
import org.civicplan.accessibility.RemediationReport;
import org.civicplan.accessibility.Score;
import org.civicplan.base.Money;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.strategy.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code civicplan audit}: the accessibility audits of a strategy and their compliance scores, or
 * with {@code --programme} its remediation programme.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Render the accessibility audits of a strategy and their compliance scores.",
      "Each audited element is listed with its criteria evaluated and its score, then the scores per",
      "works project, street and district. Works with a strategy of any template.",
      "With --programme, render instead the remediation programme stored in the strategy: each",
      "non-compliant element ranked, with what fails, its cost per year, and whether it was selected",
      "within the yearly budget (with its years) or why not."
    },
    footerHeading = "%nExample:%n",
    footer = "  civicplan audit samples/data/accessibility-strategy.json --format html --locale ro")
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the strategy document")
  Path file;

  @Option(names = "--format", defaultValue = "markdown", description = "markdown, json or html (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--programme", description = "render the remediation programme instead of the audits")
  boolean programme;

  @Option(names = "--locale", defaultValue = "en", description = "language of the report, a BCP 47 tag: ro gives Romanian, any other English (default: ${DEFAULT-VALUE})")
  String locale;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Cli.TemplateReport<AccessibilityTemplate>> input =
        Cli.templateReport(format, AccessibilityTemplate.ID, AccessibilityTemplate.class, file, err);
    if (input.isEmpty()) {
      return Civicplan.USAGE;
    }
    AccessibilityTemplate template = input.get().template();
    Strategy s = input.get().strategy();
    String f = input.get().format();
    Locale loc = Cli.locale(locale);
    if (programme) {
      RemediationReport r = new RemediationReport(s, Compliance.of(template.criteria(), template.parameters()),
          template.remediationCriteria());
      switch (f) {
        case "json" -> out.println(Cli.JSON.writeValueAsString(programmes(r, loc)));
        case "html" -> out.print(r.html(loc));
        default -> out.print(r.markdown(loc));
      }
      return Civicplan.OK;
    }
    AuditReport report = new AuditReport(s, Compliance.of(template.criteria(), template.parameters()));
    switch (f) {
      case "json" -> out.println(Cli.JSON.writeValueAsString(json(report, loc)));
      case "html" -> out.print(report.html(loc));
      default -> out.print(report.markdown(loc));
    }
    return Civicplan.OK;
  }

  private static ObjectNode json(AuditReport report, Locale locale) {
    ObjectNode root = Cli.JSON.createObjectNode();
    ArrayNode audits = root.putArray("audits");
    Compliance c = report.compliance();
    for (AccessibilityAudit a : report.audits()) {
      ObjectNode n = audits.addObject();
      n.put("id", a.id());
      a.action().ifPresent(x -> n.put("action", x.value()));
      score(n, c.score(a));
      ArrayNode elements = n.putArray("elements");
      for (AccessibilityAudit.Element e : a.elements()) {
        ObjectNode en = elements.addObject();
        en.put("id", e.id());
        en.put("type", e.type().label());
        en.put("name", e.name());
        e.remediation().ifPresent(r -> en.put("remediation", r.value()));
        score(en, c.score(e));
        ArrayNode criteria = en.putArray("criteria");
        for (CriterionResult r : c.evaluate(e)) {
          ObjectNode rn = criteria.addObject();
          rn.put("criterion", r.criterion().id());
          rn.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
          rn.put("critical", r.critical());
          r.threshold().ifPresent(t -> rn.put("threshold", t));
          r.observation().flatMap(AccessibilityAudit.Observation::measured).ifPresent(m -> rn.put("measured", m));
          r.observation().flatMap(AccessibilityAudit.Observation::present).ifPresent(p -> rn.put("present", p));
          rn.put("explanation", r.explanation().get(locale));
        }
      }
    }
    groups(root.putObject("byAction"), report.byAction());
    groups(root.putObject("byStreet"), report.byStreet());
    groups(root.putObject("byDistrict"), report.byDistrict());
    return root;
  }

  /** The programmes with exact values: amounts as decimals, scores and contributions unrounded. */
  private static ObjectNode programmes(RemediationReport report, Locale locale) {
    ObjectNode root = Cli.JSON.createObjectNode();
    ArrayNode programmes = root.putArray("programmes");
    for (RemediationProgramme p : report.programmes()) {
      PrioritisationRecord d = p.decision();
      ObjectNode n = programmes.addObject();
      n.put("id", p.id());
      n.put("decidedOn", d.decidedOn().toString());
      n.put("method", d.method());
      ObjectNode options = n.putObject("options");
      d.options().forEach(options::put);
      n.put("criteriaSet", d.criteriaSet().value());
      ObjectNode weights = n.putObject("weights");
      d.weights().forEach(weights::put);
      money(n.putObject("budget"), p.budget());
      p.selection().ifPresent(s -> {
        n.put("value", s.value());
        n.put("optimal", s.optimal());
        n.put("bound", s.bound());
        money(n.putObject("selectedCost"), s.cost());
      });
      ArrayNode candidates = n.putArray("candidates");
      for (RemediationProgramme.Candidate c : p.candidates()) {
        ObjectNode cn = candidates.addObject();
        cn.put("id", c.id().value());
        cn.put("audit", c.audit());
        cn.put("element", c.element());
        cn.put("name", c.name());
        p.ranked(c.id()).ifPresent(r -> {
          cn.put("rank", r.rank());
          cn.put("score", r.score());
          ObjectNode values = cn.putObject("values");
          r.values().forEach(values::put);
          ObjectNode contributions = cn.putObject("contributions");
          r.contributions().forEach(contributions::put);
        });
        ArrayNode failing = cn.putArray("failing");
        c.failing().forEach(failing::add);
        cn.put("barrier", c.barrier().name().toLowerCase(Locale.ROOT));
        money(cn.putObject("cost"), c.cost());
        cn.put("selected", p.isSelected(c.id()));
        p.selection().flatMap(s -> s.schedule().stream().filter(run -> run.action().equals(c.id())).findFirst())
            .ifPresent(run -> {
              cn.put("start", run.start());
              cn.put("end", run.end());
              cn.put("slip", run.slip());
            });
        c.remediation().ifPresent(a -> cn.put("remediation", a.value()));
        cn.put("decision", RemediationReport.decision(p, c, locale));
      }
    }
    return root;
  }

  private static void money(ObjectNode n, Map<Integer, Money> byYear) {
    byYear.forEach((y, m) -> {
      ObjectNode year = n.putObject(Integer.toString(y));
      year.put("amount", m.amount());
      year.put("currency", m.currency().getCurrencyCode());
    });
  }

  private static void score(ObjectNode n, Score s) {
    s.percent().ifPresentOrElse(p -> n.put("score", p), () -> n.putNull("score"));
    n.put("compliant", s.compliant());
    n.put("nonCompliant", s.nonCompliant());
    n.put("notApplicable", s.notApplicable());
    n.put("notMeasured", s.notMeasured());
  }

  private static <K> void groups(ObjectNode n, Map<K, Score> scores) {
    scores.forEach((k, s) -> score(n.putObject(k instanceof org.civicplan.base.ActionId id ? id.value() : k.toString()), s));
  }
}
