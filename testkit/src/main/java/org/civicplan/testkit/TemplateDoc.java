// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.civicplan.template.ParameterDefinition;
import org.civicplan.template.StrategyTemplate;

/**
 * Checks that a template's documentation page (for example {@code docs/templates/climate.md})
 * shows its parameters exactly as the template declares them: the English and Romanian tables of
 * {@link ParameterDefinition#markdownTable}, between the markers {@code <!-- parameters:en -->},
 * {@code <!-- parameters:ro -->} and {@code <!-- parameters:end -->}.
 *
 * <pre>{@code
 * @Test
 * void parameterTablesAreGeneratedFromTheDeclarations() {
 *   TemplateDoc.of(Path.of("..", "docs", "templates", "climate.md"))
 *       .rewriteWhen("climate.docs.write")        // -Dclimate.docs.write=true rewrites the tables
 *       .checkParameterTables(new ClimateTemplate());
 * }
 * }</pre>
 *
 * <p>Failures are {@link AssertionError}s naming the page and how to rewrite it.
 */
public final class TemplateDoc {

  private static final String EN = "<!-- parameters:en -->";
  private static final String RO = "<!-- parameters:ro -->";
  private static final String END = "<!-- parameters:end -->";

  private final Path page;
  private final String rewriteProperty;

  private TemplateDoc(Path page, String rewriteProperty) {
    this.page = page;
    this.rewriteProperty = rewriteProperty;
  }

  /**
   * {@return a check of the documentation page {@code page}}
   *
   * @param page the Markdown page
   * @throws NullPointerException if the page is null
   */
  public static TemplateDoc of(Path page) {
    return new TemplateDoc(Objects.requireNonNull(page, "page"), "");
  }

  /**
   * {@return this check, rewriting the tables from the declarations when the system property
   * {@code property} is {@code true} (after a deliberate change of the parameters)}
   *
   * @param property the system property's name, e.g. {@code climate.docs.write}
   */
  public TemplateDoc rewriteWhen(String property) {
    return new TemplateDoc(page, Objects.requireNonNull(property, "property"));
  }

  /**
   * Checks that the page holds the English and the Romanian parameter tables generated from {@code
   * template}'s declarations.
   *
   * @param template the template the page documents
   * @return the declared parameters, for further checks
   * @throws AssertionError naming the table that is missing or out of date
   * @throws UncheckedIOException if the page cannot be read or rewritten
   */
  public List<ParameterDefinition> checkParameterTables(StrategyTemplate template) {
    List<ParameterDefinition> declared = template.parameterDefinitions();
    String en = ParameterDefinition.markdownTable(declared, Locale.ENGLISH);
    String ro = ParameterDefinition.markdownTable(declared, Locale.forLanguageTag("ro"));
    try {
      if (!rewriteProperty.isEmpty() && Boolean.getBoolean(rewriteProperty)) {
        String doc = Files.readString(page, StandardCharsets.UTF_8);
        int start = doc.indexOf(EN);
        int end = doc.indexOf(END);
        Files.writeString(page, doc.substring(0, start) + EN + "\n\n" + en + "\n" + RO + "\n\n" + ro + "\n" + doc.substring(end),
            StandardCharsets.UTF_8);
      }
      String doc = Files.readString(page, StandardCharsets.UTF_8);
      String rewrite = rewriteProperty.isEmpty() ? "" : "; run with -D" + rewriteProperty + "=true";
      if (!doc.contains(en)) {
        throw new AssertionError(page + " lacks the generated English table" + rewrite);
      }
      if (!doc.contains(ro)) {
        throw new AssertionError(page + " lacks the generated Romanian table" + rewrite);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or rewrite " + page, e);
    }
    return declared;
  }
}
