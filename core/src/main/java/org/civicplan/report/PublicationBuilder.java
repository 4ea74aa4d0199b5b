// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceFrameworks;
import org.civicplan.alignment.ReferenceObjective;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Money;
import org.civicplan.base.ReaderFormat;
import org.civicplan.governance.ChangeRecord;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.Member;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationId;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Target;
import org.civicplan.report.StrategyPublication.Block;
import org.civicplan.report.StrategyPublication.Cell;
import org.civicplan.report.StrategyPublication.Heading;
import org.civicplan.report.StrategyPublication.Item;
import org.civicplan.report.StrategyPublication.Items;
import org.civicplan.report.StrategyPublication.Paragraph;
import org.civicplan.report.StrategyPublication.Section;
import org.civicplan.report.StrategyPublication.Table;
import org.civicplan.report.StrategyPublication.TitlePage;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Partner;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DocumentSection;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.Parameters;
import org.civicplan.template.StrategyTemplate;

/** Builds a {@link StrategyPublication} from a strategy: every text formatted for the reader. */
final class PublicationBuilder {

  static final MessageCatalog LABELS =
      MessageCatalog.load(PublicationBuilder.class::getResourceAsStream, "/org/civicplan/report/publication");
  private static final MessageCatalog MONITORING =
      MessageCatalog.load(PublicationBuilder.class::getResourceAsStream, "/org/civicplan/monitoring/report");

  private final Strategy s;
  private final ReaderFormat f;
  private final Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();

  private PublicationBuilder(Strategy s, ReaderFormat f) {
    this.s = s;
    this.f = f;
    s.organisations().forEach(o -> organisations.putIfAbsent(o.id(), o));
  }

  static StrategyPublication build(Strategy s, Optional<StrategyTemplate> template, Parameters parameters,
      Locale locale) {
    PublicationBuilder b = new PublicationBuilder(s, ReaderFormat.of(locale));
    List<Section> sections = new ArrayList<>(List.of(b.context(), b.objectives(), b.actionPlan(), b.indicators(),
        b.budget(), b.governance(), b.consultation(), b.alignment(template)));
    template.ifPresent(t -> sections.addAll(b.templateSections(t, parameters)));
    return new StrategyPublication(b.f.language(), b.titlePage(), sections);
  }

  private String l(String key, Object... args) {
    return f.text(LABELS.text(key, args));
  }

  private String name(OrganisationId id) {
    Organisation o = organisations.get(id);
    return o == null ? id.value() : f.text(o.name());
  }

  private TitlePage titlePage() {
    List<String> lines = new ArrayList<>();
    lines.add(l("period", Integer.toString(s.period().startYear()), Integer.toString(s.period().endYear())));
    int version = s.history().stream().mapToInt(ChangeRecord::version).max().orElse(1);
    lines.add(l("version", Integer.toString(version)));
    lines.add(l("state", l("state." + s.state().name().toLowerCase(Locale.ROOT).replace('_', '-'))));
    s.governance().decisions().stream().max(Comparator.comparing(CouncilDecision::date))
        .ifPresent(d -> lines.add(l("decision", d.number(), f.date(d.date()))));
    return new TitlePage(s.municipality().name(), f.text(s.title()), lines);
  }

  private Section context() {
    List<Block> blocks = new ArrayList<>();
    Locale country = new Locale("", s.municipality().country());
    blocks.add(new Paragraph(l("context.municipality", s.municipality().name(), country.getDisplayCountry(f.locale()))));
    s.municipality().population().ifPresent(p -> blocks.add(new Paragraph(
        l("context.population", f.number(BigDecimal.valueOf(p.inhabitants())), Integer.toString(p.year())))));
    s.municipality().areaKm2().ifPresent(a -> blocks.add(new Paragraph(l("context.area", f.number(a)))));
    blocks.add(new Paragraph(l("context.period", Integer.toString(s.period().startYear()),
        Integer.toString(s.period().endYear()))));
    blocks.add(new Heading(l("vision")));
    if (s.vision().isBlank()) {
      blocks.add(new Paragraph(l("vision.none")));
    } else {
      for (String p : f.text(s.vision()).split("\\n\\s*\\n")) {
        blocks.add(new Paragraph(p.strip()));
      }
    }
    return new Section("context", l("section.context"), blocks);
  }

