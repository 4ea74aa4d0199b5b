// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.base.TemplateId;
import org.civicplan.document.CivicplanJacksonModule;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.planning.SelectionOptions;
import org.civicplan.planning.StrategyRanking;
import org.civicplan.planning.StrategySelection;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.PortfolioDecision;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.report.PriorityList;
import org.civicplan.sport.SportPrioritisation;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.validation.StrategyValidator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Demo stage: the sport investments of the illustrative sport strategy ({@code
 * sport-strategy.json}) in order of priority, from the prioritisation record stored in it (TOPSIS
 * on the sport template's {@code sport-default} criteria, selected under the programme's yearly
 * budget with the mass-sport minimum share). Checks that the record is reproduced when the ranking
 * and selection are run again, prints the list and writes the council's priority list ({@code
 * sport-priorities.md}, core's {@link PriorityList}, in the demo's language) and {@code
 * sport-priorities.json} (the record).
 * Deterministic.
 */
final class SportPrioritiesStage implements DemoStage {

  static final String FILE = "/demo/sport-strategy.json";

  private static final JsonMapper JSON = JsonMapper.builder()
      .addModule(new CivicplanJacksonModule())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  @Override
  public void run(Context c, int step) throws IOException {
    var o = c.printer();
    Locale loc = c.locale();
    Optional<StrategyTemplate> sport = c.templates().find(TemplateId.of("sport"));
    ReadResult read;
    try (InputStream in = SportPrioritiesStage.class.getResourceAsStream(FILE)) {
      if (sport.isEmpty() || in == null) {
        o.println(step + ". " + Cli.say(loc, "Sport investments: skipped — the sport template or " + FILE + " is not in this build",
            "Investiții în sport: omis — șablonul pentru sport sau " + FILE + " lipsește din această versiune"));
        return;
      }
      read = c.documents().read(in, DocumentFormat.JSON, FILE);
    }
    if (read.strategy().isEmpty() || read.strategy().get().prioritisations().isEmpty()) {
      o.println(step + ". " + Cli.say(loc, "Sport investments: the bundled sample does not read: ",
          "Investiții în sport: exemplul inclus nu poate fi citit: ") + read.problems());
      return;
    }
    Strategy s = read.strategy().get();
    PrioritisationRecord record = s.prioritisations().get(s.prioritisations().size() - 1);
    long errors = StrategyValidator.of(c.templates()).validate(s).findings().stream().filter(f -> f.isError()).count();
    boolean reproduced = reproduce(s, sport.get(), record).map(record::equals).orElse(false);

    Path json = c.outDir().resolve("sport-priorities.json");
    Path md = c.outDir().resolve("sport-priorities.md");
    Optional<CriteriaSet> criteria = sport.get().criteriaSets().stream().filter(k -> k.id().equals(record.criteriaSet())).findFirst();
    PriorityList list = criteria.map(k -> PriorityList.of(s, record, k)).orElseGet(() -> PriorityList.of(s, record));
    Files.writeString(md, list.toMarkdown(loc), StandardCharsets.UTF_8);
    ObjectNode root = JSON.createObjectNode();
    root.put("illustrative", true);
    root.put("strategy", s.id().value());
    root.set("record", PrioritisationJson.MAPPER.readTree(JSON.writeValueAsString(record)));
    Files.writeString(json, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);

    o.println(step + ". " + Cli.say(loc, "Sport investments in order of priority (illustrative city, ",
        "Investițiile în sport în ordinea priorităților (oraș ilustrativ, ") + record.method() + Cli.say(loc, " on ", " pe ")
        + record.criteriaSet() + "): " + Cli.say(loc, "wrote ", "am scris ") + md + Cli.say(loc, " and ", " și ") + json);
    o.println("   " + errors + Cli.say(loc, " validation errors; the stored record is ", " erori de validare; înregistrarea salvată ")
        + (reproduced ? Cli.say(loc, "reproduced by ranking and selecting again", "se reproduce la o nouă ierarhizare și selecție")
        : Cli.say(loc, "NOT reproduced", "NU se reproduce")));
    Optional<PortfolioDecision> selection = record.selection();
    for (PrioritisationRecord.RankedAction a : record.actions()) {
      String title = s.action(a.action()).map(x -> x.title().get(loc)).orElse(a.action().value());
      boolean chosen = selection.map(d -> d.selected().contains(a.action())).orElse(false);
      o.println(String.format(Locale.ROOT, "   %2d. %s — %s — %s", a.rank(), title, score(a.score(), loc),
          chosen ? Cli.say(loc, "selected", "selectată") : Cli.say(loc, "not selected", "neselectată")));
    }
  }

  /** Ranks and selects the sample's investments again, with the template's default parameters. */
  private static Optional<PrioritisationRecord> reproduce(Strategy s, StrategyTemplate sport, PrioritisationRecord record) {
    Strategy bare = s.toBuilder().prioritisations(List.of()).build();
    return sport.criteriaSets().stream().filter(k -> k.id().equals(record.criteriaSet())).findFirst().flatMap(criteria -> {
      StrategyRanking r = SportPrioritisation.rank(bare, criteria, sport.parameters(),
          RankingMethod.parse(record.method(), record.options()), record.decidedOn());
      if (r.record().isEmpty()) {
        return Optional.empty();
      }
      StrategySelection sel = SportPrioritisation.select(r.strategy(), r.record().get(), sport.parameters(), SelectionOptions.defaults());
      return sel.record();
    });
  }

  private static String score(double v, Locale loc) {
    String s = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    return "ro".equals(loc.getLanguage()) ? s.replace('.', ',') : s;
  }
}
