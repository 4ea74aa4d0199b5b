// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.base.LocalizedText;
import org.civicplan.indicator.Denominator;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorKind;
import org.civicplan.indicator.ReportingFrequency;
import org.civicplan.template.IndicatorChange;
import org.civicplan.template.OverlayCodes;
import org.civicplan.template.TemplateOverlay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overlay reader's limits exactly at the bound and one past it, in text and in files, and
 * the indicator members an overlay may add or change, each read into its component.
 */
class OverlayDocumentsBoundariesTest {

  private static boolean limited(OverlayDocuments.Result r) {
    return r.findings().stream().anyMatch(f -> f.code().equals(OverlayCodes.LIMIT));
  }

  private static String limitMessage(OverlayDocuments.Result r) {
    return r.findings().stream().filter(f -> f.code().equals(OverlayCodes.LIMIT)).findFirst()
        .map(f -> f.message(Locale.ENGLISH)).orElse("");
  }

  /** A valid JSON overlay padded with white space to exactly {@code length} characters. */
  private static String jsonOfLength(int length) {
    String overlay = "{\"template\":\"test\"}";
    return overlay + " ".repeat(length - overlay.length());
  }

  @Test
  void aTextOfExactlyTheMaximumSizeIsRead_oneMoreCharacterIsNot() {
    OverlayDocuments.Result atBound = OverlayDocuments.readJson(jsonOfLength(OverlayDocuments.MAX_CHARACTERS));
    assertEquals(List.of(), atBound.findings());
    OverlayDocuments.Result over = OverlayDocuments.readJson(jsonOfLength(OverlayDocuments.MAX_CHARACTERS + 1));
    assertTrue(limited(over), over.findings()::toString);
  }

  @Test
  void aFileOfExactlyTheMaximumSizeIsRead_oneMoreByteIsNot(@TempDir Path dir) throws IOException {
    Path atBound = dir.resolve("at.json");
    Files.writeString(atBound, jsonOfLength(OverlayDocuments.MAX_CHARACTERS), StandardCharsets.UTF_8);
    assertEquals(List.of(), OverlayDocuments.read(atBound).findings());
    Path over = dir.resolve("over.json");
    Files.writeString(over, jsonOfLength(OverlayDocuments.MAX_CHARACTERS + 1), StandardCharsets.UTF_8);
    OverlayDocuments.Result r = OverlayDocuments.read(over);
    assertTrue(limited(r), r.findings()::toString);
    assertEquals("", r.findings().get(0).path());
  }

  @Test
  void aTextValueOrNameOfExactlyTheMaximumLengthIsRead_oneMoreIsNot() {
    int max = OverlayDocuments.MAX_TEXT_LENGTH;
    String at = "{\"template\":\"test\",\"description\":{\"en\":\"" + "d".repeat(max) + "\"}}";
    assertEquals(List.of(), OverlayDocuments.readJson(at).findings());
    String over = "{\"template\":\"test\",\"description\":{\"en\":\"" + "d".repeat(max + 1) + "\"}}";
    assertTrue(limitMessage(OverlayDocuments.readJson(over)).contains("a text is longer than 10000 characters"));
    // a member name: at the bound it is read (and refused as an unknown member), past it the limit stops
    OverlayDocuments.Result name = OverlayDocuments.readJson("{\"template\":\"test\",\"" + "n".repeat(max) + "\":1}");
    assertFalse(limited(name), name.findings()::toString);
    assertFalse(name.findings().isEmpty());
    OverlayDocuments.Result longName = OverlayDocuments.readJson("{\"template\":\"test\",\"" + "n".repeat(max + 1) + "\":1}");
    assertTrue(limitMessage(longName).contains("a text is longer than 10000 characters"), longName.findings()::toString);
  }

  @Test
  void aNumberOfExactlyTheMaximumLengthIsRead_oneMoreDigitIsNot() {
    int max = OverlayDocuments.MAX_NUMBER_LENGTH;
    OverlayDocuments.Result at = OverlayDocuments.readJson(
        "{\"template\":\"test\",\"parameters\":{\"p\":" + "1".repeat(max) + "}}");
    assertEquals(List.of(), at.findings());
    assertEquals("1".repeat(max), at.overlay().orElseThrow().parameters().get("p"));
    OverlayDocuments.Result over = OverlayDocuments.readJson(
        "{\"template\":\"test\",\"parameters\":{\"p\":" + "1".repeat(max + 1) + "}}");
    assertTrue(limited(over), over.findings()::toString);
  }

