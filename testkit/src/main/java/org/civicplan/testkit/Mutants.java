package org.civicplan.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.IndicatorEffect;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Partner;
import org.civicplan.strategy.PartnerRole;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.Task;

/**
 * Makes single-defect mutants of a valid strategy: each {@link Mutant} differs from its source in
 * one place, and carries the finding code a validator must report for it.
 *
 * <p>The source must be valid (no finding under the core rules), as {@link StrategyGenerator}'s
 * strategies are; otherwise a mutant may carry other defects too. Mutants are deterministic:
 * the same source and generator state give the same mutants. A kind that the source offers no
 * place for (a cycle needs two actions, a negative budget needs a budget line...) gives no
 * mutant.
 *
 * <p>Typical use in a property test:
 *
 * <pre>{@code
 * for (Mutant m : Mutants.all(valid, StrategyGenerator.random(seed))) {
 *   assertTrue(m.isReportedBy(validator.validate(m.strategy())), m::toString);
 * }
 * }</pre>
 */
public final class Mutants {

  private Mutants() {}

  /**
   * One mutant of each kind the strategy offers a place for, in {@link MutationKind} order.
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<Mutant> all(Strategy valid, RandomGenerator random) {
    Objects.requireNonNull(valid, "valid");
    Rng rng = new Rng(random);
    List<Mutant> out = new ArrayList<>();
    for (MutationKind kind : MutationKind.values()) {
      new Mutator(valid, rng).mutate(kind).ifPresent(out::add);
    }
    return out;
  }

  /**
   * A mutant of one kind, or empty when the strategy offers no place for it.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Mutant> of(MutationKind kind, Strategy valid, RandomGenerator random) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(valid, "valid");
    return new Mutator(valid, new Rng(random)).mutate(kind);
  }

  /** Makes the mutants of one source. */
  private static final class Mutator {
    private final Strategy s;
    private final Rng rng;

    private final GovernanceMutator governance;

    Mutator(Strategy s, Rng rng) {
      this.s = s;
      this.rng = rng;
      this.governance = new GovernanceMutator(s, rng);
    }

    Optional<Mutant> mutate(MutationKind kind) {
      List<Supplier<Mutant>> options =
          switch (kind) {
            case DUPLICATE_ID -> duplicateId();
            case UNKNOWN_OBJECTIVE -> forEachAction(this::unknownObjective);
            case UNKNOWN_INDICATOR -> unknownIndicator();
            case UNKNOWN_ACTION -> forEachAction(this::unknownAction);
            case UNKNOWN_ORGANISATION -> unknownOrganisation();
            case ACTION_OUTSIDE_PERIOD -> forEachAction(this::outsidePeriod);
            case ACTION_START_AFTER_END -> forEachAction(this::startAfterEnd);
            case BASELINE_AFTER_TARGET -> baselineAfterTarget();
            case TARGET_AGAINST_DIRECTION -> targetAgainstDirection();
            case DEPENDENCY_CYCLE -> s.actions().size() < 2 ? List.of() : List.of(this::cycle);
            case NEGATIVE_BUDGET -> forEachBudgetLine(this::negativeBudget);
            case CURRENCY_MISMATCH -> forEachBudgetLine(this::currencyMismatch);
            case BUDGET_YEAR_OUTSIDE_PERIOD -> forEachBudgetLine(this::budgetYearOutside);
            case TASK_DONE_WITHOUT_DATE -> taskDoneWithoutDate();
            case OBJECTIVE_UNMEASURED -> unmeasuredObjective();
            case TEXT_LANGUAGE_MISSING -> textLanguageMissing();
            case BODY_COORDINATOR_COUNT -> governance.coordinatorCount();
            case CONSULTATIVE_WITHOUT_CIVIL_SOCIETY -> governance.withoutCivilSociety();
            case WORKING_GROUP_WITHOUT_OBJECTIVE -> governance.emptyWorkingGroup();
            case OBJECTIVE_WITHOUT_WORKING_GROUP -> governance.uncoveredObjective();
            case MONITOR_NOT_INDEPENDENT -> governance.notIndependent();
            case CHAIRS_NOT_SEPARATE -> governance.sameChair();
            case PROPOSAL_PERIOD_SHORT -> governance.shortProposalPeriod();
            case DEBATE_MISSING -> governance.debateMissing();
            case PROPOSAL_UNANSWERED -> governance.unanswered();
            case ANSWER_UNJUSTIFIED -> governance.unjustified();
            case SUBMITTED_TOO_EARLY -> governance.submittedTooEarly();
            case COUNCIL_TOO_EARLY -> governance.councilTooEarly();
            case CONSULTATION_MISSING -> governance.consultationMissing();
            case DECISION_MISSING -> governance.decisionMissing();
            case PAYMENT_CURRENCY_MISMATCH -> governance.paymentCurrency();
            case PROJECT_UNKNOWN_ACTION -> governance.projectUnknownAction();
            case ALIGNMENT_UNKNOWN_LOCAL -> governance.alignmentUnknownLocal();
          };
      return options.isEmpty() ? Optional.empty() : Optional.of(rng.pick(options).get());
    }

