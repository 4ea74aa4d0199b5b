// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.PortfolioDecision;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.report.PriorityList;
import org.civicplan.strategy.Strategy;

/**
 * The remediation programmes of a strategy ({@link RemediationProgramme} annexes) as tables for
 * readers, in Markdown or HTML, English or Romanian: per programme, each candidate in rank order
 * with its element, what fails, its cost per year and whether it was selected (with its years) or
 * why not; then the values and contributions per criterion that explain its rank. Names, not ids;
 * numbers in the reader's notation (Romanian: decimal comma, thousands with a point).
 *
 * <p>Why a candidate was not selected: when its cost in a year exceeds that year's whole budget,
 * the year is named; when all its costs fall outside the budget years, so it says; otherwise the
 * portfolio of greatest total value within the yearly budget leaves it out. A selected candidate
 * shows its planned years, and the delay when the sequencer had to start it late.
 *
 * <p>Immutable and thread-safe; the same strategy gives the same text.
 *
 * @param strategy the strategy
 * @param compliance the evaluation in force, for the names of the criteria that fail
 * @param criteria the criteria set ranked on, for the names of the ranking criteria
 */
public record RemediationReport(Strategy strategy, Compliance compliance, CriteriaSet criteria) {

  /**
   * Creates an instance from its components.
   *
   * @param strategy the strategy
   * @param compliance the evaluation in force
   * @param criteria the criteria set ranked on
   * @throws NullPointerException if an argument is null
   */
  public RemediationReport {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(compliance, "compliance");
    Objects.requireNonNull(criteria, "criteria");
  }

  /** {@return the programmes reported on, in document order} */
  public List<RemediationProgramme> programmes() {
    return Remediation.programmes(strategy);
  }

  /**
   * {@return the programme as a priority list, for the spreadsheet of priority lists: its
   * candidates in rank order, each named by its element, with its score, its cost per year and
   * whether it was selected and in which years} A candidate is not an action of the strategy, so
   * the list names no funding source and gives a candidate left out no shortfall; the reasons in
   * words stay in {@link #markdown} and {@link #html}. Criteria are named from {@link #criteria()}
   * when the programme ranked on that set.
   *
   * @param programme one of {@link #programmes()}
   * @throws NullPointerException if {@code programme} is null
   */
  public PriorityList priorityList(RemediationProgramme programme) {
    Objects.requireNonNull(programme, "programme");
    PrioritisationRecord d = programme.decision();
    PriorityList base = d.criteriaSet().equals(criteria.id())
        ? PriorityList.of(strategy, d, criteria) : PriorityList.of(strategy, d);
    Map<ActionId, RemediationProgramme.Candidate> byId = new HashMap<>();
    programme.candidates().forEach(c -> byId.put(c.id(), c));
    List<PriorityList.Entry> entries = new ArrayList<>();
    for (PriorityList.Entry e : base.entries()) {
      RemediationProgramme.Candidate c = byId.get(e.action());
      if (c == null) {
        entries.add(e);
        continue;
      }
      List<PriorityList.YearCost> cost = new ArrayList<>();
      c.cost().forEach((year, amount) -> cost.add(new PriorityList.YearCost(year, amount)));
      entries.add(new PriorityList.Entry(e.action(), LocalizedText.of(c.name(), c.name()), e.rank(), e.score(),
          e.values(), e.contributions(), cost, List.of(), e.decision()));
    }
    return new PriorityList(base.strategy(), base.title(), base.municipality(), base.decidedOn(), base.decidedBy(),
        base.reason(), base.method(), base.options(), base.criteriaSet(), base.criteriaSetName(), base.criteria(),
        entries, base.budget(), base.stability());
  }

  /** One row of the programme table, in the reader's language. */
  private record Row(String rank, String element, String fails, String cost, String decision) {}

  private static boolean ro(Locale locale) {
    return locale.getLanguage().equals("ro");
  }

  private static String label(String key, Locale locale, Object... args) {
    return Remediation.MESSAGES.text("label." + key, args).get(locale);
  }

  /**
   * {@return the decision on {@code c} in words: selected with its years, or why not}
   *
   * @param programme the programme
   * @param c one of its candidates
   * @param locale {@code ro} gives Romanian, any other language English
   */
  public static String decision(RemediationProgramme programme, RemediationProgramme.Candidate c, Locale locale) {
    Optional<PortfolioDecision> s = programme.selection();
    if (s.isPresent() && s.get().selected().contains(c.id())) {
      if (s.get().unscheduled().contains(c.id())) {
        return label("unscheduled", locale);
      }
      for (PortfolioDecision.PlannedRun run : s.get().schedule()) {
        if (run.action().equals(c.id())) {
          String years = run.start() == run.end() ? Integer.toString(run.start()) : run.start() + "–" + run.end();
          return run.slip() == 0 ? label("selected", locale, years) : label("selected.late", locale, years, Integer.toString(run.slip()));
        }
      }
      return label("unscheduled", locale);
    }
    SortedMap<Integer, Money> budget = programme.budget();
    boolean inside = false;
    for (Map.Entry<Integer, Money> cost : c.cost().entrySet()) {
      Money year = budget.get(cost.getKey());
      if (year == null) {
        continue;
      }
      inside = true;
      if (cost.getValue().amount().compareTo(year.amount()) > 0) {
        return label("over", locale, Integer.toString(cost.getKey()));
      }
    }
    return inside ? label("left-out", locale) : label("outside", locale);
  }

