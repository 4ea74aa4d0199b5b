// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.civicplan.base.Finding;
import org.civicplan.template.ParameterDefinition;
import org.civicplan.template.TemplateData;
import org.civicplan.template.TemplateDataCodes;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.testkit.TemplateDoc;
import org.junit.jupiter.api.Test;

/** The climate template as data: it loads clean, a mistake in its files is a finding, its docs follow its declarations. */
class ClimateDataTest {

  private static final Path DOC = Path.of("..", "docs", "templates", "climate.md");

  @Test
  void loadsWithNoFindingAndIsInstalled() {
    ClimateTemplate climate = new ClimateTemplate();
    assertEquals(List.of(), climate.definitionFindings());
    TemplateRegistry registry = TemplateRegistry.load();
    assertEquals(List.of(), registry.findings());
    assertTrue(registry.find(ClimateTemplate.ID).isPresent());
  }

  /** The mistake the layering issue reported as an ExceptionInInitializerError. */
  @Test
  void aWrongDirectionInTheIndicatorCatalogueIsAFindingWithFileLineAndColumn() {
    TemplateData.Result result = TemplateData.load(ClimateTemplate.ID, name -> {
      InputStream in = ClimateTemplate.class.getResourceAsStream(name);
      if (!name.endsWith("/indicators.csv") || in == null) {
        return in;
      }
      try (in) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new ByteArrayInputStream(text.replaceFirst(",decrease,", ",downward,").getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "/org/civicplan/climate/");
    assertEquals(1, result.findings().size(), result::toString);
    Finding f = result.findings().get(0);
    assertEquals(TemplateDataCodes.VALUE_INVALID, f.code());
    assertEquals("/indicators.csv/2/direction", f.path());
    assertEquals("indicators.csv, line 2, column 5: \"downward\" is not an indicator direction; allowed: increase, decrease,"
        + " target-range", f.message(Locale.ENGLISH));
  }

  /** The parameter tables of docs/templates/climate.md are the ones generated from template.yaml. */
  @Test
  void documentedParameterTablesAreGeneratedFromTheDeclarations() throws IOException {
    List<ParameterDefinition> declared =
        TemplateDoc.of(DOC).rewriteWhen("climate.docs.write").checkParameterTables(new ClimateTemplate());
    assertEquals(21, declared.size());
  }

  /** The overlay mistake the layering issue reported as passing the check and failing inside the rule. */
  @Test
  void aYearWithDecimalsInAnOverlayIsAFindingWithItsLineAndColumn() {
    org.civicplan.document.OverlayDocuments.Result read =
        org.civicplan.document.OverlayDocuments.readYaml("template: climate\nparameters:\n  com.target.year: 2030.5\n");
    assertTrue(read.isSuccess(), read.findings()::toString);
    List<Finding> findings = org.civicplan.template.Overlays.apply(new ClimateTemplate(), read.overlay().orElseThrow()).findings();
    assertEquals(1, findings.size(), findings::toString);
    Finding f = findings.get(0);
    assertEquals(org.civicplan.template.OverlayCodes.PARAMETER_NOT_ALLOWED, f.code());
    assertEquals("Parameter \"com.target.year\" must be a year (four digits) from 2020 to 2100, but was \"2030.5\".",
        f.message(Locale.ENGLISH));
    assertEquals("3:20", read.position(f.path()).orElseThrow().toString());
  }
}