    // ---- duplicate ids

    private List<Supplier<Mutant>> duplicateId() {
      List<Supplier<Mutant>> options = new ArrayList<>();
      if (!s.indicators().isEmpty()) {
        options.add(() -> {
          Indicator copy = rng.pick(s.indicators());
          return Mutant.of(MutationKind.DUPLICATE_ID, "a second indicator with id \"" + copy.id() + "\"",
              s.toBuilder().indicators(append(s.indicators(), copy)).build(), "/indicators/" + s.indicators().size());
        });
      }
      if (!s.organisations().isEmpty()) {
        options.add(() -> {
          var copy = rng.pick(s.organisations());
          return Mutant.of(MutationKind.DUPLICATE_ID, "a second organisation with id \"" + copy.id() + "\"",
              s.toBuilder().organisations(append(s.organisations(), copy)).build(),
              "/organisations/" + s.organisations().size());
        });
      }
      if (!s.actions().isEmpty()) {
        options.add(() -> {
          Action copy = rng.pick(s.actions());
          return Mutant.of(MutationKind.DUPLICATE_ID, "a second action with id \"" + copy.id() + "\"",
              s.toBuilder().actions(append(s.actions(), copy)).build(), "/actions/" + s.actions().size());
        });
      }
      // With working groups, a copy at the top level is covered only if the original is covered directly.
      boolean groups = s.governance().bodies(BodyKind.SECTORAL_WORKING_GROUP).findAny().isPresent();
      Set<ObjectiveId> covered = GovernanceMutator.directlyCovered(s);
      List<Located> leaves = objectives().stream()
          .filter(o -> o.objective().children().isEmpty() && (!groups || covered.contains(o.objective().id())))
          .toList();
      if (!leaves.isEmpty()) {
        options.add(() -> {
          Objective copy = rng.pick(leaves).objective();
          return Mutant.of(MutationKind.DUPLICATE_ID,
              "a second objective with id \"" + copy.id() + "\", at the top level",
              s.toBuilder().objectives(append(s.objectives(), copy)).build(), "/objectives/" + s.objectives().size());
        });
      }
      List<Integer> withTasks = indexes(s.actions(), a -> !a.tasks().isEmpty());
      if (!withTasks.isEmpty()) {
        options.add(() -> {
          int i = rng.pick(withTasks);
          Action a = s.actions().get(i);
          Task copy = rng.pick(a.tasks());
          return Mutant.of(MutationKind.DUPLICATE_ID,
              "a second task with id \"" + copy.id() + "\" in action \"" + a.id() + "\"",
              withAction(i, a.toBuilder().tasks(append(a.tasks(), copy)).build()),
              "/actions/" + i + "/tasks/" + a.tasks().size());
        });
      }
      List<GovernanceBody> bodies = s.governance().bodies();
      if (!bodies.isEmpty()) {
        options.add(() -> {
          GovernanceBody copy = rng.pick(bodies);
          return Mutant.of(MutationKind.DUPLICATE_ID, "a second governance body with id \"" + copy.id() + "\"",
              withBodies(append(bodies, copy)),
              "/governance/bodies/" + bodies.size());
        });
      }
      return options;
    }

