// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DocumentSection;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.MonitoringContribution.Cell;
import org.civicplan.template.MonitoringContribution.Table;
import org.civicplan.template.Parameters;

/** The sections the social template adds to the monitoring report of its strategies. */
final class SocialReport {

  private SocialReport() {}

  private static LocalizedText label(String key, Object... args) {
    return Names.labels().text(key, args);
  }

  static List<MonitoringContribution> sections(Strategy strategy, LocalDate asOf, Parameters parameters,
      List<TargetGroup> groups, MessageCatalog messages) {
    List<MonitoringContribution> out = new ArrayList<>();
    strategy.annexes(SocialServices.class).stream().findFirst().ifPresent(annex -> {
      out.add(gaps(Gaps.of(annex), groups));
      out.add(deadlines(strategy, asOf, parameters, messages));
    });
    return out;
  }

  /**
   * The section of the strategy document: the needs and gaps per target group of the social
   * services annex, the table the monitoring report shows; none without the annex.
   */
  static List<DocumentSection> documentSections(Strategy strategy, List<TargetGroup> groups) {
    return strategy.annexes(SocialServices.class).stream().findFirst().map(annex -> {
      MonitoringContribution c = gaps(Gaps.of(annex), groups);
      return List.of(new DocumentSection(c.id(), c.title(), c.paragraphs(), c.tables()));
    }).orElse(List.of());
  }

  private static MonitoringContribution gaps(Gaps gaps, List<TargetGroup> groups) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Gaps.Group g : gaps.groups()) {
      LocalizedText name = groups.stream().filter(t -> t.id().equals(g.targetGroup())).map(TargetGroup::name).findFirst()
          .orElse(LocalizedText.of(g.targetGroup(), g.targetGroup()));
      rows.add(List.of(Cell.text(name), Cell.number(BigDecimal.valueOf(g.need())), Cell.number(BigDecimal.valueOf(g.capacity())),
          Cell.number(BigDecimal.valueOf(g.gap())),
          Cell.number(g.gapPercent())));
    }
    Table table = Table.of(List.of(label("gaps.col.target-group"), label("gaps.col.need"), label("gaps.col.capacity"),
        label("gaps.col.gap"), label("gaps.col.gap-percent")), rows);
    return new MonitoringContribution("social.gaps", label("gaps.title"), List.of(label("gaps.intro")), List.of(table), List.of());
  }

  private static MonitoringContribution deadlines(Strategy strategy, LocalDate asOf, Parameters parameters, MessageCatalog messages) {
    List<List<Cell>> rows = new ArrayList<>();
    for (ReportingDeadlines.Deadline d : ReportingDeadlines.of(strategy, asOf, parameters).deadlines()) {
      rows.add(List.of(Cell.text(Names.of(d.obligation())), Cell.plain(Integer.toString(d.year())), Cell.plain(d.due().toString()),
          Cell.plain(d.sentOn().map(LocalDate::toString).orElse("–")), Cell.text(Names.of(d.state()))));
    }
    Table table = Table.of(List.of(label("deadlines.col.obligation"), label("deadlines.col.year"), label("deadlines.col.due"),
        label("deadlines.col.sent"), label("deadlines.col.state")), rows);
    List<Finding> findings = ReportingRules.items(strategy, asOf, parameters).stream().map(i -> i.finding(messages)).toList();
    return new MonitoringContribution("social.reporting-deadlines", label("deadlines.title"),
        List.of(label("deadlines.intro", asOf.toString())), List.of(table), findings);
  }
}
