// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.indicator.Target;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.jspecify.annotations.Nullable;

/**
 * How an assessment reached its status: the values used (with their roles and dates), the formula,
 * its result and the threshold rule that decided.
 *
 * <p>An explanation made by {@link IndicatorAssessor} keeps only the numbers and codes of the
 * assessment; its texts ({@link #inputs()}, {@link #rule()}, {@link #text()}) are produced the
 * first time a caller asks for one and then kept. They are the same texts whenever they are
 * produced, so two explanations compare by their content, as a record would. Immutable and
 * thread-safe.
 */
public final class Explanation {

  private final @Nullable Source source;
  private final String formula;
  private final OptionalDouble result;
  private @Nullable Texts texts;

  /**
   * {@return an explanation of the given parts, with the formula's result}
   *
   * @param inputs the values used, e.g. {@code baseline 2015 = 100.0}
   * @param formula the formula applied, in plain notation
   * @param result the formula's result
   * @param rule the rule that decided the status, e.g. {@code ratio 0.956 >= 0.95 (significant)}
   * @param text the whole explanation in English and Romanian
   * @throws NullPointerException if an argument is null
   */
  public static Explanation of(List<UsedValue> inputs, String formula, double result, String rule, LocalizedText text) {
    return new Explanation(inputs, formula, OptionalDouble.of(result), rule, text);
  }

  /**
   * {@return an explanation of the given parts, when the formula gave no result (too few values)}
   *
   * @param inputs the values used, e.g. {@code baseline 2015 = 100.0}
   * @param formula the formula that would have been applied, in plain notation
   * @param rule the rule that decided the status
   * @param text the whole explanation in English and Romanian
   * @throws NullPointerException if an argument is null
   */
  public static Explanation withoutResult(List<UsedValue> inputs, String formula, String rule, LocalizedText text) {
    return new Explanation(inputs, formula, OptionalDouble.empty(), rule, text);
  }

  /** An explanation of the given parts; {@code result} empty when the formula gave none. */
  Explanation(List<UsedValue> inputs, String formula, OptionalDouble result, String rule, LocalizedText text) {
    this.source = null;
    this.formula = Objects.requireNonNull(formula, "formula");
    this.result = Objects.requireNonNull(result, "result");
    this.texts = new Texts(List.copyOf(inputs), Objects.requireNonNull(rule, "rule"),
        Objects.requireNonNull(text, "text"));
  }

  /** An explanation whose texts are produced from a finished kernel run when first asked for. */
  Explanation(AssessmentKernel kernel, IndicatorSeries series, PlanDate asOf, @Nullable Observation latest) {
    this.source = new Source(kernel, series, asOf, latest);
    this.formula = kernel.formula();
    this.result = AssessmentKernel.optional(kernel.defined, AssessmentKernel.D_RESULT, kernel.result);
  }

  /**
   * {@return the values used, e.g. {@code baseline 2015 = 100.0}, in the order the method used
   * them}
   */
  public List<UsedValue> inputs() {
    return texts().inputs;
  }

  /** {@return the formula applied, in plain notation ({@code none} when nothing was computed)} */
  public String formula() {
    return formula;
  }

  /** {@return the formula's result, when one was computed} */
  public OptionalDouble result() {
    return result;
  }

  /** {@return the rule that decided the status, e.g. {@code ratio 0.956 >= 0.95}} */
  public String rule() {
    return texts().rule;
  }

  /** {@return the whole explanation in English and Romanian} */
  public LocalizedText text() {
    return texts().text;
  }

  /**
   * {@return the whole explanation as a person reads it, in English and Romanian} The same parts
   * as {@link #text()}, written for each language: the method, the roles of the values used and
   * the rule's conditions in words; the indicator's values with their digits grouped and a decimal
   * comma in Romanian ({@code 1.200.000}); shares (progress, gap, ratio, growth rate) as
   * percentages ({@code 16,6 %}); dates with the month's name. {@link #text()} keeps the exact
   * notation for an audit trail; this text is for a report. An explanation made with {@link
   * #of} or {@link #withoutResult} has only the texts it was given and returns {@link #text()}.
   */
  public LocalizedText readerText() {
    Source s = source;
    return s == null ? text() : s.readerText(formula, result);
  }

