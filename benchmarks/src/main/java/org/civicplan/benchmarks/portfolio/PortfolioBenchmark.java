// SPDX-License-Identifier: Apache-2.0
package org.civicplan.benchmarks.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.base.TemplateId;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Measurement;
import org.civicplan.indicator.ReportingFrequency;
import org.civicplan.indicator.Target;
import org.civicplan.monitoring.MonitoringReporter;
import org.civicplan.portfolio.CombinedRendering;
import org.civicplan.portfolio.CombinedReport;
import org.civicplan.portfolio.CrossReference;
import org.civicplan.portfolio.Delegation;
import org.civicplan.portfolio.Portfolio;
import org.civicplan.portfolio.PortfolioValidation;
import org.civicplan.portfolio.PortfolioValidator;
import org.civicplan.portfolio.SharedAction;
import org.civicplan.portfolio.SharedIndicator;
import org.civicplan.portfolio.StrategyLinks;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.StrategyValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The portfolio of one large city: 5 strategies (an integrated one and four sectoral ones) with
 * 5,000 actions, 2,000 indicators and 100,000 measurements in all (1,000 actions of two budget
 * lines and 400 monthly indicators per strategy; 55 measurements per sectoral indicator, 60 per
 * indicator the integrated strategy owns). The integrated strategy
 * delegates 40 objectives, shares 400 actions (with copies of their owners' lines) and 200
 * indicators (without measurements of its own) with the sectoral ones.
 *
 * <ul>
 *   <li>{@link #readDocuments}: reading the five JSON documents ({@link StrategyDocuments#read(String,
 *       DocumentFormat)});
 *   <li>{@link #validateAndReport}: validating the portfolio (each document with core's rules and
 *       the cross-document rules) and making its combined report as of 2026-06-30, rendered as JSON;
 *   <li>{@link #validate} and {@link #report}: its two parts, to see where the time goes.
 * </ul>
 *
 * <p>The target: {@code validateAndReport} within 3× of {@code readDocuments}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 5)
public class PortfolioBenchmark {

  static final int STRATEGIES = 5;
  static final int ACTIONS = 1_000;
  static final int INDICATORS = 400;
  /** Measurements per indicator of a sectoral strategy (4 × 400 × 55 = 88,000). */
  static final int MEASUREMENTS = 55;
  /** Measurements per own indicator of the integrated strategy (200 × 60 = 12,000). */
  static final int INTEGRATED_MEASUREMENTS = 60;
  static final int OBJECTIVES = 40;

  private final StrategyDocuments documents = StrategyDocuments.standard();
  private final PortfolioValidator validator = PortfolioValidator.of(StrategyValidator.coreOnly());
  private final MonitoringReporter reporter = MonitoringReporter.standard();
  private List<String> texts;
  private Portfolio portfolio;

