// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Locale;
import org.civicplan.base.Identifier;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reading of {@link Identifier} records that core does not register by name, such as a template's
 * own ids: through the record's public canonical constructor of one {@code String}.
 */
final class Identifiers {

  private Identifiers() {}

  /** Whether {@code type} is a public record implementing {@link Identifier} with one string component. */
  static boolean isIdentifier(Class<?> type) {
    return Identifier.class.isAssignableFrom(type)
        && type.isRecord()
        && Modifier.isPublic(type.getModifiers())
        && type.getRecordComponents().length == 1
        && type.getRecordComponents()[0].getType() == String.class;
  }

  /** A deserializer from a string through {@code type}'s canonical constructor. */
  static <T> ValueDeserializer<T> deserializer(Class<T> type) {
    Constructor<T> constructor;
    try {
      constructor = type.getConstructor(String.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " is an Identifier record without a public canonical constructor", e);
    }
    return new Codecs.StringValueDeserializer<>(type, what(type), text -> {
      try {
        return constructor.newInstance(text);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof IllegalArgumentException iae) {
          throw iae;
        }
        throw new IllegalStateException("cannot create " + type.getName() + " from \"" + text + "\"", e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create " + type.getName() + " from \"" + text + "\"", e);
      }
    });
  }

  /** {@code HazardId} → {@code hazard id}: how a message names the value. */
  private static String what(Class<?> type) {
    String name = type.getSimpleName().replaceAll("Id$", "");
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + " id";
  }
}
