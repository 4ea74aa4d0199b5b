package org.civicplan.testkit.heat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicplan.testkit.TemplateContract;
import org.junit.jupiter.api.Test;

/** The README's example of {@link TemplateContract}, run as the README shows it. */
class HeatTemplateContractTest {

  @Test
  void heatKeepsTheTemplateContract() {
    // README: TemplateContract
    HeatTemplate template = new HeatTemplate();
    TemplateContract.verify(TemplateContract.subject(template)
        .sample(HeatSample.valid())                  // a valid strategy with an annex of each annex type
        .messages(template.ruleMessages())           // the rules' messages: each key is a rule code
        .mutant("heat.plan.missing", HeatSample::withoutPlan)
        .mutant("heat.centres.too-few", HeatSample::valid, Map.of("heat.centres.min", "5"))
        .build());
    // README: end
  }

  @Test
  void theReadmeShowsThisExample() throws IOException {
    Path source = Path.of("src/test/java/org/civicplan/testkit/heat/HeatTemplateContractTest.java");
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int from = lines.indexOf("    // README: TemplateContract");
    int to = lines.indexOf("    // README: end");
    String example = String.join("\n", lines.subList(from + 1, to).stream().map(l -> l.substring(4)).toList());
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

    assertTrue(readme.contains(example), () -> "README.md does not show the example:\n" + example);
  }
}
