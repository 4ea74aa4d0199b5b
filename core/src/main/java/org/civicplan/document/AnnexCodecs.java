// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.util.Map;
import org.civicplan.strategy.Annex;
import org.civicplan.base.IdSyntax;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.template.AnnexType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Annexes as {@code {"kind": "emission-inventory", "data": {...}}}: typed annexes through their
 * record type, unknown kinds kept verbatim as {@link RawAnnex}.
 */
final class AnnexCodecs {

  /**
   * Reads and writes the verbatim JSON of raw annexes: member order kept, decimals kept exactly as
   * written (no trailing zeros stripped, no detour through {@code double}), compact output.
   */
  static final JsonMapper VERBATIM =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  private AnnexCodecs() {}

  /** The JSON text of an annex's data, as kept in a {@link RawAnnex}. */
  static String verbatim(JsonNode data) {
    return VERBATIM.writeValueAsString(data);
  }

  /** Writes a raw annex, its data copied from its JSON text. */
  static final class RawAnnexSerializer extends ValueSerializer<RawAnnex> {
    @Override
    public Class<?> handledType() {
      return RawAnnex.class;
    }

    @Override
    public void serialize(RawAnnex value, JsonGenerator gen, SerializationContext ctxt) {
      JsonNode data;
      try {
        data = VERBATIM.readTree(value.json());
      } catch (JacksonException e) {
        throw new IllegalArgumentException(
            "raw annex of kind \"" + value.kind() + "\" must hold JSON text but held \""
                + value.json() + "\": " + org.civicplan.io.JacksonMessages.clean(e.getOriginalMessage()), e);
      }
      gen.writeStartObject(value);
      gen.writeStringProperty("kind", value.kind());
      gen.writeName("data");
      write(data, gen, ctxt);
      gen.writeEndObject();
    }

    // A typed annex writes the keys of a map keyed by numbers (a budget by year) as numbers, which
    // YAML shows plain (2026:); a name read back is text, which YAML would quote ("2026":). Writing
    // a name that is an integer as a number keeps a raw annex's YAML byte for byte what its typed
    // record wrote. JSON quotes every name either way, and reading gives the same text back.
    private static void write(JsonNode node, JsonGenerator gen, SerializationContext ctxt) {
      if (node.isObject()) {
        gen.writeStartObject();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          if (INTEGER_NAME.matcher(e.getKey()).matches()) {
            gen.writePropertyId(Long.parseLong(e.getKey()));
          } else {
            gen.writeName(e.getKey());
          }
          write(e.getValue(), gen, ctxt);
        }
        gen.writeEndObject();
      } else if (node.isArray()) {
        gen.writeStartArray();
        for (JsonNode item : node) {
          write(item, gen, ctxt);
        }
        gen.writeEndArray();
      } else {
        ctxt.writeValue(gen, node);
      }
    }
  }

  /** A name a number key is written as: an integer without sign prefix or leading zero that fits a long. */
  private static final java.util.regex.Pattern INTEGER_NAME = java.util.regex.Pattern.compile("0|-?[1-9][0-9]{0,17}");

  /** Writes a typed annex around the serializer of its record type. */
  static final class TypedAnnexSerializer extends ValueSerializer<Annex> {
    private final ValueSerializer<Object> data;

    @SuppressWarnings("unchecked")
    TypedAnnexSerializer(ValueSerializer<?> data) {
      this.data = (ValueSerializer<Object>) data;
    }

    @Override
    public void resolve(SerializationContext ctxt) {
      data.resolve(ctxt);
    }

    @Override
    public void serialize(Annex value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(value);
      gen.writeStringProperty("kind", value.kind());
      gen.writeName("data");
      data.serialize(value, gen, ctxt);
      gen.writeEndObject();
    }
  }

  /** Reads an annex: typed when its kind is registered, raw otherwise. */
  static final class AnnexDeserializer extends ValueDeserializer<Annex> {
    private final Map<String, AnnexType<?>> types;

    AnnexDeserializer(Map<String, AnnexType<?>> types) {
      this.types = types;
    }

    @Override
    public Class<?> handledType() {
      return Annex.class;
    }

    @Override
    public Annex deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Codecs.wrongType(
            p, Annex.class,
            "annex must be an object {\"kind\": \"...\", \"data\": {...}} but was " + Codecs.describe(p.currentToken()));
      }
      JsonNode node = ctxt.readTree(p);
      for (String name : node.propertyNames()) {
        if (!name.equals("kind") && !name.equals("data")) {
          throw JacksonException.wrapWithPath(
              Codecs.problem(p, Annex.class, "unknown member \"" + name + "\" in annex; allowed members: kind, data"),
              node, name);
        }
      }
      JsonNode kindNode = node.get("kind");
      if (kindNode == null || kindNode.isNull()) {
        throw JacksonException.wrapWithPath(
            Codecs.problem(p, Annex.class, "missing required member \"kind\" of annex"), node, "kind");
      }
      if (!kindNode.isString() || !IdSyntax.isValid(kindNode.asString())) {
        String shown = kindNode.isString() ? "\"" + kindNode.asString() + "\"" : kindNode.toString();
        throw JacksonException.wrapWithPath(
            Codecs.problem(
                p, Annex.class,
                "annex kind must be 1 to 64 characters of letters, digits, '.', '_', ':' or '-',"
                    + " starting with a letter or digit, but was " + shown),
            node, "kind");
      }
      String kind = kindNode.asString();
      JsonNode data = node.get("data");
      if (data == null) {
        throw JacksonException.wrapWithPath(
            Codecs.problem(p, Annex.class, "missing required member \"data\" of annex \"" + kind + "\""), node, "data");
      }
      AnnexType<?> type = types.get(kind);
      if (type == null) {
        return new RawAnnex(kind, verbatim(data));
      }
      Annex annex;
      try {
        annex = ctxt.readTreeAsValue(data, type.type());
      } catch (JacksonException e) {
        throw JacksonException.wrapWithPath(e, node, "data");
      }
      if (annex == null) {
        throw JacksonException.wrapWithPath(
            Codecs.problem(p, Annex.class, "data of annex \"" + kind + "\" must be an object but was null"), node, "data");
      }
      if (!annex.kind().equals(kind)) {
        throw JacksonException.wrapWithPath(
            Codecs.problem(
                p, Annex.class,
                "annex type " + type.type().getName() + " registered for kind \"" + kind
                    + "\" reports kind \"" + annex.kind() + "\""),
            node, "kind");
      }
      return annex;
    }
  }
}
