// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;

/** The serializers and deserializers of civicplan's value types. */
final class Codecs {

  private Codecs() {}

  /**
   * A value rejected by its own check (a malformed date, an unknown currency, …) or a member the
   * type does not have, reported with the domain's own message.
   */
  static MismatchedInputException problem(JsonParser p, Class<?> type, String message) {
    return MismatchedInputException.from(p, type, message);
  }

  /**
   * A value of the wrong JSON type (an array where a text is expected, …), reported with the
   * domain's own message; read as {@link ReadProblem.Kind#WRONG_TYPE}.
   */
  static MismatchedInputException wrongType(JsonParser p, Class<?> type, String message) {
    return new WrongTypeException(p, message, type);
  }

  /** The mark of a {@link #wrongType} problem. */
  static final class WrongTypeException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    WrongTypeException(JsonParser p, String message, Class<?> type) {
      super(p, message, type);
    }
  }

  /** A value written as a string: ids, plan dates, periods, currencies. */
  static final class StringValueSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final Function<T, String> format;

    StringValueSerializer(Class<T> type, Function<T, String> format) {
      this.type = type;
      this.format = format;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(format.apply(value));
    }
  }

  /**
   * A value read from a string. Integers are accepted too, because YAML reads an unquoted {@code
   * 2027} as a number.
   */
  static final class StringValueDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final String what;
    private final Function<String, T> parse;

    StringValueDeserializer(Class<T> type, String what, Function<String, T> parse) {
      this.type = type;
      this.what = what;
      this.parse = parse;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
        throw wrongType(p, type, what + " must be a string but was " + describe(t));
      }
      String text = p.getString();
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        throw problem(p, type, e.getMessage());
      }
    }
  }

  /** Enums as lower-case kebab strings: {@code IN_IMPLEMENTATION} is {@code in-implementation}. */
  static final class KebabEnumSerializer extends ValueSerializer<Enum<?>> {
    @Override
    public void serialize(Enum<?> value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(kebab(value));
    }
  }

  /** Reads kebab-case enum values; an unknown value names the allowed ones. */
  static final class KebabEnumDeserializer extends ValueDeserializer<Enum<?>> {
    private final Class<?> type;
    private final String what;
    private final Map<String, Enum<?>> byName;

    KebabEnumDeserializer(Class<?> type) {
      this.type = type;
      this.what = kebab(type.getSimpleName());
      this.byName = new TreeMap<>();
      for (Object constant : type.getEnumConstants()) {
        Enum<?> e = (Enum<?>) constant;
        byName.put(kebab(e), e);
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw wrongType(p, type, what + " must be a string, one of " + allowed() + ", but was " + describe(p.currentToken()));
      }
      String text = p.getString();
      Enum<?> e = byName.get(text);
      if (e == null) {
        throw problem(p, type, what + " must be one of " + allowed() + " but was \"" + text + "\"");
      }
      return e;
    }

    private String allowed() {
      return Arrays.stream(type.getEnumConstants())
          .map(c -> kebab((Enum<?>) c))
          .collect(Collectors.joining(", "));
    }
  }

  /** {@code {"en": "...", "ro": "..."}}, languages in tag order; empty texts are omitted. */
  static final class LocalizedTextSerializer extends ValueSerializer<LocalizedText> {
    @Override
    public Class<?> handledType() {
      return LocalizedText.class;
    }

    @Override
    public boolean isEmpty(SerializationContext ctxt, LocalizedText value) {
      return value == null || value.values().isEmpty();
    }

    @Override
    public void serialize(LocalizedText value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(value);
      for (Map.Entry<String, String> e : value.values().entrySet()) {
        gen.writeStringProperty(e.getKey(), e.getValue());
      }
      gen.writeEndObject();
    }
  }

  /** Reads a localized text; absent or null reads as the empty text. */
  static final class LocalizedTextDeserializer extends ValueDeserializer<LocalizedText> {
    @Override
    public Class<?> handledType() {
      return LocalizedText.class;
    }

    @Override
    public LocalizedText deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw wrongType(
            p,
            LocalizedText.class,
            "localized text must be an object of language tags to texts, e.g. {\"en\": \"Parks\","
                + " \"ro\": \"Parcuri\"}, but was " + describe(p.currentToken()));
      }
      Map<String, String> values = new TreeMap<>();
      for (String tag = p.nextName(); tag != null; tag = p.nextName()) {
        JsonToken t = p.nextToken();
        try {
          if (t != JsonToken.VALUE_STRING) {
            throw wrongType(p, LocalizedText.class, "text for language \"" + tag + "\" must be a string but was " + describe(t));
          }
          values.put(tag, p.getString());
          new LocalizedText(Map.of(tag, ""));
        } catch (IllegalArgumentException e) {
          throw JacksonException.wrapWithPath(problem(p, LocalizedText.class, e.getMessage()), values, tag);
        } catch (JacksonException e) {
          throw JacksonException.wrapWithPath(e, values, tag);
        }
      }
      return new LocalizedText(values);
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      return LocalizedText.empty();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return LocalizedText.empty();
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
      return LocalizedText.empty();
    }
  }

  /** {@code {"amount": 1250.5, "currency": "RON"}}, the amount as an exact plain decimal. */
  static final class MoneySerializer extends ValueSerializer<Money> {
    @Override
    public Class<?> handledType() {
      return Money.class;
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(value);
      gen.writeName("amount");
      // In full (1250.50, never 1.2505E+3), unless the full form would be longer than a reader
      // takes (DocumentLimits.DEFAULT_MAX_NUMBER_LENGTH): 1E+400 stays exact and reads back equal.
      String plain = value.amount().toPlainString();
      gen.writeNumber(plain.length() <= DocumentLimits.DEFAULT_MAX_NUMBER_LENGTH ? plain : value.amount().stripTrailingZeros().toString());
      gen.writeStringProperty("currency", value.currency().getCurrencyCode());
      gen.writeEndObject();
    }
  }

  /** Reads money exactly: the amount never passes through a {@code double}. */
  static final class MoneyDeserializer extends ValueDeserializer<Money> {
    @Override
    public Class<?> handledType() {
      return Money.class;
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw wrongType(
            p, Money.class,
            "money must be an object {\"amount\": 1250.5, \"currency\": \"RON\"} but was " + describe(p.currentToken()));
      }
      BigDecimal amount = null;
      Currency currency = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        Object marker = "money";
        try {
          switch (name) {
            case "amount" -> {
              if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw wrongType(p, Money.class, "amount must be a decimal number, e.g. 1250.5, but was " + describe(t));
              }
              amount = p.getDecimalValue();
            }
            case "currency" -> {
              if (t != JsonToken.VALUE_STRING) {
                throw wrongType(p, Money.class, "currency must be a string such as \"RON\" or \"EUR\" but was " + describe(t));
              }
              try {
                currency = Money.currency(p.getString());
              } catch (IllegalArgumentException e) {
                throw problem(p, Money.class, e.getMessage());
              }
            }
            default -> throw problem(
                p, Money.class, "unknown member \"" + name + "\" in money; allowed members: amount, currency");
          }
        } catch (JacksonException e) {
          throw JacksonException.wrapWithPath(e, marker, name);
        }
      }
      if (amount == null) {
        throw JacksonException.wrapWithPath(
            problem(p, Money.class, "missing required member \"amount\" of money"), "money", "amount");
      }
      if (currency == null) {
        throw JacksonException.wrapWithPath(
            problem(p, Money.class, "missing required member \"currency\" of money"), "money", "currency");
      }
      return new Money(amount, currency);
    }
  }

  private static final java.util.regex.Pattern CAMEL_HUMP = java.util.regex.Pattern.compile("([a-z0-9])([A-Z])");

  static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code ReportingFrequency} is {@code reporting-frequency}. */
  static String kebab(String camel) {
    return CAMEL_HUMP.matcher(camel).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }
}
