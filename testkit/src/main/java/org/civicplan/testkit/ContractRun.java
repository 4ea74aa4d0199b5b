// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceObjective;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.indicator.Indicator;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.AnnexType;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.ParameterDefinition;
import org.civicplan.template.Parameters;
import org.civicplan.template.RuleContext;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.template.ValidationRule;
import org.civicplan.testkit.TemplateContract.Clause;
import org.civicplan.testkit.TemplateContract.RuleMutant;
import org.civicplan.testkit.TemplateContract.Subject;
import org.civicplan.testkit.TemplateContract.Violation;
import org.civicplan.validation.StrategyValidator;
import org.jspecify.annotations.Nullable;

/** One check of {@link TemplateContract}: runs the clauses in order and collects the violations. */
final class ContractRun {

  private static final Locale RO = Locale.forLanguageTag("ro");
  private static final Pattern UNFORMATTED = Pattern.compile("\\{\\s*\\d+\\s*[,}]");
  private static final Pattern SENTINEL = Pattern.compile("\u27e8(\\d+)\u27e9");
  private static final int SENTINELS = 10;
  private static final int SHOWN = 160;

  private final Subject subject;
  private final StrategyTemplate template;
  private final List<Violation> out = new ArrayList<>();

  ContractRun(Subject subject) {
    this.subject = subject;
    this.template = subject.template();
  }