    // ---- unknown references

    private Mutant unknownObjective(int i) {
      Action a = s.actions().get(i);
      ObjectiveId missing = ObjectiveId.of(fresh("OS-missing", objectiveIds()));
      return Mutant.of(MutationKind.UNKNOWN_OBJECTIVE,
          "action \"" + a.id() + "\" serves unknown objective \"" + missing + "\"",
          withAction(i, a.toBuilder().objectiveIds(append(a.objectiveIds(), missing)).build()),
          "/actions/" + i + "/objectiveIds/" + a.objectiveIds().size());
    }

    private List<Supplier<Mutant>> unknownIndicator() {
      List<Supplier<Mutant>> options = new ArrayList<>();
      Set<String> known = new HashSet<>();
      s.indicators().forEach(x -> known.add(x.id().value()));
      IndicatorId missing = IndicatorId.of(fresh("ind-missing", known));
      List<Located> all = objectives();
      if (!all.isEmpty()) {
        options.add(() -> {
          Located o = rng.pick(all);
          Objective changed = o.objective().withIndicators(append(o.objective().indicatorIds(), missing));
          return Mutant.of(MutationKind.UNKNOWN_INDICATOR,
              "objective \"" + o.objective().id() + "\" is measured by unknown indicator \"" + missing + "\"",
              withObjective(o.objective().id(), x -> changed),
              o.path() + "/indicatorIds/" + o.objective().indicatorIds().size());
        });
      }
      if (!s.actions().isEmpty()) {
        options.add(() -> {
          int i = rng.below(s.actions().size());
          Action a = s.actions().get(i);
          return Mutant.of(MutationKind.UNKNOWN_INDICATOR,
              "action \"" + a.id() + "\" is expected to move unknown indicator \"" + missing + "\"",
              withAction(i, a.toBuilder().effects(append(a.effects(), new IndicatorEffect(missing, Direction.INCREASE))).build()),
              "/actions/" + i + "/effects/" + a.effects().size());
        });
      }
      return options;
    }

    private Mutant unknownAction(int i) {
      Action a = s.actions().get(i);
      Set<String> known = new HashSet<>();
      s.actions().forEach(x -> known.add(x.id().value()));
      ActionId missing = ActionId.of(fresh("A-missing", known));
      return Mutant.of(MutationKind.UNKNOWN_ACTION,
          "action \"" + a.id() + "\" depends on unknown action \"" + missing + "\"",
          withAction(i, a.toBuilder().dependsOn(append(a.dependsOn(), missing)).build()),
          "/actions/" + i + "/dependsOn/" + a.dependsOn().size());
    }

    private List<Supplier<Mutant>> unknownOrganisation() {
      Set<String> known = new HashSet<>();
      s.organisations().forEach(x -> known.add(x.id().value()));
      OrganisationId missing = OrganisationId.of(fresh("org-missing", known));
      List<Supplier<Mutant>> options = new ArrayList<>();
      if (!s.actions().isEmpty()) {
        options.add(() -> {
          int i = rng.below(s.actions().size());
          Action a = s.actions().get(i);
          return Mutant.of(MutationKind.UNKNOWN_ORGANISATION,
              "action \"" + a.id() + "\" is the responsibility of unknown organisation \"" + missing + "\"",
              withAction(i, a.toBuilder().responsible(missing).build()), "/actions/" + i + "/responsible");
        });
        options.add(() -> {
          int i = rng.below(s.actions().size());
          Action a = s.actions().get(i);
          return Mutant.of(MutationKind.UNKNOWN_ORGANISATION,
              "action \"" + a.id() + "\" has unknown partner \"" + missing + "\"",
              withAction(i, a.toBuilder().partners(append(a.partners(), new Partner(missing, rng.pick(PartnerRole.values())))).build()),
              "/actions/" + i + "/partners/" + a.partners().size());
        });
      }
      List<GovernanceBody> bodies = s.governance().bodies();
      if (!bodies.isEmpty()) {
        options.add(() -> {
          int b = rng.below(bodies.size());
          GovernanceBody body = bodies.get(b);
          GovernanceBody changed = body.withMembers(append(body.members(), Member.of("Vasile Necunoscut", MemberRole.MEMBER, missing)));
          return Mutant.of(MutationKind.UNKNOWN_ORGANISATION,
              "a member of body \"" + body.id() + "\" represents unknown organisation \"" + missing + "\"",
              withBodies(replace(bodies, b, changed)),
              "/governance/bodies/" + b + "/members/" + body.members().size());
        });
      }
      return options;
    }

