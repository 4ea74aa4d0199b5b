package org.civicplan.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;

/**
 * What a template's rules need, once: a rule is a short function; the template's message
 * catalogue is bound to its rules; annexes and their elements are iterated with their escaped JSON
 * Pointers ({@link Pointer}, the one way civicplan builds paths).
 *
 * <pre>{@code
 * RuleKit kit = RuleKit.with(messages());
 * ValidationRule rule = kit.rule("heat.capacity", (strategy, report) -> {
 *   int max = report.parameters().integer("heat.max-plants");
 *   for (RuleKit.Located<HeatPlan> plan : RuleKit.annexes(strategy, HeatPlan.class)) {
 *     for (RuleKit.Located<HeatPlan.Plant> plant : plan.each(plan.value().plants(), "plants")) {
 *       if (plant.value().capacity() <= 0) {
 *         report.error("heat.plant.capacity", plant.at("capacity"), plant.value().name());
 *       }
 *     }
 *   }
 * });
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleKit {

  private final MessageCatalog messages;

  private RuleKit(MessageCatalog messages) {
    this.messages = messages;
  }

  /**
   * A kit whose reports take their messages from {@code messages}.
   *
   * @throws NullPointerException if {@code messages} is null
   */
  public static RuleKit with(MessageCatalog messages) {
    return new RuleKit(Objects.requireNonNull(messages, "messages"));
  }

  /** The body of a rule. */
  @FunctionalInterface
  public interface Check {
    /** Checks {@code strategy}, reporting what it finds to {@code report}. */
    void check(Strategy strategy, Report report);
  }

  /** Where a rule reports, with the template's messages bound. */
  public interface Report {
    /** The parameters in force. */
    Parameters parameters();

    /**
     * Reports an error whose message is the catalogue's text for {@code code}.
     *
     * @throws IllegalArgumentException if the catalogue has no message for {@code code}
     */
    void error(String code, String path, Object... args);

    /** Reports a warning; see {@link #error}. */
    void warning(String code, String path, Object... args);

    /** Reports an information; see {@link #error}. */
    void info(String code, String path, Object... args);

    /** Reports a finding of {@code severity}; see {@link #error}. */
    void report(Severity severity, String code, String path, Object... args);
  }

  /**
   * A rule with this id and body.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not a valid id
   */
  public ValidationRule rule(String id, Check check) {
    IdSyntax.requireValid(Objects.requireNonNull(id, "id"), "rule");
    Objects.requireNonNull(check, "check");
    MessageCatalog catalogue = messages;
    return new ValidationRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public void check(Strategy strategy, RuleContext context) {
        check.check(strategy, new Report() {
          @Override
          public Parameters parameters() {
            return context.parameters();
          }

          @Override
          public void error(String code, String path, Object... args) {
            report(Severity.ERROR, code, path, args);
          }

          @Override
          public void warning(String code, String path, Object... args) {
            report(Severity.WARNING, code, path, args);
          }

          @Override
          public void info(String code, String path, Object... args) {
            report(Severity.INFO, code, path, args);
          }

          @Override
          public void report(Severity severity, String code, String path, Object... args) {
            context.report(catalogue.finding(severity, code, path, args));
          }
        });
      }

      @Override
      public String toString() {
        return "rule " + id;
      }
    };
  }

  /**
   * A value with the JSON Pointer of where it sits in the strategy document.
   *
   * @param value the value
   * @param pointer its JSON Pointer, escaped
   * @param <T> the value's type
   */
  public record Located<T>(T value, String pointer) {

    /** Checks for nulls. */
    public Located {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(pointer, "pointer");
    }

    /** The pointer of a member or element under this value, each segment escaped. */
    public String at(Object... segments) {
      return Pointer.child(pointer, segments);
    }

    /** The elements of {@code items}, a list held by this value under {@code member}, each located. */
    public <E> List<Located<E>> each(List<E> items, String member) {
      return RuleKit.each(items, at(member));
    }
  }

  /**
   * The annexes of {@code strategy} read as {@code type}, in document order, each located at its
   * {@code data} ({@code /annexes/3/data}).
   */
  public static <T extends Annex> List<Located<T>> annexes(Strategy strategy, Class<T> type) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(type, "type");
    List<Located<T>> out = new ArrayList<>();
    List<Annex> annexes = strategy.annexes();
    for (int i = 0; i < annexes.size(); i++) {
      if (type.isInstance(annexes.get(i))) {
        out.add(new Located<>(type.cast(annexes.get(i)), Pointer.of("annexes", i, "data")));
      }
    }
    return out;
  }

  /** The elements of {@code items} located under {@code pointer} ({@code pointer/0}, {@code pointer/1}…). */
  public static <E> List<Located<E>> each(List<E> items, String pointer) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(pointer, "pointer");
    List<Located<E>> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(new Located<>(items.get(i), Pointer.child(pointer, i)));
    }
    return out;
  }
}
