package org.civicplan.testkit;

import java.util.List;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.TemplateId;
import org.civicplan.indicator.Indicator;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.AnnexType;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.ParameterDefinition;
import org.civicplan.template.Parameters;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateSkeleton;
import org.civicplan.template.ValidationRule;

/** A template that answers as {@code base} does; tests override one method to break one clause. */
class ForwardingTemplate implements StrategyTemplate {

  private final StrategyTemplate base;

  ForwardingTemplate(StrategyTemplate base) {
    this.base = base;
  }

  @Override
  public TemplateId id() {
    return base.id();
  }

  @Override
  public LocalizedText name() {
    return base.name();
  }

  @Override
  public LocalizedText description() {
    return base.description();
  }

  @Override
  public String version() {
    return base.version();
  }

  @Override
  public TemplateSkeleton skeleton() {
    return base.skeleton();
  }

  @Override
  public List<Indicator> indicatorCatalogue() {
    return base.indicatorCatalogue();
  }

  @Override
  public List<ValidationRule> rules() {
    return base.rules();
  }

  @Override
  public Parameters parameters() {
    return base.parameters();
  }

  @Override
  public List<ParameterDefinition> parameterDefinitions() {
    return base.parameterDefinitions();
  }

  @Override
  public List<Finding> definitionFindings() {
    return base.definitionFindings();
  }

  @Override
  public List<AnnexType<?>> annexTypes() {
    return base.annexTypes();
  }

  @Override
  public List<CriteriaSet> criteriaSets() {
    return base.criteriaSets();
  }

  @Override
  public List<ReferenceFramework> referenceFrameworks() {
    return base.referenceFrameworks();
  }

  @Override
  public Strategy newStrategy(NewStrategyRequest request) {
    return base.newStrategy(request);
  }
}
