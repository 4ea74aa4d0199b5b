package org.civicplan.template;

import org.civicplan.base.TemplateId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.civicplan.base.LocalizedText;

/**
 * A municipality's adaptation of a template, written as data (a YAML or JSON file, read by {@code
 * org.civicplan.document.OverlayDocuments}) and applied with {@link Overlays#apply}.
 *
 * <p>The file has the members of this record, in this order:
 *
 * <pre>{@code
 * template: climate                 # the template it adapts (required)
 * name: {en: ..., ro: ...}          # merged by language into the template's name
 * description: {en: ..., ro: ...}   # merged by language into the description
 * objectives: {remove: [...], change: [...], add: [...]}
 * indicators: {remove: [...], change: [...], add: [...]}
 * criteriaWeights: {default: {impact: 0.7, cost: 0.3}}
 * parameters: {reduction.min: "45"}
 * }</pre>
 *
 * <p>The value says what to do; whether it fits the template (ids exist, weights are valid) is
 * checked when it is applied and reported as findings. Maps are kept sorted by key so that
 * findings and results do not depend on the order of the file.
 *
 * @param template the id of the template this overlay adapts
 * @param name name texts to set, each language replacing that language; empty to keep the name
 * @param description description texts to set, merged by language; empty to keep it
 * @param objectives what to do to the skeleton's objectives
 * @param indicators what to do to the indicator catalogue
 * @param criteriaWeights new default weights: by criteria set id, by criterion id; criteria not
 *     named keep their weights
 * @param parameters new rule parameter values by parameter name, as text; parameters not named
 *     keep their values
 */
public record TemplateOverlay(
    TemplateId template,
    Optional<LocalizedText> name,
    Optional<LocalizedText> description,
    ObjectiveEdits objectives,
    IndicatorEdits indicators,
    Map<String, Map<String, Double>> criteriaWeights,
    Map<String, String> parameters) {

  /**
   * @throws NullPointerException if an argument, a map key or a map value is null
   */
  public TemplateOverlay {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(objectives, "objectives");
    Objects.requireNonNull(indicators, "indicators");
    SortedMap<String, Map<String, Double>> weights = new TreeMap<>();
    criteriaWeights.forEach(
        (set, byCriterion) -> {
          Objects.requireNonNull(set, "criteria set id");
          Objects.requireNonNull(byCriterion, () -> "weights of criteria set " + set);
          SortedMap<String, Double> copy = new TreeMap<>();
          byCriterion.forEach(
              (criterion, weight) ->
                  copy.put(
                      Objects.requireNonNull(criterion, "criterion id"),
                      Objects.requireNonNull(weight, () -> "weight of criterion " + criterion)));
          weights.put(set, Collections.unmodifiableSortedMap(copy));
        });
    criteriaWeights = Collections.unmodifiableSortedMap(weights);
    SortedMap<String, String> params = new TreeMap<>();
    parameters.forEach(
        (k, v) ->
            params.put(
                Objects.requireNonNull(k, "parameter name"),
                Objects.requireNonNull(v, () -> "value of parameter " + k)));
    parameters = Collections.unmodifiableSortedMap(params);
  }

  /** A builder of an overlay for the template {@code template}, with nothing to do yet. */
  public static Builder builder(TemplateId template) {
    return new Builder(template);
  }

  /** An overlay of {@code template} that changes nothing. */
  public static TemplateOverlay empty(TemplateId template) {
    return builder(template).build();
  }

  /**
   * Builds a {@link TemplateOverlay}. Each setter may be called once: a second call is a
   * programming error and names the member.
   */
  public static final class Builder {
    private final TemplateId template;
    private Optional<LocalizedText> name = Optional.empty();
    private Optional<LocalizedText> description = Optional.empty();
    private Optional<ObjectiveEdits> objectives = Optional.empty();
    private Optional<IndicatorEdits> indicators = Optional.empty();
    private Optional<Map<String, Map<String, Double>>> criteriaWeights = Optional.empty();
    private Optional<Map<String, String>> parameters = Optional.empty();

    private Builder(TemplateId template) {
      this.template = Objects.requireNonNull(template, "template");
    }

    /**
     * Sets the name texts.
     *
     * @throws IllegalStateException if the name was already set
     */
    public Builder name(LocalizedText value) {
      name = once(name, value, "name");
      return this;
    }

    /**
     * Sets the description texts.
     *
     * @throws IllegalStateException if the description was already set
     */
    public Builder description(LocalizedText value) {
      description = once(description, value, "description");
      return this;
    }

    /**
     * Sets the objective edits.
     *
     * @throws IllegalStateException if they were already set
     */
    public Builder objectives(ObjectiveEdits value) {
      objectives = once(objectives, value, "objectives");
      return this;
    }

    /**
     * Sets the indicator edits.
     *
     * @throws IllegalStateException if they were already set
     */
    public Builder indicators(IndicatorEdits value) {
      indicators = once(indicators, value, "indicators");
      return this;
    }

    /**
     * Sets the criteria weights, by criteria set id then criterion id.
     *
     * @throws IllegalStateException if they were already set
     */
    public Builder criteriaWeights(Map<String, Map<String, Double>> value) {
      criteriaWeights = once(criteriaWeights, value, "criteriaWeights");
      return this;
    }

    /**
     * Sets the parameter values.
     *
     * @throws IllegalStateException if they were already set
     */
    public Builder parameters(Map<String, String> value) {
      parameters = once(parameters, value, "parameters");
      return this;
    }

    /** Builds the overlay. */
    public TemplateOverlay build() {
      return new TemplateOverlay(
          template,
          name,
          description,
          objectives.orElse(ObjectiveEdits.none()),
          indicators.orElse(IndicatorEdits.none()),
          criteriaWeights.orElse(Map.of()),
          parameters.orElse(Map.of()));
    }

    private static <T> Optional<T> once(Optional<T> current, T value, String member) {
      Objects.requireNonNull(value, member);
      if (current.isPresent()) {
        throw new IllegalStateException(
            member + " is already set to " + current.get() + "; set each member of an overlay once");
      }
      return Optional.of(value);
    }
  }
}
