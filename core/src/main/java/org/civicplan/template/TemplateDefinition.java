package org.civicplan.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.TemplateId;
import org.civicplan.indicator.Indicator;
import org.civicplan.prioritisation.CriteriaSet;

/**
 * Everything a template declares as data, read and checked by {@link TemplateData#load}: its
 * metadata, typed parameters, skeleton, indicator catalogue, criteria sets, reference frameworks,
 * annex names, lookup catalogues and finding messages.
 *
 * @param id the template id
 * @param version the template's version
 * @param name the name in English and Romanian
 * @param description the description in English and Romanian
 * @param parameters the parameter declarations, in file order
 * @param skeleton the objectives a new strategy starts from
 * @param indicators the indicator catalogue, in file order
 * @param criteriaSets the criteria sets, in file order
 * @param frameworks the reference frameworks, in file order
 * @param annexNames the names of the annex kinds the template contributes, by kind, in file order
 * @param catalogues the lookup catalogues by name, in file order
 * @param messages the finding messages of the template's rules
 */
public record TemplateDefinition(
    TemplateId id,
    String version,
    LocalizedText name,
    LocalizedText description,
    List<ParameterDefinition> parameters,
    TemplateSkeleton skeleton,
    List<Indicator> indicators,
    List<CriteriaSet> criteriaSets,
    List<ReferenceFramework> frameworks,
    Map<String, LocalizedText> annexNames,
    Map<String, DataCatalogue> catalogues,
    MessageCatalog messages) {

  /** Checks for nulls and copies the collections, keeping their order. */
  public TemplateDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(skeleton, "skeleton");
    indicators = List.copyOf(indicators);
    criteriaSets = List.copyOf(criteriaSets);
    frameworks = List.copyOf(frameworks);
    annexNames = Collections.unmodifiableMap(new LinkedHashMap<>(annexNames));
    catalogues = Collections.unmodifiableMap(new LinkedHashMap<>(catalogues));
    Objects.requireNonNull(messages, "messages");
  }

  /** The parameter values in force by default: each declared default. */
  public Parameters defaultParameters() {
    Map<String, String> values = new LinkedHashMap<>();
    parameters.forEach(p -> p.defaultValue().ifPresent(v -> values.put(p.name(), v)));
    return Parameters.of(values);
  }

  /**
   * The lookup catalogue called {@code catalogue}.
   *
   * @throws NoSuchElementException naming the known catalogues when there is none
   */
  public DataCatalogue catalogue(String catalogue) {
    DataCatalogue c = catalogues.get(catalogue);
    if (c == null) {
      throw new NoSuchElementException("template " + id + " has no catalogue \"" + catalogue + "\"; catalogues: " + catalogues.keySet());
    }
    return c;
  }

  @Override
  public String toString() {
    return "TemplateDefinition[" + id + " " + version + ", " + parameters.size() + " parameters, "
        + indicators.size() + " indicators, " + catalogues.keySet() + "]";
  }
}