  List<Violation> run() {
    Optional<TemplateRegistry> registry = guarded(Clause.LOADS, this::loads);
    if (registry.isPresent()) {
      TemplateRegistry r = registry.get();
      guard(Clause.TEXTS, this::texts);
      guard(Clause.DRAFTS, () -> drafts(r));
      guard(Clause.CATALOGUES, this::catalogues);
      guard(Clause.PARAMETERS, this::parameters);
      guard(Clause.RULES, () -> rules(r));
      guard(Clause.DOCUMENTS, () -> documents(r));
      guard(Clause.OVERLAYS, () -> new OverlayChecks(template, subject.drafts().get(0), r, this::violation).run());
    }
    List<Violation> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparing(Violation::clause));
    return List.copyOf(sorted);
  }

  void violation(Clause clause, String item, String problem) {
    out.add(new Violation(clause, item, problem));
  }

  // ---- 1. loads

  private Optional<TemplateRegistry> loads() {
    for (Finding f : template.definitionFindings()) {
      violation(Clause.LOADS, "definition", "the template reports " + f);
    }
    TemplateRegistry registry;
    try {
      registry = TemplateRegistry.of(template);
    } catch (IllegalStateException e) {
      violation(Clause.LOADS, "registry", "TemplateRegistry.of refuses the template: " + e.getMessage());
      return Optional.empty();
    }
    for (Finding f : registry.findings()) {
      violation(Clause.LOADS, "registry", "registered alone, the template leaves the finding " + f);
    }
    if (registry.find(template.id()).isEmpty()) {
      violation(Clause.LOADS, "registry", "the registry leaves template " + template.id()
          + " out, so the other clauses were not checked");
      return Optional.empty();
    }
    return Optional.of(registry);
  }

  // ---- 2. texts

  private void texts() {
    bilingual(Clause.TEXTS, "template name", template.name(), true);
    bilingual(Clause.TEXTS, "template description", template.description(), true);
    for (Objective o : allObjectives(template.skeleton().objectives())) {
      bilingual(Clause.TEXTS, "title of objective \"" + o.id() + "\"", o.title(), true);
      bilingual(Clause.TEXTS, "description of objective \"" + o.id() + "\"", o.description(), false);
    }
    for (Indicator i : template.indicatorCatalogue()) {
      bilingual(Clause.TEXTS, "name of indicator \"" + i.id() + "\"", i.name(), true);
      bilingual(Clause.TEXTS, "definition of indicator \"" + i.id() + "\"", i.definition(), false);
    }
    for (CriteriaSet set : template.criteriaSets()) {
      bilingual(Clause.TEXTS, "name of criteria set \"" + set.id() + "\"", set.name(), true);
      for (Criterion c : set.criteria()) {
        bilingual(Clause.TEXTS, "name of criterion \"" + c.id() + "\" of criteria set \"" + set.id() + "\"", c.name(), true);
      }
    }
    for (ReferenceFramework fw : template.referenceFrameworks()) {
      bilingual(Clause.TEXTS, "name of framework \"" + fw.id() + "\"", fw.name(), true);
      for (ReferenceObjective o : fw.objectives()) {
        bilingual(Clause.TEXTS, "title of objective \"" + o.id() + "\" of framework \"" + fw.id() + "\"", o.title(), true);
      }
    }
    for (AnnexType<?> t : template.annexTypes()) {
      bilingual(Clause.TEXTS, "name of annex type \"" + t.kind() + "\"", t.name(), true);
    }
    for (ParameterDefinition p : template.parameterDefinitions()) {
      bilingual(Clause.TEXTS, "description of parameter \"" + p.name() + "\"", p.description(), true);
    }
    subject.messages().ifPresent(this::catalogueTexts);
  }

  private void catalogueTexts(MessageCatalog messages) {
    Object[] sentinels = new Object[SENTINELS];
    Object[] numbers = new Object[SENTINELS];
    for (int i = 0; i < SENTINELS; i++) {
      sentinels[i] = "\u27e8" + i + "\u27e9";
      numbers[i] = 1000 + i;
    }
    for (String key : messages.keys()) {
      String item = "message \"" + key + "\"";
      LocalizedText text;
      try {
        text = messages.text(key, sentinels);
      } catch (IllegalArgumentException notText) {
        // A pattern with a number or date format cannot take text arguments; its arguments are not compared.
        try {
          bilingual(Clause.TEXTS, item, messages.text(key, numbers), true, true);
        } catch (IllegalArgumentException notNumber) {
          bilingual(Clause.TEXTS, item, messages.text(key), true, false);
        }
        continue;
      }
      bilingual(Clause.TEXTS, item, text, true);
      Set<String> en = arguments(text.get(Locale.ENGLISH));
      Set<String> ro = arguments(text.get(RO));
      // A pattern may take an argument per language ({1} the English name, {2} the Romanian one), so
      // only the number of arguments must agree: a text that shows fewer has lost one.
      if (en.size() != ro.size()) {
        violation(Clause.TEXTS, item, "the English text uses " + en.size() + " arguments " + en
            + " but the Romanian one " + ro.size() + " " + ro + ": «" + shorten(text.get(Locale.ENGLISH))
            + "» / «" + shorten(text.get(RO)) + "»");
      }
    }
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = SENTINEL.matcher(text);
    while (m.find()) {
      found.add("{" + m.group(1) + "}");
    }
    return found;
  }

  /**
   * Checks a text for English and Romanian (when {@code required}, or when it has any text),
   * comma-below letters in Romanian, and no unformatted argument.
   */
  void bilingual(Clause clause, String item, LocalizedText text, boolean required) {
    bilingual(clause, item, text, required, true);
  }

  private void bilingual(Clause clause, String item, LocalizedText text, boolean required, boolean formatted) {
    if (!required && text.isBlank()) {
      return;
    }
    if (!text.has(LocalizedText.ENGLISH)) {
      violation(clause, item, "has no English text" + given(text));
    }
    if (!text.has(LocalizedText.ROMANIAN)) {
      violation(clause, item, "has no Romanian text" + given(text));
    }
    text.exactly(LocalizedText.ROMANIAN).ifPresent(ro -> {
      for (int i = 0; i < ro.length(); i++) {
        char c = ro.charAt(i);
        String right = switch (c) {
          case '\u015f' -> "ș (U+0219)";
          case '\u0163' -> "ț (U+021B)";
          case '\u015e' -> "Ș (U+0218)";
          case '\u0162' -> "Ț (U+021A)";
          default -> null;
        };
        if (right != null) {
          violation(clause, item, "the Romanian text writes " + c + " with a cedilla (U+"
              + String.format(Locale.ROOT, "%04X", (int) c) + ") at character " + (i + 1)
              + "; write the comma-below " + right + ": «" + shorten(ro) + "»");
          break;
        }
      }
    });
    text.values().forEach((tag, value) -> {
      Matcher m = UNFORMATTED.matcher(value);
      if (formatted && m.find()) {
        violation(clause, item, "the " + tag + " text leaves an argument unformatted ("
            + "in a MessageFormat pattern a single apostrophe quotes what follows it; write '' for an apostrophe"
            + "): «" + shorten(value) + "»");
      }
    });
  }

  private static String given(LocalizedText text) {
    return text.values().isEmpty() ? " (it has no text at all)" : " (it has " + text.values() + ")";
  }

  // ---- 3. drafts

  private void drafts(TemplateRegistry registry) {
    StrategyValidator validator = StrategyValidator.of(registry);
    for (NewStrategyRequest request : subject.drafts()) {
      String item = "draft for " + request.municipality().name() + " " + request.period();
      Strategy draft;
      try {
        draft = template.newStrategy(request);
      } catch (RuntimeException e) {
        violation(Clause.DRAFTS, item, "newStrategy throws " + describe(e));
        continue;
      }
      if (!draft.templateId().equals(template.id())) {
        violation(Clause.DRAFTS, item, "the draft is of template " + draft.templateId() + ", not " + template.id());
      }
      for (Finding f : validator.validate(draft).bySeverity(Severity.ERROR)) {
        violation(Clause.DRAFTS, item, "the draft does not validate: " + f);
      }
    }
  }

  // ---- 4. catalogues

  private void catalogues() {
    List<Objective> objectives = allObjectives(template.skeleton().objectives());
    unique("skeleton objective", objectives, o -> o.id().value());
    List<Indicator> indicators = template.indicatorCatalogue();
    unique("indicator", indicators, i -> i.id().value());
    unique("criteria set", template.criteriaSets(), s -> s.id().value());
    for (CriteriaSet set : template.criteriaSets()) {
      unique("criterion of criteria set \"" + set.id() + "\"", set.criteria(), Criterion::id);
    }
    unique("reference framework", template.referenceFrameworks(), f -> f.id().value());
    for (ReferenceFramework fw : template.referenceFrameworks()) {
      unique("objective of framework \"" + fw.id() + "\"", fw.objectives(), ReferenceObjective::id);
    }
    unique("annex type", template.annexTypes(), AnnexType::kind);
    Set<String> known = new LinkedHashSet<>();
    indicators.forEach(i -> known.add(i.id().value()));
    for (Objective o : objectives) {
      o.indicatorIds().stream().filter(id -> !known.contains(id.value())).forEach(id -> violation(Clause.CATALOGUES,
          "objective \"" + o.id() + "\"", "names indicator \"" + id + "\", which is not in the indicator catalogue"
              + " (catalogue: " + shortList(known) + ")"));
    }
  }

  private <T> void unique(String what, List<T> items, Function<T, String> id) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      Integer previous = first.putIfAbsent(value, i);
      if (previous != null) {
        violation(Clause.CATALOGUES, what + " \"" + value + "\"", "the id is used twice, at positions "
            + (previous + 1) + " and " + (i + 1));
      }
    }
  }

  // ---- 5. parameters

  private void parameters() {
    Map<String, ParameterDefinition> declared = new LinkedHashMap<>();
    for (ParameterDefinition p : template.parameterDefinitions()) {
      if (declared.putIfAbsent(p.name(), p) != null) {
        violation(Clause.PARAMETERS, "parameter \"" + p.name() + "\"", "is declared twice");
      }
    }
    Parameters values = template.parameters();
    for (ParameterDefinition p : declared.values()) {
      String item = "parameter \"" + p.name() + "\"";
      Optional<String> value = values.text(p.name());
      p.defaultValue().ifPresent(d -> {
        if (!p.accepts(d)) {
          violation(Clause.PARAMETERS, item, "its default \"" + d + "\" is not accepted by its declaration,"
              + " which allows " + p.allowed().get(Locale.ENGLISH));
        }
        if (value.isEmpty()) {
          violation(Clause.PARAMETERS, item, "declares the default \"" + d + "\" but parameters() has no value for it");
        } else if (!value.get().equals(d)) {
          violation(Clause.PARAMETERS, item, "declares the default \"" + d + "\" but parameters() gives \""
              + value.get() + "\"");
        }
      });
    }
    values.values().forEach((name, value) -> {
      ParameterDefinition p = declared.get(name);
      if (p == null) {
        violation(Clause.PARAMETERS, "parameter \"" + name + "\"", "parameters() gives it the value \"" + value
            + "\" but parameterDefinitions() does not declare it (declared: " + shortList(declared.keySet()) + ")");
      } else if (p.defaultValue().isEmpty() && !p.accepts(value)) {
        violation(Clause.PARAMETERS, "parameter \"" + name + "\"", "parameters() gives it the value \"" + value
            + "\", which its declaration does not accept; allowed: " + p.allowed().get(Locale.ENGLISH));
      }
    });
    List<RuleMutant> mutants = subject.mutants();
    for (int i = 0; i < mutants.size(); i++) {
      RuleMutant m = mutants.get(i);
      int n = i + 1;
      m.parameters().forEach((name, value) -> {
        ParameterDefinition p = declared.get(name);
        if (p == null) {
          violation(Clause.PARAMETERS, mutantItem(n, m), "overrides parameter \"" + name
              + "\", which the template does not declare (declared: " + shortList(declared.keySet()) + ")");
        } else if (!p.accepts(value)) {
          violation(Clause.PARAMETERS, mutantItem(n, m), "sets parameter \"" + name + "\" to \"" + value
              + "\", which its declaration does not accept; allowed: " + p.allowed().get(Locale.ENGLISH));
        }
      });
    }
  }

  // ---- 6. rules

  private void rules(TemplateRegistry registry) {
    // A shared rule (run on strategies of every template) is as much the template's as its own
    // rules: it must fire on a mutant and be silent on the sample too.
    List<ValidationRule> rules = new ArrayList<>(template.rules());
    rules.addAll(template.sharedRules());
    Map<String, Boolean> fired = new LinkedHashMap<>();
    for (ValidationRule rule : rules) {
      if (fired.putIfAbsent(rule.id(), false) != null) {
        violation(Clause.RULES, "rule \"" + rule.id() + "\"", "two rules of the template have this id");
      }
    }
    Parameters defaults = template.parameters();
    Strategy sample = subject.sample();
    if (!sample.templateId().equals(template.id())) {
      violation(Clause.RULES, "sample", "the sample " + sample.id() + " is of template " + sample.templateId()
          + ", not " + template.id());
    }
    for (Finding f : StrategyValidator.of(registry).validate(sample).bySeverity(Severity.ERROR)) {
      violation(Clause.RULES, "sample", "the sample is not valid: " + f);
    }
    RuleRun onSample = RuleRun.of(rules, sample, defaults);
    onSample.failures.forEach(e -> violation(Clause.RULES, "sample", e));
    for (Finding f : onSample.findings) {
      violation(Clause.RULES, "rule code \"" + f.code() + "\"", "the sample triggers it: " + f);
    }

    Optional<MessageCatalog> messages = subject.messages();
    Set<String> triggered = new TreeSet<>();
    Set<String> named = new LinkedHashSet<>();
    Set<String> textChecked = new TreeSet<>();
    Set<String> missingMessage = new TreeSet<>();
    List<RuleMutant> mutants = subject.mutants();
    for (int i = 0; i < mutants.size(); i++) {
      RuleMutant m = mutants.get(i);
      String item = mutantItem(i + 1, m);
      named.add(m.code());
      Strategy strategy;
      Parameters parameters;
      try {
        strategy = Objects.requireNonNull(m.strategy().get(), "the supplier gave null");
        parameters = defaults.with(m.parameters());
      } catch (RuntimeException e) {
        violation(Clause.RULES, item, "cannot be built: " + describe(e));
        continue;
      }
      RuleRun run = RuleRun.of(rules, strategy, parameters);
      run.failures.forEach(e -> violation(Clause.RULES, item, e));
      run.fired.forEach(id -> fired.put(id, true));
      Set<String> codes = new LinkedHashSet<>();
      for (Finding f : run.findings) {
        codes.add(f.code());
        if (textChecked.add(f.code())) {
          bilingual(Clause.TEXTS, "message \"" + f.code() + "\" (as reported at " + pointer(f.path()) + ")", f.message(), true);
        }
        if (messages.isPresent() && !messages.get().has(f.code()) && missingMessage.add(f.code())) {
          violation(Clause.RULES, "rule code \"" + f.code() + "\"", "a rule reports it (on " + item
              + ") but the message catalogue has no key for it");
        }
      }
      if (codes.contains(m.code())) {
        triggered.add(m.code());
      } else {
        violation(Clause.RULES, item, "the template's rules report "
            + (codes.isEmpty() ? "nothing" : codes.toString()) + ", not \"" + m.code() + "\"");
      }
    }
    if (messages.isPresent()) {
      for (String code : messages.get().keys()) {
        if (!named.contains(code)) {
          violation(Clause.RULES, "rule code \"" + code + "\"", "no mutant triggers it; add a mutant(\"" + code
              + "\", ...) to the subject");
        }
      }
      for (String code : named) {
        if (!messages.get().has(code) && !missingMessage.contains(code)) {
          violation(Clause.RULES, "rule code \"" + code + "\"", "a mutant names it but the message catalogue has no key for it");
        }
      }
    }
    if (!mutants.isEmpty() || messages.isPresent()) {
      fired.forEach((id, yes) -> {
        if (!yes) {
          violation(Clause.RULES, "rule \"" + id + "\"", "fires on no mutant; add a mutant for each of its codes");
        }
      });
    } else if (!rules.isEmpty()) {
      violation(Clause.RULES, "rules", "the template has " + rules.size() + " rules " + fired.keySet()
          + " but the subject names no mutant and no message catalogue, so no rule code is checked");
    }
  }

  /** What the template's rules report on one strategy, and which rules threw. */
  private static final class RuleRun {
    final List<Finding> findings = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final Set<String> fired = new LinkedHashSet<>();

    static RuleRun of(List<ValidationRule> rules, Strategy strategy, Parameters parameters) {
      RuleRun run = new RuleRun();
      for (ValidationRule rule : rules) {
        List<Finding> found = new ArrayList<>();
        RuleContext context = new RuleContext() {
          @Override
          public Parameters parameters() {
            return parameters;
          }

          @Override
          public void report(Finding finding) {
            found.add(Objects.requireNonNull(finding, () -> "rule " + rule.id() + " reported a null finding"));
          }
        };
        try {
          rule.check(strategy, context);
        } catch (RuntimeException | StackOverflowError e) {
          run.failures.add("rule \"" + rule.id() + "\" throws " + describe(e));
          continue;
        }
        if (!found.isEmpty()) {
          run.fired.add(rule.id());
        }
        run.findings.addAll(found);
      }
      return run;
    }
  }

  // ---- 7. documents

  private void documents(TemplateRegistry registry) {
    Strategy sample = subject.sample();
    Map<String, AnnexType<?>> types = new LinkedHashMap<>();
    template.annexTypes().forEach(t -> types.putIfAbsent(t.kind(), t));
    for (String kind : types.keySet()) {
      if (sample.annexes().stream().noneMatch(a -> a.kind().equals(kind))) {
        violation(Clause.DOCUMENTS, "annex type \"" + kind + "\"", "the sample has no annex of this kind,"
            + " so its documents are not checked; add one to the sample");
      }
    }
    StrategyDocuments typed = StrategyDocuments.of(registry);
    StrategyDocuments raw = StrategyDocuments.standard();
    for (DocumentFormat format : DocumentFormat.values()) {
      String item = format + " document of the sample";
      String text = typed.write(sample, format);
      String again = typed.write(sample, format);
      if (!again.equals(text)) {
        violation(Clause.DOCUMENTS, item, "writing the sample twice gives different text, " + difference(text, again));
      }
      ReadResult read = typed.read(text, format);
      if (!read.isSuccess()) {
        violation(Clause.DOCUMENTS, item, "what was written does not read back: " + read.problems());
      } else {
        Strategy back = read.orElseThrow();
        if (!back.equals(sample)) {
          violation(Clause.DOCUMENTS, item, "reads back different from the sample: " + strategyDifference(sample, back));
        }
        List<Annex> annexes = back.annexes();
        for (int i = 0; i < annexes.size(); i++) {
          Annex a = annexes.get(i);
          AnnexType<?> t = types.get(a.kind());
          if (t != null && !t.type().isInstance(a)) {
            violation(Clause.DOCUMENTS, item, "annex " + i + " of kind \"" + a.kind() + "\" reads back as "
                + a.getClass().getSimpleName() + ", not " + t.type().getSimpleName());
          }
        }
        String rewritten = typed.write(back, format);
        if (!rewritten.equals(text)) {
          violation(Clause.DOCUMENTS, item, "writing what was read back changes the text, " + difference(text, rewritten));
        }
      }
      ReadResult rawRead = raw.read(text, format);
      String rawItem = format + " document of the sample, read without the template";
      if (!rawRead.isSuccess()) {
        violation(Clause.DOCUMENTS, rawItem, "does not read: " + rawRead.problems());
        continue;
      }
      Strategy rawStrategy = rawRead.orElseThrow();
      List<Annex> annexes = rawStrategy.annexes();
      for (int i = 0; i < annexes.size(); i++) {
        Annex a = annexes.get(i);
        if (types.containsKey(a.kind()) && !(a instanceof RawAnnex)) {
          violation(Clause.DOCUMENTS, rawItem, "annex " + i + " of kind \"" + a.kind() + "\" reads as "
              + a.getClass().getSimpleName() + ", not RawAnnex");
        }
      }
      String rawText = raw.write(rawStrategy, format);
      if (!rawText.equals(text)) {
        violation(Clause.DOCUMENTS, rawItem, "writing it back changes the text, " + difference(text, rawText));
      }
    }
  }

  private static String strategyDifference(Strategy expected, Strategy actual) {
    List<String> differ = new ArrayList<>();
    for (var c : Strategy.class.getRecordComponents()) {
      try {
        Object a = c.getAccessor().invoke(expected);
        Object b = c.getAccessor().invoke(actual);
        if (!Objects.equals(a, b)) {
          if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
            for (int i = 0; i < la.size(); i++) {
              if (!Objects.equals(la.get(i), lb.get(i))) {
                differ.add(c.getName() + "[" + i + "]: " + shorten(String.valueOf(la.get(i))) + " became "
                    + shorten(String.valueOf(lb.get(i))));
                break;
              }
            }
          } else {
            differ.add(c.getName() + ": " + shorten(String.valueOf(a)) + " became " + shorten(String.valueOf(b)));
          }
        }
      } catch (ReflectiveOperationException e) {
        differ.add(c.getName() + " (not compared: " + e + ")");
      }
    }
    return differ.isEmpty() ? "the strategies are not equal" : String.join("; ", differ);
  }

  /** Where two texts first differ, by line. */
  static String difference(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "(end of text)";
      String y = i < b.length ? b[i] : "(end of text)";
      if (!x.equals(y)) {
        return "first at line " + (i + 1) + ": «" + shorten(x) + "» became «" + shorten(y) + "»";
      }
    }
    return "in line endings or length";
  }

  // ---- helpers

  private void guard(Clause clause, Runnable check) {
    guarded(clause, () -> {
      check.run();
      return Optional.of(Boolean.TRUE);
    });
  }

  private <T> Optional<T> guarded(Clause clause, java.util.function.Supplier<Optional<T>> check) {
    try {
      return check.get();
    } catch (RuntimeException | StackOverflowError e) {
      violation(clause, "template " + template.id(), "checking the clause failed: the template throws " + describe(e));
      return Optional.empty();
    }
  }

  static List<Objective> allObjectives(List<Objective> roots) {
    List<Objective> all = new ArrayList<>();
    roots.forEach(o -> o.flatten().forEach(all::add));
    return all;
  }

  private static String mutantItem(int n, RuleMutant m) {
    return "mutant " + n + " (\"" + m.code() + "\"" + (m.parameters().isEmpty() ? "" : " with " + m.parameters()) + ")";
  }

  static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + (trace.length == 0 ? "" : " (at " + trace[0] + ")");
  }

  static String shorten(String text) {
    String oneLine = text.replace("\n", "⏎");
    return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "…";
  }

  static String shortList(Set<String> ids) {
    if (ids.isEmpty()) {
      return "none";
    }
    List<String> list = List.copyOf(ids);
    return list.size() <= 20 ? String.join(", ", list) : String.join(", ", list.subList(0, 20)) + ", …";
  }

  private static String pointer(@Nullable String path) {
    return path == null || path.isEmpty() ? "/" : path;
  }

  /** Where the overlay checks report. */
  @FunctionalInterface
  interface Sink {
    void violation(Clause clause, String item, String problem);
  }
}
