// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Severity;
import org.civicplan.document.ReportJson;
import org.civicplan.planning.SelectionOptions;
import org.civicplan.planning.StrategyPrioritisation;
import org.civicplan.planning.StrategySelection;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.report.PriorityList;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code civicplan priorities FILE}: the strategy's actions in order of priority, the document a
 * city submits to its council ({@link PriorityList}), from a prioritisation record stored in the
 * strategy: the last one, or {@code --record N}. {@code --budget-scenario} selects again under
 * other yearly budgets before rendering (the strategy file is not changed). Markdown and HTML in
 * the language of {@code --locale}; JSON with exact values and a {@code findings} array of the one
 * shape. Exit 0 printed or written; 1 no record to render, or the selection under the scenario is
 * refused or infeasible; 2 a file cannot be read, {@code --record} names no record, a file would
 * be overwritten, or wrong usage.
 */
@Command(
    name = "priorities",
    mixinStandardHelpOptions = true,
    description = {
      "Print the actions of a strategy in order of priority, as the city submits them to its council.",
      "From a prioritisation record stored in the strategy (the last one, or --record N): rank, name,"
          + " score by criterion, cost per year, funding, whether selected under the budget and why, the"
          + " method and the weights used, and how stable the first places are when one weight changes.",
      "--budget-scenario FILE selects again under other yearly budgets before printing; the file is a"
          + " JSON object {\"budget\": {\"2026\": 1000000, \"2027\": 800000}} as in select's problem files,"
          + " with an optional \"currency\" (RON when absent); its other members (projects...) are not"
          + " used: the candidates are the strategy's ranked actions. The strategy file is not changed."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the list is printed (or written to --out)",
      "1:the strategy has no prioritisation record, or the selection under --budget-scenario is refused or infeasible",
      "2:a file cannot be read, --record names no record, --out would overwrite a file, or wrong usage"
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan priorities samples/data/climate-priorities.json --locale ro \\",
      "      --format html --out priorities.html"
    })
final class PrioritiesCommand implements Callable<Integer> {

  /** Warning: the record's criteria set is not in the installed template; no stability section. */
  static final String CRITERIA_SET_UNKNOWN = "priorities.criteria-set.unknown";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the strategy document (JSON or YAML) with its prioritisation records")
  Path file;

  @Option(names = "--format", defaultValue = "markdown", converter = PageFormat.Converter.class,
      description = "markdown, json or html (default: ${DEFAULT-VALUE})")
  PageFormat format;

  @Option(names = "--locale", defaultValue = "en",
      description = "language of the list and of the finding messages, a BCP 47 tag: ro gives Romanian, any other English (default: ${DEFAULT-VALUE})")
  String locale;

  @Option(names = "--record", paramLabel = "N",
      description = "the record to render, 1 for the strategy's first prioritisation record (default: the last)")
  Optional<Integer> record;

  @Option(names = "--budget-scenario", paramLabel = "FILE",
      description = "select again under these yearly budgets: {\"budget\": {\"2026\": 1000000}, \"currency\": \"RON\"}")
  Optional<Path> scenario;

  @Option(names = "--out", paramLabel = "FILE", description = "file to write; standard output if absent")
  Optional<Path> out;