    // ---- action dates

    private Mutant outsidePeriod(int i) {
      Action a = s.actions().get(i);
      int k = rng.between(1, 3);
      if (rng.chance(0.5)) {
        PlanDate end = PlanDate.ofYear(s.period().endYear() + k);
        return Mutant.of(MutationKind.ACTION_OUTSIDE_PERIOD,
            "action \"" + a.id() + "\" ends in " + end + ", after the period " + s.period(),
            withAction(i, a.toBuilder().end(end).build()), "/actions/" + i + "/end");
      }
      PlanDate start = PlanDate.ofYear(s.period().startYear() - k);
      return Mutant.of(MutationKind.ACTION_OUTSIDE_PERIOD,
          "action \"" + a.id() + "\" starts in " + start + ", before the period " + s.period(),
          withAction(i, a.toBuilder().start(start).build()), "/actions/" + i + "/start");
    }

    private Mutant startAfterEnd(int i) {
      Action a = s.actions().get(i);
      int year = rng.between(s.period().startYear(), s.period().endYear());
      int startMonth = rng.between(2, 12);
      PlanDate start = PlanDate.ofMonth(year, startMonth);
      PlanDate end = PlanDate.ofMonth(year, rng.between(1, startMonth - 1));
      return Mutant.of(MutationKind.ACTION_START_AFTER_END,
          "action \"" + a.id() + "\" starts in " + start + " but ends in " + end,
          withAction(i, a.toBuilder().start(start).end(end).build()), "/actions/" + i);
    }

    // ---- indicators

    private List<Supplier<Mutant>> baselineAfterTarget() {
      List<Integer> candidates = indexes(s.indicators(), x -> x.baseline().isPresent() && !x.targets().isEmpty());
      if (candidates.isEmpty()) {
        return List.of();
      }
      return List.of(() -> {
        int i = rng.pick(candidates);
        Indicator x = s.indicators().get(i);
        int lastTargetYear = x.targets().stream().mapToInt(t -> t.date().lastDay().getYear()).max().orElseThrow();
        PlanDate late = PlanDate.ofYear(Math.min(PlanDate.MAX_YEAR, lastTargetYear + rng.between(1, 2)));
        Indicator changed = x.toBuilder().baseline(Baseline.of(late, x.baseline().orElseThrow().value())).build();
        return Mutant.of(MutationKind.BASELINE_AFTER_TARGET,
            "indicator \"" + x.id() + "\" has its baseline in " + late + ", after its targets",
            withIndicator(i, changed), "/indicators/" + i);
      });
    }

    private List<Supplier<Mutant>> targetAgainstDirection() {
      List<Supplier<Mutant>> options = new ArrayList<>();
      for (int i = 0; i < s.indicators().size(); i++) {
        Indicator x = s.indicators().get(i);
        if (x.direction() == Direction.TARGET_RANGE || x.baseline().isEmpty()) {
          continue;
        }
        for (int t = 0; t < x.targets().size(); t++) {
          if (x.targets().get(t).milestone()) {
            continue;
          }
          int ii = i;
          int tt = t;
          options.add(() -> {
            double base = x.baseline().orElseThrow().value();
            double step = Math.max(1, Rng.round2(Math.abs(base) * rng.decimal(0.05, 0.5)));
            double wrong = Rng.round2(x.direction() == Direction.INCREASE ? base - step : base + step);
            Target old = x.targets().get(tt);
            Target changed = new Target(old.date(), wrong, OptionalDouble.empty(), false);
            return Mutant.of(MutationKind.TARGET_AGAINST_DIRECTION,
                "indicator \"" + x.id() + "\" (" + x.direction().name().toLowerCase(java.util.Locale.ROOT)
                    + ") has target " + wrong + " against baseline " + base,
                withIndicator(ii, x.toBuilder().targets(replace(x.targets(), tt, changed)).build()),
                "/indicators/" + ii + "/targets/" + tt);
          });
        }
      }
      return options;
    }

