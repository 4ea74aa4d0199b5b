// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.civicplan.base.Finding;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;

/**
 * A section a template adds to the monitoring report of its strategies ({@link
 * StrategyTemplate#monitoring}): a localized title, paragraphs, tables and findings. Core's
 * renderings show every section the same way, whatever the template, so a template needs no code
 * of its own in the reports; the JSON rendering writes it as described in {@code
 * MonitoringReportJson}.
 *
 * <pre>{@code
 * new MonitoringContribution("climate.covenant-cadence",
 *     LocalizedText.of("Reporting cadence", "Calendarul de raportare"),
 *     List.of(),
 *     List.of(Table.of(List.of(LocalizedText.of("Item", "Element"), LocalizedText.of("Year", "An")),
 *         List.of(List.of(Cell.text(LocalizedText.of("Next report", "Următorul raport")), Cell.plain("2026"))))),
 *     findings);
 * }</pre>
 *
 * @param id the section's id, unique in a report, starting with the template id (e.g. {@code
 *     climate.emission-trajectory}); the host switches a section off by it; follows {@link
 *     IdSyntax}
 * @param title the section's title
 * @param paragraphs text shown before the tables, in order; may be empty
 * @param tables the tables, in order; may be empty
 * @param findings what needs attention, in order; may be empty
 * @param charts line charts of numbers the tables hold, drawn by the HTML rendering; may be empty
 */
