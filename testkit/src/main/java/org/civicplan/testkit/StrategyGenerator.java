// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.governance.Governance;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.IndicatorKind;
import org.civicplan.indicator.Measurement;
import org.civicplan.indicator.Denominator;
import org.civicplan.indicator.ReportingFrequency;
import org.civicplan.indicator.Target;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.Coordinates;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.ImplementationPhase;
import org.civicplan.strategy.IndicatorEffect;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Location;
import org.civicplan.base.Money;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Partner;
import org.civicplan.strategy.PartnerRole;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Population;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.strategy.Task;
import org.civicplan.base.TaskId;
import org.civicplan.base.TemplateId;

/**
 * Generates valid strategies from a {@link RandomGenerator}: the same generator state and size
 * give the same strategy, on every JDK.
 *
 * <p>A generated strategy passes every core rule listed in {@code FindingCodes} with no error and
 * no warning: ids are unique per kind, every reference resolves, action dates lie in the period
 * with start before end, baselines come before all targets and targets improve on the baseline
 * in the indicator's direction, dependencies are acyclic (an action depends only on earlier
 * ones), budget amounts are non-negative with planned and actual in one currency and years in the
 * period, done tasks have a completion date, every objective has an indicator, and every text
 * has English and Romanian. It passes the governance and alignment rules too, with governance
 * consistent with its lifecycle state (see {@code GovernanceGenerator}): bodies with one
 * coordinator each, a consultative committee with civil society, working groups covering every
 * objective, an independent monitoring committee; from public consultation on a consultation
 * under Law 52/2003 (30 days from announcement to submission, proposals answered, a debate when
 * one was requested); from approval on a council decision; memberships, partnership projects and
 * alignment links to the shipped reference frameworks. It covers the model broadly: every funding kind, direction, indicator
 * kind, status and phase appears across cases, texts carry Romanian diacritics, and raw annexes
 * carry nested JSON (objects, arrays, numbers, booleans, null, Unicode strings) in the compact
 * form a JSON library writes. A share of strategies keeps one or two prioritisation records
 * ({@code Strategy.prioritisations()}, see {@code PrioritisationGenerator}): every method label,
 * weights summing to 1, ranks 1..n over some of the strategy's actions, and sometimes a portfolio
 * selected within yearly budgets; the core rules say nothing about these records.
 *
 * <p>Not thread-safe (it draws from one generator). Typical use in a property test:
 *
 * <pre>{@code
 * StrategyGenerator.cases(20260101L, 1000).forEach(c -> check(c.strategy(), c));
 * }</pre>
 *
 * <p>All content is invented (names, codes, people, amounts) and describes no real document.
 */
public final class StrategyGenerator {

  /** The algorithm behind {@link #seeded(long)}: fixed, so that seeds replay across JDKs. */
  public static final String ALGORITHM = "L64X128MixRandom";

  /** The template id generated strategies carry unless {@link #withTemplate} says otherwise. */
  public static final TemplateId DEFAULT_TEMPLATE = TemplateId.of("testkit");

  private final Rng rng;
  private final TemplateId templateId;

  private StrategyGenerator(Rng rng, TemplateId templateId) {
    this.rng = rng;
    this.templateId = templateId;
  }

  /**
   * {@return a generator drawing from {@code random}}
   *
   * @param random the random source; the generator draws every choice from it
   * @throws NullPointerException if {@code random} is null
   */
  public static StrategyGenerator of(RandomGenerator random) {
    return new StrategyGenerator(new Rng(random), DEFAULT_TEMPLATE);
  }

  /**
   * {@return a generator drawing from {@link #random(long)}}
   *
   * @param seed the seed
   */
  public static StrategyGenerator seeded(long seed) {
    return of(random(seed));
  }

  /**
   * {@return a new {@value #ALGORITHM} generator with this seed: the same numbers on every JDK}
   *
   * @param seed the seed
   */
  public static RandomGenerator random(long seed) {
    return RandomGeneratorFactory.of(ALGORITHM).create(seed);
  }