  private List<Row> rows(RemediationProgramme p, Locale locale) {
    List<Row> rows = new ArrayList<>();
    boolean ro = ro(locale);
    for (RemediationProgramme.Candidate c : p.candidates()) {
      String rank = p.ranked(c.id()).map(r -> Integer.toString(r.rank())).orElse("–");
      List<String> names = new ArrayList<>();
      for (String id : c.failing()) {
        names.add(compliance.criterion(id).map(k -> k.name().get(locale)).orElse(id));
      }
      String fails = String.join("; ", names) + " (" + label(c.barrier() == Barrier.BLOCKS ? "blocks" : "hinders", locale) + ")";
      List<String> costs = new ArrayList<>();
      c.cost().forEach((y, m) -> costs.add(y + ": " + money(m, ro)));
      String decision = decision(p, c, locale)
          + c.remediation().map(a -> "; " + label("remediation", locale, a.value())).orElse("");
      rows.add(new Row(rank, c.name(), fails, String.join("; ", costs), decision));
    }
    return rows;
  }

  private String weights(PrioritisationRecord d, Locale locale) {
    List<String> out = new ArrayList<>();
    d.weights().forEach((id, w) -> out.add(criterionName(id, locale) + " " + number(w * 100, ro(locale), 1) + " %"));
    return String.join(", ", out);
  }

  private String criterionName(String id, Locale locale) {
    return criteria.criteria().stream().filter(c -> c.id().equals(id)).findFirst()
        .map(Criterion::name).map(n -> n.get(locale)).orElse(id);
  }

  private static String method(String label, Locale locale) {
    boolean ro = ro(locale);
    return switch (label) {
      case "weighted-sum" -> ro ? "suma ponderată" : "weighted sum";
      case "topsis" -> "TOPSIS";
      case "promethee-ii" -> "PROMETHEE II";
      case "vikor" -> "VIKOR";
      case "ahp" -> "AHP";
      default -> label;
    };
  }

  private String header(RemediationProgramme p, Locale locale) {
    return label("programme", locale, p.id(), p.decision().decidedOn().toString());
  }

  private String budget(RemediationProgramme p, Locale locale) {
    List<String> years = new ArrayList<>();
    p.budget().forEach((y, m) -> years.add(y + ": " + money(m, ro(locale))));
    return label("budget", locale, String.join("; ", years));
  }

  private String optimality(RemediationProgramme p, Locale locale) {
    return p.selection().map(s -> s.optimal()
            ? label("optimal", locale, number(s.value(), ro(locale), 4))
            : label("not-optimal", locale, number(s.value(), ro(locale), 4), number(s.bound(), ro(locale), 4)))
        .orElse("");
  }

