// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.template.StrategyTemplate;

/**
 * A strategy as the document a local council approves and a city publishes (the annex to the
 * council decision), in one language, every text already written for its reader: names instead of
 * ids, numbers, amounts and dates formatted for the language, no data notes. A neutral structure —
 * a title page, then sections of headings, paragraphs, indented items and tables — that {@link
 * #toHtml()} renders here and other modules render to PDF and DOCX, so that all formats say the
 * same.
 *
 * <p>The sections, in order: context and vision, the objective tree, the action plan, the
 * indicators with baselines and targets, the budget by year and funding source, the governance
 * bodies, the public consultation, the alignment with EU and national frameworks, then the
 * sections of the strategy's template ({@link StrategyTemplate#documentSections}). A section with
 * nothing to show says so rather than disappearing, so that the council sees what is missing.
 *
 * <pre>{@code
 * StrategyPublication doc = StrategyPublication.of(strategy, template, Locale.forLanguageTag("ro"));
 * Files.writeString(Path.of("strategie.html"), doc.toHtml());
 * }</pre>
 *
 * @param language the language written: {@code ro} or {@code en}
 * @param titlePage the title page
 * @param sections the sections, in order
 */
public record StrategyPublication(String language, TitlePage titlePage, List<Section> sections) {

  /**
   * Creates an instance from its components.
   *
   * @param language the language written: {@code ro} or {@code en}
   * @param titlePage the title page
   * @param sections the sections, in order
   * @throws NullPointerException if an argument or a list element is null
   */
  public StrategyPublication {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(titlePage, "titlePage");
    sections = List.copyOf(sections);
  }

  /**
   * {@return the document of {@code strategy} in the reader's language (Romanian for a locale whose
   * language is {@code ro}, English otherwise), without template sections}
   *
   * @param strategy the strategy
   * @param locale the reader's locale
   * @throws NullPointerException if an argument is null
   */
  public static StrategyPublication of(Strategy strategy, Locale locale) {
    return PublicationBuilder.build(Objects.requireNonNull(strategy, "strategy"), Optional.empty(), Parameters.empty(),
        Objects.requireNonNull(locale, "locale"));
  }

  /**
   * {@return the document of {@code strategy} in the reader's language, with the sections of its
   * template computed with the template's default parameters}
   *
   * @param strategy the strategy
   * @param template the strategy's template
   * @param locale the reader's locale
   * @throws NullPointerException if an argument is null
   */
  public static StrategyPublication of(Strategy strategy, StrategyTemplate template, Locale locale) {
    return of(strategy, template, Objects.requireNonNull(template, "template").parameters(), locale);
  }

  /**
   * {@return the document of {@code strategy} in the reader's language, with the sections of its
   * template computed with {@code parameters}}
   *
   * @param strategy the strategy
   * @param template the strategy's template
   * @param parameters the template's parameters in force
   * @param locale the reader's locale
   * @throws NullPointerException if an argument is null
   */
  public static StrategyPublication of(Strategy strategy, StrategyTemplate template, Parameters parameters,
      Locale locale) {
    return PublicationBuilder.build(Objects.requireNonNull(strategy, "strategy"),
        Optional.of(Objects.requireNonNull(template, "template")), Objects.requireNonNull(parameters, "parameters"),
        Objects.requireNonNull(locale, "locale"));
  }

  /**
   * {@return the document as one self-contained XHTML page (it parses as XML): inline CSS with
   * print rules (A4 pages, page numbers, tables that repeat their header row, no break inside a
   * row), no script and no external reference} All text is escaped.
   */
  public String toHtml() {
    return PublicationHtml.render(this);
  }

  /**
   * The title page.
   *
   * @param municipality the municipality's name
   * @param title the strategy's title
   * @param lines the lines under the title: period, version, state, council decision once approved
   */
  public record TitlePage(String municipality, String title, List<String> lines) {

