// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.StrategyTemplate;
import org.jspecify.annotations.Nullable;

/**
 * The contract every {@link StrategyTemplate} must keep, checked in one call: civicplan's own
 * templates run it in their tests, and so can anyone who writes a template.
 *
 * <pre>{@code
 * TemplateContract.verify(
 *     TemplateContract.subject(new HeatTemplate())
 *         .sample(HeatSample.valid())                                  // a valid strategy
 *         .messages(HeatSample.messages())                             // optional: the rule messages
 *         .mutant("heat.plan.missing", HeatSample::withoutPlan)        // one per rule code, or more
 *         .mutant("heat.capacity.low", HeatSample::valid, Map.of("heat.capacity.min", "900"))
 *         .build());
 * }</pre>
 *
 * <p>{@link #verify} checks each {@link Clause} in turn and throws one {@link
 * TemplateContractViolation} listing every {@link Violation} found, each naming the clause, the item
 * that broke (a message code, an indicator id, a parameter, a mutant, a document format, an
 * overlay...) and what was wrong with the offending value. The clauses:
 *
 * <ol>
 *   <li>{@link Clause#LOADS}: the template reports no definition finding and, registered alone in a
 *       {@link org.civicplan.template.TemplateRegistry}, leaves no registry finding. When it does
 *       not load, the other clauses are not checked (they would only repeat the cause).
 *   <li>{@link Clause#TEXTS}: the name, description, objective titles, indicator names, criteria,
 *       frameworks, annex names and parameter descriptions are in English and Romanian; every rule
 *       message (every key of the message catalogue, and every finding a mutant triggers) is in
 *       both languages with as many arguments and no unformatted {@code {0}}; Romanian is written
 *       with comma-below ș ț, never with cedilla ş ţ.
 *   <li>{@link Clause#DRAFTS}: {@link StrategyTemplate#newStrategy} drafts for two municipalities
 *       and periods (or the subject's {@link Subject.Builder#drafts drafts}) validate with no error
 *       through {@link org.civicplan.validation.StrategyValidator#of}.
 *   <li>{@link Clause#CATALOGUES}: indicators, criteria sets and criteria, frameworks and their
 *       objectives, skeleton objectives and annex kinds have unique ids; every indicator the
 *       skeleton names is in the indicator catalogue.
 *   <li>{@link Clause#PARAMETERS}: parameter names are declared once; every declared default is
 *       {@link org.civicplan.template.ParameterDefinition#accepts accepted} by its declaration and is
 *       the value {@link StrategyTemplate#parameters()} gives; every parameter of {@code
 *       parameters()} and every parameter a mutant overrides is declared and accepted.
 *   <li>{@link Clause#RULES}: the sample is of this template and valid (no error through the
 *       validator) and the template's rules (its {@link StrategyTemplate#rules() rules} and its
 *       {@link StrategyTemplate#sharedRules() shared rules}) report nothing on it; every rule code (every key of
 *       the message catalogue and every code the mutants name) is reported by at least one of its
 *       mutants, every rule fires on some mutant, rule ids are unique, and no rule throws.
 *   <li>{@link Clause#DOCUMENTS}: the sample carries an annex of every annex type; written as JSON
 *       and as YAML it reads back equal, with typed annexes, and writes the same bytes twice;
 *       read without the template, its annexes are {@link org.civicplan.strategy.RawAnnex raw}
 *       and write back unchanged.
 *   <li>{@link Clause#OVERLAYS}: an overlay ({@link org.civicplan.template.Overlays#apply}) can
 *       rename, drop and add an objective at every level of the skeleton and an indicator of the
 *       catalogue, with no finding (but the information that a dropped indicator is unlinked), the
 *       change shows in the adapted template, and a draft of the adapted template validates with
 *       no error.
 * </ol>
 *
 * <p>The template's rules are run directly, with {@link StrategyTemplate#parameters()} changed by
 * the mutant's overrides, so a finding of core's rules never counts as the template's. The
 * contract never throws on a template's mistakes: an exception thrown by the template (or a mutant
 * supplier) is itself a violation.
 */
public final class TemplateContract {

  private TemplateContract() {}

  /**
   * {@return a builder of the subject of the contract: {@code template} with its sample, mutants
   * and, optionally, its message catalogue}
   *
   * @param template the template under test
   * @throws NullPointerException if {@code template} is null
   */
  public static Subject.Builder subject(StrategyTemplate template) {
    return new Subject.Builder(Objects.requireNonNull(template, "template"));
  }

  /**
   * Checks every clause of the contract.
   *
   * @param subject the template with its sample, mutants and overlay
   * @throws TemplateContractViolation listing every violation, when there is any
   * @throws NullPointerException if {@code subject} is null
   */
  public static void verify(Subject subject) {
    List<Violation> violations = check(subject);
    if (!violations.isEmpty()) {
      throw new TemplateContractViolation(subject.template().id(), violations);
    }
  }