  /**
   * {@return the programmes in Markdown}
   *
   * @param locale {@code ro} gives Romanian, any other language English
   */
  public String markdown(Locale locale) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(label("title", locale)).append(" — ").append(md(strategy.title().get(locale))).append("\n\n");
    if (programmes().isEmpty()) {
      return b.append(label("none", locale)).append('\n').toString();
    }
    for (RemediationProgramme p : programmes()) {
      PrioritisationRecord d = p.decision();
      b.append("## ").append(md(header(p, locale))).append("\n\n");
      b.append(md(label("method", locale, method(d.method(), locale), criteriaName(locale), weights(d, locale)))).append("  \n");
      b.append(md(budget(p, locale))).append("  \n");
      b.append(md(optimality(p, locale))).append("\n\n");
      b.append("| ").append(label("rank", locale)).append(" | ").append(label("element", locale)).append(" | ")
          .append(label("fails", locale)).append(" | ").append(label("cost", locale)).append(" | ")
          .append(label("decision", locale)).append(" |\n|---:|---|---|---|---|\n");
      for (Row r : rows(p, locale)) {
        b.append("| ").append(r.rank()).append(" | ").append(md(r.element())).append(" | ").append(md(r.fails()))
            .append(" | ").append(md(r.cost())).append(" | ").append(md(r.decision())).append(" |\n");
      }
      b.append("\n### ").append(label("scores", locale)).append("\n\n");
      b.append("| ").append(label("rank", locale)).append(" | ").append(label("element", locale)).append(" | ")
          .append(label("score", locale));
      for (String id : d.weights().keySet()) {
        b.append(" | ").append(md(criterionName(id, locale)));
      }
      b.append(" |\n|---:|---|---:").append("|---:".repeat(d.weights().size())).append("|\n");
      for (RemediationProgramme.Candidate c : p.candidates()) {
        Optional<PrioritisationRecord.RankedAction> r = p.ranked(c.id());
        b.append("| ").append(r.map(x -> Integer.toString(x.rank())).orElse("–")).append(" | ").append(md(c.name()))
            .append(" | ").append(r.map(x -> number(x.score(), ro(locale), 4)).orElse("–"));
        for (String id : d.weights().keySet()) {
          b.append(" | ").append(r.map(x -> cell(x, id, ro(locale))).orElse("–"));
        }
        b.append(" |\n");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * {@return the programmes as an HTML document}
   *
   * @param locale {@code ro} gives Romanian, any other language English
   */
  public String html(Locale locale) {
    StringBuilder b = new StringBuilder();
    String title = label("title", locale) + " — " + strategy.title().get(locale);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(ro(locale) ? "ro" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(h(title)).append("</title>\n</head>\n<body>\n<h1>").append(h(title)).append("</h1>\n");
    if (programmes().isEmpty()) {
      b.append("<p>").append(h(label("none", locale))).append("</p>\n");
    }
    for (RemediationProgramme p : programmes()) {
      PrioritisationRecord d = p.decision();
      b.append("<section>\n<h2>").append(h(header(p, locale))).append("</h2>\n<p>")
          .append(h(label("method", locale, method(d.method(), locale), criteriaName(locale), weights(d, locale)))).append("<br>\n")
          .append(h(budget(p, locale))).append("<br>\n").append(h(optimality(p, locale))).append("</p>\n<table>\n<tr>");
      for (String k : List.of("rank", "element", "fails", "cost", "decision")) {
        b.append("<th>").append(h(label(k, locale))).append("</th>");
      }
      b.append("</tr>\n");
      for (Row r : rows(p, locale)) {
        b.append("<tr><td>").append(h(r.rank())).append("</td><td>").append(h(r.element())).append("</td><td>")
            .append(h(r.fails())).append("</td><td>").append(h(r.cost())).append("</td><td>").append(h(r.decision()))
            .append("</td></tr>\n");
      }
      b.append("</table>\n<h3>").append(h(label("scores", locale))).append("</h3>\n<table>\n<tr><th>")
          .append(h(label("rank", locale))).append("</th><th>").append(h(label("element", locale))).append("</th><th>")
          .append(h(label("score", locale))).append("</th>");
      for (String id : d.weights().keySet()) {
        b.append("<th>").append(h(criterionName(id, locale))).append("</th>");
      }
      b.append("</tr>\n");
      for (RemediationProgramme.Candidate c : p.candidates()) {
        Optional<PrioritisationRecord.RankedAction> r = p.ranked(c.id());
        b.append("<tr><td>").append(r.map(x -> Integer.toString(x.rank())).orElse("–")).append("</td><td>").append(h(c.name()))
            .append("</td><td>").append(r.map(x -> number(x.score(), ro(locale), 4)).orElse("–")).append("</td>");
        for (String id : d.weights().keySet()) {
          b.append("<td>").append(h(r.map(x -> cell(x, id, ro(locale))).orElse("–"))).append("</td>");
        }
        b.append("</tr>\n");
      }
      b.append("</table>\n</section>\n");
    }
    return b.append("</body>\n</html>\n").toString();
  }

  private String criteriaName(Locale locale) {
    return criteria.name().get(locale);
  }

  private static String cell(PrioritisationRecord.RankedAction r, String criterion, boolean ro) {
    String value = Optional.ofNullable(r.values().get(criterion)).map(v -> number(v, ro, 4)).orElse("–");
    Double contribution = r.contributions().get(criterion);
    return contribution == null ? value : value + " (" + number(contribution, ro, 4) + ")";
  }

  /** A number rounded half-even to at most {@code decimals} places, trailing zeros dropped; decimal comma in Romanian. */
  static String number(double value, boolean ro, int decimals) {
    String s = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    if (s.equals("-0")) {
      s = "0";
    }
    return ro ? s.replace('.', ',') : s;
  }

  /** An amount with its currency code: {@code 1,250,000 RON} in English, {@code 1.250.000 RON} in Romanian; cents only when there are any. */
  static String money(Money m, boolean ro) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(ro ? '.' : ',');
    symbols.setDecimalSeparator(ro ? ',' : '.');
    boolean cents = m.amount().stripTrailingZeros().scale() > 0;
    DecimalFormat f = new DecimalFormat(cents ? "#,##0.00" : "#,##0", symbols);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(m.amount()) + " " + m.currency().getCurrencyCode();
  }

  private static String md(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }

  private static String h(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
