package org.civicplan.climate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Annex;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;

/**
 * The climate change risk and vulnerability assessment (RVA) annex, kind {@value #KIND}, following
 * the steps of the Covenant of Mayors reporting template (JRC offline SECAP template, DOMAIN.md
 * §1.5): general information, hazards with their current risk and future change, vulnerable
 * sectors, vulnerable population groups and adaptive capacity.
 *
 * @param title the assessment's title
 * @param date when it was made
 * @param authors who made it; may be empty
 * @param boundary the territory assessed; may be empty (the municipality)
 * @param method the method used; may be empty
 * @param hazards the hazards assessed, in document order
 * @param sectors the vulnerable sectors
 * @param populationGroups the vulnerable population groups
 * @param adaptiveCapacity the factors of adaptive capacity
 */
public record RiskAssessment(
    LocalizedText title,
    PlanDate date,
    Optional<String> authors,
    LocalizedText boundary,
    LocalizedText method,
    List<HazardAssessment> hazards,
    List<VulnerabilityAssessment> sectors,
    List<VulnerabilityAssessment> populationGroups,
    List<AdaptiveCapacity> adaptiveCapacity)
    implements Annex {

  /** The annex kind. */
  public static final String KIND = "risk-assessment";

  /**
   * @throws NullPointerException if an argument or a list element is null
   */
  public RiskAssessment {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(authors, "authors");
    Objects.requireNonNull(boundary, "boundary");
    Objects.requireNonNull(method, "method");
    hazards = List.copyOf(hazards);
    sectors = List.copyOf(sectors);
    populationGroups = List.copyOf(populationGroups);
    adaptiveCapacity = List.copyOf(adaptiveCapacity);
  }

  /** An assessment of these hazards and nothing else. */
  public static RiskAssessment of(LocalizedText title, PlanDate date, List<HazardAssessment> hazards) {
    return new RiskAssessment(
        title, date, Optional.empty(), LocalizedText.empty(), LocalizedText.empty(), hazards,
        List.of(), List.of(), List.of());
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** The hazards whose level according to {@code matrix} is {@code level}, in document order. */
  public List<HazardAssessment> hazardsAt(RiskLevel level, RiskMatrix matrix) {
    return hazards.stream().filter(h -> h.riskLevel(matrix) == level).toList();
  }

  /** A copy with these hazards. */
  public RiskAssessment withHazards(List<HazardAssessment> newHazards) {
    return new RiskAssessment(
        title, date, authors, boundary, method, newHazards, sectors, populationGroups, adaptiveCapacity);
  }
}
