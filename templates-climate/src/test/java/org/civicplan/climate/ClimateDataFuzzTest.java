// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.civicplan.base.Finding;
import org.civicplan.base.Pointer;
import org.civicplan.document.OverlayDocuments;
import org.civicplan.template.OverlayResult;
import org.civicplan.template.Overlays;
import org.civicplan.template.TemplateData;
import org.civicplan.testkit.Fuzzing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Seeded mutation fuzzing (issue 19, {@link Fuzzing}) of what a municipality edits: overlay files
 * applied to the climate template, and the climate template's own data (template.yaml and its CSV
 * catalogues, as an adapted copy of the template would give them). Nothing throws; every refusal
 * is a finding with a code, a path and, where a file is read, a line and column.
 */
class ClimateDataFuzzTest {

  private static final ClimateTemplate CLIMATE = new ClimateTemplate();
  private static final Path OVERLAY = Path.of("..", "samples", "data", "overlay-lugoj.yaml");
  /** {@code FILE:LINE:COLUMN} or {@code line L, column C} at the start of a message. */
  private static final Pattern LINE_COLUMN = Pattern.compile("(?s).*(\\d+:\\d+|line \\d+, column \\d+).*");

  @Nested
  class Overlays_ {
    @Test
    void mutatedYamlOverlaysReadAndApplyOrAreRefusedWithAPlace() throws IOException {
      String yaml = Files.readString(OVERLAY, StandardCharsets.UTF_8);
      Fuzzing.Tally t = Fuzzing.run("overlay-yaml", "yaml", (rng, i) -> Fuzzing.mutate(yaml, rng),
          input -> check(OverlayDocuments.readYaml(new String(input, StandardCharsets.UTF_8))));
      assertTrue(t.accepted() > t.cases() / 20 && t.refused() > t.cases() / 20, t::toString);
    }

    @Test
    void mutatedJsonOverlaysReadAndApplyOrAreRefusedWithAPlace() throws IOException {
      String json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
          .writeValueAsString(YAMLMapper.builder().build().readTree(Files.readString(OVERLAY, StandardCharsets.UTF_8)));
      Fuzzing.Tally t = Fuzzing.run("overlay-json", "json", (rng, i) -> Fuzzing.mutate(json, rng),
          input -> check(OverlayDocuments.readJson(new String(input, StandardCharsets.UTF_8))));
      assertTrue(t.accepted() > t.cases() / 20 && t.refused() > t.cases() / 20, t::toString);
    }

    private static boolean check(OverlayDocuments.Result read) {
      if (!read.isSuccess()) {
        for (Finding f : read.findings()) {
          assertTrue(f.code().startsWith("overlay."), f::toString);
          assertTrue(LINE_COLUMN.matcher(f.message().get(java.util.Locale.ENGLISH)).matches(), () -> "no line and column: " + f);
        }
        return false;
      }
      OverlayResult applied = Overlays.apply(CLIMATE, read.overlay().orElseThrow());
      for (Finding f : applied.findings()) {
        assertTrue(f.code().startsWith("overlay."), f::toString);
        assertFalse(f.path().isEmpty(), () -> "no path: " + f);
      }
      if (applied.isSuccess()) {
        // what applied is a template like any other: the overlaid template answers its questions
        assertEquals(CLIMATE.id(), applied.template().orElseThrow().id());
        applied.template().orElseThrow().skeleton();
      }
      return applied.isSuccess();
    }
  }

  @Nested
  class TemplateData_ {
    private static final String DIRECTORY = "/org/civicplan/climate/";
    private static final List<String> FILES = List.of("template.yaml", "indicators.csv", "frameworks.csv",
        "hazards.csv", "emission-factors.csv", "vulnerable-sectors.csv", "messages.properties",
        "messages_ro.properties");

    @Test
    void mutatedTemplateDataLoadsOrIsRefusedWithFileLineAndColumn() {
      Map<String, String> originals = new LinkedHashMap<>();
      for (String f : FILES) {
        try (InputStream in = ClimateTemplate.class.getResourceAsStream(DIRECTORY + f)) {
          originals.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      assertTrue(TemplateData.load(CLIMATE.id(), open(originals, "", new byte[0]), DIRECTORY).isSuccess(),
          "the unmutated data loads");
      // the failure file holds the mutated file; its name is the first line
      Fuzzing.Tally t = Fuzzing.run("template-data", "txt",
          (rng, i) -> {
            String file = FILES.get(i % FILES.size());
            byte[] mutated = Fuzzing.mutate(originals.get(file), rng);
            byte[] named = (file + "\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[named.length + mutated.length];
            System.arraycopy(named, 0, all, 0, named.length);
            System.arraycopy(mutated, 0, all, named.length, mutated.length);
            return all;
          },
          input -> {
            int nl = 0;
            while (input[nl] != '\n') {
              nl++;
            }
            String file = new String(input, 0, nl, StandardCharsets.UTF_8);
            byte[] mutated = java.util.Arrays.copyOfRange(input, nl + 1, input.length);
            TemplateData.Result r = TemplateData.load(CLIMATE.id(), open(originals, file, mutated), DIRECTORY);
            for (Finding f : r.findings()) {
              assertTrue(f.code().startsWith("template."), f::toString);
              List<String> path = Pointer.segments(f.path());
              assertTrue(!path.isEmpty() && (FILES.contains(path.get(0)) || path.get(0).endsWith(".csv")),
                  () -> "the path does not start with the file: " + f);
              assertTrue(LINE_COLUMN.matcher(f.message().get(java.util.Locale.ENGLISH)).matches() || f.code().startsWith("template.data.file"),
                  () -> "no line and column: " + f);
            }
            return r.isSuccess();
          });
      assertTrue(t.accepted() > t.cases() / 20 && t.refused() > t.cases() / 20, t::toString);
    }

    private static java.util.function.Function<String, InputStream> open(
        Map<String, String> originals, String mutatedFile, byte[] mutated) {
      return name -> {
        String file = name.substring(DIRECTORY.length());
        if (file.equals(mutatedFile)) {
          return new ByteArrayInputStream(mutated);
        }
        String text = originals.get(file);
        return text == null ? ClimateTemplate.class.getResourceAsStream(name)
            : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
      };
    }
  }
}
