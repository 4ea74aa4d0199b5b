// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;

/**
 * Evaluates the criteria of audited elements and computes compliance scores, with a criteria
 * catalogue and the template's parameters.
 *
 * <p>Each criterion of the element's type (catalogue order) evaluates to:
 *
 * <ul>
 *   <li>{@link Outcome#NOT_APPLICABLE} when the auditor recorded it as not applicable;
 *   <li>{@link Outcome#NOT_MEASURED} when nothing was recorded for it, when the recorded value is
 *       not of the criterion's kind (a yes/no observation for a threshold or the reverse), or when
 *       it has no threshold in force (an unverified value whose parameter is unset);
 *   <li>otherwise {@link Outcome#COMPLIANT} or {@link Outcome#NON_COMPLIANT}: {@code measured ≥
 *       threshold} for {@link Comparison#MIN}, {@code ≤} for {@link Comparison#MAX}, {@code
 *       threshold ≤ measured ≤ upper bound} for {@link Comparison#RANGE}, observed present for
 *       {@link Comparison#PRESENT}.
 * </ul>
 *
 * <p>Observations of criteria that are not in the catalogue, or are of another element type, are
 * not evaluated (the rule {@code accessibility.audit.references} reports them). Scores are {@link
 * Score}s. Parameters read: {@code audit.critical-criteria} (comma-separated ids), {@code
 * audit.weight.critical} and {@code audit.weight.other} (defaults 2 and 1), and the threshold
 * parameters the catalogue names.
 *
 * <p>Immutable and thread-safe.
 */
public final class Compliance {

  /** Parameter: the comma-separated ids of the critical criteria. */
  public static final String CRITICAL_CRITERIA = "audit.critical-criteria";
  /** Parameter: the weight of a critical criterion. */
  public static final String WEIGHT_CRITICAL = "audit.weight.critical";
  /** Parameter: the weight of any other criterion. */
  public static final String WEIGHT_OTHER = "audit.weight.other";

  private final List<AuditCriterion> criteria;
  private final Parameters parameters;
  private final Set<String> critical;
  private final BigDecimal weightCritical;
  private final BigDecimal weightOther;

  private Compliance(List<AuditCriterion> criteria, Parameters parameters) {
    this.criteria = List.copyOf(criteria);
    this.parameters = parameters;
    this.critical = criticalCriteria(parameters);
    this.weightCritical = weight(parameters, WEIGHT_CRITICAL, BigDecimal.valueOf(2));
    this.weightOther = weight(parameters, WEIGHT_OTHER, BigDecimal.ONE);
  }