    /**
     * Creates an instance from its components.
     *
     * @param municipality the municipality's name
     * @param title the strategy's title
     * @param lines the lines under the title: period, version, state, council decision once approved
     * @throws NullPointerException if an argument or a list element is null
     */
    public TitlePage {
      Objects.requireNonNull(municipality, "municipality");
      Objects.requireNonNull(title, "title");
      lines = List.copyOf(lines);
    }
  }

  /**
   * A numbered section of the document.
   *
   * @param id a stable id, e.g. {@code action-plan} or a template section's id
   * @param heading the heading, without its number
   * @param blocks the content, in order
   */
  public record Section(String id, String heading, List<Block> blocks) {

    /**
     * Creates an instance from its components.
     *
     * @param id a stable id, e.g. {@code action-plan} or a template section's id
     * @param heading the heading, without its number
     * @param blocks the content, in order
     * @throws NullPointerException if an argument or a list element is null
     */
    public Section {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(heading, "heading");
      blocks = List.copyOf(blocks);
    }
  }

  /** A piece of a section's content. */
  public sealed interface Block permits Heading, Paragraph, Items, Table {}

  /**
   * A sub-heading inside a section.
   *
   * @param text the heading
   */
  public record Heading(String text) implements Block {

    /**
     * Creates an instance from its components.
     *
     * @param text the heading
     * @throws NullPointerException if the text is null
     */
    public Heading {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A paragraph.
   *
   * @param text the paragraph's text
   */
  public record Paragraph(String text) implements Block {

    /**
     * Creates an instance from its components.
     *
     * @param text the paragraph's text
     * @throws NullPointerException if the text is null
     */
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A list of items, each indented by its level (the objective tree).
   *
   * @param items the items, in order
   */
  public record Items(List<Item> items) implements Block {

    /**
     * Creates an instance from its components.
     *
     * @param items the items, in order
     * @throws NullPointerException if the list or an element is null
     */
    public Items {
      items = List.copyOf(items);
    }
  }

  /**
   * One item of a list.
   *
   * @param level 0 for a top item, 1 for an item under it...
   * @param label the item's label in bold, e.g. an objective's code and title
   * @param text more text after the label; may be empty
   */
  public record Item(int level, String label, String text) {

    /**
     * Creates an instance from its components.
     *
     * @param level 0 for a top item, 1 for an item under it...
     * @param label the item's label in bold, e.g. an objective's code and title
     * @param text more text after the label; may be empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the level is negative
     */
    public Item {
      if (level < 0) {
        throw new IllegalArgumentException("level must not be negative but was " + level);
      }
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A table of formatted cells.
   *
   * @param caption the caption; may be empty
   * @param columns the column headings
   * @param rows the rows, each with one cell per column
   * @param total whether the last row is a total (rendered in bold)
   */
  public record Table(String caption, List<String> columns, List<List<Cell>> rows, boolean total) implements Block {

    /**
     * Creates an instance from its components.
     *
     * @param caption the caption; may be empty
     * @param columns the column headings
     * @param rows the rows, each with one cell per column
     * @param total whether the last row is a total (rendered in bold)
     * @throws NullPointerException if an argument or a list element is null
     * @throws IllegalArgumentException if a row does not have one cell per column
     */
    public Table {
      Objects.requireNonNull(caption, "caption");
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).size() != columns.size()) {
          throw new IllegalArgumentException("row " + i + " has " + rows.get(i).size() + " cells but the table has "
              + columns.size() + " columns");
        }
      }
    }
  }

  /**
   * A table cell, already formatted.
   *
   * @param text the cell's text
   * @param number whether it is a number (aligned right)
   */
  public record Cell(String text, boolean number) {

    /**
     * Creates an instance from its components.
     *
     * @param text the cell's text
     * @param number whether it is a number (aligned right)
     * @throws NullPointerException if the text is null
     */
    public Cell {
      Objects.requireNonNull(text, "text");
    }

    /**
     * {@return a text cell}
     *
     * @param text the text
     */
    public static Cell text(String text) {
      return new Cell(text, false);
    }

    /**
     * {@return a number cell, aligned right}
     *
     * @param text the formatted number
     */
    public static Cell number(String text) {
      return new Cell(text, true);
    }
  }
}
