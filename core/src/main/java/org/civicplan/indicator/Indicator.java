package org.civicplan.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.civicplan.base.TextLength;

/**
 * What a strategy measures: a named quantity with a unit, a direction of improvement, a baseline,
 * targets and milestones, and the measurements reported over the years.
 *
 * <p>Catalogue entries of a template are indicators with no baseline, targets or measurements.
 *
 * @param id unique among the indicators of a document
 * @param name the localized name
 * @param definition how the value is computed, localized; may be empty
 * @param unit the unit, e.g. {@code t CO2/yr} or {@code %}
 * @param kind impact, outcome or output
 * @param direction which way is better
 * @param normalisation what the values are divided by
 * @param dataSource where values come from
 * @param frequency how often values are expected
 * @param baseline the starting value
 * @param targets targets and milestones, in document order
 * @param measurements observed values, in document order
 * @param references framework or method references (e.g. {@code ISO 37120:2014 8.3})
 */
public record Indicator(
    IndicatorId id,
    @TextLength(max = 300) LocalizedText name,
    @TextLength(max = 10_000) LocalizedText definition,
    @Size(max = 64, message = "{org.civicplan.text.too-long}") String unit,
    IndicatorKind kind,
    Direction direction,
    Denominator normalisation,
    Optional<@Size(max = 500, message = "{org.civicplan.text.too-long}") String> dataSource,
    ReportingFrequency frequency,
    Optional<Baseline> baseline,
    List<Target> targets,
    List<@Valid Measurement> measurements,
    List<@Size(max = 200, message = "{org.civicplan.text.too-long}") String> references) {

  /**
   * @throws NullPointerException if an argument or a list element is null
   */
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(normalisation, "normalisation");
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(baseline, "baseline");
    targets = List.copyOf(targets);
    measurements = List.copyOf(measurements);
    references = List.copyOf(references);
  }

  /** A builder for an indicator with the given id, name, unit and direction. */
  public static Builder builder(IndicatorId id, LocalizedText name, String unit, Direction direction) {
    return new Builder(id, name, unit, direction);
  }

  /** A builder initialised with this indicator's values. */
  public Builder toBuilder() {
    Builder b = new Builder(id, name, unit, direction);
    b.definition = definition;
    b.kind = kind;
    b.normalisation = normalisation;
    b.dataSource = dataSource;
    b.frequency = frequency;
    b.baseline = baseline;
    b.targets.addAll(targets);
    b.measurements.addAll(measurements);
    b.references.addAll(references);
    return b;
  }

  /** The final (non-milestone) targets, in document order. */
  public List<Target> finalTargets() {
    return targets.stream().filter(t -> !t.milestone()).toList();
  }

  /** A copy with the given measurements in place of this one's. */
  public Indicator withMeasurements(List<Measurement> newMeasurements) {
    return toBuilder().measurements(newMeasurements).build();
  }

  /** Builds an {@link Indicator}; defaults: outcome, no normalisation, annual, nothing else. */
  public static final class Builder {
    private IndicatorId id;
    private LocalizedText name;
    private LocalizedText definition = LocalizedText.empty();
    private String unit;
    private IndicatorKind kind = IndicatorKind.OUTCOME;
    private Direction direction;
    private Denominator normalisation = Denominator.NONE;
    private Optional<String> dataSource = Optional.empty();
    private ReportingFrequency frequency = ReportingFrequency.ANNUAL;
    private Optional<Baseline> baseline = Optional.empty();
    private final List<Target> targets = new ArrayList<>();
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<String> references = new ArrayList<>();

    private Builder(IndicatorId id, LocalizedText name, String unit, Direction direction) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
      this.unit = Objects.requireNonNull(unit, "unit");
      this.direction = Objects.requireNonNull(direction, "direction");
    }

    /** Sets the id. */
    public Builder id(IndicatorId value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /** Sets the name. */
    public Builder name(LocalizedText value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /** Sets the definition. */
    public Builder definition(LocalizedText value) {
      this.definition = Objects.requireNonNull(value, "definition");
      return this;
    }

    /** Sets the unit. */
    public Builder unit(String value) {
      this.unit = Objects.requireNonNull(value, "unit");
      return this;
    }

    /** Sets the kind. */
    public Builder kind(IndicatorKind value) {
      this.kind = Objects.requireNonNull(value, "kind");
      return this;
    }

    /** Sets the direction. */
    public Builder direction(Direction value) {
      this.direction = Objects.requireNonNull(value, "direction");
      return this;
    }

    /** Sets the normalisation. */
    public Builder normalisation(Denominator value) {
      this.normalisation = Objects.requireNonNull(value, "normalisation");
      return this;
    }

    /** Sets the data source. */
    public Builder dataSource(String value) {
      this.dataSource = Optional.of(Objects.requireNonNull(value, "dataSource"));
      return this;
    }

    /** Sets the reporting frequency. */
    public Builder frequency(ReportingFrequency value) {
      this.frequency = Objects.requireNonNull(value, "frequency");
      return this;
    }

    /** Sets the baseline. */
    public Builder baseline(Baseline value) {
      this.baseline = Optional.of(Objects.requireNonNull(value, "baseline"));
      return this;
    }

    /** Removes the baseline. */
    public Builder noBaseline() {
      this.baseline = Optional.empty();
      return this;
    }

    /** Adds a target or milestone. */
    public Builder target(Target value) {
      targets.add(Objects.requireNonNull(value, "target"));
      return this;
    }

    /** Replaces the targets and milestones. */
    public Builder targets(List<Target> values) {
      targets.clear();
      targets.addAll(Objects.requireNonNull(values, "targets"));
      return this;
    }

    /** Adds a measurement. */
    public Builder measurement(Measurement value) {
      measurements.add(Objects.requireNonNull(value, "measurement"));
      return this;
    }

    /** Replaces the measurements. */
    public Builder measurements(List<Measurement> values) {
      measurements.clear();
      measurements.addAll(Objects.requireNonNull(values, "measurements"));
      return this;
    }

    /** Adds a reference. */
    public Builder reference(String value) {
      references.add(Objects.requireNonNull(value, "reference"));
      return this;
    }

    /** Replaces the references. */
    public Builder references(List<String> values) {
      references.clear();
      references.addAll(Objects.requireNonNull(values, "references"));
      return this;
    }

    /** Builds the indicator. */
    public Indicator build() {
      return new Indicator(
          id, name, definition, unit, kind, direction, normalisation, dataSource, frequency,
          baseline, targets, measurements, references);
    }
  }
}
