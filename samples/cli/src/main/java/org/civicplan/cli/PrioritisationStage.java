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
import org.civicplan.template.StrategyTemplate;
import org.civicplan.base.Finding;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Demo stage: ranks the sample's actions by TOPSIS on its template's {@code climate-default}
 * criteria with the illustrative scores in {@code action-scores-climate.csv}, selects the portfolio
 * of greatest value under an illustrative budget scenario (in each year 2024–2026, three quarters of
 * what the sample's budget lines plan), sequences it, and writes {@code prioritisation.json} (the
 * record kept with the strategy, and the findings) and {@code prioritisation.md} (in the demo's
 * language). Deterministic: a fixed decision date, no clock.
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

  @Override
  public void run(Context c, int step) throws IOException {
    Strategy s = c.strategy();
    Optional<CriteriaSet> criteria = c.templates().find(s.templateId()).stream()
        .map(StrategyTemplate::criteriaSets).flatMap(List::stream).filter(k -> k.id().equals(CRITERIA)).findFirst();
    String text;
    try (InputStream in = PrioritisationStage.class.getResourceAsStream(SCORES)) {
      text = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (criteria.isEmpty() || text == null) {
      c.printer().println(step + ". Prioritisation: skipped — the criteria set " + CRITERIA + " or " + SCORES
          + " is not in this build");
      return;
    }
    ActionScores.Parsed scores = ActionScores.parseCsv(text);
    StrategyRanking ranked = StrategyPrioritisation.rank(s, criteria.get(), scores.scores(), RankingMethod.topsis(), DECIDED_ON);
    List<Finding> findings = new ArrayList<>(scores.findings());
    findings.addAll(ranked.findings());
    if (ranked.record().isEmpty()) {
      c.printer().println(step + ". Prioritisation: not ranked — " + findings.size() + " findings");
      findings.forEach(f -> c.printer().println("   " + f.severity().label() + " " + f.code() + " at " + f.path() + ": " + f.message(c.locale())));
      return;
    }
    Map<Integer, Money> budget = scenario(s);
    StrategySelection chosen = StrategyPrioritisation.select(ranked.strategy(), ranked.record().get(), budget, SelectionOptions.defaults());
    findings.addAll(chosen.findings());
    PrioritisationRecord record = chosen.record().orElse(ranked.record().get());

    Path json = c.outDir().resolve("prioritisation.json");
    Path md = c.outDir().resolve("prioritisation.md");
    ObjectNode root = JSON.createObjectNode();
    root.put("illustrative", true);
    root.set("record", PrioritisationJson.MAPPER.readTree(JSON.writeValueAsString(record)));
    root.set("findings", FindingJson.array(findings, c.locale()));
    Files.writeString(json, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    Files.writeString(md, markdown(s, record, budget, findings, c.locale()), StandardCharsets.UTF_8);

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

  static String markdown(Strategy s, PrioritisationRecord r, Map<Integer, Money> budget, List<Finding> findings, Locale locale) {
    boolean ro = locale.getLanguage().equals("ro");
    StringBuilder b = new StringBuilder();
    b.append(ro ? "# Prioritizarea acțiunilor — date ilustrative\n\n" : "# Prioritisation of the actions — illustrative data\n\n");
    b.append(ro
        ? "Punctajele sunt inventate pentru demonstrație. Metoda: " + r.method() + " pe setul de criterii „" + r.criteriaSet()
            + "”, la data de " + r.decidedOn() + ".\n\n"
        : "The scores are invented for the demo. Method: " + r.method() + " on the criteria set \"" + r.criteriaSet()
            + "\", on " + r.decidedOn() + ".\n\n");
    b.append(ro ? "## Ponderi folosite\n\n| Criteriu | Pondere |\n|---|---|\n" : "## Weights used\n\n| Criterion | Weight |\n|---|---|\n");
    r.weights().forEach((k, v) -> b.append("| ").append(k).append(" | ").append(fmt(v)).append(" |\n"));
    b.append(ro ? "\n## Clasament\n\n| Loc | Acțiune | Titlu | Scor | Selectată | Perioadă |\n|---|---|---|---|---|---|\n"
        : "\n## Ranking\n\n| Rank | Action | Title | Score | Selected | Runs |\n|---|---|---|---|---|---|\n");
    for (PrioritisationRecord.RankedAction a : r.actions()) {
      String title = s.action(a.action()).map(x -> x.title().get(locale)).orElse("");
      boolean sel = r.selection().map(p -> p.selected().contains(a.action())).orElse(false);
      String run = r.selection().flatMap(p -> p.schedule().stream().filter(x -> x.action().equals(a.action())).findFirst())
          .map(x -> x.start() + "–" + x.end() + (x.slip() > 0 ? " (+" + x.slip() + ")" : "")).orElse("");
      b.append("| ").append(a.rank()).append(" | ").append(a.action().value()).append(" | ").append(title).append(" | ")
          .append(fmt(a.score())).append(" | ").append(sel ? (ro ? "da" : "yes") : (ro ? "nu" : "no")).append(" | ")
          .append(run).append(" |\n");
    }
    r.selection().ifPresent(p -> {
      b.append(ro ? "\n## Portofoliu\n\n" : "\n## Portfolio\n\n");
      b.append(ro ? "Buget (scenariu ilustrativ: 75 % din sumele planificate): " : "Budget (illustrative scenario: 75 % of the planned amounts): ")
          .append(budget.values()).append("\n\n");
      b.append(ro ? "Cost selecție: " : "Cost of the selection: ").append(p.cost().values()).append("\n\n");
      b.append(ro ? (p.optimal() ? "Selecția este optimă (demonstrat).\n" : "Selecția nu este demonstrat optimă; limita superioară " + fmt(p.bound()) + ".\n")
          : (p.optimal() ? "The selection is proven optimal.\n" : "The selection is not proven optimal; upper bound " + fmt(p.bound()) + ".\n"));
    });
    if (!findings.isEmpty()) {
      b.append(ro ? "\n## Constatări\n\n" : "\n## Findings\n\n");
      for (Finding f : findings) {
        b.append("- ").append(f.severity().label()).append(" `").append(f.code()).append("` ").append(f.message(locale)).append('\n');
      }
    }
    return b.toString();
  }

  private static String fmt(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }
}
