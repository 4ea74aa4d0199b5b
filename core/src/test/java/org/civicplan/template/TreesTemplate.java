package org.civicplan.template;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civicplan.base.Pointer;
import org.civicplan.base.TemplateId;
import org.civicplan.strategy.Annex;

/**
 * An illustrative template written as resources ({@code org/civicplan/template/trees/}) plus one
 * rule: what a new template needs to write in Java.
 */
public final class TreesTemplate extends DataTemplate {

  static final TemplateId ID = TemplateId.of("trees");
  static final String DIRECTORY = "/org/civicplan/template/trees/";

  /** The tree-census annex: the count of trees by species. */
  public record TreeCensus(Map<String, Integer> trees) implements Annex {
    @Override
    public String kind() {
      return "tree-census";
    }
  }

  /** Reads the bundled resources. */
  public TreesTemplate() {
    super(ID, TreesTemplate.class::getResourceAsStream, DIRECTORY);
  }

  /** Reads the files of {@code files} (by name) instead, for tests of broken data. */
  TreesTemplate(Map<String, String> files) {
    super(ID, opener(files), DIRECTORY);
  }

  static Function<String, InputStream> opener(Map<String, String> files) {
    return name -> {
      String text = files.get(name.substring(DIRECTORY.length()));
      return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    };
  }

  // doc:start
  @Override
  public List<ValidationRule> rules() {
    return List.of(RuleKit.with(messages()).rule("trees.period", (strategy, report) -> {
      int target = report.parameters().integer("trees.target.year");
      if (strategy.period().endYear() > target) {
        report.warning("trees.period.after-target", Pointer.of("period"), String.valueOf(strategy.period().endYear()), String.valueOf(target));
      }
    }));
  }

  @Override
  public List<AnnexType<?>> annexTypes() {
    return List.of(annex("tree-census", TreeCensus.class));
  }
  // doc:end
}