  @Option(names = "--force", description = "overwrite --out if it exists")
  boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc;
    try {
      loc = Cli.locale(locale);
    } catch (IllegalArgumentException e) {
      err.println("civicplan: " + e.getMessage());
      return Civicplan.USAGE;
    }
    Optional<Map<Integer, Money>> budget = Optional.empty();
    if (scenario.isPresent()) {
      try {
        budget = Optional.of(budget(PrioritisationJson.MAPPER.readTree(InputFile.read(scenario.get()))));
      } catch (InputFile.Unreadable e) {
        err.println("civicplan: " + e.getMessage());
        return Civicplan.USAGE;
      } catch (JacksonException e) {
        err.println(JsonInput.describe(scenario.get(), e));
        return Civicplan.USAGE;
      } catch (IllegalArgumentException e) {
        err.println("civicplan: " + scenario.get() + ": " + e.getMessage());
        return Civicplan.USAGE;
      }
    }
    TemplateRegistry registry = Cli.templates();
    Optional<Strategy> read = Cli.read(Cli.documents(registry), file, err);
    if (read.isEmpty()) {
      return Civicplan.USAGE;
    }
    Strategy s = read.get();
    List<PrioritisationRecord> records = s.prioritisations();
    if (records.isEmpty()) {
      err.println("civicplan: " + file + ": " + Cli.say(loc,
          "the strategy has no prioritisation record; rank its actions first",
          "strategia nu are nicio înregistrare a prioritizării; ierarhizați mai întâi acțiunile"));
      return Civicplan.INVALID;
    }
    int index = record.orElse(records.size());
    if (index < 1 || index > records.size()) {
      err.println("civicplan: --record must be between 1 and " + records.size() + " (the prioritisation records of "
          + file + ") but was " + index);
      return Civicplan.USAGE;
    }
    PrioritisationRecord chosen = records.get(index - 1);
    List<Finding> findings = new ArrayList<>();
    if (budget.isPresent()) {
      StrategySelection selected = StrategyPrioritisation.select(s, chosen, budget.get(), SelectionOptions.defaults());
      findings.addAll(selected.findings());
      if (selected.record().isEmpty() || selected.hasErrors()) {
        report(findings, loc, err);
        err.println("civicplan: " + scenario.get() + ": " + Cli.say(loc,
            "no selection under this budget scenario; nothing printed",
            "nicio selecție în acest scenariu bugetar; nu s-a afișat nimic"));
        return Civicplan.INVALID;
      }
      chosen = selected.record().get();
    }
    Optional<CriteriaSet> criteria = criteriaSet(registry, s, chosen);
    if (criteria.isEmpty()) {
      String set = chosen.criteriaSet().value();
      String template = s.templateId().value();
      findings.add(new Finding(Severity.WARNING, CRITERIA_SET_UNKNOWN, "/prioritisations/" + (index - 1) + "/criteriaSet",
          LocalizedText.of(
              "The criteria set \"" + set + "\" is not among those of the installed template \"" + template
                  + "\": criteria are named by their ids and the list has no stability analysis.",
              "Setul de criterii „" + set + "” nu se află printre cele ale șablonului instalat „" + template
                  + "”: criteriile sunt numite prin codurile lor, iar lista nu are analiza stabilității.")));
    }
    PriorityList list = criteria.isPresent() ? PriorityList.of(s, chosen, criteria.get()) : PriorityList.of(s, chosen);
    String text = switch (format) {
      case MARKDOWN -> list.toMarkdown(loc);
      case HTML -> list.toHtml(loc);
      case JSON -> {
        ObjectNode root = ReportJson.priorityList(list);
        root.set("findings", FindingJson.array(findings, loc));
        yield ReportJson.write(root);
      }
    };
    if (format != PageFormat.JSON) {
      report(findings, loc, err);
    }
    if (out.isPresent()) {
      List<Path> inputs = new ArrayList<>(List.of(file));
      scenario.ifPresent(inputs::add);
      if (!Cli.write(out.get(), text, force, inputs, err)) {
        return Civicplan.USAGE;
      }
    } else {
      stdout.print(text);
      stdout.flush();
    }
    return Civicplan.OK;
  }

  /** Findings on standard error as {@code civicplan: FILE: severity code at path: message}, in the locale's language. */
  private void report(List<Finding> findings, Locale loc, PrintWriter err) {
    for (Finding f : findings) {
      err.println("civicplan: " + file + ": " + Severities.label(f.severity(), loc) + " " + f.code() + Cli.say(loc, " at ", " la ")
          + (f.path().isEmpty() ? "/" : f.path()) + ": " + f.message(loc));
    }
  }

  /** The criteria set the record ranked on, from the strategy's installed template. */
  static Optional<CriteriaSet> criteriaSet(TemplateRegistry registry, Strategy s, PrioritisationRecord r) {
    return registry.find(s.templateId()).stream().map(StrategyTemplate::criteriaSets).flatMap(List::stream)
        .filter(c -> c.id().equals(r.criteriaSet())).findFirst();
  }

  /**
   * The yearly budgets of a scenario file: {@code {"budget": {"2026": 1000000}, "currency":
   * "RON"}}.
   *
   * @throws IllegalArgumentException naming the member when the file is not such an object
   */
  static Map<Integer, Money> budget(JsonNode root) {
    if (!root.isObject()) {
      throw new IllegalArgumentException("the budget scenario must be a JSON object with \"budget\"");
    }
    JsonNode b = PrioritisationJson.required(root, "budget", "the budget scenario");
    if (!b.isObject() || b.isEmpty()) {
      throw new IllegalArgumentException("\"budget\" must be an object of yearly amounts, e.g. {\"2026\": 1000000}, but was " + b);
    }
    Currency currency = Money.RON;
    JsonNode c = root.get("currency");
    if (c != null) {
      currency = Money.currency(PrioritisationJson.text(c, "\"currency\""));
    }
    Map<Integer, Money> out = new TreeMap<>();
    for (String key : b.propertyNames()) {
      int year;
      try {
        year = Integer.parseInt(key);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("budget years must be years such as \"2026\" but one was \"" + key + "\"", e);
      }
      if (year < PlanDate.MIN_YEAR || year > PlanDate.MAX_YEAR) {
        throw new IllegalArgumentException("budget year must be in [" + PlanDate.MIN_YEAR + ", " + PlanDate.MAX_YEAR
            + "] but was " + year);
      }
      JsonNode v = b.get(key);
      if (!v.isNumber()) {
        throw new IllegalArgumentException("budget." + key + " must be a number but was " + v);
      }
      BigDecimal amount = v.decimalValue();
      out.put(year, Money.of(amount, currency));
    }
    return out;
  }
}
