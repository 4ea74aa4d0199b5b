package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;
import org.civicplan.base.TemplateId;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Checks a strategy document and reports what is wrong as {@link Finding}s; the one entry point of
 * validation.
 *
 * <pre>{@code
 * StrategyValidator validator = StrategyValidator.of(TemplateRegistry.load());
 * ValidationReport report = validator.validate(strategy);
 * report.findings().forEach(f -> System.out.println(f.message(Locale.forLanguageTag("ro"))));
 * }</pre>
 *
 * <p>A validation runs, in this order:
 *
 * <ol>
 *   <li>core's rules, in a fixed order: unique ids, references, action dates, indicator dates,
 *       target directions, dependency cycles, budget years, task completion, objective coverage,
 *       languages of texts;
 *   <li>the Jakarta Bean Validation constraints on the domain records (text lengths, non-negative
 *       budget amounts, one currency per budget line, plausible population), sorted by path;
 *   <li>when built with a {@link TemplateRegistry}: the rules of the strategy's template with the
 *       template's {@link StrategyTemplate#parameters()} (overridden by the builder's parameters),
 *       or, when the template is not installed, a {@link FindingCodes#TEMPLATE_UNKNOWN} warning;
 *   <li>when built with a {@link TemplateRegistry}: the {@linkplain StrategyTemplate#sharedRules()
 *       shared rules} of every template in it, whatever the strategy's template, ordered by
 *       template id and then in the order the template lists them, each with its own template's
 *       parameters (overridden by the builder's parameters); the host switches them off with
 *       {@link Builder#withoutSharedRules(TemplateId)} and {@link Builder#withoutSharedRule(String)};
 *   <li>the rules added with the {@link Builder}, in the order added.
 * </ol>
 *
 * <p>Each rule walks the document in document order, so the same strategy always gives the same
 * findings in the same order.
 *
 * <p><b>Never throws on a strategy.</b> Every {@link Strategy} that can be constructed is a
 * document a user may have written, so {@link #validate(Strategy)} reports on it rather than
 * throwing. A rule that throws anyway (a bug in the rule, or in a template) is caught: the findings
 * it reported before failing are dropped (they may be half a check), and a single {@link
 * Severity#ERROR} finding {@link FindingCodes#RULE_FAILED} names the rule and the exception. It is
 * an error, not a warning, because the document was not fully checked and so must not be taken as
 * valid; the other rules still run, so one faulty rule does not hide what the others find. A
 * {@link StackOverflowError} is treated the same way, so that a pathologically deep document
 * cannot crash the caller: core's rules walk trees without recursion and check any depth, but
 * Bean Validation recurses once per level of the objective tree and, on a default thread stack,
 * checks trees of 500 levels (far more than the two or three levels templates use, and more than
 * a document within the readers' default nesting limit can hold); deeper trees get a {@link
 * FindingCodes#RULE_FAILED} finding for {@code core.bean-validation}.
 *
 * <p>Immutable and thread-safe.
 */
public final class StrategyValidator {

  private static final List<ValidationRule> CORE_RULES = coreRules(CoreMessages.CATALOG);

  private final Optional<TemplateRegistry> templates;
  private final List<ValidationRule> extraRules;
  private final Parameters parameters;
  private final Set<TemplateId> sharedRulesOff;
  private final Set<String> sharedRuleIdsOff;

  private StrategyValidator(Builder b) {
    this.templates = Optional.ofNullable(b.templates);
    this.extraRules = List.copyOf(b.rules.values());
    this.parameters = b.parameters == null ? Parameters.empty() : b.parameters;
    this.sharedRulesOff = Set.copyOf(b.sharedRulesOff);
    this.sharedRuleIdsOff = Set.copyOf(b.sharedRuleIdsOff);
  }

  /** A validator that runs core's rules and the Bean Validation constraints, and no template rules. */
  public static StrategyValidator coreOnly() {
    return builder().build();
  }

  /**
   * A validator that also runs the rules of each strategy's template, found in {@code templates}.
   *
   * @throws NullPointerException if {@code templates} is null
   */
  public static StrategyValidator of(TemplateRegistry templates) {
    return builder().templates(templates).build();
  }

  /** A builder, to add templates, rules and parameters. */
  public static Builder builder() {
    return new Builder();
  }

  /** The ids of core's rules, in the order they run. */
  public static List<String> coreRuleIds() {
    List<String> ids = new ArrayList<>();
    CORE_RULES.forEach(r -> ids.add(r.id()));
    ids.add(BeanValidation.RULE_ID);
    return List.copyOf(ids);
  }

  /**
   * Checks {@code strategy}.
   *
   * @return the findings, possibly none; never throws on a strategy (see the class comment)
   * @throws NullPointerException if {@code strategy} is null
   */
  public ValidationReport validate(Strategy strategy) {
    Objects.requireNonNull(strategy, "strategy");
    MessageCatalog messages = CoreMessages.CATALOG;
    List<Finding> out = new ArrayList<>();
    for (ValidationRule rule : CORE_RULES) {
      run(rule, strategy, parameters, out);
    }
    try {
      out.addAll(BeanValidation.validate(strategy, messages));
    } catch (RuntimeException | StackOverflowError e) {
      out.add(failed(BeanValidation.RULE_ID, e));
    }
    Parameters effective = parameters;
    if (templates.isPresent()) {
      Optional<StrategyTemplate> template = templates.get().find(strategy.templateId());
      if (template.isEmpty()) {
        String installed =
            templates.get().ids().stream().map(Object::toString).collect(Collectors.joining(", "));
        out.add(
            new Finding(Severity.WARNING, FindingCodes.TEMPLATE_UNKNOWN, "/templateId",
                messages.text("template.unknown", strategy.id().value(), strategy.templateId().value(),
                    installed.isEmpty() ? "-" : installed)));
      } else {
        String templateRule = "template." + template.get().id();
        List<ValidationRule> rules;
        try {
          effective = template.get().parameters().with(parameters.values());
          rules = List.copyOf(template.get().rules());
        } catch (RuntimeException e) {
          out.add(failed(templateRule, e));
          rules = List.of();
        }
        for (ValidationRule rule : rules) {
          run(rule, strategy, effective, out);
        }
      }
      runSharedRules(templates.get(), strategy, out);
    }
    for (ValidationRule rule : extraRules) {
      run(rule, strategy, effective, out);
    }
    return new ValidationReport(out);
  }

  private void runSharedRules(TemplateRegistry registry, Strategy strategy, List<Finding> out) {
    for (StrategyTemplate template : registry.all()) {
      if (sharedRulesOff.contains(template.id())) {
        continue;
      }
      List<ValidationRule> shared;
      Parameters own;
      try {
        shared = List.copyOf(template.sharedRules());
        own = template.parameters().with(parameters.values());
      } catch (RuntimeException e) {
        out.add(failed("template." + template.id() + ".shared-rules", e));
        continue;
      }
      for (ValidationRule rule : shared) {
        String id;
        try {
          id = rule.id();
        } catch (RuntimeException e) {
          out.add(failed(rule.getClass().getName(), e));
          continue;
        }
        if (!sharedRuleIdsOff.contains(id)) {
          run(rule, strategy, own, out);
        }
      }
    }
  }

  private static void run(ValidationRule rule, Strategy strategy, Parameters parameters, List<Finding> out) {
    List<Finding> found = new ArrayList<>();
    String id = rule.getClass().getName();
    try {
      id = rule.id();
      rule.check(strategy, new Context(parameters, found));
      out.addAll(found);
    } catch (RuntimeException | StackOverflowError e) {
      out.add(failed(id, e));
    }
  }

  private static Finding failed(String ruleId, Throwable e) {
    String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new Finding(
        Severity.ERROR, FindingCodes.RULE_FAILED, "", CoreMessages.CATALOG.text("rule.failed", ruleId, what));
  }

  static List<ValidationRule> coreRules(MessageCatalog messages) {
    List<ValidationRule> rules = new java.util.ArrayList<>(List.of(
        new UniqueIdsRule(messages),
        new ReferencesRule(messages),
        new ActionDatesRule(messages),
        new IndicatorDatesRule(messages),
        new TargetDirectionRule(messages),
        new DependencyCycleRule(messages),
        new BudgetYearRule(messages),
        new TaskCompletionRule(messages),
        new ObjectiveCoverageRule(messages),
        new LanguagesRule(messages)));
    // Governance and alignment rules hold for every strategy, whatever its template.
    rules.addAll(org.civicplan.validation.GovernanceRules.all());
    rules.addAll(org.civicplan.validation.AlignmentRules.all());
    return List.copyOf(rules);
  }

  @Override
  public String toString() {
    return "StrategyValidator[templates="
        + templates.map(TemplateRegistry::ids).map(Object::toString).orElse("none")
        + ", rules="
        + extraRules.stream().map(ValidationRule::id).toList()
        + ", parameters="
        + parameters.values()
        + (sharedRulesOff.isEmpty() ? "" : ", sharedRulesOff=" + new TreeSet<>(sharedRulesOff.stream().map(TemplateId::value).toList()))
        + (sharedRuleIdsOff.isEmpty() ? "" : ", sharedRuleIdsOff=" + new TreeSet<>(sharedRuleIdsOff))
        + "]";
  }

  /** The context a rule reports to; collects into one rule's list. */
  private record Context(Parameters parameters, List<Finding> found) implements RuleContext {
    @Override
    public void report(Finding finding) {
      found.add(Objects.requireNonNull(finding, "a rule reported a null finding"));
    }
  }

  /**
   * Builds a {@link StrategyValidator}. Each setting may be given once; a repeated or conflicting
   * setting is refused and named.
   */
  public static final class Builder {
    private @Nullable TemplateRegistry templates;
    private final Map<String, ValidationRule> rules = new LinkedHashMap<>();
    private @Nullable Parameters parameters;
    private final Set<TemplateId> sharedRulesOff = new java.util.LinkedHashSet<>();
    private final Set<String> sharedRuleIdsOff = new java.util.LinkedHashSet<>();

    private Builder() {}

    /**
     * Runs the rules of each strategy's template from {@code registry}.
     *
     * @throws NullPointerException if {@code registry} is null
     * @throws IllegalStateException if templates were already set
     */
    public Builder templates(TemplateRegistry registry) {
      Objects.requireNonNull(registry, "registry");
      if (templates != null) {
        throw new IllegalStateException(
            "templates were already set to " + templates + "; cannot set them again to " + registry);
      }
      templates = registry;
      return this;
    }

    /**
     * Adds a rule that runs after core's and the template's rules, with the template's parameters.
     *
     * @throws NullPointerException if {@code rule} is null
     * @throws IllegalArgumentException if a rule with the same id was already added or is a core
     *     rule, naming both
     */
    public Builder rule(ValidationRule rule) {
      Objects.requireNonNull(rule, "rule");
      String id = Objects.requireNonNull(rule.id(), "rule id");
      if (coreRuleIds().contains(id)) {
        throw new IllegalArgumentException(
            "rule id \"" + id + "\" of " + rule.getClass().getName() + " is the id of a core rule; choose another id");
      }
      ValidationRule previous = rules.putIfAbsent(id, rule);
      if (previous != null) {
        throw new IllegalArgumentException(
            "two rules have the id \"" + id + "\": " + previous.getClass().getName() + " and "
                + rule.getClass().getName());
      }
      return this;
    }

    /**
     * Adds rules, as {@link #rule(ValidationRule)} each.
     *
     * @throws NullPointerException if the list or a rule is null
     * @throws IllegalArgumentException as {@link #rule(ValidationRule)}
     */
    public Builder rules(List<? extends ValidationRule> list) {
      list.forEach(this::rule);
      return this;
    }

    /**
     * Parameters that override the template's defaults (and are the only parameters without a
     * template).
     *
     * @throws NullPointerException if {@code values} is null
     * @throws IllegalStateException if parameters were already set
     */
    public Builder parameters(Parameters values) {
      Objects.requireNonNull(values, "values");
      if (parameters != null) {
        throw new IllegalStateException(
            "parameters were already set to " + parameters.values() + "; cannot set them again to "
                + values.values());
      }
      parameters = values;
      return this;
    }

    /**
     * Switches off the {@linkplain StrategyTemplate#sharedRules() shared rules} of the template
     * {@code template}: they no longer run on strategies of other templates, nor on its own. The
     * template's own {@link StrategyTemplate#rules()} still run on its strategies.
     *
     * @throws NullPointerException if {@code template} is null
     * @throws IllegalArgumentException if this template's shared rules were already switched off
     */
    public Builder withoutSharedRules(TemplateId template) {
      Objects.requireNonNull(template, "template");
      if (!sharedRulesOff.add(template)) {
        throw new IllegalArgumentException(
            "the shared rules of template \"" + template + "\" were already switched off");
      }
      return this;
    }

    /**
     * Switches off the shared rule with this id ({@link ValidationRule#id()}), whichever template
     * contributes it.
     *
     * @throws NullPointerException if {@code ruleId} is null
     * @throws IllegalArgumentException if this rule was already switched off
     */
    public Builder withoutSharedRule(String ruleId) {
      Objects.requireNonNull(ruleId, "ruleId");
      if (!sharedRuleIdsOff.add(ruleId)) {
        throw new IllegalArgumentException("the shared rule \"" + ruleId + "\" was already switched off");
      }
      return this;
    }

    /**
     * The validator.
     *
     * @throws IllegalStateException if shared rules were switched off without templates, or a
     *     switched-off template is not in the registry, or a switched-off rule id is the id of no
     *     shared rule of the registry's templates; the message lists what is installed
     */
    public StrategyValidator build() {
      if (templates == null) {
        if (!sharedRulesOff.isEmpty() || !sharedRuleIdsOff.isEmpty()) {
          throw new IllegalStateException(
              "shared rules were switched off (templates " + sharedRulesOff + ", rules " + sharedRuleIdsOff
                  + ") but no templates were set; shared rules only run with templates(registry)");
        }
        return new StrategyValidator(this);
      }
      for (TemplateId id : sharedRulesOff) {
        if (templates.find(id).isEmpty()) {
          throw new IllegalStateException(
              "cannot switch off the shared rules of template \"" + id + "\": it is not installed; installed: "
                  + templates.ids());
        }
      }
      Set<String> known = new TreeSet<>();
      for (StrategyTemplate t : templates.all()) {
        t.sharedRules().forEach(r -> known.add(r.id()));
      }
      for (String id : sharedRuleIdsOff) {
        if (!known.contains(id)) {
          throw new IllegalStateException(
              "cannot switch off the shared rule \"" + id + "\": no installed template shares a rule with this id;"
                  + " shared rules: " + (known.isEmpty() ? "none" : known));
        }
      }
      return new StrategyValidator(this);
    }
  }

}
