// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A likelihood × consequence matrix giving the {@link RiskLevel} of a hazard from its current
 * probability and consequence ratings.
 *
 * <p>The matrix is a template parameter ({@code risk.matrix}), written as three rows separated by
 * {@code ;}, one per probability (low, moderate, high), each with three levels separated by
 * {@code ,}, one per consequence (low, moderate, high). {@link #parse(CharSequence)} reads what
 * {@link #toString()} writes. The {@linkplain #DEFAULT default} is the usual symmetric 3 × 3
 * matrix:
 *
 * <pre>
 *                    consequence: low       moderate   high
 * probability low                 low       low        moderate
 * probability moderate            low       moderate   high
 * probability high                moderate  high       high
 * </pre>
 *
 * written {@code low,low,moderate;low,moderate,high;moderate,high,high}. The Covenant of Mayors
 * template rates probability and consequence (DOMAIN.md §1.5) but prescribes no matrix, so a city
 * may replace this one with its own through an overlay. A hazard rated {@link Rating#NOT_KNOWN} on
 * either axis has the level {@link RiskLevel#NOT_KNOWN}.
 *
 * @param rows the levels by probability (low, moderate, high), then by consequence
 */
public record RiskMatrix(List<List<RiskLevel>> rows) {

  /** The default matrix described above. */
  public static final RiskMatrix DEFAULT = parse("low,low,moderate;low,moderate,high;moderate,high,high");

  /**
   * Creates an instance from its components.
   *
   * @param rows the levels by probability (low, moderate, high), then by consequence
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if the matrix is not 3 × 3 or holds {@link RiskLevel#NOT_KNOWN}
   */
  public RiskMatrix {
    Objects.requireNonNull(rows, "rows");
    if (rows.size() != 3) {
      throw new IllegalArgumentException(
          "risk matrix must have 3 rows (probability low, moderate, high) but had " + rows.size());
    }
    List<List<RiskLevel>> copy = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      List<RiskLevel> row = List.copyOf(rows.get(i));
      if (row.size() != 3) {
        throw new IllegalArgumentException(
            "risk matrix row " + (i + 1) + " must have 3 levels (consequence low, moderate, high) but had "
                + row.size());
      }
      if (row.contains(RiskLevel.NOT_KNOWN)) {
        throw new IllegalArgumentException(
            "risk matrix levels must be low, moderate or high but row " + (i + 1) + " was " + row);
      }
      copy.add(row);
    }
    rows = List.copyOf(copy);
  }

  /**
   * Reads a matrix written as {@code l,l,m;l,m,h;m,h,h} with the words {@code low}, {@code
   * moderate}, {@code high}.
   *
   * @param text the matrix, rows separated by {@code ;} and cells by {@code ,}
   * @return the matrix
   * @throws IllegalArgumentException naming the text and the expected form
   */
  public static RiskMatrix parse(CharSequence text) {
    String s = text.toString().strip();
    List<List<RiskLevel>> rows = new ArrayList<>();
    for (String row : s.split(";", -1)) {
      List<RiskLevel> levels = new ArrayList<>();
      for (String cell : row.split(",", -1)) {
        levels.add(
            switch (cell.strip().toLowerCase(Locale.ROOT)) {
              case "low" -> RiskLevel.LOW;
              case "moderate" -> RiskLevel.MODERATE;
              case "high" -> RiskLevel.HIGH;
              default -> throw new IllegalArgumentException(
                  "risk matrix must be 3 rows of 3 levels (low, moderate or high), rows separated by ';'"
                      + " and levels by ',', but was \"" + s + "\" (bad level \"" + cell.strip() + "\")");
            });
      }
      rows.add(levels);
    }
    try {
      return new RiskMatrix(rows);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + " in \"" + s + "\"", e);
    }
  }

  /**
   * {@return the risk level of a hazard with this probability and consequence}
   *
   * @param probability the hazard's probability
   * @param consequence the hazard's consequence
   */
  public RiskLevel level(Rating probability, Rating consequence) {
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(consequence, "consequence");
    if (probability == Rating.NOT_KNOWN || consequence == Rating.NOT_KNOWN) {
      return RiskLevel.NOT_KNOWN;
    }
    return rows.get(probability.ordinal()).get(consequence.ordinal());
  }

  /** The matrix in the form {@link #parse(CharSequence)} reads. */
  @Override
  public String toString() {
    return rows.stream()
        .map(r -> r.stream().map(l -> l.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")))
        .collect(Collectors.joining(";"));
  }
}
