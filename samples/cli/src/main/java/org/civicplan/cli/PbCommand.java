// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.civicplan.cli.PrioritisationJson.MAPPER;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicplan.base.Finding;
import org.civicplan.participation.GroupShare;
import org.civicplan.participation.Pabulib;
import org.civicplan.participation.PabulibProblem;
import org.civicplan.participation.PabulibResult;
import org.civicplan.participation.PbInstance;
import org.civicplan.participation.PbOutcome;
import org.civicplan.participation.PbRule;
import org.civicplan.participation.PbRules;
import org.civicplan.participation.ProjectDecision;
import org.civicplan.participation.ProjectId;
import org.civicplan.participation.Rational;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code civicplan pb FILE.pb --rule greedy|mes|phragmen …}: runs a participatory-budgeting rule on
 * a pabulib file and prints the explained outcome. Exit 0 outcome printed, 1 the instance has errors
 * (a ballot naming an unknown project), 2 the file cannot be read or parsed, or wrong usage.
 */
@Command(
    name = "pb",
    mixinStandardHelpOptions = true,
    description = {
      "Run a participatory-budgeting rule (greedy, Method of Equal Shares, sequential Phragmén) on a pabulib .pb file.",
      "Greedy orders by approvals under --utility cost and by approvals per cost under --utility cardinality."
    },
    footerHeading = "%nExample:%n",
    footer = "  civicplan pb samples/data/pb-exemplu-2026.pb --rule mes --completion add1 --fill greedy --format text")
final class PbCommand implements Callable<Integer> {

  enum RuleName { GREEDY, MES, PHRAGMEN }

  enum UtilityName { COST, CARDINALITY }

  enum CompletionName {
    NONE("none"), ADD1("add1"), ADD1_EXHAUSTIVE("add1-exhaustive");

    final String label;