    // ---- dependencies

    private Mutant cycle() {
      int i = rng.below(s.actions().size());
      int j = rng.below(s.actions().size() - 1);
      if (j >= i) {
        j++;
      }
      Action a = s.actions().get(i);
      Action b = s.actions().get(j);
      Action a2 = a.dependsOn().contains(b.id()) ? a : a.toBuilder().dependsOn(append(a.dependsOn(), b.id())).build();
      Action b2 = b.dependsOn().contains(a.id()) ? b : b.toBuilder().dependsOn(append(b.dependsOn(), a.id())).build();
      List<Action> actions = replace(replace(s.actions(), i, a2), j, b2);
      return Mutant.of(MutationKind.DEPENDENCY_CYCLE,
          "actions \"" + a.id() + "\" and \"" + b.id() + "\" depend on each other",
          s.toBuilder().actions(actions).build(), "/actions");
    }

    // ---- budget

    private Mutant negativeBudget(int i, int l) {
      Action a = s.actions().get(i);
      BudgetLine line = a.budget().get(l);
      BudgetLine changed;
      String path = "/actions/" + i + "/budget/" + l;
      if (line.actual().isPresent() && rng.chance(0.5)) {
        Money actual = negative(line.actual().get());
        changed = new BudgetLine(line.year(), line.planned(), Optional.of(actual), line.source());
        path += "/actual";
      } else {
        changed = new BudgetLine(line.year(), negative(line.planned()), line.actual(), line.source());
        path += "/planned";
      }
      return Mutant.of(MutationKind.NEGATIVE_BUDGET,
          "budget line " + l + " of action \"" + a.id() + "\" has a negative amount",
          withBudgetLine(i, l, changed), path);
    }

    private static Money negative(Money m) {
      BigDecimal amount = m.amount().signum() == 0 ? BigDecimal.ONE : m.amount().abs();
      return Money.of(amount.negate(), m.currency());
    }

    private Mutant currencyMismatch(int i, int l) {
      Action a = s.actions().get(i);
      BudgetLine line = a.budget().get(l);
      java.util.Currency other = line.planned().currency().equals(Money.RON) ? Money.EUR : Money.RON;
      Money actual = Money.of(line.actual().orElse(line.planned()).amount(), other);
      return Mutant.of(MutationKind.CURRENCY_MISMATCH,
          "budget line " + l + " of action \"" + a.id() + "\" plans " + line.planned() + " but spent " + actual,
          withBudgetLine(i, l, new BudgetLine(line.year(), line.planned(), Optional.of(actual), line.source())),
          "/actions/" + i + "/budget/" + l);
    }

    private Mutant budgetYearOutside(int i, int l) {
      Action a = s.actions().get(i);
      BudgetLine line = a.budget().get(l);
      int k = rng.between(1, 3);
      int year = rng.chance(0.5) ? s.period().endYear() + k : s.period().startYear() - k;
      return Mutant.of(MutationKind.BUDGET_YEAR_OUTSIDE_PERIOD,
          "budget line " + l + " of action \"" + a.id() + "\" is for " + year + ", outside " + s.period(),
          withBudgetLine(i, l, new BudgetLine(year, line.planned(), line.actual(), line.source())),
          "/actions/" + i + "/budget/" + l);
    }

    // ---- tasks

    private List<Supplier<Mutant>> taskDoneWithoutDate() {
      List<Integer> withTasks = indexes(s.actions(), a -> !a.tasks().isEmpty());
      if (withTasks.isEmpty()) {
        return List.of();
      }
      return List.of(() -> {
        int i = rng.pick(withTasks);
        Action a = s.actions().get(i);
        int t = rng.below(a.tasks().size());
        Task task = a.tasks().get(t);
        Task changed = new Task(task.id(), task.title(), task.due(), true, Optional.empty());
        return Mutant.of(MutationKind.TASK_DONE_WITHOUT_DATE,
            "task \"" + task.id() + "\" of action \"" + a.id() + "\" is done but has no completion date",
            withAction(i, a.toBuilder().tasks(replace(a.tasks(), t, changed)).build()),
            "/actions/" + i + "/tasks/" + t);
      });
    }

