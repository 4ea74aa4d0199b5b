package org.civicplan.benchmarks.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.DocumentLimits;
import org.civicplan.document.MonitoringReportJson;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Target;
import org.civicplan.monitoring.MonitoringReport;
import org.civicplan.monitoring.MonitoringReporter;
import org.civicplan.monitoring.ReportRendering;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.IndicatorEffect;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.strategy.Task;
import org.civicplan.base.TemplateId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Building and rendering the monitoring report of a strategy with 5,000 actions and 2,000
 * indicators ({@link #buildAndRender}: report, JSON, CSV, Markdown and HTML), compared with reading
 * the same strategy from its JSON document ({@link #readJson}), in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ReportBenchmark {

  static final int ACTIONS = 5_000;
  static final int INDICATORS = 2_000;
  static final int STRATEGIC = 10;
  static final int SPECIFIC_PER_STRATEGIC = 10;

  private final LocalDate asOf = LocalDate.of(2027, 6, 30);
  // the generated document (about 11 MB) is above the default 8 MiB reading limit
  private final StrategyDocuments documents = StrategyDocuments.builder()
      .limits(DocumentLimits.defaults().withMaxDocumentLength(64L * 1024 * 1024)).build();
  private Strategy strategy;
  private String json;

  /** Generates the seeded strategy and its JSON document. */
  @Setup
  public void setUp() {
    strategy = strategy(new SplittableRandom(5000));
    json = documents.write(strategy, DocumentFormat.JSON);
    ReadResult check = documents.read(json, DocumentFormat.JSON);
    if (check.strategy().isEmpty()) {
      throw new IllegalStateException("generated strategy does not read back: " + check.problems());
    }
  }

  /** Builds the frozen report and renders it in every form. */
  @Benchmark
  public void buildAndRender(Blackhole bh) {
    MonitoringReport r = MonitoringReporter.standard().report(strategy, asOf);
    bh.consume(MonitoringReportJson.write(r));
    bh.consume(ReportRendering.csv(r, Locale.ENGLISH));
    bh.consume(ReportRendering.markdown(r, Locale.ENGLISH));
    bh.consume(ReportRendering.html(r, Locale.ENGLISH));
  }

  /** Reads the same strategy from JSON. */
  @Benchmark
  public ReadResult readJson() {
    return documents.read(json, DocumentFormat.JSON);
  }

  static Strategy strategy(SplittableRandom rnd) {
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < INDICATORS; i++) {
      boolean up = rnd.nextBoolean();
      double b = 100 + rnd.nextInt(900);
      double t = up ? b * 1.5 : b * 0.6;
      Indicator.Builder ib = Indicator.builder(IndicatorId.of("IND-" + i), text("Indicator " + i, "Indicatorul " + i),
              "units", up ? Direction.INCREASE : Direction.DECREASE)
          .baseline(Baseline.of(PlanDate.ofYear(2020), b))
          .target(Target.milestone(PlanDate.ofYear(2025), b + (t - b) / 2))
          .target(Target.of(PlanDate.ofYear(2030), t));
      double v = b;
      for (int y = 2021; y <= 2027; y++) {
        v += (t - b) / 10 * (rnd.nextDouble() * 1.6 - 0.2);
        ib.measurement(org.civicplan.indicator.Measurement.of(PlanDate.ofYear(y), Math.round(v * 100) / 100.0, "stat"));
      }
      indicators.add(ib.build());
    }
    List<Objective> objectives = new ArrayList<>();
    int n = 0;
    for (int s = 0; s < STRATEGIC; s++) {
      List<Objective> children = new ArrayList<>();
      for (int c = 0; c < SPECIFIC_PER_STRATEGIC; c++) {
        List<IndicatorId> ids = new ArrayList<>();
        for (int k = 0; k < INDICATORS / (STRATEGIC * SPECIFIC_PER_STRATEGIC); k++) {
          ids.add(indicators.get(n++).id());
        }
        children.add(new Objective(ObjectiveId.of("OS-" + s + "." + c), text("Specific " + s + "." + c,
            "Specific " + s + "." + c), LocalizedText.empty(), ids, List.of()));
      }
      objectives.add(new Objective(ObjectiveId.of("OG-" + s), text("Strategic " + s, "General " + s),
          LocalizedText.empty(), List.of(), children));
    }
    List<Action> actions = new ArrayList<>();
    for (int a = 0; a < ACTIONS; a++) {
      int s = rnd.nextInt(STRATEGIC);
      int c = rnd.nextInt(SPECIFIC_PER_STRATEGIC);
      Action.Builder ab = Action.builder("A-" + a, text("Action " + a, "Acțiunea " + a))
          .serves(ObjectiveId.of("OS-" + s + "." + c))
          .responsible(org.civicplan.governance.OrganisationId.of("dir-" + (a % 5)))
          .start(PlanDate.ofYear(2022 + rnd.nextInt(3)))
          .end(PlanDate.ofYear(2026 + rnd.nextInt(4)))
          .status(ActionStatus.ON_TIME)
          .effect(IndicatorEffect.of("IND-" + rnd.nextInt(INDICATORS), Direction.INCREASE));
      for (int k = 0; k < 3; k++) {
        Task t = Task.open("T-" + k, text("Task " + k, "Sarcina " + k), PlanDate.ofMonth(2024 + k, 1 + rnd.nextInt(12)));
        ab.task(rnd.nextInt(3) == 0 ? t.completedOn(PlanDate.ofMonth(2024 + k, 6)) : t);
      }
      for (int y = 2025; y <= 2026; y++) {
        long planned = 10_000 + rnd.nextInt(90_000);
        ab.budgetLine(BudgetLine.planned(y, Money.ron(Long.toString(planned)), FundingSource.of(FundingKind.LOCAL_BUDGET))
            .withActual(Money.ron(Long.toString(planned * (70 + rnd.nextInt(40)) / 100))));
      }
      actions.add(ab.build());
    }
    List<Organisation> organisations = new ArrayList<>();
    for (int o = 0; o < 5; o++) {
      organisations.add(Organisation.of("dir-" + o, text("Directorate " + o, "Direcția " + o),
          OrganisationCategory.CITY_DIRECTORATE));
    }
    return Strategy.builder(StrategyId.of("bench-2022"), TemplateId.of("bench"), Municipality.of("Cluj-Napoca", "RO"),
            text("Benchmark strategy", "Strategie de test"), StrategyPeriod.of(2022, 2030))
        .objectives(objectives)
        .indicators(indicators)
        .actions(actions)
        .organisations(organisations)
        .build();
  }

  private static LocalizedText text(String en, String ro) {
    return LocalizedText.of(en, ro);
  }
}