  private Section objectives() {
    if (s.objectives().isEmpty()) {
      return new Section("objectives", l("section.objectives"), List.of(new Paragraph(l("objectives.none"))));
    }
    List<Item> items = new ArrayList<>();
    for (Objective o : s.objectives()) {
      objective(o, 0, items);
    }
    return new Section("objectives", l("section.objectives"), List.of(new Items(items)));
  }

  private void objective(Objective o, int level, List<Item> items) {
    String measured = o.indicatorIds().stream()
        .map(id -> s.indicator(id).map(i -> f.text(i.name())).orElse(id.value()))
        .collect(Collectors.joining("; "));
    String text = f.text(o.description());
    if (!measured.isEmpty()) {
      text = text.isBlank() ? l("objective.indicators", measured) : text + " — " + l("objective.indicators", measured);
    }
    items.add(new Item(level, o.id().value() + " " + f.text(o.title()), text));
    for (Objective child : o.children()) {
      objective(child, level + 1, items);
    }
  }

  private Section actionPlan() {
    if (s.actions().isEmpty()) {
      return new Section("action-plan", l("section.action-plan"), List.of(new Paragraph(l("actions.none"))));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (Action a : s.actions()) {
      String objectives = a.objectiveIds().stream().map(o -> o.value()).collect(Collectors.joining(", "));
      String partners = a.partners().stream().map(Partner::organisation).map(this::name)
          .collect(Collectors.joining("; "));
      String period = a.start().map(f::date).orElse("…") + " – " + a.end().map(f::date).orElse("…");
      if (a.start().isEmpty() && a.end().isEmpty()) {
        period = "–";
      }
      rows.add(List.of(Cell.text(a.id().value()), Cell.text(f.text(a.title())), Cell.text(objectives),
          Cell.text(a.responsible().map(this::name).orElse("–")), Cell.text(partners.isEmpty() ? "–" : partners),
          Cell.text(period), Cell.number(total(a.budget())), Cell.text(funding(a.budget()))));
    }
    return new Section("action-plan", l("section.action-plan"), List.of(new Table("",
        List.of(l("col.code"), l("col.action"), l("col.objectives"), l("col.responsible"), l("col.partners"),
            l("col.period"), l("col.budget"), l("col.funding")), rows, false)));
  }

  /** The planned total of budget lines, one amount per currency. */
  private String total(List<BudgetLine> lines) {
    if (lines.isEmpty()) {
      return "–";
    }
    Map<String, BigDecimal> byCurrency = new TreeMap<>();
    for (BudgetLine b : lines) {
      byCurrency.merge(b.planned().currency().getCurrencyCode(), b.planned().amount(), BigDecimal::add);
    }
    return byCurrency.entrySet().stream().map(e -> f.money(Money.of(e.getValue(), Currency.getInstance(e.getKey()))))
        .collect(Collectors.joining("; "));
  }

  private String funding(List<BudgetLine> lines) {
    TreeSet<String> names = new TreeSet<>();
    lines.forEach(b -> names.add(source(b.source())));
    return names.isEmpty() ? "–" : String.join("; ", names);
  }

  private String source(FundingSource source) {
    String kind = f.text(MONITORING.text("funding." + source.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')));
    return source.programme().map(p -> kind + ": " + p).orElse(kind);
  }

  private Section indicators() {
    if (s.indicators().isEmpty()) {
      return new Section("indicators", l("section.indicators"), List.of(new Paragraph(l("indicators.none"))));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (Indicator i : s.indicators()) {
      List<Target> milestones = i.targets().stream().filter(Target::milestone).toList();
      Optional<Target> target = i.targets().stream().filter(t -> !t.milestone()).reduce((a, b) -> b);
      rows.add(List.of(Cell.text(i.id().value()), Cell.text(f.text(i.name())),
          Cell.text(l("kind." + i.kind().name().toLowerCase(Locale.ROOT))), Cell.text(i.unit()),
          Cell.number(i.baseline().map(b -> f.number(b.value()) + " (" + f.date(b.date()) + ")").orElse("–")),
          Cell.number(milestones.isEmpty() ? "–"
              : milestones.stream().map(this::target).collect(Collectors.joining("; "))),
          Cell.number(target.map(this::target).orElse("–"))));
    }
    return new Section("indicators", l("section.indicators"), List.of(new Table("",
        List.of(l("col.code"), l("col.indicator"), l("col.kind"), l("col.unit"), l("col.baseline"),
            l("col.milestones"), l("col.target")), rows, false)));
  }

  private String target(Target t) {
    String value = f.number(t.value()) + (t.upper().isPresent() ? "–" + f.number(t.upper().getAsDouble()) : "");
    return value + " (" + f.date(t.date()) + ")";
  }

  private Section budget() {
    // currency -> source -> year -> planned
    Map<String, Map<String, Map<Integer, BigDecimal>>> sums = new TreeMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (Action a : s.actions()) {
      for (BudgetLine b : a.budget()) {
        years.add(b.year());
        sums.computeIfAbsent(b.planned().currency().getCurrencyCode(), c -> new TreeMap<>())
            .computeIfAbsent(source(b.source()), k -> new TreeMap<>())
            .merge(b.year(), b.planned().amount(), BigDecimal::add);
      }
    }
    if (sums.isEmpty()) {
      return new Section("budget", l("section.budget"), List.of(new Paragraph(l("budget.none"))));
    }
    List<Block> blocks = new ArrayList<>();
    for (Map.Entry<String, Map<String, Map<Integer, BigDecimal>>> c : sums.entrySet()) {
      List<String> columns = new ArrayList<>();
      columns.add(l("col.source"));
      years.forEach(y -> columns.add(Integer.toString(y)));
      columns.add(l("col.total"));
      List<List<Cell>> rows = new ArrayList<>();
      Map<Integer, BigDecimal> perYear = new TreeMap<>();
      for (Map.Entry<String, Map<Integer, BigDecimal>> src : c.getValue().entrySet()) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(src.getKey()));
        BigDecimal sum = BigDecimal.ZERO;
        for (int y : years) {
          BigDecimal v = src.getValue().get(y);
          row.add(Cell.number(v == null ? "–" : f.number(v)));
          if (v != null) {
            sum = sum.add(v);
            perYear.merge(y, v, BigDecimal::add);
          }
        }
        row.add(Cell.number(f.number(sum)));
        rows.add(row);
      }
      List<Cell> totals = new ArrayList<>();
      totals.add(Cell.text(l("col.total")));
      BigDecimal all = BigDecimal.ZERO;
      for (int y : years) {
        BigDecimal v = perYear.get(y);
        totals.add(Cell.number(v == null ? "–" : f.number(v)));
        all = v == null ? all : all.add(v);
      }
      totals.add(Cell.number(f.number(all)));
      rows.add(totals);
      blocks.add(new Table(l("budget.currency", c.getKey()), columns, rows, true));
    }
    return new Section("budget", l("section.budget"), blocks);
  }

  private Section governance() {
    if (s.governance().bodies().isEmpty()) {
      return new Section("governance", l("section.governance"), List.of(new Paragraph(l("governance.none"))));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (GovernanceBody b : s.governance().bodies()) {
      // Members are counted, not named: a published document lists institutions, not people.
      TreeSet<String> represented = new TreeSet<>();
      b.members().stream().map(Member::organisation).flatMap(Optional::stream).map(this::name)
          .forEach(represented::add);
      rows.add(List.of(Cell.text(f.text(b.name())),
          Cell.text(l("body." + b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))),
          Cell.number(Integer.toString(b.members().size())),
          Cell.text(represented.isEmpty() ? "–" : String.join("; ", represented))));
    }
    return new Section("governance", l("section.governance"), List.of(new Table("",
        List.of(l("col.body"), l("col.kind"), l("col.members"), l("col.organisations")), rows, false)));
  }

  private Section consultation() {
    if (s.governance().consultations().isEmpty()) {
      return new Section("consultation", l("section.consultation"), List.of(new Paragraph(l("consultation.none"))));
    }
    List<Block> blocks = new ArrayList<>();
    for (Consultation c : s.governance().consultations()) {
      blocks.add(new Paragraph(l("consultation.announced", f.date(c.announcedOn()), f.date(c.proposalsUntil()))));
      Map<ProposalDecision, Integer> counts = new TreeMap<>();
      int open = 0;
      for (Proposal p : c.proposals()) {
        if (p.answer().isPresent()) {
          counts.merge(p.answer().get().decision(), 1, Integer::sum);
        } else {
          open++;
        }
      }
      blocks.add(new Paragraph(l("consultation.proposals", Integer.toString(c.proposals().size()),
          Integer.toString(counts.getOrDefault(ProposalDecision.ACCEPTED, 0)),
          Integer.toString(counts.getOrDefault(ProposalDecision.PARTLY_ACCEPTED, 0)),
          Integer.toString(counts.getOrDefault(ProposalDecision.REJECTED, 0)), Integer.toString(open))));
      c.debate().ifPresent(d -> blocks.add(new Paragraph(d.place()
          .map(p -> l("consultation.debate.place", f.date(d.heldOn()), p))
          .orElseGet(() -> l("consultation.debate", f.date(d.heldOn()))))));
      c.closedOn().ifPresent(d -> blocks.add(new Paragraph(l("consultation.closed", f.date(d)))));
    }
    return new Section("consultation", l("section.consultation"), blocks);
  }

  private Section alignment(Optional<StrategyTemplate> template) {
    if (s.alignments().isEmpty()) {
      return new Section("alignment", l("section.alignment"), List.of(new Paragraph(l("alignment.none"))));
    }
    Map<String, ReferenceFramework> frameworks = new LinkedHashMap<>();
    template.ifPresent(t -> t.referenceFrameworks().forEach(r -> frameworks.putIfAbsent(r.id().value(), r)));
    ReferenceFrameworks.standard().forEach(r -> frameworks.putIfAbsent(r.id().value(), r));
    List<List<Cell>> rows = new ArrayList<>();
    for (AlignmentLink a : s.alignments()) {
      String local = a.objective().map(o -> o.value() + " " + s.objective(o).map(x -> f.text(x.title())).orElse(""))
          .or(() -> a.action().map(x -> x.value() + " " + s.action(x).map(y -> f.text(y.title())).orElse("")))
          .orElse("–").strip();
      ReferenceFramework fw = frameworks.get(a.framework().value());
      String framework = fw == null ? a.framework().value() : f.text(fw.name());
      String reference = fw == null ? a.reference() : fw.objectives().stream()
          .filter(o -> o.id().equals(a.reference())).findFirst().map(ReferenceObjective::title).map(f::text)
          .map(t -> a.reference() + " " + t).orElse(a.reference());
      rows.add(List.of(Cell.text(local), Cell.text(framework), Cell.text(reference),
          Cell.text(l("strength." + a.strength().name().toLowerCase(Locale.ROOT)))));
    }
    return new Section("alignment", l("section.alignment"), List.of(new Table("",
        List.of(l("col.objective"), l("col.framework"), l("col.reference"), l("col.strength")), rows, false)));
  }

  private List<Section> templateSections(StrategyTemplate t, Parameters parameters) {
    List<DocumentSection> given;
    try {
      given = t.documentSections(s, parameters);
    } catch (RuntimeException e) {
      return List.of(new Section("template-failed", f.text(t.name()),
          List.of(new Paragraph(l("template.failed", f.text(t.name()))))));
    }
    List<Section> out = new ArrayList<>();
    for (DocumentSection d : given) {
      List<Block> blocks = new ArrayList<>();
      d.paragraphs().forEach(p -> blocks.add(new Paragraph(f.text(p))));
      for (MonitoringContribution.Table table : d.tables()) {
        List<List<Cell>> rows = new ArrayList<>();
        for (List<MonitoringContribution.Cell> row : table.rows()) {
          rows.add(row.stream().map(this::cell).toList());
        }
        blocks.add(new Table(f.text(table.caption()), table.columns().stream().map(f::text).toList(), rows, false));
      }
      out.add(new Section(d.id(), f.text(d.title()), blocks));
    }
    return out;
  }

  private Cell cell(MonitoringContribution.Cell c) {
    if (c instanceof MonitoringContribution.Cell.Text t) {
      return Cell.text(f.text(t.text()));
    }
    if (c instanceof MonitoringContribution.Cell.Plain p) {
      return Cell.text(p.text());
    }
    return Cell.number(f.number(((MonitoringContribution.Cell.Number) c).value()));
  }

  static LocalizedText label(String key, Object... args) {
    return LABELS.text(key, args);
  }
}
