// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;

/** A later stage of {@code civicplan demo}: prioritisation, monitoring, governance reports, accessibility remediation. */
interface DemoStage {

  /**
   * The date the demo looks at the sample on (monitoring report, lifecycle check): fixed, never
   * today, so the demo prints and writes the same every time.
   */
  LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** What a stage gets. */
  record Context(
      Strategy strategy, TemplateRegistry templates, StrategyDocuments documents, Path outDir, Locale locale,
      PrintWriter printer) {}

  /** Runs the stage and prints what it did, numbered {@code step}. */
  void run(Context context, int step) throws IOException;

  /** The stages in the order the demo runs them. */
  static List<DemoStage> all() {
    return List.of(new ConsultationReportStage(), new AlignmentStage(), new LifecycleStage(), new MonitoringStage(),
        new PrioritisationStage(), new ParticipatoryBudgetStage(), new SportPrioritiesStage(), new RemediationStage(),
        new SocialStage(), new TransparencyStage());
  }
}