    // ---- warnings

    private List<Supplier<Mutant>> unmeasuredObjective() {
      boolean groups = s.governance().bodies(BodyKind.SECTORAL_WORKING_GROUP).findAny().isPresent();
      Set<ObjectiveId> covered = GovernanceMutator.directlyCovered(s);
      if (groups && objectives().stream().noneMatch(o -> underCovered(o.path(), covered))) {
        return List.of();
      }
      return List.of(this::unmeasured);
    }

    private Mutant unmeasured() {
      ObjectiveId id = ObjectiveId.of(fresh("OS-new", objectiveIds()));
      Objective orphan = new Objective(id, LocalizedText.of("Reduce noise", "Reducerea zgomotului"),
          LocalizedText.empty(), List.of(), List.of());
      // With working groups, a new objective must sit under a covered one, or a second rule would fire.
      boolean groups = s.governance().bodies(BodyKind.SECTORAL_WORKING_GROUP).findAny().isPresent();
      Set<ObjectiveId> covered = GovernanceMutator.directlyCovered(s);
      List<Located> all = objectives().stream()
          .filter(o -> !groups || underCovered(o.path(), covered))
          .toList();
      if (all.isEmpty() || (!groups && rng.chance(0.3))) {
        return Mutant.of(MutationKind.OBJECTIVE_UNMEASURED,
            "new objective \"" + id + "\" has no indicator and no action",
            s.toBuilder().objectives(append(s.objectives(), orphan)).build(), "/objectives/" + s.objectives().size());
      }
      Located parent = rng.pick(all);
      return Mutant.of(MutationKind.OBJECTIVE_UNMEASURED,
          "new objective \"" + id + "\" under \"" + parent.objective().id() + "\" has no indicator and no action",
          withObjective(parent.objective().id(), o -> o.withChildren(append(o.children(), orphan))),
          parent.path() + "/children/" + parent.objective().children().size());
    }

    /** Whether the objective at {@code path} or one of its ancestors is covered directly. */
    private boolean underCovered(String path, Set<ObjectiveId> covered) {
      List<Objective> level = s.objectives();
      String[] parts = path.substring(1).split("/");
      for (int k = 1; k < parts.length; k += 2) {
        Objective o = level.get(Integer.parseInt(parts[k]));
        if (covered.contains(o.id())) {
          return true;
        }
        level = o.children();
      }
      return false;
    }

    private List<Supplier<Mutant>> textLanguageMissing() {
      List<Supplier<Mutant>> options = new ArrayList<>();
      if (bilingual(s.title())) {
        options.add(() -> textMutant("the strategy title", "/title", s.title(),
            t -> s.toBuilder().title(t).build()));
      }
      for (Located o : objectives()) {
        if (bilingual(o.objective().title())) {
          options.add(() -> textMutant("the title of objective \"" + o.objective().id() + "\"", o.path() + "/title",
              o.objective().title(), t -> withObjective(o.objective().id(), x -> x.withTitle(t))));
        }
      }
      for (int i = 0; i < s.actions().size(); i++) {
        Action a = s.actions().get(i);
        int ii = i;
        if (bilingual(a.title())) {
          options.add(() -> textMutant("the title of action \"" + a.id() + "\"", "/actions/" + ii + "/title",
              a.title(), t -> withAction(ii, a.toBuilder().title(t).build())));
        }
      }
      for (int i = 0; i < s.indicators().size(); i++) {
        Indicator x = s.indicators().get(i);
        int ii = i;
        if (bilingual(x.name())) {
          options.add(() -> textMutant("the name of indicator \"" + x.id() + "\"", "/indicators/" + ii + "/name",
              x.name(), t -> withIndicator(ii, x.toBuilder().name(t).build())));
        }
      }
      return options;
    }