  /**
   * {@return the seed of case {@code index} of a run seeded with {@code runSeed}: a SplitMix64 mix,
   * so that neighbouring cases get unrelated seeds}
   *
   * @param runSeed the seed of the run
   * @param index the case's index in the run, from 0
   */
  public static long caseSeed(long runSeed, int index) {
    long z = runSeed + (index + 1L) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * {@return a lazy run of {@code count} cases, small first: case {@code i} is generated by {@code
   * seeded(caseSeed(runSeed, i))} with {@link GenerationSize#smallFirst(int, int) smallFirst(i,
   * count)}}
   *
   * @param runSeed the seed of the run
   * @param count the number of cases, at least 1
   * @throws IllegalArgumentException if {@code count < 1}
   */
  public static Stream<GeneratedCase> cases(long runSeed, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1 but was " + count);
    }
    return IntStream.range(0, count)
        .mapToObj(
            i -> {
              long seed = caseSeed(runSeed, i);
              GenerationSize size = GenerationSize.smallFirst(i, count);
              return new GeneratedCase(i, seed, size, seeded(seed).strategy(size));
            });
  }

  /**
   * {@return the strategies of {@link #cases(long, int)}, small first}
   *
   * @param runSeed the seed of the run
   * @param count the number of strategies, at least 1
   * @throws IllegalArgumentException if {@code count < 1}
   */
  public static Stream<Strategy> strategies(long runSeed, int count) {
    return cases(runSeed, count).map(GeneratedCase::strategy);
  }

  /**
   * {@return a generator sharing this one's random source whose strategies carry {@code template}}
   *
   * @param template the template id the generated strategies carry
   * @throws NullPointerException if {@code template} is null
   */
  public StrategyGenerator withTemplate(TemplateId template) {
    return new StrategyGenerator(rng, Objects.requireNonNull(template, "template"));
  }

  /**
   * Generates a valid strategy of the given size.
   *
   * @param size how big the strategy is
   * @return a valid strategy of that size
   * @throws NullPointerException if {@code size} is null
   */
  public Strategy strategy(GenerationSize size) {
    Objects.requireNonNull(size, "size");
    return new Run(rng, size, templateId).strategy();
  }

  /** One generation: the state shared while one strategy is built. */
  private static final class Run {
    private final Rng rng;
    private final GenerationSize size;
    private final TemplateId templateId;
    private final StrategyPeriod period;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final String actionPrefix;
    private final String indicatorPrefix;

    Run(Rng rng, GenerationSize size, TemplateId templateId) {
      this.rng = rng;
      this.size = size;
      this.templateId = templateId;
      int start = rng.between(2021, 2032);
      this.period = StrategyPeriod.of(start, start + rng.between(0, 9));
      this.periodStart = Dates.firstDay(period.startYear());
      this.periodEnd = Dates.lastDay(period.endYear());
      this.actionPrefix = rng.pick("A-", "ACT_", "m.", "M:");
      this.indicatorPrefix = rng.pick("IND-", "i.", "kpi_");
    }

    private boolean counted;

        Strategy strategy() {
      String town = rng.pick(Vocabulary.MUNICIPALITIES);
      Municipality municipality = Municipality.of(town, "RO");
      if (rng.chance(0.7)) {
        municipality = municipality.withOfficialCode(Long.toString(rng.betweenLong(1_000, 999_999)));
      }
      if (rng.chance(0.7)) {
        municipality = municipality.withPopulation(
            Population.of(rng.betweenLong(2_000, 400_000), period.startYear() - rng.between(1, 6)));
      }
      // Every generated municipality has an area, so per-km² indicators have their denominator;
      // a fixed value draws nothing from the generator, so seeds give the strategies they gave.
      municipality = municipality.withAreaKm2("120");
      counted = municipality.population().isPresent();
      Vocabulary.Phrase theme = rng.pick(Vocabulary.THEMES);
      String slug = "s" + Long.toString(rng.nextLong() >>> 40, 36) + "-" + period.startYear();

      List<Organisation> organisations = organisations();
      List<Indicator> indicators = indicators();
      List<Objective> objectives = objectives(indicators);
      List<Action> actions = actions(objectives, indicators, organisations);
      LifecycleState state = rng.pick(LifecycleState.values());
      GovernanceGenerator governance = new GovernanceGenerator(rng, size, period);
      // Drawn in the order the builder calls drew them before prioritisations were generated.
      LocalizedText title =
          text(theme.en() + " strategy " + period, "Strategia " + theme.ro().toLowerCase(java.util.Locale.ROOT) + " " + period);
      LocalizedText vision = text(new Vocabulary.Phrase(
          "A city of " + theme.en().toLowerCase(java.util.Locale.ROOT),
          "Un oraș al " + theme.ro().toLowerCase(java.util.Locale.ROOT)));
      Governance governed = governance.governance(organisations, objectives, actions, state);
      List<AlignmentLink> aligned = governance.alignments(objectives, actions);
      List<Annex> annexes = annexes();
      // Drawn last, so that everything else stays as it was for a given seed.
      List<PrioritisationRecord> prioritisations = new PrioritisationGenerator(rng, period).records(actions);

      return Strategy.builder(
              StrategyId.of(slug),
              templateId,
              municipality,
              title,
              period)
          .vision(vision)
          .state(state)
          .objectives(objectives)
          .actions(actions)
          .indicators(indicators)
          .organisations(organisations)
          .governance(governed)
          .alignments(aligned)
          .annexes(annexes)
          .prioritisations(prioritisations)
          .build();
    }

    // ---- texts

    private LocalizedText text(String en, String ro) {
      LocalizedText t = LocalizedText.of(en, ro);
      return rng.chance(0.1) ? t.with("hu", "(hu) " + en) : t;
    }

    private LocalizedText text(Vocabulary.Phrase phrase) {
      return text(phrase.en(), phrase.ro());
    }

    /** A description: usually in both languages, sometimes empty (an absent description). */
    private LocalizedText optionalText(Vocabulary.Phrase phrase) {
      return rng.chance(0.25) ? LocalizedText.empty() : text(phrase);
    }

    private LocalizedText description() {
      return optionalText(rng.pick(Vocabulary.DESCRIPTIONS));
    }

    // ---- organisations

    private List<Organisation> organisations() {
      List<Organisation> out = new ArrayList<>();
      for (int i = 0; i < size.organisations(); i++) {
        Vocabulary.Phrase name = Vocabulary.ORGANISATIONS.get(i % Vocabulary.ORGANISATIONS.size());
        out.add(Organisation.of("org-" + (i + 1), text(name), rng.pick(OrganisationCategory.values())));
      }
      // At least one civil-society organisation, for the consultative committee.
      int civil = rng.below(out.size());
      Organisation o = out.get(civil);
      out.set(civil, new Organisation(o.id(), o.name(), rng.pick(GovernanceGenerator.CIVIL_SOCIETY)));
      return out;
    }

    // ---- indicators

    private List<Indicator> indicators() {
      List<Indicator> out = new ArrayList<>();
      for (int i = 0; i < size.indicators(); i++) {
        out.add(indicator(IndicatorId.of(indicatorPrefix + (i + 1))));
      }
      return out;
    }

    /** Per-inhabitant normalisations only where the municipality has a population count (else none). */
    private Denominator denominator(Denominator picked) {
      boolean perPerson = picked == Denominator.PER_CAPITA || picked == Denominator.PER_1000_INHABITANTS;
      return perPerson && !counted ? Denominator.NONE : picked;
    }

        private Indicator indicator(IndicatorId id) {
      int d = rng.below(20);
      Direction direction = d < 9 ? Direction.INCREASE : d < 17 ? Direction.DECREASE : Direction.TARGET_RANGE;
      Indicator.Builder b =
          Indicator.builder(id, text(rng.pick(Vocabulary.INDICATORS)), rng.pick(Vocabulary.UNITS), direction)
              .definition(description())
              .kind(rng.pick(IndicatorKind.values()))
              .normalisation(denominator(rng.pick(Denominator.values())))
              .frequency(rng.pick(ReportingFrequency.values()));
      if (rng.chance(0.6)) {
        b.dataSource(rng.pick(Vocabulary.SOURCES));
      }
      for (int r = rng.below(3); r > 0; r--) {
        b.reference("Method note " + rng.between(1, 9) + "." + rng.between(1, 9));
      }
      boolean hasBaseline = rng.chance(0.85);
      double baseline =
          switch (direction) {
            case INCREASE -> rng.decimal(0, 1_000);
            case DECREASE -> rng.decimal(100, 100_000);
            case TARGET_RANGE -> rng.decimal(10, 30);
          };
      PlanDate baselineDate =
          Dates.within(rng, Dates.firstDay(period.startYear() - 3), Dates.lastDay(period.startYear() - 1));
      if (hasBaseline) {
        b.baseline(Baseline.of(baselineDate, baseline));
      }
      // Targets lie in the period, baselines in the years before: every target is after the baseline.
      PlanDate finalDate =
          rng.chance(0.5)
              ? PlanDate.ofYear(period.endYear())
              : Dates.within(rng, Dates.firstDay(period.endYear()), periodEnd);
      List<PlanDate> milestoneDates = new ArrayList<>();
      if (finalDate.firstDay().isAfter(periodStart)) {
        for (int m = rng.below(3); m > 0; m--) {
          milestoneDates.add(Dates.within(rng, periodStart, finalDate.firstDay().minusDays(1)));
        }
      }
      milestoneDates.sort(Comparator.naturalOrder());
      List<Target> targets = new ArrayList<>();
      List<Measurement> measurements = new ArrayList<>();
      if (direction == Direction.TARGET_RANGE) {
        double lower = rng.decimal(15, 20);
        double upper = Rng.round2(lower + rng.decimal(1, 6));
        for (PlanDate m : milestoneDates) {
          targets.add(new Target(m, Rng.round2(lower - 1), OptionalDouble.of(Rng.round2(upper + 1)), true));
        }
        targets.add(Target.ofRange(finalDate, lower, upper));
        for (PlanDate date : measurementDates(hasBaseline ? Optional.of(baselineDate) : Optional.empty())) {
          measurements.add(measurement(date, rng.decimal(lower - 3, upper + 3)));
        }
      } else {
        double sign = direction == Direction.INCREASE ? 1 : -1;
        double delta = direction == Direction.INCREASE ? rng.decimal(1, 500) : Rng.round2(baseline * (0.1 + 0.8 * rng.unit()));
        double target = Rng.round2(baseline + sign * Math.max(1, delta));
        double[] fractions = new double[milestoneDates.size()];
        for (int k = 0; k < fractions.length; k++) {
          fractions[k] = 0.2 + 0.6 * rng.unit();
        }
        java.util.Arrays.sort(fractions);
        for (int k = 0; k < fractions.length; k++) {
          targets.add(Target.milestone(milestoneDates.get(k), towards(baseline, target, fractions[k])));
        }
        targets.add(Target.of(finalDate, target));
        for (PlanDate date : measurementDates(hasBaseline ? Optional.of(baselineDate) : Optional.empty())) {
          measurements.add(measurement(date, towards(baseline, target, 0.05 + 0.5 * rng.unit())));
        }
      }
      return b.targets(targets).measurements(measurements).build();
    }

    /** A value strictly between {@code from} and {@code to}, a fraction of the way. */
    private static double towards(double from, double to, double fraction) {
      double v = Rng.round2(from + (to - from) * fraction);
      return v == from || v == to ? from + (to - from) / 2 : v;
    }

    private List<PlanDate> measurementDates(Optional<PlanDate> baselineDate) {
      LocalDate from = baselineDate.map(d -> d.lastDay().plusDays(1)).orElse(periodStart);
      List<PlanDate> dates = new ArrayList<>();
      for (int n = rng.below(4); n > 0; n--) {
        dates.add(Dates.within(rng, from, periodEnd));
      }
      dates.sort(Comparator.naturalOrder());
      return dates;
    }

    private Measurement measurement(PlanDate date, double value) {
      Optional<String> source = rng.chance(0.5) ? Optional.of(rng.pick(Vocabulary.SOURCES)) : Optional.empty();
      Optional<String> note = rng.chance(0.3) ? Optional.of("Notă: " + rng.pick(Vocabulary.WORDS)) : Optional.empty();
      return new Measurement(date, value, source, note);
    }

    // ---- objectives

    private List<Objective> objectives(List<Indicator> indicators) {
      List<Objective> out = new ArrayList<>();
      for (int i = 0; i < size.objectives(); i++) {
        out.add(objective("OS-" + (i + 1), 1, indicators));
      }
      return out;
    }

    private Objective objective(String id, int level, List<Indicator> indicators) {
      List<Objective> children = new ArrayList<>();
      if (level < size.depth()) {
        int n = rng.between(0, size.maxChildren());
        for (int c = 0; c < n; c++) {
          children.add(objective(id + "." + (c + 1), level + 1, indicators));
        }
      }
      Vocabulary.Phrase verb = rng.pick(Vocabulary.VERBS);
      Vocabulary.Phrase theme = rng.pick(Vocabulary.THEMES);
      List<IndicatorId> measuredBy =
          rng.distinct(indicators, rng.between(1, 2)).stream().map(Indicator::id).toList();
      return new Objective(
          ObjectiveId.of(id),
          text(verb.en() + " " + theme.en().toLowerCase(java.util.Locale.ROOT),
              verb.ro() + " " + theme.ro().toLowerCase(java.util.Locale.ROOT)),
          description(),
          measuredBy,
          children);
    }

    // ---- actions

    private List<Action> actions(List<Objective> roots, List<Indicator> indicators, List<Organisation> orgs) {
      List<ObjectiveId> objectiveIds = roots.stream().flatMap(Objective::flatten).map(Objective::id).toList();
      List<Indicator> directed = indicators.stream().filter(i -> i.direction() != Direction.TARGET_RANGE).toList();
      List<Action> out = new ArrayList<>();
      for (int i = 0; i < size.actions(); i++) {
        out.add(action(ActionId.of(actionPrefix + (i + 1)), out, objectiveIds, directed, orgs));
      }
      return out;
    }

    private Action action(
        ActionId id, List<Action> earlier, List<ObjectiveId> objectiveIds, List<Indicator> directed, List<Organisation> orgs) {
      Vocabulary.Phrase verb = rng.pick(Vocabulary.VERBS);
      Vocabulary.Phrase theme = rng.pick(Vocabulary.THEMES);
      Action.Builder b =
          Action.builder(id, text(verb.en() + " " + theme.en().toLowerCase(java.util.Locale.ROOT),
                  verb.ro() + " " + theme.ro().toLowerCase(java.util.Locale.ROOT)))
              .description(description())
              .objectiveIds(rng.distinct(objectiveIds, rng.between(1, 2)));

      List<OrganisationId> orgIds = orgs.stream().map(Organisation::id).toList();
      Optional<OrganisationId> responsible = rng.chance(0.9) ? Optional.of(rng.pick(orgIds)) : Optional.empty();
      responsible.ifPresent(b::responsible);
      List<OrganisationId> others = orgIds.stream().filter(o -> !responsible.equals(Optional.of(o))).toList();
      for (OrganisationId partner : rng.distinct(others, rng.between(0, size.maxPartners()))) {
        b.partner(new Partner(partner, rng.pick(PartnerRole.values())));
      }

      boolean dated = rng.chance(0.9);
      Optional<PlanDate> start = Optional.empty();
      Optional<PlanDate> end = Optional.empty();
      if (dated) {
        PlanDate s = Dates.within(rng, periodStart, periodEnd);
        start = Optional.of(s);
        // The end begins no earlier than the start's last day: start <= end however precisions compare.
        end = rng.chance(0.9) ? Optional.of(Dates.within(rng, s.lastDay(), periodEnd)) : Optional.empty();
      }
      start.ifPresent(b::start);
      end.ifPresent(b::end);
      LocalDate spanStart = start.map(PlanDate::firstDay).orElse(periodStart);
      LocalDate spanEnd = end.map(PlanDate::lastDay).orElse(periodEnd);

      ActionStatus status = rng.pick(ActionStatus.values());
      b.status(status).phase(phaseFor(status));

      int taskCount = rng.between(0, size.maxTasks());
      for (int t = 0; t < taskCount; t++) {
        b.task(task("T-" + (t + 1), status, spanStart, spanEnd));
      }

      // Depend only on earlier actions that do not start later: acyclic and plausible.
      List<ActionId> candidates =
          earlier.stream()
              .filter(a -> a.start().isEmpty() || a.start().get().firstDay().compareTo(spanStart) <= 0)
              .map(Action::id)
              .toList();
      b.dependsOn(rng.distinct(candidates, rng.between(0, size.maxDependencies())));

      b.budget(budget(spanStart.getYear(), spanEnd.getYear()));

      for (Indicator indicator : rng.distinct(directed, rng.between(0, 2))) {
        b.effect(new IndicatorEffect(indicator.id(), indicator.direction()));
      }
      b.tags(rng.distinct(Vocabulary.TAGS, rng.between(0, 3)));
      if (rng.chance(0.4)) {
        b.location(location());
      }
      return b.build();
    }

    private static ImplementationPhase phaseFor(ActionStatus status) {
      return switch (status) {
        case NOT_STARTED, POSTPONED -> ImplementationPhase.PLANNING;
        case ON_TIME -> ImplementationPhase.IMPLEMENTATION;
        case LATE, CANCELLED -> ImplementationPhase.PROCUREMENT;
        case COMPLETED -> ImplementationPhase.COMPLETED;
      };
    }

    private Task task(String id, ActionStatus status, LocalDate spanStart, LocalDate spanEnd) {
      Optional<PlanDate> due = rng.chance(0.85) ? Optional.of(Dates.within(rng, spanStart, spanEnd)) : Optional.empty();
      boolean done =
          status == ActionStatus.COMPLETED
              || (status != ActionStatus.NOT_STARTED && status != ActionStatus.POSTPONED && rng.chance(0.4));
      Optional<PlanDate> completedOn = done ? Optional.of(Dates.within(rng, spanStart, periodEnd)) : Optional.empty();
      return new Task(TaskId.of(id), text(rng.pick(Vocabulary.TASKS)), due, done, completedOn);
    }

    private List<BudgetLine> budget(int fromYear, int toYear) {
      int lines = rng.between(0, size.maxBudgetLines());
      Set<String> used = new HashSet<>();
      List<BudgetLine> out = new ArrayList<>();
      for (int l = 0; l < lines; l++) {
        int year = rng.between(fromYear, toYear);
        FundingKind kind = rng.pick(FundingKind.values());
        if (!used.add(year + "/" + kind)) {
          continue;
        }
        Optional<String> programme =
            switch (kind) {
              case EU_FUNDS -> Optional.of(rng.pick(Vocabulary.PROGRAMMES));
              case NATIONAL -> rng.chance(0.7) ? Optional.of(rng.pick(Vocabulary.PROGRAMMES)) : Optional.empty();
              case OTHER -> rng.chance(0.2) ? Optional.of("Împrumut bancar") : Optional.empty();
              default -> Optional.empty();
            };
        java.util.Currency currency = rng.chance(0.7) ? Money.RON : Money.EUR;
        BigDecimal planned = BigDecimal.valueOf(rng.betweenLong(1_000, 500_000_000), rng.between(0, 2));
        Optional<Money> actual = Optional.empty();
        if (rng.chance(0.5)) {
          BigDecimal share = BigDecimal.valueOf(rng.between(0, 120), 2);
          actual = Optional.of(Money.of(planned.multiply(share).setScale(2, java.math.RoundingMode.HALF_UP), currency));
        }
        out.add(new BudgetLine(year, Money.of(planned, currency), actual, new FundingSource(kind, programme)));
      }
      return out;
    }

    private Location location() {
      int shape = rng.below(4);
      Optional<String> address =
          shape != 1 ? Optional.of(rng.pick(Vocabulary.STREETS) + " " + rng.between(1, 120)) : Optional.empty();
      Optional<String> district = shape != 2 ? Optional.of(rng.pick(Vocabulary.DISTRICTS)) : Optional.empty();
      Optional<Coordinates> point =
          shape == 0 || shape == 3
              ? Optional.of(Coordinates.of(round6(43.7 + 4.5 * rng.unit()), round6(20.3 + 9.3 * rng.unit())))
              : Optional.empty();
      return new Location(address, district, point);
    }

    private static double round6(double v) {
      return Math.round(v * 1e6) / 1e6;
    }

    // ---- annexes

    private List<Annex> annexes() {
      List<Annex> out = new ArrayList<>();
      for (String kind : rng.distinct(Vocabulary.ANNEX_KINDS, size.annexes())) {
        out.add(new RawAnnex(kind, JsonText.object(rng, rng.between(1, size.annexDepth()))));
      }
      return out;
    }
  }
}
