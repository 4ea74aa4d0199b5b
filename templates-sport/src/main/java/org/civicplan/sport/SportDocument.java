// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Money;
import org.civicplan.base.ReaderFormat;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.report.PriorityList;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DocumentSection;
import org.civicplan.template.MonitoringContribution.Cell;
import org.civicplan.template.MonitoringContribution.Table;

/**
 * The section the sport template adds to the strategy document ({@link
 * SportTemplate#documentSections}): the priority list of the sport investments as the strategy's
 * last prioritisation record decided it, one row per action in rank order with its score, its
 * planned cost and whether it was selected under the programme's budget. The per-criterion scores
 * and the stability of the first places stay in the priority list itself ({@code civicplan
 * priorities}).
 */
final class SportDocument {

  /** The id of the priority list section. */
  static final String PRIORITIES = "sport.priority-list";

  private static final ReaderFormat EN = ReaderFormat.of(Locale.ENGLISH);
  private static final ReaderFormat RO = ReaderFormat.of(Locale.forLanguageTag("ro"));

  /** The section's labels (document.properties, document_ro.properties, UTF-8). */
  static final MessageCatalog LABELS =
      MessageCatalog.load(SportDocument.class::getResourceAsStream, "/org/civicplan/sport/document");

  private SportDocument() {}

  static List<DocumentSection> sections(Strategy strategy) {
    if (strategy.prioritisations().isEmpty()) {
      return List.of();
    }
    PrioritisationRecord last = strategy.prioritisations().get(strategy.prioritisations().size() - 1);
    PriorityList list = PriorityList.of(strategy, last);
    List<List<Cell>> rows = new ArrayList<>();
    for (PriorityList.Entry e : list.entries()) {
      Map<String, BigDecimal> cost = new TreeMap<>();
      e.cost().forEach(c -> cost.merge(c.amount().currency().getCurrencyCode(), c.amount().amount(), BigDecimal::add));
      rows.add(List.of(Cell.number(BigDecimal.valueOf(e.rank())),
          Cell.text(LocalizedText.of(e.action().value() + " " + e.name().get(Locale.ENGLISH),
              e.action().value() + " " + e.name().get(Locale.forLanguageTag("ro")))),
          Cell.number(BigDecimal.valueOf(e.score()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()),
          cost.isEmpty() ? Cell.plain("–") : Cell.text(LocalizedText.of(money(cost, EN), money(cost, RO))),
          Cell.text(label(e.decision() instanceof PriorityList.Selected ? "selected.yes" : "selected.no"))));
    }
    LocalizedText intro = LABELS.text("document.intro", LocalizedText.of(EN.date(list.decidedOn()), RO.date(list.decidedOn())),
        list.criteriaSetName());
    return List.of(new DocumentSection(PRIORITIES, label("document.title"), List.of(intro),
        List.of(new Table(LocalizedText.empty(),
            List.of(label("col.rank"), label("col.investment"), label("col.score"), label("col.cost"),
                label("col.selected")),
            rows))));
  }

  private static LocalizedText label(String key) {
    return LABELS.text(key);
  }

  private static String money(Map<String, BigDecimal> cost, ReaderFormat f) {
    return cost.entrySet().stream().map(c -> f.money(Money.of(c.getValue(), java.util.Currency.getInstance(c.getKey()))))
        .collect(Collectors.joining("; "));
  }
}
