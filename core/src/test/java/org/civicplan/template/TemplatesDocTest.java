package org.civicplan.template;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** docs/templates.md shows the files and the Java of the trees template exactly as they run in the tests. */
class TemplatesDocTest {

  private static final Path DOC = Path.of("..", "docs", "templates.md");

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"template.yaml", "indicators.csv", "species.csv", "messages.properties", "messages_ro.properties"})
  void showsEachResourceVerbatim(String file) throws IOException {
    try (InputStream in = TemplatesDocTest.class.getResourceAsStream(TreesTemplate.DIRECTORY + file)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
      assertTrue(doc().contains(text), () -> "docs/templates.md does not show " + file + " as it is");
    }
  }

  @Test
  void showsTheJavaOfTheTemplateVerbatim() throws IOException {
    String source = Files.readString(Path.of("src", "test", "java", "org", "civicplan", "template", "TreesTemplate.java"));
    String shown = source.substring(source.indexOf("// doc:start") + "// doc:start".length(), source.indexOf("  // doc:end"));
    assertTrue(doc().contains(shown.strip()), "docs/templates.md does not show TreesTemplate's rules and annex types as they are");
  }

  @Test
  void showsTheFindingOfABrokenFileAsTheRegistryReportsIt() throws IOException {
    var files = TemplateDataTest.files();
    files.put("indicators.csv", files.get("indicators.csv").replace(",%,increase,", ",%,upward,"));
    TemplateRegistry registry = TemplateRegistry.of(List.of(new TreesTemplate(files)));
    String message = registry.findings().get(0).message(Locale.ENGLISH);
    assertTrue(doc().contains("```text\n" + message + "\n```"), () -> "docs/templates.md does not show: " + message);
  }
}
