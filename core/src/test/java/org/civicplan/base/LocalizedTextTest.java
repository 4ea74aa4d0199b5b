package org.civicplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  private static final Locale RO = Locale.forLanguageTag("ro");

  @Test
  void get_exactLanguage() {
    LocalizedText t = LocalizedText.of("Green city", "Oraș verde");
    assertEquals("Green city", t.get(Locale.ENGLISH));
    assertEquals("Oraș verde", t.get(RO));
  }

  @Test
  void get_exactRegionalTagWinsOverLanguage() {
    LocalizedText t = LocalizedText.of("ro", "Oraș verde", "ro-MD", "Oraș verde (MD)");
    assertEquals("Oraș verde (MD)", t.get(Locale.forLanguageTag("ro-MD")));
    assertEquals("Oraș verde", t.get(Locale.forLanguageTag("ro-RO")));
  }

  @Test
  void get_fallsBackToEnglishThenRomanianThenFirstTag() {
    assertEquals("Green", LocalizedText.of("Green", "Verde").get(Locale.GERMAN));
    assertEquals("Verde", LocalizedText.of("ro", "Verde", "hu", "Zöld").get(Locale.GERMAN));
    assertEquals("Grün", LocalizedText.of("hu", "Zöld", "de", "Grün").get(Locale.FRENCH));
  }

  @Test
  void get_emptyTextGivesEmptyString() {
    assertEquals("", LocalizedText.empty().get(Locale.ENGLISH));
  }

  @Test
  void has_ignoresBlankTexts() {
    LocalizedText t = LocalizedText.of("en", "Green", "ro", "  ");
    assertTrue(t.has("en"));
    assertFalse(t.has("ro"));
    assertFalse(t.has("hu"));
  }

  @Test
  void languages_areSortedWhateverTheInputOrder() {
    assertEquals(List.of("en", "hu", "ro"), List.copyOf(LocalizedText.of("ro", "a", "hu", "b", "en", "c").languages()));
  }

  @Test
  void rejectsMalformedLanguageTag() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText(Map.of("Romanian", "x")));
    assertTrue(e.getMessage().contains("\"Romanian\""), e.getMessage());
  }

  @Test
  void rejectsNullText() {
    java.util.HashMap<String, String> map = new java.util.HashMap<>();
    map.put("en", null);
    assertThrows(NullPointerException.class, () -> new LocalizedText(map));
  }

  @Test
  void of_rejectsUnpairedArguments() {
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("en", "a", "ro", "b", "hu"));
  }

  @Test
  void of_rejectsRepeatedLanguage() {
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("en", "a", "en", "b"));
  }

  @Test
  void of_twoArguments_isEnglishThenRomanian_andInIsOneLanguage() {
    assertEquals(List.of("en", "ro"), List.copyOf(LocalizedText.of("en", "text").languages()));
    assertEquals("text", LocalizedText.of("en", "text").get(Locale.forLanguageTag("ro")));
    assertEquals(List.of("hu"), List.copyOf(LocalizedText.in("hu", "Zöld").languages()));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(LocalizedText.of("a", "b"), LocalizedText.of("ro", "b", "en", "a"))
        .addEqualityGroup(LocalizedText.of("a", "c"))
        .addEqualityGroup(LocalizedText.empty(), new LocalizedText(Map.of()))
        .testEquals();
  }

  @Test
  void with_addsOrReplacesOneLanguage() {
    LocalizedText t = LocalizedText.of("Green", "Verde").with("hu", "Zöld").with("en", "Greener");
    assertEquals("Zöld", t.get(Locale.forLanguageTag("hu")));
    assertEquals("Greener", t.get(Locale.ENGLISH));
  }

  @Test
  void of_namesTheNullArgument() {
    assertEquals("english", assertThrows(NullPointerException.class, () -> LocalizedText.of(null, "x")).getMessage());
    assertEquals("romanian", assertThrows(NullPointerException.class, () -> LocalizedText.of("x", null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> LocalizedText.in("hu", null)).getMessage());
  }
}