  /**
   * Checks every clause of the contract and returns what is violated, in clause order; empty when
   * the template keeps the contract. Never throws on the template's mistakes.
   *
   * @param subject the template with its sample, mutants and overlay
   * @return the violations, in clause order; empty when none
   * @throws NullPointerException if {@code subject} is null
   */
  public static List<Violation> check(Subject subject) {
    Objects.requireNonNull(subject, "subject");
    return new ContractRun(subject).run();
  }

  /** A clause of the contract, in the order they are checked. */
  public enum Clause {
    /** The template loads with no finding. */
    LOADS,
    /** Names, descriptions and messages in English and Romanian. */
    TEXTS,
    /** Drafts from {@code newStrategy} validate with no error. */
    DRAFTS,
    /** Catalogue ids are unique and references resolve. */
    CATALOGUES,
    /** Parameters are declared, with accepted defaults. */
    PARAMETERS,
    /** Every rule code is triggered by a mutant and silent on the sample. */
    RULES,
    /** Documents round-trip, with and without the template. */
    DOCUMENTS,
    /** Overlays can rename, drop and add every kind of skeleton item. */
    OVERLAYS;

    /** {@return the clause's name in lower case, as violations show it: {@code rules}} */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One way a template breaks the contract.
   *
   * @param clause the clause broken
   * @param item what broke, e.g. {@code message "heat.plan.missing"} or {@code indicator "H-1"}
   * @param problem what is wrong, with the offending value
   */
  public record Violation(Clause clause, String item, String problem) {

    /**
     * Creates an instance from its components.
     *
     * @param clause the clause broken
     * @param item what broke, e.g. {@code message "heat.plan.missing"} or {@code indicator "H-1"}
     * @param problem what is wrong, with the offending value
     * @throws NullPointerException if an argument is null
     */
    public Violation {
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(problem, "problem");
    }

    /** {@code [rules] message "heat.plan.missing": no mutant triggers it}. */
    @Override
    public String toString() {
      return "[" + clause.label() + "] " + item + ": " + problem;
    }
  }

  /**
   * A mutant of the sample that one of the template's rules must report: a strategy with one
   * defect, or the sample with changed parameters, or both.
   *
   * @param code the finding code the template's rules must report on it
   * @param strategy makes the strategy; called once per check, and what it throws is a violation
   * @param parameters the parameter values that replace the template's defaults, by name
   */
  public record RuleMutant(String code, Supplier<Strategy> strategy, Map<String, String> parameters) {

    /**
     * Creates an instance from its components.
     *
     * @param code the finding code the template's rules must report on it
     * @param strategy makes the strategy; called once per check, and what it throws is a violation
     * @param parameters the parameter values that replace the template's defaults, by name
     * @throws NullPointerException if an argument, a parameter name or a value is null
     * @throws IllegalArgumentException if the code is blank
     */
    public RuleMutant {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(parameters, "parameters");
      if (code.isBlank()) {
        throw new IllegalArgumentException("the code of a mutant must not be blank");
      }
      SortedMap<String, String> copy = new TreeMap<>();
      parameters.forEach((k, v) -> copy.put(
          Objects.requireNonNull(k, "parameter name"),
          Objects.requireNonNull(v, () -> "value of parameter " + k)));
      parameters = Collections.unmodifiableSortedMap(copy);
    }

    @Override
    public String toString() {
      return "mutant of \"" + code + "\"" + (parameters.isEmpty() ? "" : " with " + parameters);
    }
  }

  /**
   * What the contract checks: a template, a valid sample strategy of it, the mutants that trigger
   * its rules, optionally its message catalogue, and the draft requests. Immutable.
   */
  public static final class Subject {

    private final StrategyTemplate template;
    private final Strategy sample;
    private final List<RuleMutant> mutants;
    private final Optional<MessageCatalog> messages;
    private final List<NewStrategyRequest> drafts;

    private Subject(Builder b, Strategy sample) {
      this.template = b.template;
      this.sample = sample;
      this.mutants = List.copyOf(b.mutants);
      this.messages = b.messages;
      this.drafts = b.drafts.orElse(DEFAULT_DRAFTS);
    }

    private static final List<NewStrategyRequest> DEFAULT_DRAFTS = List.of(
        NewStrategyRequest.of(StrategyId.of("contract-draft-timisoara"),
            Municipality.of("Timișoara", "RO").withOfficialCode("155243"), StrategyPeriod.of(2021, 2030)),
        NewStrategyRequest.of(StrategyId.of("contract-draft-lugoj"),
            Municipality.of("Lugoj", "RO"), StrategyPeriod.of(2026, 2027)));

    /** {@return the template under test} */
    public StrategyTemplate template() {
      return template;
    }

    /** {@return the valid sample strategy} */
    public Strategy sample() {
      return sample;
    }

    /** {@return the mutants, in the order added} */
    public List<RuleMutant> mutants() {
      return mutants;
    }

