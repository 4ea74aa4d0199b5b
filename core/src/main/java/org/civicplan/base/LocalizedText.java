// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A text in several languages, keyed by language tag ({@code ro}, {@code en}, {@code hu},
 * {@code ro-MD}, ...).
 *
 * <p><b>Fallback rule</b> ({@link #get(Locale)}): the exact tag of the locale ({@code ro-MD}),
 * then its language ({@code ro}), then English, then Romanian, then the first language in tag
 * order; the empty string when the text has no language at all. civicplan documents are expected
 * to carry both {@code ro} and {@code en}; a text missing one of them is a validation warning, not
 * an error.
 *
 * @param values the text per language tag; copied and kept sorted by tag
 */
public record LocalizedText(Map<String, String> values) {

  /** English, the first fallback. */
  public static final String ENGLISH = "en";

  /** Romanian, the second fallback. */
  public static final String ROMANIAN = "ro";

  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Z]{2}|-[0-9]{3})?");

  /**
   * Whether {@code tag} matches {@link #TAG}, without a matcher: every text of every document is
   * checked, and this runs once per language of each.
   */
  static boolean isTag(String tag) {
    int n = tag.length();
    int language = tag.indexOf('-');
    int end = language < 0 ? n : language;
    if (end < 2 || end > 3 || !all(tag, 0, end, 'a', 'z')) {
      return false;
    }
    if (language < 0) {
      return true;
    }
    int region = n - end - 1;
    return region == 2 && all(tag, end + 1, n, 'A', 'Z') || region == 3 && all(tag, end + 1, n, '0', '9');
  }

  private static boolean all(String s, int from, int to, char low, char high) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < low || c > high) {
        return false;
      }
    }
    return true;
  }
  private static final LocalizedText EMPTY = new LocalizedText(Map.of());

  /**
   * Creates an instance from its components.
   *
   * @param values the text per language tag; copied and kept sorted by tag
   * @throws NullPointerException if the map, a tag or a text is null
   * @throws IllegalArgumentException if a tag is not a language tag such as {@code ro} or {@code
   *     ro-MD}
   */
  public LocalizedText {
    Objects.requireNonNull(values, "values");
    SortedMap<String, String> copy = new TreeMap<>();
    values.forEach(
        (tag, text) -> {
          Objects.requireNonNull(tag, "language tag");
          Objects.requireNonNull(text, () -> "text for language \"" + tag + "\"");
          if (!isTag(tag)) {
            throw new IllegalArgumentException(
                "language tag must be a lower-case language code with an optional region"
                    + " (e.g. \"ro\", \"en\", \"ro-MD\") but was \""
                    + tag
                    + "\"");
          }
          copy.put(tag, text);
        });
    values = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * {@return a text in English and Romanian: {@code of("Green city", "Oraș verde")}} For other
   * languages use {@link #in(String, String)} or the tag/text pairs of {@link #of(String, String,
   * String, String, String...)}.
   *
   * @param english the English text
   * @param romanian the Romanian text
   * @throws NullPointerException naming {@code english} or {@code romanian} if it is null
   */
  public static LocalizedText of(String english, String romanian) {
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(romanian, "romanian");
    return new LocalizedText(Map.of(ENGLISH, english, ROMANIAN, romanian));
  }

  /**
   * {@return a text in exactly one language, e.g. {@code in("hu", "Zöld város")}}
   *
   * @param languageTag a BCP 47 language tag, e.g. {@code hu}
   * @param text the text in that language
   * @throws NullPointerException naming {@code languageTag} or {@code text} if it is null
   */
  public static LocalizedText in(String languageTag, String text) {
    Objects.requireNonNull(languageTag, "languageTag");
    Objects.requireNonNull(text, "text");
    return new LocalizedText(Map.of(languageTag, text));
  }

  /**
   * {@return a text in two or more languages, given as tag/text pairs: {@code of("ro", "Oraș
   * verde", "hu", "Zöld város")}}
   *
   * @param tag1 the first language tag
   * @param text1 the text in the first language
   * @param tag2 the second language tag
   * @param text2 the text in the second language
   * @param moreTagsAndTexts further tag/text pairs, tag first
   * @throws IllegalArgumentException if the pairs are incomplete or a language is given twice
   */
  public static LocalizedText of(
      String tag1, String text1, String tag2, String text2, String... moreTagsAndTexts) {
    Objects.requireNonNull(tag1, "tag1");
    Objects.requireNonNull(text1, "text1");
    Objects.requireNonNull(tag2, "tag2");
    Objects.requireNonNull(text2, "text2");
    Objects.requireNonNull(moreTagsAndTexts, "moreTagsAndTexts");
    if (moreTagsAndTexts.length % 2 != 0) {
      throw new IllegalArgumentException(
          "tags and texts must come in pairs but " + (4 + moreTagsAndTexts.length) + " strings were given");
    }
    Objects.requireNonNull(moreTagsAndTexts, "moreTagsAndTexts");
    Map<String, String> map = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
    map.put(tag1, text1);
    String[] rest = new String[2 + moreTagsAndTexts.length];
    rest[0] = tag2;
    rest[1] = text2;
    System.arraycopy(moreTagsAndTexts, 0, rest, 2, moreTagsAndTexts.length);
    for (int i = 0; i < rest.length; i += 2) {
      if (map.put(rest[i], rest[i + 1]) != null) {
        throw new IllegalArgumentException("language \"" + rest[i] + "\" is given twice");
      }
    }
    return new LocalizedText(map);
  }

  /** {@return a text in no language} */
  public static LocalizedText empty() {
    return EMPTY;
  }

  /**
   * Returns the text for {@code locale} following the fallback rule of this class.
   *
   * @param locale the reader's locale
   * @return the text, or {@code ""} when this text has no language
   */
  public String get(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String tag = locale.toLanguageTag();
    String text = values.get(tag);
    if (text == null) {
      text = values.get(locale.getLanguage());
    }
    if (text == null) {
      text = values.get(ENGLISH);
    }
    if (text == null) {
      text = values.get(ROMANIAN);
    }
    if (text == null && !values.isEmpty()) {
      text = values.get(((SortedMap<String, String>) values).firstKey());
    }
    return text == null ? "" : text;
  }

  /**
   * {@return the text in exactly this language tag, without fallback}
   *
   * @param languageTag a BCP 47 language tag
   */
  public Optional<String> exactly(String languageTag) {
    return Optional.ofNullable(values.get(languageTag));
  }

  /**
   * {@return whether a non-blank text exists for exactly this language tag}
   *
   * @param languageTag a BCP 47 language tag
   */
  public boolean has(String languageTag) {
    String text = values.get(languageTag);
    return text != null && !text.isBlank();
  }

  /** {@return the language tags present, sorted} */
  public Set<String> languages() {
    return values.keySet();
  }

  /** {@return whether no language has a non-blank text} */
  public boolean isBlank() {
    return values.values().stream().allMatch(String::isBlank);
  }

  /**
   * {@return a copy with {@code text} set for {@code languageTag}}
   *
   * @param languageTag a BCP 47 language tag
   * @param text the text in that language
   */
  public LocalizedText with(String languageTag, String text) {
    Map<String, String> map = new TreeMap<>(values);
    map.put(languageTag, text);
    return new LocalizedText(map);
  }
}
