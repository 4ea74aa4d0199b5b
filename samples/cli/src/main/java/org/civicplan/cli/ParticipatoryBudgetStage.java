// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.participation.GroupShare;
import org.civicplan.participation.Pabulib;
import org.civicplan.participation.PabulibResult;
import org.civicplan.participation.PbEdition;
import org.civicplan.participation.PbInstance;
import org.civicplan.participation.PbOutcome;
import org.civicplan.participation.PbPlan;
import org.civicplan.participation.PbRecord;
import org.civicplan.participation.PbRule;
import org.civicplan.participation.PbRules;
import org.civicplan.participation.ProjectId;
import org.civicplan.participation.Rational;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.StrategyValidator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Demo stage: the illustrative participatory budget 2026 of the sample city ({@code
 * pb-exemplu-2026.pb}, invented votes): the greedy rule and the Method of Equal Shares (cost
 * utility, add1 completion, greedy fill) side by side, then the MES outcome turned into actions of
 * the climate strategy (objective OS-5.1, budget year 2027, the edition as funding programme) with
 * its record. Writes {@code participatory-budget.json}. Deterministic.
 */
final class ParticipatoryBudgetStage implements DemoStage {

  static final String FILE = "/demo/pb-exemplu-2026.pb";
  static final ObjectiveId OBJECTIVE = ObjectiveId.of("OS-5.1");
  static final PbEdition EDITION = new PbEdition(
      "pb-2026", LocalizedText.of("Participatory budget 2026", "Bugetare participativă 2026"), 2027, Money.RON,
      LocalDate.of(2026, 3, 31));
  static final PbRule MES =
      new PbRule.EqualShares(PbRule.Utility.COST, new PbRule.Completion.Add1(Rational.ONE), PbRule.Fill.GREEDY);
  static final PbRule GREEDY = new PbRule.Greedy(PbRule.GreedyOrder.APPROVALS);

  @Override
  public void run(Context c, int step) throws IOException {
    String text;
    try (InputStream in = ParticipatoryBudgetStage.class.getResourceAsStream(FILE)) {
      text = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var o = c.printer();
    Locale loc = c.locale();
    if (text == null) {
      o.println(step + ". Participatory budget: skipped — " + FILE + " is not in this build");
      return;
    }
    PabulibResult read = Pabulib.read(text);
    if (read.instance().isEmpty()) {
      o.println(step + ". Participatory budget: the bundled file does not read: " + read.problems());
      return;
    }
    PbInstance pb = read.instance().get();
    PbOutcome greedy = PbRules.run(pb, GREEDY);
    PbOutcome mes = PbRules.run(pb, MES);
    Strategy s = c.strategy();
    Strategy funded = PbPlan.fund(s, pb, mes, EDITION, OBJECTIVE);
    long errors = StrategyValidator.of(c.templates()).validate(funded).findings().stream().filter(f -> f.isError()).count();

    Path json = c.outDir().resolve("participatory-budget.json");
    ObjectNode root = PrioritisationJson.MAPPER.createObjectNode();
    root.put("illustrative", true);
    root.set("greedy", outcome(greedy));
    root.set("mes", outcome(mes));
    root.set("record", PrioritisationJson.MAPPER.readTree(PbRecord.of(funded).get(0).toJson()));
    ArrayNode actions = root.putArray("actions");
    List<String> actionIds = funded.actions().stream().filter(a -> a.tags().contains(PbPlan.TAG)).map(a -> a.id().value()).toList();
    actionIds.forEach(actions::add);
    Files.writeString(json, PrioritisationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n", StandardCharsets.UTF_8);

    o.println(step + ". " + Cli.say(loc, "Participatory budget (illustrative votes, ", "Buget participativ (voturi ilustrative, ")
        + pb.ballots().size() + Cli.say(loc, " voters, budget ", " votanți, buget ") + pb.budget().toPlainString() + " RON): "
        + Cli.say(loc, "wrote ", "am scris ") + json);
    o.println("   greedy: " + ids(greedy.selected()) + " — " + shares(greedy, loc));
    o.println("   MES (cost, add1, greedy fill): " + ids(mes.selected()) + " — " + shares(mes, loc));
    o.println("   " + Cli.say(loc, "funded by MES → actions serving ", "finanțate prin MES → acțiuni pentru ") + OBJECTIVE.value() + ": "
        + String.join(", ", actionIds)
        + Cli.say(loc, " (budget year ", " (anul bugetar ") + EDITION.budgetYear() + Cli.say(loc, "); the strategy then has ", "); strategia are apoi ")
        + errors + Cli.say(loc, " validation errors", " erori de validare"));
  }

  private static String ids(List<ProjectId> ids) {
    return String.join(", ", ids.stream().map(ProjectId::value).toList());
  }

  private static String shares(PbOutcome o, Locale loc) {
    StringBuilder b = new StringBuilder(Cli.say(loc, "voters with a funded project per district: ", "votanți cu un proiect finanțat, pe district: "));
    List<String> parts = o.proportionality().groups().stream()
        .map(g -> g.group() + " " + percent(g.satisfiedShare())).toList();
    return b.append(String.join(", ", parts)).toString();
  }

  private static String percent(Rational r) {
    return r.times(100).toDecimal(4).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  private static ObjectNode outcome(PbOutcome o) {
    ObjectNode n = PrioritisationJson.MAPPER.createObjectNode();
    ArrayNode sel = n.putArray("selected");
    o.selected().forEach(id -> sel.add(id.value()));
    n.put("totalCost", o.totalCost().toPlainString());
    ArrayNode groups = n.putArray("groups");
    for (GroupShare g : o.proportionality().groups()) {
      ObjectNode x = groups.addObject();
      x.put("group", g.group());
      x.put("voters", g.voters());
      x.put("satisfiedShare", g.satisfiedShare().toPlainString());
      x.put("equalSplitShare", g.equalSplitShare().toPlainString());
    }
    return n;
  }
}