  /** Generates the five seeded strategies and writes them as JSON. */
  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(2026);
    List<Strategy> strategies = new ArrayList<>();
    for (int s = 0; s < STRATEGIES; s++) {
      strategies.add(strategy(s, rnd));
    }
    strategies.set(0, links(strategies).applyTo(strategies.get(0)));
    texts = strategies.stream().map(st -> documents.write(st, DocumentFormat.JSON)).toList();
    portfolio = Portfolio.of(read());
    PortfolioValidation v = validator.validate(portfolio);
    if (!v.errors().isEmpty()) {
      throw new IllegalStateException("the generated portfolio has errors: " + v.errors().subList(0, 1));
    }
    long measurements = portfolio.strategies().stream().flatMap(st -> st.indicators().stream())
        .mapToLong(i -> i.measurements().size()).sum();
    if (measurements != 100_000) {
      throw new IllegalStateException("unexpected measurement count " + measurements);
    }
  }

  private static String id(int s) {
    return s == 0 ? "city-integrated" : "city-sector-" + s;
  }

  private static Strategy strategy(int s, SplittableRandom rnd) {
    List<Objective> objectives = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    for (int k = 0; k < INDICATORS; k++) {
      double base = 50 + rnd.nextDouble() * 100;
      boolean up = rnd.nextBoolean();
      Indicator.Builder b = Indicator.builder(IndicatorId.of("I-" + k), LocalizedText.of("Indicator " + k, "Indicatorul " + k),
              "%", up ? Direction.INCREASE : Direction.DECREASE)
          .frequency(ReportingFrequency.MONTHLY)
          .baseline(Baseline.of(PlanDate.ofMonth(2021, 12), base))
          .target(Target.of(PlanDate.ofYear(2030), up ? base * 1.5 : base * 0.6));
      // the integrated strategy's first 200 indicators are shared: their series is the sectoral one's
      if (s != 0 || k >= 200) {
        double v = base;
        int count = s == 0 ? INTEGRATED_MEASUREMENTS : MEASUREMENTS;
        List<Measurement> ms = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
          v += (up ? 1 : -1) * rnd.nextDouble();
          ms.add(Measurement.of(PlanDate.ofMonth(2022 + m / 12, 1 + m % 12), v));
        }
        b.measurements(ms);
      }
      indicators.add(b.build());
    }
    for (int o = 0; o < OBJECTIVES; o++) {
      List<IndicatorId> measured = new ArrayList<>();
      for (int k = o * (INDICATORS / OBJECTIVES); k < (o + 1) * (INDICATORS / OBJECTIVES); k++) {
        measured.add(IndicatorId.of("I-" + k));
      }
      objectives.add(new Objective(ObjectiveId.of("O-" + o), LocalizedText.of("Objective " + o + " of " + id(s),
          "Obiectivul " + o + " din " + id(s)), LocalizedText.empty(), measured, List.of()));
    }
    List<Action> actions = new ArrayList<>();
    for (int a = 0; a < ACTIONS; a++) {
      actions.add(Action.builder(ActionId.of("A-" + a), LocalizedText.of("Action " + a + " of " + id(s),
              "Acțiunea " + a + " din " + id(s)))
          .serves(ObjectiveId.of("O-" + (a % OBJECTIVES)))
          .start(PlanDate.ofYear(2026))
          .end(PlanDate.ofYear(2028))
          .budgetLine(BudgetLine.planned(2026, Money.ron(Integer.toString(10_000 + rnd.nextInt(1_000_000))),
              FundingSource.of(FundingKind.LOCAL_BUDGET)))
          .budgetLine(BudgetLine.planned(2027, Money.ron(Integer.toString(10_000 + rnd.nextInt(1_000_000))),
              FundingSource.of(FundingKind.EU_FUNDS, "PR 2021-2027")))
          .build());
    }
    Strategy strategy = Strategy.builder(StrategyId.of(id(s)), TemplateId.of(s == 0 ? "integrated" : "sector"),
            Municipality.of("Large City", "RO"), LocalizedText.of("Strategy " + id(s), "Strategia " + id(s)),
            StrategyPeriod.of(2022, 2030))
        .objectives(objectives)
        .indicators(indicators)
        .actions(actions)
        .build();
    return strategy;
  }

  /** The integrated strategy's links; its first 400 actions copy the lines of sectoral actions. */
  private static StrategyLinks links(List<Strategy> strategies) {
    List<Delegation> delegations = new ArrayList<>();
    for (int o = 0; o < OBJECTIVES; o++) {
      delegations.add(new Delegation(ObjectiveId.of("O-" + o), CrossReference.objective(id(1 + o % 4), "O-" + o)));
    }
    List<SharedAction> actions = new ArrayList<>();
    for (int a = 0; a < 400; a++) {
      actions.add(new SharedAction(ActionId.of("A-" + a), CrossReference.action(id(1 + a % 4), "A-" + a)));
    }
    List<SharedIndicator> indicators = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      indicators.add(new SharedIndicator(IndicatorId.of("I-" + k), CrossReference.indicator(id(1 + k % 4), "I-" + k)));
    }
    // copy the owners' lines, so that the combined budget has lines to count once
    Strategy integrated = strategies.get(0);
    List<Action> copied = new ArrayList<>(integrated.actions());
    for (int a = 0; a < 400; a++) {
      Action owner = strategies.get(1 + a % 4).actions().get(a);
      copied.set(a, copied.get(a).toBuilder().budget(owner.budget()).build());
    }
    strategies.set(0, integrated.toBuilder().actions(copied).build());
    return new StrategyLinks(delegations, actions, indicators);
  }

  private List<Strategy> read() {
    List<Strategy> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(documents.read(t, DocumentFormat.JSON).orElseThrow());
    }
    return out;
  }

  /** Reads the five documents. */
  @Benchmark
  public List<Strategy> readDocuments() {
    return read();
  }

  /** Validates the portfolio: each document with core's rules, then the cross-document rules. */
  @Benchmark
  public PortfolioValidation validate() {
    return validator.validate(portfolio);
  }

  /** Makes the combined report, not rendered. */
  @Benchmark
  public CombinedReport report() {
    return CombinedReport.of(portfolio, reporter, LocalDate.of(2026, 6, 30));
  }

  /** Validates the portfolio and makes its combined report, rendered as JSON. */
  @Benchmark
  public String validateAndReport() {
    PortfolioValidation v = validator.validate(portfolio);
    CombinedReport r = CombinedReport.of(portfolio, reporter, LocalDate.of(2026, 6, 30));
    return CombinedRendering.json(r) + v.findings().size();
  }
}
