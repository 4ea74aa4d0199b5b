// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import org.civicplan.base.TemplateId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.indicator.Indicator;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Strategy;

/**
 * A template adapted by an overlay: the base template's data replaced by the adapted data, its
 * code (rules, annex types, reference frameworks) kept.
 */
final class OverlaidTemplate implements StrategyTemplate {

  private final StrategyTemplate base;
  private final LocalizedText name;
  private final LocalizedText description;
  private final String version;
  private final TemplateSkeleton skeleton;
  private final List<Indicator> catalogue;
  private final Parameters parameters;
  private final List<CriteriaSet> criteriaSets;

  OverlaidTemplate(
      StrategyTemplate base,
      LocalizedText name,
      LocalizedText description,
      TemplateSkeleton skeleton,
      List<Indicator> catalogue,
      Parameters parameters,
      List<CriteriaSet> criteriaSets) {
    this.base = Objects.requireNonNull(base, "base");
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.version = Overlays.adaptedVersion(base.version());
    this.skeleton = Objects.requireNonNull(skeleton, "skeleton");
    this.catalogue = List.copyOf(catalogue);
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.criteriaSets = List.copyOf(criteriaSets);
  }

  @Override
  public TemplateId id() {
    return base.id();
  }

  @Override
  public LocalizedText name() {
    return name;
  }

  @Override
  public LocalizedText description() {
    return description;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public TemplateSkeleton skeleton() {
    return skeleton;
  }

  @Override
  public List<Indicator> indicatorCatalogue() {
    return catalogue;
  }

  @Override
  public List<ValidationRule> rules() {
    return base.rules();
  }

  @Override
  public List<ValidationRule> sharedRules() {
    return base.sharedRules();
  }

  @Override
  public List<MonitoringContribution> monitoring(Strategy strategy, LocalDate asOf, Parameters parameters) {
    return base.monitoring(strategy, asOf, parameters);
  }

  @Override
  public List<DerivedMeasurement> derivedMeasurements(Strategy strategy) {
    return base.derivedMeasurements(strategy, parameters());
  }

  @Override
  public List<DerivedMeasurement> derivedMeasurements(Strategy strategy, Parameters parameters) {
    return base.derivedMeasurements(strategy, parameters);
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public List<ParameterDefinition> parameterDefinitions() {
    return base.parameterDefinitions();
  }

  @Override
  public List<AnnexType<?>> annexTypes() {
    return base.annexTypes();
  }

  @Override
  public List<CriteriaSet> criteriaSets() {
    return criteriaSets;
  }

  @Override
  public List<ReferenceFramework> referenceFrameworks() {
    return base.referenceFrameworks();
  }

  /**
   * The base template's draft with the adapted objectives and the adapted catalogue entries they
   * name, so that whatever else the base template puts in a draft (annexes, organisations) stays.
   * When the overlay renamed the template and the request has no title, the title is formed from
   * the new name.
   */
  @Override
  public Strategy newStrategy(NewStrategyRequest request) {
    Strategy adapted = StrategyTemplate.super.newStrategy(request);
    Strategy fromBase = base.newStrategy(request);
    boolean renamed = !name.equals(base.name());
    return fromBase.toBuilder()
        .objectives(adapted.objectives())
        .indicators(adapted.indicators())
        .title(renamed && request.title().isEmpty() ? adapted.title() : fromBase.title())
        .build();
  }

  @Override
  public String toString() {
    return "StrategyTemplate[" + id() + " " + version + ", adapted from " + base.getClass().getName() + "]";
  }
}