    CompletionName(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  enum FillName { NONE, GREEDY }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.pb", description = "The pabulib file.")
  Path file;

  @Option(names = "--rule", required = true, paramLabel = "greedy|mes|phragmen", description = "The rule.")
  RuleName rule;

  @Option(names = "--utility", defaultValue = "cost", paramLabel = "cost|cardinality",
      description = "The voters' utility (MES); the greedy order (greedy). Default: ${DEFAULT-VALUE}.")
  UtilityName utility;

  @Option(names = "--completion", defaultValue = "none", paramLabel = "none|add1|add1-exhaustive",
      converter = CompletionConverter.class, description = "How MES is completed. Default: ${DEFAULT-VALUE}.")
  CompletionName completion;

  @Option(names = "--increment", defaultValue = "1", paramLabel = "Q",
      description = "The raise of each voter's budget per step of the completion: a positive integer, decimal or p/q. Default: ${DEFAULT-VALUE}.")
  String increment;

  @Option(names = "--fill", defaultValue = "none", paramLabel = "greedy|none", description = "A utilitarian greedy fill after MES. Default: ${DEFAULT-VALUE}.")
  FillName fill;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|text", description = "Output format. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--locale", defaultValue = "en", paramLabel = "en|ro", description = "The language of the text format and of the findings' messages. Default: ${DEFAULT-VALUE}.")
  String locale;

  /** Lets --completion accept its kebab-case labels. */
  static final class CompletionConverter implements picocli.CommandLine.ITypeConverter<CompletionName> {
    @Override
    public CompletionName convert(String value) {
      for (CompletionName c : CompletionName.values()) {
        if (c.label.equalsIgnoreCase(value)) {
          return c;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("expected none, add1 or add1-exhaustive but was '" + value + "'");
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutputFormat fmt;
    Locale loc;
    PbRule r;
    try {
      if (!format.equals("json") && !format.equals("text")) {
        throw new IllegalArgumentException("--format must be json or text but was " + format);
      }
      fmt = OutputFormat.of(format);
      if (!locale.equals("en") && !locale.equals("ro")) {
        throw new IllegalArgumentException("--locale must be en or ro but was " + locale);
      }
      loc = Locale.forLanguageTag(locale);
      r = rule();
    } catch (IllegalArgumentException e) {
      err.println("civicplan: " + e.getMessage());
      return Civicplan.USAGE;
    }
    if (!Files.isRegularFile(file)) {
      err.println("civicplan: cannot read " + file + ": no such file");
      return Civicplan.USAGE;
    }
    PabulibResult read;
    try {
      read = Pabulib.read(file);
    } catch (UncheckedIOException e) {
      err.println("civicplan: cannot read " + file + ": " + e.getCause().getMessage());
      return Civicplan.USAGE;
    }
    if (read.instance().isEmpty()) {
      for (PabulibProblem p : read.problems()) {
        err.println("civicplan: " + file + ":" + p.line() + ":" + p.column() + ": " + p.message() + " (" + p.code() + ")");
      }
      return Civicplan.USAGE;
    }
    PbInstance instance = read.instance().get();
    List<Finding> findings = instance.findings();
    if (findings.stream().anyMatch(Finding::isError)) {
      long n = findings.stream().filter(Finding::isError).count();
      err.println("civicplan: " + file + " has " + n + " error(s); no rule was run");
      if (fmt == OutputFormat.JSON) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("findings", FindingJson.array(findings, loc));
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
      } else {
        findings.forEach(f -> out.println(Severities.label(f.severity(), loc) + " " + f.code() + " " + f.path() + " " + f.message(loc)));
      }
      out.flush();
      return Civicplan.INVALID;
    }
    PbOutcome outcome = PbRules.run(instance, r);
    if (fmt == OutputFormat.JSON) {
      out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(instance, outcome, findings, loc)));
    } else {
      out.print(text(instance, outcome, findings, loc));
    }
    out.flush();
    return Civicplan.OK;
  }

  private boolean given(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  private PbRule rule() {
    if (rule != RuleName.MES) {
      for (String o : List.of("--completion", "--increment", "--fill")) {
        if (given(o)) {
          throw new IllegalArgumentException(o + " applies to --rule mes only");
        }
      }
    }
    if (rule == RuleName.PHRAGMEN && given("--utility")) {
      throw new IllegalArgumentException("--utility applies to --rule mes and greedy only");
    }
    if (rule == RuleName.GREEDY) {
      return new PbRule.Greedy(utility == UtilityName.COST ? PbRule.GreedyOrder.APPROVALS : PbRule.GreedyOrder.APPROVALS_PER_COST);
    }
    if (rule == RuleName.PHRAGMEN) {
      return new PbRule.SequentialPhragmen();
    }
    Rational q = Rational.parse(increment);
    if (q.signum() <= 0) {
      throw new IllegalArgumentException("--increment must be positive but was " + increment);
    }
    PbRule.Completion c = switch (completion) {
      case NONE -> PbRule.Completion.none();
      case ADD1 -> new PbRule.Completion.Add1(q);
      case ADD1_EXHAUSTIVE -> new PbRule.Completion.Add1Exhaustive(q);
    };
    return new PbRule.EqualShares(
        utility == UtilityName.COST ? PbRule.Utility.COST : PbRule.Utility.CARDINALITY, c,
        fill == FillName.GREEDY ? PbRule.Fill.GREEDY : PbRule.Fill.NONE);
  }

  private String utilityLabel(PbOutcome o) {
    if (o.rule() instanceof PbRule.EqualShares s) {
      return s.utility().label();
    }
    if (o.rule() instanceof PbRule.Greedy g) {
      return g.order() == PbRule.GreedyOrder.APPROVALS ? "cost" : "cardinality";
    }
    return "none";
  }

  private static String completionLabel(PbOutcome o) {
    return o.rule() instanceof PbRule.EqualShares s ? s.completion().label() : "none";
  }

  /** Money and figures as exact decimal strings where finite, else as p/q. */
  private static String exact(Rational r) {
    return r.toPlainString();
  }

  ObjectNode json(PbInstance instance, PbOutcome o, List<Finding> findings, Locale loc) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("rule", o.rule().label());
    root.put("utility", utilityLabel(o));
    root.put("completion", completionLabel(o));
    root.put("budget", exact(o.budget()));
    ArrayNode sel = root.putArray("selected");
    o.selected().forEach(id -> sel.add(id.value()));
    root.put("totalCost", exact(o.totalCost()));
    ArrayNode ps = root.putArray("projects");
    for (ProjectDecision d : o.projects()) {
      ObjectNode p = ps.addObject();
      p.put("id", d.id().value());
      p.put("funded", d.funded());
      ObjectNode reason = p.putObject("reason");
      reason.put("en", d.reason().text().get(Locale.ENGLISH));
      reason.put("ro", d.reason().text().get(Locale.forLanguageTag("ro")));
      p.put("cost", exact(d.cost()));
      p.put("approvals", d.approvals());
      p.put("kind", d.reason().kind());
      ObjectNode figures = p.putObject("figures");
      d.reason().figures().forEach((k, v) -> figures.put(k, exact(v)));
    }
    root.set("findings", FindingJson.array(findings, loc));
    if (o.rule() instanceof PbRule.EqualShares s) {
      if (!(s.completion() instanceof PbRule.Completion.None)) {
        root.put("increment", increment());
      }
      root.put("fill", s.fill().label());
    }
    o.voterBudget().ifPresent(v -> root.put("voterBudget", exact(v)));
    if (o.rule() instanceof PbRule.EqualShares) {
      root.put("raises", o.raises());
    }
    ObjectNode prop = root.putObject("proportionality");
    prop.put("satisfiedShare", exact(o.proportionality().satisfiedShare()));
    ObjectNode cat = prop.putObject("budgetShareByCategory");
    o.proportionality().budgetShareByCategory().forEach((k, v) -> cat.put(k, exact(v)));
    ObjectNode tgt = prop.putObject("budgetShareByTarget");
    o.proportionality().budgetShareByTarget().forEach((k, v) -> tgt.put(k, exact(v)));
    o.proportionality().groupAttribute().ifPresent(a -> prop.put("groupAttribute", a));
    ArrayNode groups = prop.putArray("groups");
    for (GroupShare g : o.proportionality().groups()) {
      ObjectNode n = groups.addObject();
      n.put("group", g.group());
      n.put("voters", g.voters());
      n.put("voterShare", exact(g.voterShare()));
      n.put("satisfiedShare", exact(g.satisfiedShare()));
      n.put("approvedSpendShare", exact(g.approvedSpendShare()));
      n.put("equalSplitShare", exact(g.equalSplitShare()));
    }
    if (!instance.officialSelection().isEmpty()) {
      ArrayNode official = root.putArray("officialOutcome");
      instance.officialOutcome().forEach(id -> official.add(id.value()));
    }
    return root;
  }

  private String increment() {
    return Rational.parse(increment).toPlainString();
  }

  private String text(PbInstance instance, PbOutcome o, List<Finding> findings, Locale loc) {
    boolean ro = loc.getLanguage().equals("ro");
    StringBuilder s = new StringBuilder();
    s.append(ro ? "regula " : "rule ").append(o.rule().label());
    if (o.rule() instanceof PbRule.EqualShares es) {
      s.append(" (").append(ro ? "utilitate " : "utility ").append(es.utility().label())
          .append(ro ? ", completare " : ", completion ").append(es.completion().label());
      if (!(es.completion() instanceof PbRule.Completion.None)) {
        s.append(ro ? ", increment " : ", increment ").append(increment());
      }
      s.append(ro ? ", umplere " : ", fill ").append(es.fill().label()).append(')');
    } else if (o.rule() instanceof PbRule.Greedy g) {
      s.append(" (").append(ro ? "ordine " : "order ").append(g.order().label()).append(')');
    }
    s.append('\n');
    s.append(ro ? "buget " : "budget ").append(exact(o.budget())).append(ro ? ", cheltuit " : ", spent ").append(exact(o.totalCost()))
        .append(", ").append(o.selected().size()).append(ro ? " din " : " of ").append(o.projects().size())
        .append(ro ? " proiecte finanțate\n" : " projects funded\n");
    o.voterBudget().ifPresent(v -> s.append(ro ? "bugetul fiecărui votant: " : "each voter's budget: ").append(exact(v))
        .append(ro ? " (după " : " (after ").append(o.raises()).append(ro ? " creșteri)\n" : " raises)\n"));
    s.append(ro ? "finanțate, în ordine:\n" : "funded, in order:\n");
    int i = 0;
    for (ProjectId id : o.selected()) {
      ProjectDecision d = o.decision(id).orElseThrow();
      s.append("  ").append(++i).append(". ").append(id.value()).append(ro ? "  cost " : "  cost ").append(exact(d.cost()))
          .append(" — ").append(d.reason().text().get(loc)).append('\n');
    }
    s.append(ro ? "nefinanțate:\n" : "not funded:\n");
    for (ProjectDecision d : o.projects()) {
      if (!d.funded()) {
        s.append("  ").append(d.id().value()).append("  cost ").append(exact(d.cost())).append(" — ")
            .append(d.reason().text().get(loc)).append('\n');
      }
    }
    s.append(ro ? "votanți cu cel puțin un proiect aprobat finanțat: " : "voters with at least one approved project funded: ")
        .append(percent(o.proportionality().satisfiedShare())).append('\n');
    for (GroupShare g : o.proportionality().groups()) {
      s.append("  ").append(g.group()).append(": ").append(g.voters()).append(ro ? " votanți (" : " voters (")
          .append(percent(g.voterShare())).append(ro ? "), partea din cheltuieli la împărțire egală " : "), equal-split share of spending ")
          .append(percent(g.equalSplitShare())).append('\n');
    }
    for (Map.Entry<String, Rational> e : o.proportionality().budgetShareByCategory().entrySet()) {
      s.append(ro ? "  categoria " : "  category ").append(e.getKey()).append(": ").append(percent(e.getValue()))
          .append(ro ? " din buget\n" : " of the budget\n");
    }
    if (!instance.officialSelection().isEmpty()) {
      s.append(ro ? "rezultatul oficial din fișier: " : "official outcome in the file: ")
          .append(String.join(", ", instance.officialOutcome().stream().map(ProjectId::value).toList())).append('\n');
    }
    for (Finding f : findings) {
      s.append(Severities.label(f.severity(), loc)).append(' ').append(f.code()).append(' ').append(f.path()).append(' ').append(f.message(loc)).append('\n');
    }
    return s.toString();
  }

  private static String percent(Rational share) {
    return share.times(100).toDecimal(4).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
  }
}
