// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.util.List;
import java.util.Objects;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;

/**
 * One hazard of a {@link RiskAssessment}: its current risk and its expected future change, as the
 * Covenant of Mayors reporting template asks (steps 1–3, DOMAIN.md §1.5).
 *
 * @param hazard the hazard's id in the hazard catalogue, e.g. {@code HZ-01} (extreme heat); {@code
 *     HZ-99} (other) with a description for hazards outside the catalogue
 * @param description what the hazard means locally; may be empty
 * @param probability the current probability
 * @param consequence the current consequence
 * @param intensityChange the expected change in intensity
 * @param frequencyChange the expected change in frequency
 * @param timeframe when the change is expected
 * @param sectors the ids of the vulnerable sectors affected (catalogue ids, e.g. {@code VS-03})
 */
public record HazardAssessment(
    HazardId hazard,
    LocalizedText description,
    Rating probability,
    Rating consequence,
    ExpectedChange intensityChange,
    ExpectedChange frequencyChange,
    Timeframe timeframe,
    List<String> sectors) {

  /**
   * Creates an instance from its components.
   *
   * @param hazard the hazard's id in the hazard catalogue, e.g. {@code HZ-01} (extreme heat);
   *     {@code HZ-99} (other) with a description for hazards outside the catalogue
   * @param description what the hazard means locally; may be empty
   * @param probability the current probability
   * @param consequence the current consequence
   * @param intensityChange the expected change in intensity
   * @param frequencyChange the expected change in frequency
   * @param timeframe when the change is expected
   * @param sectors the ids of the vulnerable sectors affected (catalogue ids, e.g. {@code VS-03})
   * @throws NullPointerException if an argument or a sector id is null
   * @throws IllegalArgumentException if a sector id is not a valid id
   */
  public HazardAssessment {
    Objects.requireNonNull(hazard, "hazard");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(consequence, "consequence");
    Objects.requireNonNull(intensityChange, "intensityChange");
    Objects.requireNonNull(frequencyChange, "frequencyChange");
    Objects.requireNonNull(timeframe, "timeframe");
    sectors = List.copyOf(sectors);
    sectors.forEach(s -> IdSyntax.requireValid(s, "vulnerable sector"));
  }

  /**
   * {@return a hazard with its current ratings, no description, no expected change known and no
   * sectors}
   *
   * @param hazard the hazard's id in the hazard catalogue, e.g. {@code HZ-01} (extreme heat);
   *     {@code HZ-99} (other) with a description for hazards outside the catalogue
   * @param probability the current probability
   * @param consequence the current consequence
   */
  public static HazardAssessment of(HazardId hazard, Rating probability, Rating consequence) {
    return new HazardAssessment(
        hazard, LocalizedText.empty(), probability, consequence, ExpectedChange.NOT_KNOWN,
        ExpectedChange.NOT_KNOWN, Timeframe.NOT_KNOWN, List.of());
  }

  /**
   * {@return the current risk level according to {@code matrix}}
   *
   * @param matrix the matrix that maps probability and consequence to a level
   */
  public RiskLevel riskLevel(RiskMatrix matrix) {
    return matrix.level(probability, consequence);
  }
}