    private Mutant textMutant(String what, String path, LocalizedText text, Function<LocalizedText, Strategy> apply) {
      String drop = rng.chance(0.5) ? LocalizedText.ROMANIAN : LocalizedText.ENGLISH;
      Map<String, String> values = new TreeMap<>(text.values());
      values.remove(drop);
      return Mutant.of(MutationKind.TEXT_LANGUAGE_MISSING, what + " has no \"" + drop + "\" text",
          apply.apply(new LocalizedText(values)), path);
    }

    private static boolean bilingual(LocalizedText t) {
      return t.has(LocalizedText.ENGLISH) && t.has(LocalizedText.ROMANIAN);
    }

    // ---- helpers

    private interface PerAction {
      Mutant at(int action);
    }

    private interface PerBudgetLine {
      Mutant at(int action, int line);
    }

    private List<Supplier<Mutant>> forEachAction(PerAction f) {
      List<Supplier<Mutant>> out = new ArrayList<>();
      for (int i = 0; i < s.actions().size(); i++) {
        int ii = i;
        out.add(() -> f.at(ii));
      }
      return out;
    }

    private List<Supplier<Mutant>> forEachBudgetLine(PerBudgetLine f) {
      List<Supplier<Mutant>> out = new ArrayList<>();
      for (int i = 0; i < s.actions().size(); i++) {
        for (int l = 0; l < s.actions().get(i).budget().size(); l++) {
          int ii = i;
          int ll = l;
          out.add(() -> f.at(ii, ll));
        }
      }
      return out;
    }

    /** An objective with its JSON Pointer. */
    private record Located(Objective objective, String path) {}

    private List<Located> objectives() {
      List<Located> out = new ArrayList<>();
      for (int i = 0; i < s.objectives().size(); i++) {
        locate(s.objectives().get(i), "/objectives/" + i, out);
      }
      return out;
    }

    private static void locate(Objective o, String path, List<Located> out) {
      out.add(new Located(o, path));
      for (int c = 0; c < o.children().size(); c++) {
        locate(o.children().get(c), path + "/children/" + c, out);
      }
    }

    private Set<String> objectiveIds() {
      Set<String> ids = new HashSet<>();
      s.allObjectives().forEach(o -> ids.add(o.id().value()));
      return ids;
    }

    private String fresh(String prefix, Set<String> taken) {
      while (true) {
        String id = prefix + "-" + Long.toString(rng.nextLong() >>> 44, 36);
        if (!taken.contains(id)) {
          return id;
        }
      }
    }

    private Strategy withBodies(List<GovernanceBody> bodies) {
      return s.toBuilder().governance(s.governance().withBodies(bodies)).build();
    }

    private Strategy withAction(int i, Action a) {
      return s.toBuilder().actions(replace(s.actions(), i, a)).build();
    }

    private Strategy withIndicator(int i, Indicator x) {
      return s.toBuilder().indicators(replace(s.indicators(), i, x)).build();
    }

    private Strategy withBudgetLine(int i, int l, BudgetLine line) {
      Action a = s.actions().get(i);
      return withAction(i, a.toBuilder().budget(replace(a.budget(), l, line)).build());
    }

    private Strategy withObjective(ObjectiveId id, UnaryOperator<Objective> change) {
      return s.toBuilder().objectives(replaceObjective(s.objectives(), id, change)).build();
    }

    private static List<Objective> replaceObjective(List<Objective> list, ObjectiveId id, UnaryOperator<Objective> change) {
      List<Objective> out = new ArrayList<>();
      for (Objective o : list) {
        out.add(o.id().equals(id) ? change.apply(o) : o.withChildren(replaceObjective(o.children(), id, change)));
      }
      return out;
    }

    private static <T> List<Integer> indexes(List<T> list, java.util.function.Predicate<T> test) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (test.test(list.get(i))) {
          out.add(i);
        }
      }
      return out;
    }
  }

  static <T> List<T> append(List<T> list, T value) {
    List<T> out = new ArrayList<>(list);
    out.add(value);
    return out;
  }

  static <T> List<T> replace(List<T> list, int index, T value) {
    List<T> out = new ArrayList<>(list);
    out.set(index, value);
    return out;
  }
}
