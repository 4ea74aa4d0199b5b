// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finding messages in English and Romanian, read from two UTF-8 properties files: {@code
 * BASE.properties} (English) and {@code BASE_ro.properties} (Romanian), whose keys are finding
 * codes and whose values are {@link MessageFormat} patterns.
 *
 * <p>The files are opened through a function supplied by the module that owns them, so that a
 * template module's messages stay encapsulated in that module:
 *
 * <pre>{@code
 * MessageCatalog messages =
 *     MessageCatalog.load(name -> ClimateTemplate.class.getResourceAsStream(name), "messages");
 * }</pre>
 */
public final class MessageCatalog {

  private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

  private final Map<String, String> english;
  private final Map<String, String> romanian;
  /**
   * Each pattern parsed once, by language and key; a message is formatted with a clone (a
   * MessageFormat is not safe to share between threads), which costs a fraction of the parse.
   */
  private final Map<String, MessageFormat> parsedEnglish = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, MessageFormat> parsedRomanian = new java.util.concurrent.ConcurrentHashMap<>();

  private MessageCatalog(Map<String, String> english, Map<String, String> romanian) {
    this.english = english;
    this.romanian = romanian;
  }

  /**
   * Loads {@code baseName + ".properties"} and {@code baseName + "_ro.properties"}.
   *
   * @param opener opens a resource by name, or returns null when it does not exist
   * @param baseName the resource name without suffix, as the opener resolves it
   * @return the catalogue
   * @throws IllegalStateException if the English file is missing or a key lacks a Romanian text
   * @throws UncheckedIOException if a file cannot be read
   */
  public static MessageCatalog load(Function<String, InputStream> opener, String baseName) {
    Objects.requireNonNull(opener, "opener");
    Objects.requireNonNull(baseName, "baseName");
    Map<String, String> en = read(opener, baseName + ".properties");
    Map<String, String> ro = read(opener, baseName + "_ro.properties");
    for (String key : en.keySet()) {
      if (!ro.containsKey(key)) {
        throw new IllegalStateException(
            "message \"" + key + "\" of " + baseName + " has no Romanian text in " + baseName + "_ro.properties");
      }
    }
    return new MessageCatalog(en, ro);
  }

  /**
   * {@return a catalogue of these texts}
   *
   * @param english the English patterns by key
   * @param romanian the Romanian patterns by key: the same keys
   * @throws IllegalArgumentException naming the key when a key has a text in one language only
   */
  public static MessageCatalog of(Map<String, String> english, Map<String, String> romanian) {
    Map<String, String> en = new TreeMap<>(english);
    Map<String, String> ro = new TreeMap<>(romanian);
    for (String key : en.keySet()) {
      if (!ro.containsKey(key)) {
        throw new IllegalArgumentException("message \"" + key + "\" has no Romanian text");
      }
    }
    for (String key : ro.keySet()) {
      if (!en.containsKey(key)) {
        throw new IllegalArgumentException("message \"" + key + "\" has no English text");
      }
    }
    return new MessageCatalog(Map.copyOf(en), Map.copyOf(ro));
  }

  /** {@return a catalogue with no message} */
  public static MessageCatalog empty() {
    return new MessageCatalog(Map.of(), Map.of());
  }

  /**
   * {@return the message for {@code key} in English and Romanian, with {@code args} formatted in;
   * an argument that is a {@link LocalizedText} is formatted in each message's language}
   *
   * @param key the message key
   * @param args the arguments of the message's placeholders
   * @throws IllegalArgumentException if the key is unknown
   */
  public LocalizedText text(String key, Object... args) {
    String en = english.get(key);
    if (en == null) {
      throw new IllegalArgumentException("no message for \"" + key + "\"; known: " + english.keySet());
    }
    return LocalizedText.of(
        format(parsedEnglish, key, en, Locale.ENGLISH, args),
        format(parsedRomanian, key, romanian.get(key), ROMANIAN, args));
  }

  private static String format(Map<String, MessageFormat> parsed, String key, String pattern, Locale locale, Object[] args) {
    MessageFormat f = parsed.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
    return ((MessageFormat) f.clone()).format(in(args, locale));
  }

  /** {@return the keys, sorted} */
  public Set<String> keys() {
    return Collections.unmodifiableSet(new TreeSet<>(english.keySet()));
  }

  private static Object[] in(Object[] args, Locale locale) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof LocalizedText t) {
        out[i] = t.get(locale);
      }
    }
    return out;
  }

  /**
   * {@return a finding whose message is the catalogue's text for its code}
   *
   * @param severity the finding's severity
   * @param code the finding's code, also the message key
   * @param path the JSON Pointer of the value the finding is about
   * @param args the arguments of the message's placeholders
   */
  public Finding finding(Severity severity, String code, String path, Object... args) {
    return new Finding(severity, code, path, text(code, args));
  }

  /**
   * {@return whether the catalogue has a message for {@code key}}
   *
   * @param key the message key
   */
  public boolean has(String key) {
    return english.containsKey(key);
  }

  private static Map<String, String> read(Function<String, InputStream> opener, String name) {
    Objects.requireNonNull(opener, "opener");
    try (InputStream in = opener.apply(name)) {
      if (in == null) {
        throw new IllegalStateException("message file " + name + " not found");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message file " + name, e);
    }
  }
}
