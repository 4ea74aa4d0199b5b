// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.civicplan.monitoring.MonitoringReport.ActionEntry;
import org.civicplan.monitoring.MonitoringReport.IndicatorEntry;
import org.civicplan.base.Money;
import org.civicplan.io.Csv;

/** The CSV rendering (see {@link ReportRendering#csv}). */
final class ReportCsv {

  static final List<String> HEADER = List.of(
      "record", "id", "title", "objectives", "status", "category", "progress", "expected_progress", "unit",
      "baseline_date", "baseline_value", "target_date", "target_value", "latest_date", "latest_value", "freshness",
      "responsible", "progress_source", "planned", "actual", "overspend", "reasons");

  private ReportCsv() {}

  static String render(MonitoringReport r, ReportLabels l) {
    List<List<String>> out = new ArrayList<>();
    out.add(HEADER);
    for (IndicatorEntry i : r.indicators()) {
      out.add(List.of("indicator", i.id(), l.text(i.name()), String.join(" ", i.objectiveIds()), i.status().label(),
          i.category().orElse(""), num(i.progress()), num(i.expectedProgress()), i.unit(),
          i.baseline().map(b -> b.date().toString()).orElse(""),
          i.baseline().map(b -> Numbers.format(b.value())).orElse(""),
          i.target().map(t -> t.date().toString()).orElse(""),
          i.target().map(t -> Numbers.format(t.value())
              + (t.upper().isPresent() ? ".." + Numbers.format(t.upper().getAsDouble()) : "")).orElse(""),
          i.latest().map(o -> o.date().toString()).orElse(""),
          i.latest().map(o -> Numbers.format(o.value())).orElse(""),
          i.freshness().name().toLowerCase(java.util.Locale.ROOT), "", "", "", "", "", ""));
    }
    java.util.Map<String, List<BudgetFigure>> byAction = r.budget("action").stream()
        .collect(Collectors.groupingBy(BudgetFigure::key));
    for (ActionEntry a : r.actions()) {
      List<BudgetFigure> money = byAction.getOrDefault(a.id(), List.of());
      out.add(List.of("action", a.id(), l.text(a.title()), String.join(" ", a.objectiveIds()),
          MonitoringReporter.label(a.status()), "", num(a.progress()), "", "", "", "", "", "", "", "",
          a.freshness().name().toLowerCase(java.util.Locale.ROOT), a.responsible().orElse(""),
          a.source().name().toLowerCase(java.util.Locale.ROOT),
          sums(money, BudgetFigure::planned), sums(money, BudgetFigure::actual), sums(money, BudgetFigure::overspend),
          a.reasons().stream().map(l::reasonIso).collect(Collectors.joining("; "))));
    }
    return Csv.format(out);
  }

  private static String sums(List<BudgetFigure> figures, java.util.function.Function<BudgetFigure, Money> f) {
    return figures.stream().map(f).map(Money::toString).collect(Collectors.joining("; "));
  }

  private static String num(OptionalDouble d) {
    return d.isPresent() ? Numbers.format(d.getAsDouble()) : "";
  }
}
