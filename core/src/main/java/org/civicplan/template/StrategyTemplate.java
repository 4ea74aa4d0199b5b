package org.civicplan.template;

import org.civicplan.base.TemplateId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;

/**
 * A kind of strategy (climate, accessibility, sport, social...): the service interface template
 * modules implement and declare for {@link java.util.ServiceLoader}, both in {@code module-info}
 * ({@code provides org.civicplan.template.StrategyTemplate with ...}) and in {@code
 * META-INF/services/org.civicplan.template.StrategyTemplate}.
 *
 * <p>A template is mostly data: a skeleton of objectives, an indicator catalogue, criteria sets and
 * reference frameworks that a municipality can adapt with an overlay file. Only rules and annex types are code. Everything but the id, name, version and
 * skeleton has a default, so templates implement only what they have.
 *
 * <p>Implementations must be immutable and thread-safe, and return the same values on every call.
 */
public interface StrategyTemplate {

  /** The id, unique among installed templates, e.g. {@code climate}. */
  TemplateId id();

  /** The localized name, e.g. "Climate change strategy" / "Strategia privind schimbările climatice". */
  LocalizedText name();

  /** The localized description; empty by default. */
  default LocalizedText description() {
    return LocalizedText.empty();
  }

  /** The template's version, e.g. {@code 1.0.0}. */
  String version();

  /** The objectives a new strategy starts from. */
  TemplateSkeleton skeleton();

  /** The indicators the template suggests, in catalogue order; empty by default. */
  default List<Indicator> indicatorCatalogue() {
    return List.of();
  }

  /** The rules this template adds to core's; empty by default. */
  default List<ValidationRule> rules() {
    return List.of();
  }

  /** The rule parameters and their defaults; an overlay may change them. Empty by default. */
  default Parameters parameters() {
    return Parameters.empty();
  }

  /** The typed annexes this template contributes; empty by default. */
  default List<AnnexType<?>> annexTypes() {
    return List.of();
  }

  /** The criteria sets for prioritising this template's actions; empty by default. */
  default List<CriteriaSet> criteriaSets() {
    return List.of();
  }

  /** The reference frameworks local objectives can be aligned to; empty by default. */
  default List<ReferenceFramework> referenceFrameworks() {
    return List.of();
  }

  /**
   * A draft strategy from the skeleton: its objectives and the catalogue indicators they name (in
   * catalogue order). The title defaults to the template's name and the municipality's name.
   */
  default Strategy newStrategy(NewStrategyRequest request) {
    List<Objective> objectives = skeleton().objectives();
    Set<IndicatorId> named = new LinkedHashSet<>();
    objectives.stream().flatMap(Objective::flatten).forEach(o -> named.addAll(o.indicatorIds()));
    List<Indicator> indicators =
        indicatorCatalogue().stream().filter(i -> named.contains(i.id())).toList();
    String city = request.municipality().name();
    LocalizedText title =
        request.title()
            .orElseGet(
                () ->
                    LocalizedText.of(
                        name().get(Locale.ENGLISH) + " — " + city,
                        name().get(Locale.forLanguageTag("ro")) + " — " + city));
    return Strategy.builder(request.id(), id(), request.municipality(), title, request.period())
        .objectives(objectives)
        .indicators(indicators)
        .build();
  }
}
