package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code samples/data/climate-strategy.json} is the illustrative sample {@link ClimateSample#valid()}
 * written by the document conventions. Run with {@code -Dclimate.sample.write=true} to rewrite it
 * after changing the fixture.
 */
class SampleFileTest {

  static final Path SAMPLE = Path.of("..", "samples", "data", "climate-strategy.json");

  @Test
  void sampleFileIsTheFixtureWrittenByTheConventions() throws IOException {
    String expected = ConventionJson.write(ClimateSample.valid());
    if (Boolean.getBoolean("climate.sample.write")) {
      Files.createDirectories(SAMPLE.getParent());
      Files.writeString(SAMPLE, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(SAMPLE, StandardCharsets.UTF_8));
  }

  @Test
  void sampleSaysItIsIllustrative() throws IOException {
    String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    assertTrue(text.contains("illustrative example, not an official document"));
    assertTrue(text.contains("exemplu ilustrativ, nu este un document oficial"));
  }
}
