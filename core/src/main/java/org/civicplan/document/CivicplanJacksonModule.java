// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import org.civicplan.governance.BodyId;
import org.civicplan.base.Identifier;
import org.civicplan.strategy.Annex;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.template.AnnexType;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * The Jackson 3 module that reads and writes civicplan's domain types in the document
 * conventions, so that the domain records carry no Jackson annotations.
 *
 * <ul>
 *   <li>members are named as record components, in component order (also when the mapper sorts
 *       properties alphabetically, Jackson 3's default);
 *   <li>ids ({@code StrategyId}, {@code ActionId}, ...), {@link PlanDate} ({@code 2027}, {@code
 *       2027-03}, {@code 2027-03-15}), {@link StrategyPeriod} ({@code 2026/2030}) and currencies as
 *       strings; ids and plan dates also read from YAML's unquoted integers; any other public
 *       {@link Identifier} record (a template's own ids, such as a hazard's) as its text, read back
 *       through its canonical constructor;
 *   <li>civicplan enums (those of {@code org.civicplan} packages) as lower-case kebab strings
 *       ({@code in-implementation}); an unknown value is a problem listing the allowed values;
 *   <li>{@link LocalizedText} as {@code {"en": "...", "ro": "..."}}; {@link Money} as {@code
 *       {"amount": 1250.5, "currency": "RON"}} with the amount exact;
 *   <li>empty {@code Optional}s, empty lists and empty localized texts are left out on write and
 *       read back as empty; every other record component is required;
 *   <li>annexes as {@code {"kind": "...", "data": {...}}}: the data is bound to the record type of
 *       the {@link AnnexType} registered for the kind, or kept verbatim as a {@link RawAnnex}
 *       (member order and decimals as written, compact JSON; a negative zero, which exact decimals
 *       cannot hold, reads as zero) when none is.
 * </ul>
 *
 * <p>Found by {@code MapperBuilder.findAndAddModules()} through {@code
 * META-INF/services/tools.jackson.databind.JacksonModule}; the instance found that way knows no
 * typed annexes. {@link StrategyDocuments} configures everything else (limits, strict reading,
 * pretty printing); use it rather than a bare mapper to read documents.
 *
 * <p>Immutable and thread-safe.
 */
public final class CivicplanJacksonModule extends JacksonModule {

  private static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "org.civicplan", "civicplan-core");

  private static final List<Class<?>> OPTIONAL_TYPES =
      List.of(
          Optional.class, OptionalDouble.class, OptionalInt.class, OptionalLong.class,
          List.class, LocalizedText.class);

  private final Map<String, AnnexType<?>> annexTypes;

  /** A module that knows no typed annex: every annex is read as a {@link RawAnnex}. */
  public CivicplanJacksonModule() {
    this(List.of());
  }

  /**
   * A module that binds annexes of these kinds to their record types.
   *
   * @param annexTypes the annex types to bind, by kind
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalArgumentException if two annex types share a kind, naming the kind and both
   *     types
   */
  public CivicplanJacksonModule(Collection<? extends AnnexType<?>> annexTypes) {
    Map<String, AnnexType<?>> map = new TreeMap<>();
    for (AnnexType<?> t : annexTypes) {
      AnnexType<?> previous = map.putIfAbsent(t.kind(), t);
      if (previous != null && !previous.equals(t)) {
        throw new IllegalArgumentException(
            "two annex types have the kind \"" + t.kind() + "\": " + previous.type().getName()
                + " and " + t.type().getName() + "; an annex kind must have one type");
      }
    }
    this.annexTypes = Map.copyOf(map);
  }

  /** {@return the typed annexes this module binds, by kind} */
  public Map<String, AnnexType<?>> annexTypes() {
    return new TreeMap<>(annexTypes);
  }

  @Override
  public String getModuleName() {
    return "civicplan";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public Object getRegistrationId() {
    // Two modules with different annex types are different registrations; the last one wins.
    return getClass().getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    Map<Class<?>, ValueSerializer<?>> serializers = new HashMap<>();
    Map<Class<?>, ValueDeserializer<?>> deserializers = new HashMap<>();
    // every other identifier is named from its type (Identifiers: ActionId -> "action id"); a
    // governance body's id is named in full
    string(serializers, deserializers, BodyId.class, "governance body id", BodyId::of, BodyId::value);
    string(serializers, deserializers, PlanDate.class, "date", PlanDate::parse, PlanDate::toString);
    string(serializers, deserializers, StrategyPeriod.class, "period", StrategyPeriod::parse, StrategyPeriod::toString);
    string(serializers, deserializers, java.util.Currency.class, "currency", Money::currency, java.util.Currency::getCurrencyCode);
    serializers.put(LocalizedText.class, new Codecs.LocalizedTextSerializer());
    deserializers.put(LocalizedText.class, new Codecs.LocalizedTextDeserializer());
    serializers.put(Money.class, new Codecs.MoneySerializer());
    deserializers.put(Money.class, new Codecs.MoneyDeserializer());
    AnnexCodecs.AnnexDeserializer annexes = new AnnexCodecs.AnnexDeserializer(annexTypes);
    deserializers.put(Annex.class, annexes);
    deserializers.put(RawAnnex.class, annexes);

    context.addSerializers(new ValueSerializers(serializers));
    context.addDeserializers(new ValueDeserializers(deserializers));
    context.addValueInstantiators(new DirectConstructors());
    context.addSerializerModifier(new AnnexEnvelope());
    context.appendAnnotationIntrospector(new RecordConventions());
    for (Class<?> type : OPTIONAL_TYPES) {
      context.configOverride(type)
          .setIncludeAsProperty(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null))
          .setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }
  }

  private static <T> void string(
      Map<Class<?>, ValueSerializer<?>> serializers,
      Map<Class<?>, ValueDeserializer<?>> deserializers,
      Class<T> type,
      String what,
      Function<String, T> parse,
      Function<T, String> format) {
    serializers.put(type, new Codecs.StringValueSerializer<>(type, format));
    deserializers.put(type, new Codecs.StringValueDeserializer<>(type, what, parse));
  }

  private static boolean isCivicplanEnum(Class<?> type) {
    return type.isEnum() && type.getName().startsWith("org.civicplan.");
  }

  private static final class ValueSerializers implements Serializers {
    private final Map<Class<?>, ValueSerializer<?>> byType;

    ValueSerializers(Map<Class<?>, ValueSerializer<?>> byType) {
      this.byType = Map.copyOf(byType);
    }

    @Override
    public ValueSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc, com.fasterxml.jackson.annotation.JsonFormat.Value format) {
      ValueSerializer<?> known = byType.get(type.getRawClass());
      if (known == null && Identifiers.isIdentifier(type.getRawClass())) {
        return new Codecs.StringValueSerializer<>(Identifier.class, Identifier::value);
      }
      return known;
    }

    @Override
    public ValueSerializer<?> findEnumSerializer(
        SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc, com.fasterxml.jackson.annotation.JsonFormat.Value format) {
      return isCivicplanEnum(type.getRawClass()) ? new Codecs.KebabEnumSerializer() : null;
    }
  }

  private static final class ValueDeserializers implements Deserializers {
    private final Map<Class<?>, ValueDeserializer<?>> byType;

    ValueDeserializers(Map<Class<?>, ValueDeserializer<?>> byType) {
      this.byType = Map.copyOf(byType);
    }

    @Override
    public ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
      ValueDeserializer<?> known = byType.get(type.getRawClass());
      if (known == null && Identifiers.isIdentifier(type.getRawClass())) {
        return Identifiers.deserializer(type.getRawClass());
      }
      return known;
    }

    @Override
    public ValueDeserializer<?> findEnumDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
      return isCivicplanEnum(type.getRawClass()) ? new Codecs.KebabEnumDeserializer(type.getRawClass()) : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return byType.containsKey(valueType) || isCivicplanEnum(valueType) || Identifiers.isIdentifier(valueType);
    }
  }

  /** Puts every annex in its {@code {"kind", "data"}} envelope. */
  private static final class AnnexEnvelope extends ValueSerializerModifier {
    @Override
    public ValueSerializer<?> modifySerializer(
        SerializationConfig config, BeanDescription.Supplier beanDesc, ValueSerializer<?> serializer) {
      Class<?> type = beanDesc.getBeanClass();
      if (type == RawAnnex.class) {
        return new AnnexCodecs.RawAnnexSerializer();
      }
      if (Annex.class.isAssignableFrom(type) && !type.isInterface()) {
        return new AnnexCodecs.TypedAnnexSerializer(serializer);
      }
      return serializer;
    }

    /**
     * Only record components are document members: a convenience method named like a getter
     * ({@code isSuccess()}, {@code getTotal()}) must not leak into the document, where reading it
     * back would fail as an unknown member.
     */
    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config, BeanDescription.Supplier beanDesc, List<BeanPropertyWriter> properties) {
      Class<?> type = beanDesc.getBeanClass();
      if (!type.isRecord()) {
        return properties;
      }
      Set<String> components =
          Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
      return properties.stream().filter(p -> components.contains(p.getName())).collect(Collectors.toList());
    }
  }

  /**
   * Record conventions without annotations: members in component order; every component
   * required except optionals, lists and localized texts (which read as empty when absent).
   */
  private static final class RecordConventions extends NopAnnotationIntrospector {
    @Override
    public String[] findSerializationPropertyOrder(MapperConfig<?> config, AnnotatedClass ac) {
      Class<?> type = ac.getRawType();
      if (!type.isRecord()) {
        return null;
      }
      return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
    }

    @Override
    public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember m) {
      if (!m.getDeclaringClass().isRecord()) {
        return null;
      }
      Class<?> raw = m.getRawType();
      for (Class<?> optional : OPTIONAL_TYPES) {
        if (optional.isAssignableFrom(raw)) {
          return null;
        }
      }
      return Boolean.TRUE;
    }
  }
}
