// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;
import java.time.Year;
import org.civicplan.alignment.FrameworkId;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.base.TaskId;
import org.civicplan.base.TemplateId;
import org.civicplan.document.DocumentLimits;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.CriteriaSetId;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.CriterionDirection;
import org.civicplan.strategy.Location;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Two different valid values of a type, {@code which} 0 and 1, made from a small registry of
 * hand-picked values, from the JDK types' obvious choices, and for records, enums, sealed
 * interfaces, lists, sets, maps and optionals by construction. Generating twice gives equal but
 * distinct instances.
 *
 * <p>For tests over a whole API: the default values of guava-testlib's {@code NullPointerTester}
 * ({@link #firstValues()}), and the equality groups of every record (an instance from the values
 * 0, an equal one generated again, and one per component changed to its value 1), without naming
 * each type. {@link #core()} knows valid values of core's ids, texts, money, dates and a strategy.
 *
 * <pre>{@code
 * SampleValues samples = SampleValues.core().with(HazardId.class, HazardId.of("heat"), HazardId.of("flood"));
 * NullPointerTester tester = new NullPointerTester();
 * samples.firstValues().forEach((type, value) -> setDefault(tester, type, value));
 * }</pre>
 *
 * <p>Not thread-safe while values are added.
 */
public final class SampleValues {

  private static final int MAX_DEPTH = 4;

  private final Map<Class<?>, List<?>> known = new LinkedHashMap<>();

  /** The value 0 of an {@code int} or {@code long}; the value 1 is one more. */
  private int intBase = 1;

  private SampleValues() {}

  /**
   * {@return a registry that knows only the JDK types and what it can construct}
   */
  public static SampleValues empty() {
    return new SampleValues();
  }

  /**
   * {@return a registry with two valid values of each of core's ids, texts, money, dates,
   * periods and of a strategy (the {@link Fixtures#greenStreets()} fixture and a copy with
   * another id)}
   */
  public static SampleValues core() {
    Strategy strategy = Fixtures.greenStreets();
    return new SampleValues()
        .with(ActionId.class, ActionId.of("A-1"), ActionId.of("A-2"))
        .with(ObjectiveId.class, ObjectiveId.of("O-1"), ObjectiveId.of("O-2"))
        .with(StrategyId.class, StrategyId.of("S-1"), StrategyId.of("S-2"))
        .with(TaskId.class, TaskId.of("T-1"), TaskId.of("T-2"))
        .with(TemplateId.class, TemplateId.of("climate"), TemplateId.of("sport"))
        .with(IndicatorId.class, IndicatorId.of("co2-total"), IndicatorId.of("street-trees"))
        .with(BodyId.class, BodyId.of("B-1"), BodyId.of("B-2"))
        .with(OrganisationId.class, OrganisationId.of("ORG-1"), OrganisationId.of("ORG-2"))
        .with(FrameworkId.class, FrameworkId.of("sdg"), FrameworkId.of("eu-green-deal"))
        .with(CriteriaSetId.class, CriteriaSetId.of("set-1"), CriteriaSetId.of("set-2"))
        .with(LocalizedText.class, LocalizedText.of("one", "unu"), LocalizedText.of("two", "doi"))
        .with(Money.class, Money.ron("1"), Money.ron("2"))
        .with(Currency.class, Money.RON, Currency.getInstance("EUR"))
        .with(PlanDate.class, PlanDate.ofYear(2026), PlanDate.ofMonth(2027, 3))
        .with(StrategyPeriod.class, StrategyPeriod.of(2025, 2030), StrategyPeriod.of(2026, 2032))
        .with(Year.class, Year.of(2026), Year.of(2027))
        .with(Locale.class, Locale.ENGLISH, Locale.forLanguageTag("ro"))
        .with(Parameters.class, Parameters.empty(), Parameters.of(Map.of("a", "1")))
        .with(StrategyDocuments.class, StrategyDocuments.standard(),
            StrategyDocuments.builder().limits(DocumentLimits.defaults().withMaxNestingDepth(32)).build())
        .with(Location.class, Location.ofDistrict("Centru"), Location.ofDistrict("Nord"))
        .with(CriteriaSet.class,
            new CriteriaSet(CriteriaSetId.of("set-1"), LocalizedText.of("one", "unu"),
                List.of(Criterion.of("cost", CriterionDirection.COST, 1))),
            new CriteriaSet(CriteriaSetId.of("set-2"), LocalizedText.of("two", "doi"),
                List.of(Criterion.of("impact", CriterionDirection.BENEFIT, 1))))
        .with(Strategy.class, strategy, strategy.toBuilder().id(StrategyId.of("S-2")).build());
  }

  /**
   * Registers two different valid values of {@code type}.
   *
   * @param <T> the type
   * @param type the type
   * @param first the value for 0
   * @param second the value for 1, not equal to {@code first}
   * @return this registry
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the two values are equal
   */
  public <T> SampleValues with(Class<T> type, T first, T second) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.equals(second)) {
      throw new IllegalArgumentException("the two samples of " + type.getName() + " are equal: " + first);
    }
    known.put(type, List.of(first, second));
    return this;
  }

  /**
   * {@return the value 0 of every type registered with {@link #with}, by type, in the order
   * registered}
   */
  public Map<Class<?>, Object> firstValues() {
    Map<Class<?>, Object> first = new LinkedHashMap<>();
    known.forEach((type, values) -> first.put(type, values.get(0)));
    return Collections.unmodifiableMap(first);
  }

  /**
   * {@return the value 0 of every type registered with {@link #with}, in the order registered,
   * and of every one of {@code types} that can be made, for the parameters of an API}
   *
   * @param types more types, e.g. the parameter types of the constructors under test
   * @throws NullPointerException if {@code types} or an element is null
   */
  public Map<Class<?>, Object> firstValues(Collection<? extends Class<?>> types) {
    Map<Class<?>, Object> first = new LinkedHashMap<>(firstValues());
    for (Class<?> type : types) {
      Objects.requireNonNull(type, "type");
      if (!first.containsKey(type) && !type.isPrimitive()) {
        sample(type, 0, 0).ifPresent(v -> first.put(type, v));
      }
    }
    return Collections.unmodifiableMap(first);
  }

  /**
   * {@return the value {@code which} (0 or 1) of {@code type}, or empty when none can be made}
   *
   * @param type the type, with its type arguments
   * @param which 0 or 1
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException if {@code which} is neither 0 nor 1
   */
  public Optional<Object> sample(Type type, int which) {
    Objects.requireNonNull(type, "type");
    if (which != 0 && which != 1) {
      throw new IllegalArgumentException("which must be 0 or 1 but was " + which);
    }
    return sample(type, which, 0);
  }

  /**
   * {@return the record built by its canonical constructor from {@code values}, or empty when the
   * constructor refuses them with a runtime exception}
   *
   * @param type the record type
   * @param values the component values, in order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code type} is not a record
   * @throws IllegalStateException if the constructor throws a checked exception or an error
   */
  public static Optional<Object> construct(Class<?> type, Object[] values) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(values, "values");
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<?> c = type.getDeclaredConstructor(types);
      return Optional.of(c.newInstance(values));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        return Optional.empty();
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return the equality groups of a record: first an instance built from the values 0 of its
   * components with an equal one generated again, then for each component one instance with that
   * component changed to its value 1 (left out when the record's invariants refuse the change);
   * empty when no first instance can be built}
   *
   * @param type the record type
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException if {@code type} is not a record
   */
  public Optional<List<List<Object>>> equalityGroups(Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    // small numbers first, then numbers that are valid years
    for (int base : new int[] {1, 2026}) {
      intBase = base;
      try {
        Optional<List<List<Object>>> groups = groupsOf(type);
        if (groups.isPresent()) {
          return groups;
        }
      } finally {
        intBase = 1;
      }
    }
    return Optional.empty();
  }

  private Optional<List<List<Object>>> groupsOf(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Optional<Object> a = componentValues(type, components, -1).flatMap(v -> construct(type, v));
    Optional<Object> again = componentValues(type, components, -1).flatMap(v -> construct(type, v));
    if (a.isEmpty() || again.isEmpty()) {
      return Optional.empty();
    }
    List<List<Object>> groups = new ArrayList<>();
    groups.add(List.of(a.get(), again.get()));
    for (int i = 0; i < components.length; i++) {
      componentValues(type, components, i).flatMap(v -> construct(type, v)).ifPresent(changed -> groups.add(List.of(changed)));
    }
    return Optional.of(List.copyOf(groups));
  }

  /**
   * The values 0 of the components, but the value 1 for component {@code changed}; empty if one
   * is missing. A registered record gives its components from its two registered values.
   */
  private Optional<Object[]> componentValues(Class<?> type, RecordComponent[] components, int changed) {
    Object[] values = new Object[components.length];
    List<?> registered = known.get(type);
    for (int i = 0; i < components.length; i++) {
      Type t = components[i].getGenericType();
      Optional<Object> base = registered == null ? Optional.empty() : component(registered.get(0), components[i]);
      if (base.isEmpty()) {
        base = sample(t, 0, 1);
      }
      if (base.isEmpty()) {
        return Optional.empty();
      }
      if (i != changed) {
        values[i] = base.get();
        continue;
      }
      // the first candidate that differs from the component's value 0
      Object unchanged = base.get();
      Optional<Object> other = Stream.of(
              registered == null ? Optional.<Object>empty() : component(registered.get(1), components[i]),
              sample(t, 1, 1),
              sample(t, 0, 1))
          .flatMap(Optional::stream)
          .filter(v -> !Objects.deepEquals(v, unchanged))
          .findFirst();
      if (other.isEmpty()) {
        return Optional.empty();
      }
      values[i] = other.get();
    }
    return Optional.of(values);
  }

  private static Optional<Object> component(Object record, RecordComponent component) {
    try {
      return Optional.ofNullable(component.getAccessor().invoke(record));
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }

  private Optional<Object> sample(Type type, int which, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (type instanceof WildcardType w) {
      return sample(w.getUpperBounds()[0], which, depth);
    }
    if (type instanceof GenericArrayType g) {
      return sample(g.getGenericComponentType(), which, depth + 1).map(e -> arrayOf(rawType(g.getGenericComponentType()), e));
    }
    if (type instanceof ParameterizedType p) {
      return parameterized(p, which, depth);
    }
    if (!(type instanceof Class<?> c)) {
      return Optional.empty();
    }
    if (known.containsKey(c)) {
      return Optional.of(known.get(c).get(which));
    }
    Object simple = simple(c, which);
    if (simple != null) {
      return Optional.of(simple);
    }
    if (c.isArray()) {
      return sample(c.getComponentType(), which, depth + 1).map(e -> arrayOf(c.getComponentType(), e));
    }
    if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants.length > which ? Optional.of(constants[which]) : Optional.empty();
    }
    if (c.isRecord()) {
      Optional<Object> built = record(c, which, depth);
      if (built.isEmpty() && intBase == 1) {
        // small numbers first, then numbers that are valid years
        intBase = 2026;
        try {
          built = record(c, which, depth);
        } finally {
          intBase = 1;
        }
      }
      return built;
    }
    if (c.isSealed()) {
      for (Class<?> sub : c.getPermittedSubclasses()) {
        Optional<Object> v = sample(sub, which, depth + 1);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Object> record(Class<?> c, int which, int depth) {
    RecordComponent[] components = c.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Optional<Object> v = sample(components[i].getGenericType(), which, depth + 1);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      values[i] = v.get();
    }
    return construct(c, values);
  }

  private Object simple(Class<?> c, int which) {
    if (c == int.class || c == Integer.class) {
      return intBase + which;
    } else if (c == long.class || c == Long.class) {
      return intBase + which + 0L;
    } else if (c == double.class || c == Double.class) {
      return which + 1.0;
    } else if (c == float.class || c == Float.class) {
      return which + 1.0f;
    } else if (c == short.class || c == Short.class) {
      return (short) (which + 1);
    } else if (c == byte.class || c == Byte.class) {
      return (byte) (which + 1);
    } else if (c == char.class || c == Character.class) {
      return (char) ('a' + which);
    } else if (c == boolean.class || c == Boolean.class) {
      return which == 1;
    } else if (c == String.class) {
      return which == 0 ? "A-1" : "A-2";
    } else if (c == BigDecimal.class) {
      return which == 0 ? new BigDecimal("1") : new BigDecimal("2");
    } else if (c == LocalDate.class) {
      return which == 0 ? LocalDate.of(2026, 1, 1) : LocalDate.of(2027, 6, 30);
    } else if (c == Duration.class) {
      return Duration.ofSeconds(which + 1);
    } else if (c == OptionalDouble.class) {
      return which == 0 ? OptionalDouble.empty() : OptionalDouble.of(1);
    } else if (c == OptionalInt.class) {
      return which == 0 ? OptionalInt.empty() : OptionalInt.of(1);
    }
    return null;
  }

  private Optional<Object> parameterized(ParameterizedType p, int which, int depth) {
    Class<?> raw = rawType(p);
    Type[] args = p.getActualTypeArguments();
    if (raw == Optional.class) {
      return which == 0 ? Optional.of(Optional.empty()) : sample(args[0], 0, depth + 1).map(Optional::of);
    }
    if (raw == List.class || raw == Collection.class) {
      return which == 0 ? Optional.of(List.of()) : sample(args[0], 0, depth + 1).map(List::of);
    }
    if (raw == Set.class) {
      return which == 0 ? Optional.of(Set.of()) : sample(args[0], 0, depth + 1).map(Set::of);
    }
    if (raw == SortedSet.class) {
      return which == 0
          ? Optional.of(new TreeSet<>())
          : sample(args[0], 0, depth + 1).map(e -> new TreeSet<>(List.of(e)));
    }
    if (raw == Map.class || raw == SortedMap.class) {
      if (which == 0) {
        return Optional.of(raw == Map.class ? Map.of() : new TreeMap<>());
      }
      Optional<Object> k = sample(args[0], 0, depth + 1);
      Optional<Object> v = sample(args[1], 0, depth + 1);
      if (k.isEmpty() || v.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(raw == Map.class ? Map.of(k.get(), v.get()) : new TreeMap<>(Map.of(k.get(), v.get())));
    }
    return sample(raw, which, depth);
  }

  private static Class<?> rawType(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (t instanceof GenericArrayType g) {
      return Array.newInstance(rawType(g.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }

  private static Object arrayOf(Class<?> component, Object element) {
    Object array = Array.newInstance(component, 1);
    Array.set(array, 0, element);
    return array;
  }
}