public record MonitoringContribution(
    String id, LocalizedText title, List<LocalizedText> paragraphs, List<Table> tables, List<Finding> findings,
    List<Chart> charts) {

  /**
   * Creates an instance from its components.
   *
   * @param id the section's id, unique in a report, starting with the template id (e.g. {@code
   *     climate.emission-trajectory}); the host switches a section off by it; follows {@link
   *     IdSyntax}
   * @param title the section's title
   * @param paragraphs text shown before the tables, in order; may be empty
   * @param tables the tables, in order; may be empty
   * @param findings what needs attention, in order; may be empty
   * @param charts line charts of numbers the tables hold, drawn by the HTML rendering; may be empty
   * @throws NullPointerException if an argument or a list element is null
   * @throws IllegalArgumentException if the id does not follow {@link IdSyntax} or the title is
   *     blank
   */
  public MonitoringContribution {
    IdSyntax.requireValid(id, "monitoring contribution");
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("the title of monitoring contribution \"" + id + "\" must not be blank");
    }
    paragraphs = List.copyOf(paragraphs);
    tables = List.copyOf(tables);
    findings = List.copyOf(findings);
    charts = List.copyOf(charts);
  }

  /**
   * A section without charts.
   *
   * @param id the section's id, unique in a report, starting with the template id
   * @param title the section's title
   * @param paragraphs text shown before the tables, in order; may be empty
   * @param tables the tables, in order; may be empty
   * @param findings what needs attention, in order; may be empty
   * @throws NullPointerException if an argument or a list element is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public MonitoringContribution(
      String id, LocalizedText title, List<LocalizedText> paragraphs, List<Table> tables, List<Finding> findings) {
    this(id, title, paragraphs, tables, findings, List.of());
  }

  /**
   * {@return a copy with these charts}
   *
   * @param newCharts the charts of the copy
   */
  public MonitoringContribution withCharts(List<Chart> newCharts) {
    return new MonitoringContribution(id, title, paragraphs, tables, findings, newCharts);
  }

  /**
   * A line chart: values along categories (e.g. years), one line per series. The HTML rendering
   * draws it as inline SVG after the tables; the JSON rendering writes its values; Markdown and CSV
   * leave it out, the tables holding the same numbers.
   *
   * @param caption the caption
   * @param unit the unit of the values, e.g. {@code t CO2}; may be empty
   * @param categories the labels along the horizontal axis, in order, at least one
   * @param lines the lines, at least one, each with one value per category
   */
  public record Chart(LocalizedText caption, String unit, List<String> categories, List<Line> lines) {

    /**
     * Creates an instance from its components.
     *
     * @param caption the caption
     * @param unit the unit of the values; may be empty
     * @param categories the labels along the horizontal axis, at least one
     * @param lines the lines, at least one, each with one value per category
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if there is no category or no line, or a line has not one
     *     value per category, naming the line
     */
    public Chart {
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(unit, "unit");
      categories = List.copyOf(categories);
      lines = List.copyOf(lines);
      if (categories.isEmpty() || lines.isEmpty()) {
        throw new IllegalArgumentException("a chart needs at least one category and one line");
      }
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).values().size() != categories.size()) {
          throw new IllegalArgumentException("line " + i + " must have " + categories.size()
              + " values, one per category, but has " + lines.get(i).values().size());
        }
      }
    }
  }

  /**
   * A line of a chart.
   *
   * @param label the legend label
   * @param values one exact value per category of the chart
   * @param dashed whether the line is drawn dashed (a path or a reference rather than a value)
   */
  public record Line(LocalizedText label, List<BigDecimal> values, boolean dashed) {

    /**
     * Creates an instance from its components.
     *
     * @param label the legend label
     * @param values one exact value per category of the chart
     * @param dashed whether the line is drawn dashed
     * @throws NullPointerException if an argument or a value is null
     */
    public Line {
      Objects.requireNonNull(label, "label");
      values = List.copyOf(values);
    }
  }

  /**
   * A table of a section.
   *
   * @param caption the caption; {@link LocalizedText#empty()} for none
   * @param columns the column headings
   * @param rows the rows, each with one cell per column
   */
  public record Table(LocalizedText caption, List<LocalizedText> columns, List<List<Cell>> rows) {

    /**
     * Creates an instance from its components.
     *
     * @param caption the caption; {@link LocalizedText#empty()} for none
     * @param columns the column headings
     * @param rows the rows, each with one cell per column
     * @throws NullPointerException if an argument, a heading, a row or a cell is null
     * @throws IllegalArgumentException if there is no column or a row has not one cell per column,
     *     naming the row
     */
    public Table {
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(rows, "rows");
      columns = List.copyOf(columns);
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("a table needs at least one column");
      }
      rows = rows.stream().map(List::copyOf).toList();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).size() != columns.size()) {
          throw new IllegalArgumentException(
              "row " + i + " must have " + columns.size() + " cells, one per column, but has " + rows.get(i).size());
        }
      }
    }

    /**
     * {@return a table with no caption}
     *
     * @param columns the column headings
     * @param rows the rows, each with one cell per column
     * @throws NullPointerException as the canonical constructor
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static Table of(List<LocalizedText> columns, List<List<Cell>> rows) {
      return new Table(LocalizedText.empty(), columns, rows);
    }
  }

  /**
   * A value in a table: text in the reader's language, text that is the same in every language
   * (an id, a date, a code), or a number that each rendering writes in its language's notation.
   */
  public sealed interface Cell permits Cell.Text, Cell.Plain, Cell.Number {

    /**
     * {@return a cell of localized text}
     *
     * @param text the text
     * @throws NullPointerException if {@code text} is null
     */
    static Cell text(LocalizedText text) {
      return new Text(text);
    }

    /**
     * {@return a cell of text that is the same in every language}
     *
     * @param text the text
     * @throws NullPointerException if {@code text} is null
     */
    static Cell plain(String text) {
      return new Plain(text);
    }

    /**
     * {@return a cell holding an exact number}
     *
     * @param value the number, trailing zeros stripped
     * @throws NullPointerException if {@code value} is null
     */
    static Cell number(BigDecimal value) {
      return new Number(value);
    }

    /**
     * Localized text.
     *
     * @param text the text
     */
    record Text(LocalizedText text) implements Cell {
      /**
       * Creates an instance from its components.
       *
       * @param text the text
       * @throws NullPointerException if {@code text} is null
       */
      public Text {
        Objects.requireNonNull(text, "text");
      }
    }

    /**
     * Text that is the same in every language.
     *
     * @param text the text; may be empty
     */
    record Plain(String text) implements Cell {
      /**
       * Creates an instance from its components.
       *
       * @param text the text
       * @throws NullPointerException if {@code text} is null
       */
      public Plain {
        Objects.requireNonNull(text, "text");
      }
    }

    /**
     * An exact number; renderings write it in plain notation (no exponent, no grouping), with a
     * decimal comma in Romanian.
     *
     * @param value the number, trailing zeros stripped
     */
    record Number(BigDecimal value) implements Cell {
      /**
       * Creates an instance from its components.
       *
       * @param value the number, trailing zeros stripped
       * @throws NullPointerException if {@code value} is null
       */
      public Number {
        Objects.requireNonNull(value, "value");
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
      }
    }
  }
}
