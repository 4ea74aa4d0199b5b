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
import org.civicplan.accessibility.Score;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code civicplan audit}: the accessibility audits of a strategy and their compliance scores. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Render the accessibility audits of a strategy and their compliance scores.",
      "Each audited element is listed with its criteria evaluated and its score, then the scores per",
      "works project, street and district. Works with a strategy of any template."
    },
    footerHeading = "%nExample:%n",
    footer = "  civicplan audit samples/data/accessibility-strategy.json --format html --locale ro")
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the strategy document")
  Path file;

  @Option(names = "--format", defaultValue = "markdown", description = "markdown, json or html (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--locale", defaultValue = "en", description = "language of the report, a BCP 47 tag: ro gives Romanian, any other English (default: ${DEFAULT-VALUE})")
  String locale;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("markdown") && !f.equals("md") && !f.equals("json") && !f.equals("html")) {
      err.println("civicplan: --format must be markdown, json or html but was \"" + format + "\"");
      return Civicplan.USAGE;
    }
    TemplateRegistry registry = Cli.templates();
    if (!registry.ids().contains(AccessibilityTemplate.ID)) {
      err.println("civicplan: the accessibility template is not installed; add civicplan-templates-accessibility");
      return Civicplan.USAGE;
    }
    AccessibilityTemplate template = (AccessibilityTemplate) registry.get(AccessibilityTemplate.ID);
    StrategyDocuments docs = Cli.documents(registry);
    Optional<Strategy> s = Cli.read(docs, file, err);
    if (s.isEmpty()) {
      return Civicplan.USAGE;
    }
    Locale loc = Cli.locale(locale);
    AuditReport report = new AuditReport(s.get(), Compliance.of(template.criteria(), template.parameters()));
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
