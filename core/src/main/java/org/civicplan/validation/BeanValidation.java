package org.civicplan.validation;

import org.civicplan.base.ConstraintSeverity;
import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;
import org.jspecify.annotations.Nullable;

/**
 * Runs the Jakarta Bean Validation constraints declared on the domain records and turns each
 * violation into a {@link Finding}:
 *
 * <ul>
 *   <li>code: the message key without braces and without the {@code org.civicplan.} prefix ({@code
 *       {org.civicplan.budget.amount.negative}} gives {@code budget.amount.negative}), so every
 *       constraint civicplan declares names its key;
 *   <li>path: a JSON Pointer built from the property path, since record component names are the
 *       document's member names: list indexes become segments, {@code Optional} is unwrapped and
 *       container-element nodes ({@code <list element>}) add nothing;
 *   <li>message: interpolated in English and in Romanian with explicit locales, never the JVM
 *       default, and prefixed with the item it concerns (e.g. {@code Action "A-2": }) so the reader
 *       learns which id is wrong;
 *   <li>severity: {@link ConstraintSeverity.Warning} or {@link ConstraintSeverity.Info} payload,
 *       otherwise error.
 * </ul>
 *
 * <p>Findings are sorted by path in document order, then code, and duplicates (one constraint seen
 * through several declarations of one record component) are reported once.
 *
 * <p>The texts live in {@code ContributorValidationMessages.properties} (and {@code _ro}) at the
 * root of core's jar, under keys prefixed {@code org.civicplan.}: Hibernate Validator merges every
 * bundle of that name on the class path and consults them after the application's own {@code
 * ValidationMessages}, so an application bundle neither hides ours nor clashes with our keys, and
 * the same texts reach an application that validates our records with its own validator. A resource
 * outside any package is not encapsulated, so the bundle is also found when core is a named module.
 */
final class BeanValidation {

  /** The rule id under which a failure of Bean Validation itself is reported. */
  static final String RULE_ID = "core.bean-validation";

  /** The prefix of civicplan's message keys, left out of finding codes. */
  static final String KEY_PREFIX = "org.civicplan.";

  // English is interpolated with Locale.ROOT: a lookup for Locale.ENGLISH would fall back to the
  // JVM default locale's bundle (e.g. ContributorValidationMessages_ro on a Romanian machine) before
  // the base bundle, which holds the English texts.
  private static final Locale ENGLISH_BUNDLE = Locale.ROOT;
  private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

  private BeanValidation() {}

  /** Created on first use: building a validator factory scans the domain model once. */
  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /** The findings of the Bean Validation constraints on {@code strategy}. */
  static List<Finding> validate(Strategy strategy, MessageCatalog messages) {
    Set<ConstraintViolation<Strategy>> violations = Holder.VALIDATOR.validate(strategy);
    MessageInterpolator interpolator = Holder.FACTORY.getMessageInterpolator();
    Map<String, Finding> unique = new LinkedHashMap<>();
    for (ConstraintViolation<Strategy> v : violations) {
      Finding f = toFinding(strategy, v, interpolator, messages);
      unique.putIfAbsent(f.severity() + "\u0000" + f.code() + "\u0000" + f.path(), f);
    }
    List<Finding> out = new ArrayList<>(unique.values());
    out.sort(
        Comparator.comparing(Finding::path, Pointer.ORDER)
            .thenComparing(Finding::code)
            .thenComparing(Finding::severity));
    return out;
  }

  static Finding toFinding(
      Strategy strategy,
      ConstraintViolation<?> v,
      MessageInterpolator interpolator,
      MessageCatalog messages) {
    String template = v.getMessageTemplate();
    String code = code(template);
    String path = pointer(v.getPropertyPath());
    Context context = new Context(v.getConstraintDescriptor(), v.getInvalidValue());
    String en = interpolator.interpolate(template, context, ENGLISH_BUNDLE);
    String ro = interpolator.interpolate(template, context, ROMANIAN);
    LocalizedText subject = subject(strategy, path, messages);
    LocalizedText message =
        LocalizedText.of(
            subject.get(Locale.ENGLISH) + ": " + en, subject.get(ROMANIAN) + ": " + ro);
    return new Finding(severity(v.getConstraintDescriptor()), code, path, message);
  }

  static String code(String template) {
    String t = template.strip();
    if (t.startsWith("{") && t.endsWith("}") && t.indexOf('{', 1) < 0) {
      String key = t.substring(1, t.length() - 1);
      // The prefix keeps our keys apart from a host's; codes stay as they were before it.
      return key.startsWith(KEY_PREFIX) ? key.substring(KEY_PREFIX.length()) : key;
    }
    // a constraint declared without a civicplan key: keep a stable code rather than its text
    return "constraint.violated";
  }

  static Severity severity(ConstraintDescriptor<?> descriptor) {
    if (descriptor.getPayload().contains(ConstraintSeverity.Warning.class)) {
      return Severity.WARNING;
    }
    if (descriptor.getPayload().contains(ConstraintSeverity.Info.class)) {
      return Severity.INFO;
    }
    return Severity.ERROR;
  }

  /** The JSON Pointer of a property path. */
  static String pointer(Path path) {
    List<Object> segments = new ArrayList<>();
    for (Path.Node node : path) {
      // the index or key of a container belongs to the node that follows it
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          segments.add(node.getIndex());
        } else if (node.getKey() != null) {
          segments.add(node.getKey());
        }
      }
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
        segments.add(node.getName());
      }
    }
    return Pointer.of(segments.toArray());
  }

  /** The item a path lies in: the action, indicator, organisation, objective, body or strategy. */
  static LocalizedText subject(Strategy strategy, String path, MessageCatalog messages) {
    List<String> s = Pointer.segments(path);
    try {
      if (s.size() >= 2 && Pointer.isIndex(s.get(1))) {
        int i = Integer.parseInt(s.get(1));
        switch (s.get(0)) {
          case "actions":
            return messages.text("subject.action", strategy.actions().get(i).id().value());
          case "indicators":
            return messages.text("subject.indicator", strategy.indicators().get(i).id().value());
          case "organisations":
            return messages.text(
                "subject.organisation", strategy.organisations().get(i).id().value());
          case "objectives":
            Objective o = strategy.objectives().get(i);
            for (int k = 2; k + 1 < s.size() && s.get(k).equals("children") && Pointer.isIndex(s.get(k + 1)); k += 2) {
              o = o.children().get(Integer.parseInt(s.get(k + 1)));
            }
            return messages.text("subject.objective", o.id().value());
          default:
            break;
        }
      }
      if (s.size() >= 3 && s.get(0).equals("governance") && s.get(1).equals("bodies") && Pointer.isIndex(s.get(2))) {
        GovernanceBody body = strategy.governance().bodies().get(Integer.parseInt(s.get(2)));
        return messages.text("subject.body", body.id().value());
      }
    } catch (IndexOutOfBoundsException e) {
      // a path that does not resolve names the strategy instead
    }
    return messages.text("subject.strategy", strategy.id().value());
  }

  /** The interpolation context of a violation, for interpolating it again in another locale. */
  private record Context(ConstraintDescriptor<?> descriptor, @Nullable Object value)
      implements MessageInterpolator.Context {

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return descriptor;
    }

    @Override
    public @Nullable Object getValidatedValue() {
      return value;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      if (type.isInstance(this)) {
        return type.cast(this);
      }
      throw new ValidationException("cannot unwrap an interpolation context to " + type.getName());
    }
  }
}
