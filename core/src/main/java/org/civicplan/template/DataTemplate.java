package org.civicplan.template;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;
import org.civicplan.base.TemplateId;
import org.civicplan.indicator.Indicator;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.strategy.Annex;

/**
 * A template written as data: its metadata, parameters, skeleton, catalogues, criteria sets,
 * frameworks, annex names and messages come from its resources ({@link TemplateData}); a subclass
 * adds only what computes — its rules and annex types.
 *
 * <pre>{@code
 * public final class HeatTemplate extends DataTemplate {
 *   public HeatTemplate() {
 *     super(TemplateId.of("heat"), HeatTemplate.class::getResourceAsStream, "/org/example/heat/");
 *   }
 *
 *   @Override
 *   public List<ValidationRule> rules() {
 *     return List.of(RuleKit.rule("heat.plan", (strategy, context) -> { ... }));
 *   }
 * }
 * }</pre>
 *
 * <p>Reading the data never throws: a mistake becomes a finding of {@link #definitionFindings()},
 * and {@link TemplateRegistry} leaves such a template out. Until then the accessors return neutral
 * values (an empty skeleton and catalogues). Subclasses must build whatever uses the definition
 * lazily (in {@link #rules()}, {@link #annexTypes()}), never in their constructor.
 *
 * <p>Immutable and thread-safe when the subclass is.
 */
public abstract class DataTemplate implements StrategyTemplate {

  private final TemplateId id;
  private final TemplateData.Result data;

  /**
   * Reads the template's data.
   *
   * @param id the template id; the definition must declare the same
   * @param opener opens a resource of the template's module by absolute name
   * @param directory the resource directory holding {@code template.yaml}
   * @throws NullPointerException if an argument is null
   */
  protected DataTemplate(TemplateId id, Function<String, InputStream> opener, String directory) {
    this.id = Objects.requireNonNull(id, "id");
    this.data = TemplateData.load(id, opener, directory);
  }

  /**
   * The definition read from the resources.
   *
   * @throws IllegalStateException listing the findings when the data has errors
   */
  protected final TemplateDefinition definition() {
    return data.definition().orElseThrow(() -> new IllegalStateException(
        "template " + id + " has errors in its data: " + data.findings()));
  }

  /** The finding messages of this template's rules, from its {@code messages*.properties}. */
  protected final MessageCatalog messages() {
    return definition().messages();
  }

  /** A lookup catalogue the definition declares. */
  protected final DataCatalogue catalogue(String name) {
    return definition().catalogue(name);
  }

  /**
   * The annex type of {@code kind}, named as the definition names it. A kind the definition does
   * not name is reported by {@link #definitionFindings()} (and named by its kind meanwhile).
   */
  protected final <T extends Annex> AnnexType<T> annex(String kind, Class<T> type) {
    LocalizedText name = definition().annexNames().get(kind);
    return AnnexType.of(kind, type, name == null ? LocalizedText.of(kind, kind) : name);
  }

  @Override
  public final TemplateId id() {
    return id;
  }

  @Override
  public LocalizedText name() {
    return data.definition().map(TemplateDefinition::name).orElseGet(() -> LocalizedText.of(id.value(), id.value()));
  }

  @Override
  public LocalizedText description() {
    return data.definition().map(TemplateDefinition::description).orElse(LocalizedText.empty());
  }

  @Override
  public String version() {
    return data.definition().map(TemplateDefinition::version).orElse("0");
  }

  @Override
  public TemplateSkeleton skeleton() {
    return data.definition().map(TemplateDefinition::skeleton).orElse(TemplateSkeleton.of(List.of()));
  }

  @Override
  public List<Indicator> indicatorCatalogue() {
    return data.definition().map(TemplateDefinition::indicators).orElse(List.of());
  }

  @Override
  public Parameters parameters() {
    return data.definition().map(TemplateDefinition::defaultParameters).orElse(Parameters.empty());
  }

  @Override
  public List<ParameterDefinition> parameterDefinitions() {
    return data.definition().map(TemplateDefinition::parameters).orElse(List.of());
  }

  @Override
  public List<CriteriaSet> criteriaSets() {
    return data.definition().map(TemplateDefinition::criteriaSets).orElse(List.of());
  }

  @Override
  public List<ReferenceFramework> referenceFrameworks() {
    return data.definition().map(TemplateDefinition::frameworks).orElse(List.of());
  }

  /**
   * The findings of the template's data, plus one for every annex type the code contributes
   * whose kind the definition does not name.
   */
  @Override
  public List<Finding> definitionFindings() {
    if (!data.isSuccess()) {
      return data.findings();
    }
    List<Finding> out = new ArrayList<>(data.findings());
    for (AnnexType<?> t : annexTypes()) {
      if (!definition().annexNames().containsKey(t.kind())) {
        out.add(TemplateData.messages().finding(
            Severity.ERROR, TemplateDataCodes.ANNEX_UNDECLARED, "/template.yaml/annexes", t.kind()));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + (data.isSuccess() ? "" : ", broken") + "]";
  }
}