  private Texts texts() {
    Texts t = texts;
    if (t == null) {
      // A race builds equal texts twice at worst; Texts has only final fields, so it is safely published.
      t = Objects.requireNonNull(source, "source").texts(formula, result);
      texts = t;
    }
    return t;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this
        || o instanceof Explanation e
            && formula.equals(e.formula)
            && result.equals(e.result)
            && texts().equals(e.texts());
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputs(), formula, result, rule(), text());
  }

  @Override
  public String toString() {
    return "Explanation[inputs=" + inputs() + ", formula=" + formula + ", result=" + result + ", rule=" + rule()
        + ", text=" + text() + "]";
  }

  /** The produced texts. */
  private record Texts(List<UsedValue> inputs, String rule, LocalizedText text) {}

  /** What a lazy explanation needs to produce its texts. */
  private record Source(AssessmentKernel kernel, IndicatorSeries series, PlanDate asOf, @Nullable Observation latest) {

    Texts texts(String formula, OptionalDouble result) {
      AssessmentKernel k = kernel;
      Optional<PlanDate> baseDate = series.baseline().map(Observation::date);
      Optional<PlanDate> targetDate = series.target().map(Target::date);
      List<UsedValue> used = new ArrayList<>(4);
      series.baseline().ifPresent(b -> used.add(new UsedValue("baseline", b)));
      AssessmentKernel.Inputs in = AssessmentKernel.Inputs.of(series, latest);
      if (k.latestUsed() && latest != null) {
        used.add(new UsedValue("latest", latest));
      }
      if (k.targetUsed() && targetDate.isPresent()) {
        PlanDate d = targetDate.get();
        if (in.range()) {
          used.add(new UsedValue("target-lower", Observation.of(d, in.lo())));
          used.add(new UsedValue("target-upper", Observation.of(d, in.hi())));
        } else {
          used.add(new UsedValue("target", Observation.of(d, in.tv())));
        }
      }
      for (Observation m : series.milestones().subList(k.milestoneFrom, k.milestoneFrom + k.milestoneCount)) {
        used.add(new UsedValue("milestone", m));
      }
      String rule = k.rule(in, baseDate, targetDate, asOf);
      String values = values(used);
      String resultText = result.isPresent() ? Numbers.format(result.getAsDouble()) : "-";
      Optional<String> category = AssessmentKernel.category(k.category);
      ProgressStatus status = k.status();
      String method = k.method.label();
      String en = Messages.SUMMARY.english(method, values, formula, resultText, rule,
          category.map(c -> status.label() + " (" + c + ")").orElse(status.label()));
      String roStatus = Messages.romanianStatus(status);
      String ro = Messages.SUMMARY.romanian(method, values, formula, resultText, rule,
          category.map(c -> roStatus + " (" + c + ")").orElse(roStatus));
      return new Texts(List.copyOf(used), rule, LocalizedText.of(en, ro));
    }

    LocalizedText readerText(String formula, OptionalDouble result) {
      Texts t = texts(formula, result);
      Optional<PlanDate> baseDate = series.baseline().map(Observation::date);
      Optional<PlanDate> targetDate = series.target().map(Target::date);
      AssessmentKernel.Inputs in = AssessmentKernel.Inputs.of(series, latest);
      AssessmentTexts rules = new AssessmentTexts(kernel);
      return LocalizedText.of(readerText(t, formula, result, rules, in, baseDate, targetDate, ReaderTexts.ENGLISH),
          readerText(t, formula, result, rules, in, baseDate, targetDate, ReaderTexts.ROMANIAN));
    }

    private String readerText(Texts t, String formula, OptionalDouble result, AssessmentTexts rules,
        AssessmentKernel.Inputs in, Optional<PlanDate> baseDate, Optional<PlanDate> targetDate, ReaderTexts f) {
      StringBuilder values = new StringBuilder(48 * t.inputs.size());
      for (UsedValue u : t.inputs) {
        if (values.length() > 0) {
          values.append(", ");
        }
        values.append(f.words("role." + u.role())).append(' ').append(f.date(u.observation().date())).append(": ")
            .append(f.number(u.observation().value()));
      }
      ProgressStatus status = kernel.status();
      String statusText = f.words("status." + status.label());
      Optional<String> category = AssessmentKernel.category(kernel.category);
      return f.words("explain.reader", f.words("method." + kernel.method.label()),
          values.length() == 0 ? "–" : values.toString(), formula,
          result.isPresent() ? f.share(result.getAsDouble()) : "–",
          rules.readerRule(in, baseDate, targetDate, asOf, f),
          category.map(c -> statusText + " (" + f.words("category." + c) + ")").orElse(statusText));
    }

    private static String values(List<UsedValue> used) {
      if (used.isEmpty()) {
        return "-";
      }
      StringBuilder out = new StringBuilder(32 * used.size());
      for (UsedValue u : used) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(u);
      }
      return out.toString();
    }
  }

  /**
   * A value an assessment used.
   *
   * @param role {@code baseline}, {@code latest}, {@code target}, {@code milestone}...
   * @param observation its date and value
   */
  public record UsedValue(String role, Observation observation) {

    /**
     * Creates an instance from its components.
     *
     * @param role {@code baseline}, {@code latest}, {@code target}, {@code milestone}...
     * @param observation its date and value
     * @throws NullPointerException if an argument is null
     */
    public UsedValue {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(observation, "observation");
    }

    @Override
    public String toString() {
      return role + " " + Numbers.date(observation.date()) + " = " + Numbers.format(observation.value());
    }
  }
}
