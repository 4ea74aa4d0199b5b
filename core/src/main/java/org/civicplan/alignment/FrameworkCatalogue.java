// SPDX-License-Identifier: Apache-2.0
package org.civicplan.alignment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a reference-framework catalogue in the standard format gave ({@link
 * ReferenceFrameworks#readStandard(CharSequence)}): the frameworks of its valid rows, each valid
 * row with its line, and every problem with its line and column.
 *
 * <p>A catalogue with a problem still gives the frameworks of its valid rows; callers that need the
 * whole file (core's own catalogue, a template's data) treat any problem as an error.
 *
 * @param frameworks the frameworks, in the order of their first valid row, each with the
 *     objectives of its valid rows in file order
 * @param rows the valid rows, in file order
 * @param problems the problems, in file order
 */
public record FrameworkCatalogue(List<ReferenceFramework> frameworks, List<Row> rows, List<Problem> problems) {

  /**
   * Copies the lists.
   *
   * @param frameworks the frameworks
   * @param rows the valid rows
   * @param problems the problems
   * @throws NullPointerException if an argument or an element is null
   */
  public FrameworkCatalogue {
    frameworks = List.copyOf(frameworks);
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  /**
   * {@return whether the catalogue has no problem}
   */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * One valid row: a reference objective of a framework, and the line it is on.
   *
   * @param line the line the row starts on, from 1 (the header is line 1)
   * @param framework the framework id
   * @param objective the objective the row defines
   */
  public record Row(int line, String framework, ReferenceObjective objective) {

    /**
     * Checks the line.
     *
     * @param line the line, from 1
     * @param framework the framework id
     * @param objective the objective
     * @throws IllegalArgumentException if the line is not positive
     * @throws NullPointerException if an argument is null
     */
    public Row {
      Objects.requireNonNull(framework, "framework");
      Objects.requireNonNull(objective, "objective");
      if (line < 1) {
        throw new IllegalArgumentException("line must be positive but was " + line);
      }
    }
  }

  /**
   * A mistake in a catalogue: where it is and what is wrong. Each kind of mistake is its own record,
   * carrying what a message about it needs.
   */
  public sealed interface Problem {

    /** {@return the line, from 1; the header is line 1} */
    int line();

    /** {@return the column (the field's position in its row), from 1} */
    int column();

    /** {@return the name of the column at fault, when the problem is about one field} */
    default Optional<String> field() {
      return Optional.empty();
    }

    /** {@return what is wrong, in English, without the place} */
    String message();

    /**
     * The text stops being CSV here; nothing after it is read.
     *
     * @param line the line of the opening quote of the field at fault
     * @param column the column of that quote
     * @param unterminated true when the quoted field is never closed, false when text follows its
     *     closing quote
     */
    record MalformedText(int line, int column, boolean unterminated) implements Problem {
      @Override
      public String message() {
        return unterminated ? "a quoted field is never closed" : "text follows the closing quote of a field";
      }
    }

    /** The text is empty: it has no header line. */
    record NoHeader() implements Problem {
      @Override
      public int line() {
        return 1;
      }

      @Override
      public int column() {
        return 1;
      }

      @Override
      public String message() {
        return "the header line is missing; required columns: " + ReferenceFrameworks.REQUIRED_COLUMNS;
      }
    }

    /**
     * The header lacks a required column.
     *
     * @param name the column
     */
    record MissingColumn(String name) implements Problem {
      /**
       * Creates an instance from its components.
       *
       * @param name the column
       * @throws NullPointerException if an argument is null
       */
      public MissingColumn {
        Objects.requireNonNull(name, "name");
      }

      @Override
      public int line() {
        return 1;
      }

      @Override
      public int column() {
        return 1;
      }

      @Override
      public String message() {
        return "the header lacks the column \"" + name + "\"; required columns: " + ReferenceFrameworks.REQUIRED_COLUMNS;
      }
    }

    /**
     * The header names a column the format does not have.
     *
     * @param column its position in the header
     * @param name the column
     */
    record UnknownColumn(int column, String name) implements Problem {
      /**
       * Creates an instance from its components.
       *
       * @param column its column, from 1
       * @param name the column
       * @throws NullPointerException if an argument is null
       */
      public UnknownColumn {
        Objects.requireNonNull(name, "name");
      }

      @Override
      public int line() {
        return 1;
      }

      @Override
      public String message() {
        return "the column \"" + name + "\" is not part of the format; allowed: " + ReferenceFrameworks.COLUMNS;
      }
    }

    /**
     * The header names a column twice.
     *
     * @param column the position of its second occurrence
     * @param name the column
     */
    record RepeatedColumn(int column, String name) implements Problem {
      /**
       * Creates an instance from its components.
       *
       * @param column its column, from 1
       * @param name the column
       * @throws NullPointerException if an argument is null
       */
      public RepeatedColumn {
        Objects.requireNonNull(name, "name");
      }

      @Override
      public int line() {
        return 1;
      }

      @Override
      public String message() {
        return "the header names the column \"" + name + "\" twice";
      }
    }

    /**
     * A row has another number of fields than the header.
     *
     * @param line the row's line
     * @param fields its number of fields
     * @param expected the header's number of columns
     */
    record FieldCount(int line, int fields, int expected) implements Problem {
      @Override
      public int column() {
        return 1;
      }

      @Override
      public String message() {
        return "the row has " + fields + " fields but the header has " + expected;
      }
    }

    /**
     * A required field is empty or blank.
     *
     * @param line the row's line
     * @param column the field's column
     * @param name the column's name
     */
    record MissingValue(int line, int column, String name) implements Problem {
      /**
       * Creates an instance from its components.
       *
       * @param line the line the row starts on, from 1 (the header is line 1)
       * @param column its column, from 1
       * @param name the column
       * @throws NullPointerException if an argument is null
       */
      public MissingValue {
        Objects.requireNonNull(name, "name");
      }

      @Override
      public Optional<String> field() {
        return Optional.of(name);
      }

      @Override
      public String message() {
        return "the column \"" + name + "\" is empty but required";
      }
    }

    /**
     * A field holds a value its column does not allow.
     *
     * @param line the row's line
     * @param column the field's column
     * @param name the column's name
     * @param value the value as written
     * @param allowed what the column allows
     */
    record InvalidValue(int line, int column, String name, String value, String allowed) implements Problem {
      /**
       * Creates an instance from its components.
       *
       * @param line the line the row starts on, from 1 (the header is line 1)
       * @param column its column, from 1
       * @param name the column
       * @param value the value as written
       * @param allowed what the column allows
       * @throws NullPointerException if an argument is null
       */
      public InvalidValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(allowed, "allowed");
      }

      @Override
      public Optional<String> field() {
        return Optional.of(name);
      }

      @Override
      public String message() {
        return "\"" + value + "\" is not allowed in the column \"" + name + "\"; allowed: " + allowed;
      }
    }

    /**
     * A framework lists an objective id again.
     *
     * @param line the line of the repeated row
     * @param column the column of {@code objective}
     * @param framework the framework id
     * @param objective the objective id
     * @param firstLine the line of its first row
     */
    record DuplicateObjective(int line, int column, String framework, String objective, int firstLine) implements Problem {
      /**
       * Creates an instance from its components.
       *
       * @param line the line the row starts on, from 1 (the header is line 1)
       * @param column its column, from 1
       * @param framework the framework id
       * @param objective the objective the row defines
       * @param firstLine the line of its first row
       * @throws NullPointerException if an argument is null
       */
      public DuplicateObjective {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(objective, "objective");
      }

      @Override
      public Optional<String> field() {
        return Optional.of("objective");
      }

      @Override
      public String message() {
        return "the objective \"" + objective + "\" of the framework \"" + framework + "\" is listed again (first on line " + firstLine + ")";
      }
    }

    /**
     * A row gives its framework another name than the framework's first row.
     *
     * @param line the row's line
     * @param column the field's column
     * @param name the column ({@code name_en} or {@code name_ro})
     * @param framework the framework id
     * @param value the name on this row
     * @param first the name on the framework's first row
     * @param firstLine the line of the framework's first row
     */
    record ConflictingName(int line, int column, String name, String framework, String value, String first, int firstLine)
        implements Problem {
      /**
       * Creates an instance from its components.
       *
       * @param line the line the row starts on, from 1 (the header is line 1)
       * @param column its column, from 1
       * @param name the column
       * @param framework the framework id
       * @param value the value as written
       * @param first the name on the framework's first row
       * @param firstLine the line of its first row
       * @throws NullPointerException if an argument is null
       */
      public ConflictingName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(first, "first");
      }

      @Override
      public Optional<String> field() {
        return Optional.of(name);
      }

      @Override
      public String message() {
        return "the framework \"" + framework + "\" is named \"" + value + "\" in the column \"" + name + "\" but \"" + first
            + "\" on line " + firstLine;
      }
    }
  }
}