  /**
   * {@return the evaluation with {@code criteria} and {@code parameters}}
   *
   * @param criteria the criteria catalogue
   * @param parameters the template's parameters in force (critical criteria, weights, thresholds)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a weight parameter is not a non-negative number
   */
  public static Compliance of(List<AuditCriterion> criteria, Parameters parameters) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(parameters, "parameters");
    return new Compliance(criteria, parameters);
  }

  /** The ids of the critical criteria that parameter {@value #CRITICAL_CRITERIA} lists. */
  static Set<String> criticalCriteria(Parameters parameters) {
    return parameters.text(CRITICAL_CRITERIA).map(t -> Arrays.stream(t.split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.of());
  }

  private static BigDecimal weight(Parameters parameters, String name, BigDecimal fallback) {
    BigDecimal w;
    try {
      w = parameters.decimal(name, fallback);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("parameter " + name + " must be a number but was " + parameters.text(name).orElse(""), e);
    }
    if (w.signum() < 0) {
      throw new IllegalArgumentException("parameter " + name + " must not be negative but was " + w);
    }
    return w;
  }

  /**
   * {@return the criteria of {@code type}, in catalogue order}
   *
   * @param type the element type
   */
  public List<AuditCriterion> criteriaOf(ElementType type) {
    return criteria.stream().filter(c -> c.element() == type).toList();
  }

  /**
   * {@return the catalogue criterion {@code id}, if any}
   *
   * @param id the criterion id
   */
  public Optional<AuditCriterion> criterion(String id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * {@return whether {@code criterion} is critical under the parameters}
   *
   * @param criterion the criterion id in the criteria catalogue
   */
  public boolean isCritical(String criterion) {
    return critical.contains(criterion);
  }

  /**
   * {@return the results of every criterion of the element's type, in catalogue order}
   *
   * @param element the audited element
   */
  public List<CriterionResult> evaluate(AccessibilityAudit.Element element) {
    Objects.requireNonNull(element, "element");
    List<CriterionResult> out = new ArrayList<>();
    for (AuditCriterion c : criteriaOf(element.type())) {
      out.add(evaluate(element.id(), c, element.observation(c.id())));
    }
    return out;
  }

  private CriterionResult evaluate(String element, AuditCriterion c, Optional<AccessibilityAudit.Observation> seen) {
    boolean isCritical = critical.contains(c.id());
    BigDecimal w = isCritical ? weightCritical : weightOther;
    Optional<BigDecimal> threshold = c.comparison() == Comparison.PRESENT ? Optional.empty() : c.threshold(parameters);
    String required = required(c, threshold);
    if (seen.isEmpty()) {
      return new CriterionResult(element, c, Outcome.NOT_MEASURED, threshold, seen, isCritical, w,
          explain(c, required, "nothing recorded", "nimic înregistrat", Outcome.NOT_MEASURED));
    }
    AccessibilityAudit.Observation o = seen.get();
    if (o.notApplicable()) {
      return new CriterionResult(element, c, Outcome.NOT_APPLICABLE, threshold, seen, isCritical, w,
          explain(c, required, "not applicable", "nu se aplică", Outcome.NOT_APPLICABLE));
    }
    Outcome outcome;
    String en;
    String ro;
    if (c.comparison() == Comparison.PRESENT) {
      if (o.present().isEmpty()) {
        outcome = Outcome.NOT_MEASURED;
        en = "no yes/no observation";
        ro = "nicio observație da/nu";
      } else {
        outcome = o.present().get() ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT;
        en = o.present().get() ? "observed present" : "observed absent";
        ro = o.present().get() ? "constatat prezent" : "constatat absent";
      }
    } else if (o.measured().isEmpty()) {
      outcome = Outcome.NOT_MEASURED;
      en = "no measured value";
      ro = "nicio valoare măsurată";
    } else {
      BigDecimal m = o.measured().get();
      String value = m.toPlainString() + unit(c);
      en = "measured " + value;
      ro = "măsurat " + value;
      if (threshold.isEmpty() || (c.comparison() == Comparison.RANGE && c.maxValue().isEmpty())) {
        outcome = Outcome.NOT_MEASURED;
        en += ", but no threshold is in force";
        ro += ", dar nu există un prag în vigoare";
      } else {
        BigDecimal t = threshold.get();
        boolean ok = switch (c.comparison()) {
          case MIN -> m.compareTo(t) >= 0;
          case MAX -> m.compareTo(t) <= 0;
          case RANGE -> m.compareTo(t) >= 0 && m.compareTo(c.maxValue().get()) <= 0;
          case PRESENT -> throw new AssertionError(c);
        };
        outcome = ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT;
      }
    }
    return new CriterionResult(element, c, outcome, threshold, seen, isCritical, w, explain(c, required, en, ro, outcome));
  }

  private static String unit(AuditCriterion c) {
    if (c.unit().isEmpty()) {
      return "";
    }
    return c.unit().equals("%") ? " %" : " " + c.unit();
  }

  private static String required(AuditCriterion c, Optional<BigDecimal> threshold) {
    if (c.comparison() == Comparison.PRESENT) {
      return "";
    }
    if (threshold.isEmpty()) {
      return "?";
    }
    String t = threshold.get().toPlainString();
    return switch (c.comparison()) {
      case MIN -> "≥ " + t + unit(c);
      case MAX -> "≤ " + t + unit(c);
      case RANGE -> t + "–" + c.maxValue().map(BigDecimal::toPlainString).orElse("?") + unit(c);
      case PRESENT -> "";
    };
  }

  private static LocalizedText explain(AuditCriterion c, String required, String en, String ro, Outcome outcome) {
    String reqEn = c.comparison() == Comparison.PRESENT ? "required: present" : "required: " + required;
    String reqRo = c.comparison() == Comparison.PRESENT ? "cerut: prezent" : "cerut: " + required;
    String flagEn = c.nonEu() ? " (non-EU reference)" : !c.verified() ? " (threshold not verified)" : "";
    String flagRo = c.nonEu() ? " (referință din afara UE)" : !c.verified() ? " (prag neverificat)" : "";
    return LocalizedText.of(
        c.id() + " " + c.name().get(java.util.Locale.ENGLISH) + ": " + reqEn + flagEn + "; " + en + " → " + outcomeEn(outcome),
        c.id() + " " + c.name().get(java.util.Locale.forLanguageTag("ro")) + ": " + reqRo + flagRo + "; " + ro + " → " + outcomeRo(outcome));
  }

  private static String outcomeEn(Outcome o) {
    return switch (o) {
      case COMPLIANT -> "compliant";
      case NON_COMPLIANT -> "non-compliant";
      case NOT_APPLICABLE -> "not applicable";
      case NOT_MEASURED -> "not measured";
    };
  }

  private static String outcomeRo(Outcome o) {
    return switch (o) {
      case COMPLIANT -> "conform";
      case NON_COMPLIANT -> "neconform";
      case NOT_APPLICABLE -> "nu se aplică";
      case NOT_MEASURED -> "nemăsurat";
    };
  }

  /**
   * {@return the score of one element}
   *
   * @param element the audited element
   */
  public Score score(AccessibilityAudit.Element element) {
    return Score.of(evaluate(element));
  }

  /**
   * {@return the score of each element of {@code audit}, by element id}
   *
   * @param audit the audit
   */
  public SortedMap<String, Score> byElement(AccessibilityAudit audit) {
    Objects.requireNonNull(audit, "audit");
    SortedMap<String, Score> out = new TreeMap<>();
    for (AccessibilityAudit.Element e : audit.elements()) {
      out.put(e.id(), score(e));
    }
    return out;
  }

  /**
   * {@return the score of the whole audit (all its elements pooled)}
   *
   * @param audit the audit
   */
  public Score score(AccessibilityAudit audit) {
    Objects.requireNonNull(audit, "audit");
    return Score.of(audit.elements().stream().flatMap(e -> evaluate(e).stream()).toList());
  }

  /**
   * {@return the score of each works project (action) that audits of {@code strategy} name, all its audits pooled}
   *
   * @param strategy the strategy whose audits are scored
   */
  public SortedMap<ActionId, Score> byAction(Strategy strategy) {
    return group(strategy, (a, e) -> a.action());
  }

  /**
   * {@return the score of each street that audited elements of {@code strategy} name}
   *
   * @param strategy the strategy whose audits are scored
   */
  public SortedMap<String, Score> byStreet(Strategy strategy) {
    return group(strategy, (a, e) -> e.street());
  }

  /**
   * {@return the score of each district that audited elements of {@code strategy} are located in}
   *
   * @param strategy the strategy whose audits are scored
   */
  public SortedMap<String, Score> byDistrict(Strategy strategy) {
    return group(strategy, (a, e) -> e.location().district());
  }

  private interface Key<K> {
    Optional<K> of(AccessibilityAudit audit, AccessibilityAudit.Element element);
  }

  private <K extends Comparable<K>> SortedMap<K, Score> group(Strategy strategy, Key<K> key) {
    Objects.requireNonNull(strategy, "strategy");
    Map<K, List<CriterionResult>> results = new LinkedHashMap<>();
    for (AccessibilityAudit audit : audits(strategy)) {
      for (AccessibilityAudit.Element e : audit.elements()) {
        key.of(audit, e).ifPresent(k -> results.computeIfAbsent(k, x -> new ArrayList<>()).addAll(evaluate(e)));
      }
    }
    SortedMap<K, Score> out = new TreeMap<>();
    results.forEach((k, r) -> out.put(k, Score.of(r)));
    return out;
  }

  /**
   * {@return the accessibility audits of {@code strategy}, in document order}
   *
   * @param strategy the strategy whose audits are scored
   */
  public static List<AccessibilityAudit> audits(Strategy strategy) {
    List<AccessibilityAudit> out = new ArrayList<>();
    for (Annex a : strategy.annexes()) {
      if (a instanceof AccessibilityAudit audit) {
        out.add(audit);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Compliance[" + criteria.size() + " criteria, critical " + critical.stream().sorted().toList() + "]";
  }
}
