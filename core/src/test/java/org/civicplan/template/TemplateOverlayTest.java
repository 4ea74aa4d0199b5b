package org.civicplan.template;

import org.civicplan.base.TemplateId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.fixture.TestTemplate;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.junit.jupiter.api.Test;

class TemplateOverlayTest {

  @Test
  void builder_rejectsSettingAMemberTwice_namingIt() {
    TemplateOverlay.Builder b = TemplateOverlay.builder(TestTemplate.ID).parameters(Map.of("a", "1"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.parameters(Map.of("a", "2")));
    assertTrue(e.getMessage().startsWith("parameters is already set"), e.getMessage());
  }

  @Test
  void maps_areSortedByKey_whateverTheInsertionOrder() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("z", "1");
    params.put("a", "2");
    TemplateOverlay o = TemplateOverlay.builder(TestTemplate.ID).parameters(params).build();
    assertEquals(List.of("a", "z"), new ArrayList<>(o.parameters().keySet()));
  }

  @Test
  void equality_isByValue() {
    new EqualsTester()
        .addEqualityGroup(TemplateOverlay.empty(TestTemplate.ID), TemplateOverlay.builder(TestTemplate.ID).build())
        .addEqualityGroup(TemplateOverlay.empty(TemplateId.of("sport")))
        .addEqualityGroup(TemplateOverlay.builder(TestTemplate.ID).parameters(Map.of("a", "1")).build())
        .testEquals();
  }

  @Test
  void indicatorEdits_rejectAddedIndicatorsWithData() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> new IndicatorEdits(List.of(), List.of(), List.of(StrategyFixture.co2())));
    assertTrue(e.getMessage().contains("co2-total"), e.getMessage());
  }

  @Test
  void overlayResult_hasATemplateExactlyWhenThereIsNoError() {
    Finding error = Overlays.messages().finding(Severity.ERROR, OverlayCodes.CONFLICT, "/x", 0, "a", "/y");
    assertThrows(IllegalArgumentException.class,
        () -> new OverlayResult(Optional.of(new TestTemplate()), List.of(error)));
    assertThrows(IllegalArgumentException.class, () -> new OverlayResult(Optional.empty(), List.of()));
    assertFalse(new OverlayResult(Optional.empty(), List.of(error)).isSuccess());
  }

  @Test
  void everyCode_hasEnglishAndRomanianMessages_thatFormat() throws IllegalAccessException {
    Object[] args = {1, 2, 3, 4, 5};
    int codes = 0;
    for (Field f : OverlayCodes.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
        continue;
      }
      String code = (String) f.get(null);
      assertTrue(code.startsWith("overlay."), code);
      assertTrue(Overlays.messages().has(code), () -> "no message for " + code);
      LocalizedText text = Overlays.messages().text(code, args);
      String ro = text.get(Locale.forLanguageTag("ro"));
      assertFalse(text.get(Locale.ENGLISH).isBlank(), code);
      assertFalse(ro.equals(text.get(Locale.ENGLISH)), code);
      assertFalse(ro.matches(".*[şţŞŢ].*"), () -> code + " uses cedilla letters instead of comma-below: " + ro);
      codes++;
    }
    assertEquals(21, codes, "a new code needs its messages and this count");
  }
}