  @Test
  void nestingOfExactlyTheMaximumDepthIsRead_oneLevelMoreIsNot() {
    int max = OverlayDocuments.MAX_DEPTH;
    // the overlay itself is level 1; parameters level 2; arrays below it reach the given depth
    String arraysAt = "{\"template\":\"test\",\"parameters\":{\"p\":" + "[".repeat(max - 2) + "]".repeat(max - 2) + "}}";
    OverlayDocuments.Result at = OverlayDocuments.readJson(arraysAt);
    assertFalse(limited(at), at.findings()::toString);
    String arraysOver = "{\"template\":\"test\",\"parameters\":{\"p\":" + "[".repeat(max - 1) + "]".repeat(max - 1) + "}}";
    assertTrue(limitMessage(OverlayDocuments.readJson(arraysOver)).contains("nested deeper than 64 levels"));
    String objectsAt = "{\"template\":\"test\",\"parameters\":{\"p\":" + "{\"a\":".repeat(max - 2) + "1" + "}".repeat(max - 2) + "}}";
    OverlayDocuments.Result objects = OverlayDocuments.readJson(objectsAt);
    assertFalse(limited(objects), objects.findings()::toString);
    String objectsOver = "{\"template\":\"test\",\"parameters\":{\"p\":" + "{\"a\":".repeat(max - 1) + "1" + "}".repeat(max - 1) + "}}";
    assertTrue(limitMessage(OverlayDocuments.readJson(objectsOver)).contains("nested deeper than 64 levels"));
  }

  @Test
  void anAddedIndicatorKeepsEveryMember() {
    OverlayDocuments.Result r = OverlayDocuments.readYaml("""
        template: test
        indicators:
          add:
            - id: noise-nights
              name: {en: Nights above 55 dB, ro: Nopți peste 55 dB}
              definition: {en: Nights with Lnight above 55 dB, ro: Nopți cu Lnight peste 55 dB}
              unit: nights
              kind: impact
              direction: decrease
              normalisation: per-capita
              dataSource: Noise map 2027
              frequency: quarterly
              references: [END 2002/49/EC, Local noise plan]
        """);
    assertEquals(List.of(), r.findings());
    Indicator expected = Indicator.builder(IndicatorId.of("noise-nights"),
            LocalizedText.of("Nights above 55 dB", "Nopți peste 55 dB"), "nights", Direction.DECREASE)
        .definition(LocalizedText.of("Nights with Lnight above 55 dB", "Nopți cu Lnight peste 55 dB"))
        .kind(IndicatorKind.IMPACT)
        .normalisation(Denominator.PER_CAPITA)
        .dataSource("Noise map 2027")
        .frequency(ReportingFrequency.QUARTERLY)
        .references(List.of("END 2002/49/EC", "Local noise plan"))
        .build();
    assertEquals(List.of(expected), r.overlay().orElseThrow().indicators().add());
  }

  @Test
  void aChangedIndicatorKeepsEveryMember() {
    OverlayDocuments.Result r = OverlayDocuments.readYaml("""
        template: test
        indicators:
          change:
            - id: co2-total
              newId: co2-emissions
              name: {en: Emissions, ro: Emisii}
              definition: {en: All sectors, ro: Toate sectoarele}
              dataSource: BEI 2019
        """);
    assertEquals(List.of(), r.findings());
    assertEquals(List.of(new IndicatorChange(IndicatorId.of("co2-total"), Optional.of(IndicatorId.of("co2-emissions")),
            Optional.of(LocalizedText.of("Emissions", "Emisii")), Optional.of(LocalizedText.of("All sectors", "Toate sectoarele")),
            Optional.of("BEI 2019"))),
        r.overlay().orElseThrow().indicators().change());
  }

  @Test
  void anAddedIndicatorMissingAMandatoryMemberIsNotAdded() {
    OverlayDocuments.Result r = OverlayDocuments.readYaml("""
        template: test
        indicators:
          add:
            - id: noise-nights
              unit: nights
              direction: decrease
        """);
    TemplateOverlay none = r.overlay().orElse(null);
    assertEquals(null, none);
    assertEquals(1, r.findings().size(), r.findings()::toString);
    Finding f = r.findings().get(0);
    assertEquals("overlay.member.missing", f.code(), f::toString);
    assertEquals("/indicators/add/0/name", f.path(), f::toString);
    assertTrue(f.message(Locale.ENGLISH).contains("(line 4, column 7)"), f::toString);
  }
}