    /** {@return the message catalogue of the template's rules, if given} */
    public Optional<MessageCatalog> messages() {
      return messages;
    }

    /**
     * {@return the requests whose drafts must validate: those given, or two of the contract's own}
     */
    public List<NewStrategyRequest> drafts() {
      return drafts;
    }

    @Override
    public String toString() {
      return "TemplateContract.Subject[" + template.id() + ", " + mutants.size() + " mutants"
          + (messages.isPresent() ? ", " + messages.get().keys().size() + " messages" : "") + "]";
    }

    /**
     * Builds a {@link Subject}. The sample is required; {@link #sample}, {@link #messages} and
     * {@link #drafts} may each be set once (a second call is refused and named); {@link #mutant}
     * adds a mutant each time.
     */
    public static final class Builder {
      private final StrategyTemplate template;
      private @Nullable Strategy sample;
      private final List<RuleMutant> mutants = new ArrayList<>();
      private Optional<MessageCatalog> messages = Optional.empty();
      private Optional<List<NewStrategyRequest>> drafts = Optional.empty();

      private Builder(StrategyTemplate template) {
        this.template = template;
      }

      /**
       * Sets the sample: a valid strategy of the template, on which its rules report nothing,
       * carrying an annex of each of its annex types.
       *
       * @param value the sample: a valid strategy of the template, on which its rules report
       *     nothing, carrying an annex of each of its annex types
       * @return this builder
       * @throws NullPointerException if {@code value} is null
       * @throws IllegalStateException if the sample was already set
       */
      public Builder sample(Strategy value) {
        Objects.requireNonNull(value, "sample");
        if (sample != null) {
          throw new IllegalStateException("the sample is already set to strategy " + sample.id()
              + "; set it once");
        }
        sample = value;
        return this;
      }

      /**
       * Adds a mutant that the template's rules must report with {@code code}, under the
       * template's default parameters changed by {@code parameters}.
       *
       * @param code the finding code the template's rules must report on it
       * @param strategy makes the strategy; called once per check, and what it throws is a
       *     violation
       * @param parameters the parameter values that replace the template's defaults, by name
       * @return this builder
       * @throws NullPointerException if an argument is null
       * @throws IllegalArgumentException if the code is blank
       */
      public Builder mutant(String code, Supplier<Strategy> strategy, Map<String, String> parameters) {
        mutants.add(new RuleMutant(code, strategy, parameters));
        return this;
      }

      /**
       * Adds a mutant checked under the template's default parameters.
       *
       * @param code the finding code the template's rules must report on it
       * @param strategy makes the strategy; called once per check, and what it throws is a
       *     violation
       * @return this builder
       * @throws NullPointerException if an argument is null
       * @throws IllegalArgumentException if the code is blank
       */
      public Builder mutant(String code, Supplier<Strategy> strategy) {
        return mutant(code, strategy, Map.of());
      }

      /**
       * Sets the catalogue of the messages of the template's rules, keyed by finding code: each
       * key is a rule code that a mutant must trigger, and each message is checked in English and
       * Romanian. Without it, only the codes the mutants name are known.
       *
       * @param value the catalogue of the messages of the template's rules, keyed by finding code:
       *     each key is a rule code that a mutant must trigger, and each message is checked in
       *     English and Romanian
       * @return this builder
       * @throws NullPointerException if {@code value} is null
       * @throws IllegalStateException if the messages were already set
       */
      public Builder messages(MessageCatalog value) {
        Objects.requireNonNull(value, "messages");
        if (messages.isPresent()) {
          throw new IllegalStateException("the messages are already set (" + messages.get().keys().size()
              + " keys); set them once");
        }
        messages = Optional.of(value);
        return this;
      }

      /**
       * Sets the requests whose drafts must validate with no error, instead of the contract's two
       * (Timișoara 2021–2030 and Lugoj 2026–2027).
       *
       * @param value the requests whose drafts must validate with no error, instead of the
       *     contract's two (Timișoara 2021–2030 and Lugoj 2026–2027)
       * @return this builder
       * @throws NullPointerException if the list or a request is null
       * @throws IllegalArgumentException if the list is empty
       * @throws IllegalStateException if the drafts were already set
       */
      public Builder drafts(List<NewStrategyRequest> value) {
        List<NewStrategyRequest> copy = List.copyOf(value);
        if (copy.isEmpty()) {
          throw new IllegalArgumentException("drafts must name at least one request");
        }
        if (drafts.isPresent()) {
          throw new IllegalStateException("the drafts are already set to " + drafts.get().size()
              + " requests; set them once");
        }
        drafts = Optional.of(copy);
        return this;
      }

      /**
       * {@return the subject}
       *
       * @throws IllegalStateException if no sample was set
       */
      public Subject build() {
        Strategy s = sample;
        if (s == null) {
          throw new IllegalStateException("the subject of template " + template.id()
              + " needs a sample: call sample(strategy) with a valid strategy of the template");
        }
        return new Subject(this, s);
      }
    }
  }
}
