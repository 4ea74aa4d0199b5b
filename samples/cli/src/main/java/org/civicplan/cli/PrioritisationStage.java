// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.document.CivicplanJacksonModule;
import org.civicplan.prioritisation.ActionScores;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.PortfolioDecision;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.planning.SelectionOptions;
import org.civicplan.planning.StrategyPrioritisation;
import org.civicplan.planning.StrategyRanking;
import org.civicplan.planning.StrategySelection;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.base.Money;
import org.civicplan.strategy.Strategy;
import org.civicplan.report.PriorityList;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import java.util.function.Consumer;
import org.civicplan.base.Finding;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Demo stage: ranks the sample's actions by TOPSIS on its template's {@code climate-default}
 * criteria with the illustrative scores in {@code action-scores-climate.csv}, selects the portfolio
 * of greatest value under an illustrative budget scenario (in each year 2024–2026, three quarters of
 * what the sample's budget lines plan), sequences it, and writes {@code prioritisation.json} (the
 * record kept with the strategy, and the findings) and {@code prioritisation.md} (the council's
 * priority list, {@link PriorityList}, in the demo's language). Deterministic: a fixed decision
 * date, no clock.
 */
final class PrioritisationStage implements DemoStage {

  static final String SCORES = "/demo/action-scores-climate.csv";
  static final String CRITERIA = "climate-default";
  static final LocalDate DECIDED_ON = LocalDate.of(2024, 1, 15);
  static final List<Integer> YEARS = List.of(2024, 2025, 2026);
  static final BigDecimal SHARE = new BigDecimal("0.75");

  private static final JsonMapper JSON = JsonMapper.builder()
      .addModule(new CivicplanJacksonModule())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /**
   * What the stage decides on a strategy of the sample: the strategy with its record, the criteria
   * set, the record, the scenario budget and every finding.
   */
  record Outcome(Strategy strategy, CriteriaSet criteria, PrioritisationRecord record, Map<Integer, Money> budget,
      List<Finding> findings) {}

  /**
   * Ranks and selects {@code s} as the demo does; empty, with a line saying why, when this build
   * lacks the criteria set or the scores, or when the actions cannot be ranked.
   */
  static Optional<Outcome> decide(Strategy s, TemplateRegistry templates, Locale locale, Consumer<String> why) throws IOException {
    Optional<CriteriaSet> criteria = templates.find(s.templateId()).stream()
        .map(StrategyTemplate::criteriaSets).flatMap(List::stream).filter(k -> k.id().value().equals(CRITERIA)).findFirst();
    String text;
    try (InputStream in = PrioritisationStage.class.getResourceAsStream(SCORES)) {
      text = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (criteria.isEmpty() || text == null) {
      why.accept("skipped — the criteria set " + CRITERIA + " or " + SCORES + " is not in this build");
      return Optional.empty();
    }
    ActionScores.Parsed scores = ActionScores.parseCsv(text);
    StrategyRanking ranked = StrategyPrioritisation.rank(s, criteria.get(), scores.scores(), RankingMethod.topsis(), DECIDED_ON);
    List<Finding> findings = new ArrayList<>(scores.findings());
    findings.addAll(ranked.findings());
    if (ranked.record().isEmpty()) {
      why.accept("not ranked — " + findings.size() + " findings");
      findings.forEach(f -> why.accept("   " + f.severity().label() + " " + f.code() + " at " + f.path() + ": " + f.message(locale)));
      return Optional.empty();
    }
    Map<Integer, Money> budget = scenario(s);
    StrategySelection chosen = StrategyPrioritisation.select(ranked.strategy(), ranked.record().get(), budget, SelectionOptions.defaults());
    findings.addAll(chosen.findings());
    Strategy decided = chosen.record().isPresent() ? chosen.strategy() : ranked.strategy();
    PrioritisationRecord record = chosen.record().orElse(ranked.record().get());
    return Optional.of(new Outcome(decided, criteria.get(), record, budget, findings));
  }

  @Override
  public void run(Context c, int step) throws IOException {
    Optional<Outcome> outcome = decide(c.strategy(), c.templates(), c.locale(), line -> c.printer().println(
        line.startsWith("   ") ? line : step + ". Prioritisation: " + line));
    if (outcome.isEmpty()) {
      return;
    }
    Strategy s = outcome.get().strategy();
    PrioritisationRecord record = outcome.get().record();
    List<Finding> findings = outcome.get().findings();
    Path json = c.outDir().resolve("prioritisation.json");
    Path md = c.outDir().resolve("prioritisation.md");
    ObjectNode root = JSON.createObjectNode();
    root.put("illustrative", true);
    root.set("record", PrioritisationJson.MAPPER.readTree(JSON.writeValueAsString(record)));
    root.set("findings", FindingJson.array(findings, c.locale()));
    Files.writeString(json, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    Files.writeString(md, markdown(s, record, outcome.get().criteria(), c.locale()), StandardCharsets.UTF_8);

    var o = c.printer();
    o.println(step + ". Prioritisation (illustrative scores, TOPSIS on " + CRITERIA + "): wrote " + md + " and " + json);
    o.println("   top 3: " + String.join(", ", record.actions().stream().limit(3)
        .map(a -> a.rank() + ". " + a.action().value() + " (" + fmt(a.score()) + ")").toList()));
    Optional<PortfolioDecision> d = record.selection();
    if (d.isEmpty()) {
      o.println("   no feasible portfolio under the budget scenario");
      return;
    }
    PortfolioDecision p = d.get();
    o.println("   budget scenario: 75% of the planned spending in " + YEARS.get(0) + "–" + YEARS.get(YEARS.size() - 1)
        + " " + p.budget().values().stream().map(Money::toString).toList());
    o.println("   selected " + p.selected().size() + " of " + record.actions().size() + ": "
        + String.join(", ", p.selected().stream().map(ActionId::value).toList())
        + " — " + (p.optimal() ? "proven optimal" : "not proven optimal, bound " + fmt(p.bound()))
        + ", value " + fmt(p.value()));
    for (PrioritisationRecord.RankedAction a : record.actions()) {
      if (!p.selected().contains(a.action())) {
        o.println("   left out: " + a.action().value() + " (rank " + a.rank() + ") — " + leftOutWhy(s, a.action(), p));
      }
    }
    long slips = p.schedule().stream().filter(r -> r.slip() > 0).count();
    o.println("   sequencing: " + (slips == 0 && p.unscheduled().isEmpty()
        ? "every selected action starts when planned; nothing slips"
        : slips + " slip, " + p.unscheduled().size() + " unscheduled (see " + md.getFileName() + ")"));
  }

  /** Three quarters of what the sample's budget lines plan in each scenario year. */
  static Map<Integer, Money> scenario(Strategy s) {
    Map<Integer, BigDecimal> planned = new TreeMap<>();
    for (Action a : s.actions()) {
      for (BudgetLine l : a.budget()) {
        if (YEARS.contains(l.year())) {
          planned.merge(l.year(), l.planned().amount(), BigDecimal::add);
        }
      }
    }
    Map<Integer, Money> budget = new TreeMap<>();
    planned.forEach((y, v) -> budget.put(y, Money.of(v.multiply(SHARE), Money.RON)));
    return budget;
  }

  private static String leftOutWhy(Strategy s, ActionId id, PortfolioDecision p) {
    List<String> years = new ArrayList<>();
    Action a = s.action(id).orElseThrow();
    for (BudgetLine l : a.budget()) {
      if (p.budget().containsKey(l.year())) {
        BigDecimal left = p.budget().get(l.year()).amount().subtract(
            p.cost().getOrDefault(l.year(), Money.zero(Money.RON)).amount());
        if (l.planned().amount().compareTo(left) > 0) {
          years.add(l.year() + " needs " + l.planned() + ", " + left.toPlainString() + " left");
        }
      }
    }
    return years.isEmpty() ? "a better-valued combination uses the money" : "does not fit: " + String.join("; ", years);
  }

  /**
   * The council's priority list ({@link PriorityList}) of the record, under a line saying the
   * scores and the budget scenario are illustrative.
   */
  static String markdown(Strategy s, PrioritisationRecord r, CriteriaSet criteria, Locale locale) {
    String note = Cli.say(locale,
        "> Illustrative data: the scores are invented for the demo and the budget is a scenario (75 % of the planned amounts).\n\n",
        "> Date ilustrative: punctajele sunt inventate pentru demonstrație, iar bugetul este un scenariu (75 % din sumele planificate).\n\n");
    return note + PriorityList.of(s, r, criteria).toMarkdown(locale);
  }

  private static String fmt(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }
}
