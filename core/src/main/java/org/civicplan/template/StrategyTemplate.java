// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import org.civicplan.base.Finding;
import org.civicplan.base.TemplateId;
import java.time.LocalDate;
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

  /** {@return the id, unique among installed templates, e.g. {@code climate}} */
  TemplateId id();

  /**
   * {@return the localized name, e.g. "Climate change strategy" / "Strategia privind schimbările
   * climatice"}
   */
  LocalizedText name();

  /** {@return the localized description; empty by default} */
  default LocalizedText description() {
    return LocalizedText.empty();
  }

  /** {@return the template's version, e.g. {@code 1.0.0}} */
  String version();

  /** {@return the objectives a new strategy starts from} */
  TemplateSkeleton skeleton();

  /** {@return the indicators the template suggests, in catalogue order; empty by default} */
  default List<Indicator> indicatorCatalogue() {
    return List.of();
  }

  /** {@return the rules this template adds to core's; empty by default} */
  default List<ValidationRule> rules() {
    return List.of();
  }

  /**
   * Rules this template adds to the validation of every strategy, whatever its template, while the
   * template is installed; empty by default. The accessibility template, for instance, asks every
   * public-works action of any strategy to declare its accessibility.
   *
   * <p>A validator built with a registry runs the shared rules of every template in it, ordered by
   * template id and then in list order, after the rules of the strategy's own template, with the
   * contributing template's {@link #parameters()} (overridden by the host's). The host may switch
   * them off by template id or by rule id ({@code StrategyValidator.Builder#withoutSharedRules} and
   * {@code #withoutSharedRule}). A shared rule also runs on this template's own strategies, so it
   * should not be listed in {@link #rules()} too. Rule ids should start with the template id, like
   * those of {@link #rules()}.
   *
   * @return the shared rules, never null; elements are never null
   */
  default List<ValidationRule> sharedRules() {
    return List.of();
  }

  /**
   * Sections this template adds to the monitoring report of a strategy of this template, such as
   * climate's emission trajectory; empty by default. The monitoring reporter calls it for the
   * strategy's own template only, and renders the sections generically (JSON, Markdown, HTML) after
   * the budget; the host may switch them off, all of a template's or one by id.
   *
   * <p>{@code strategy} is the strategy as known at {@code asOf}: measurements dated later are
   * removed and {@linkplain #derivedMeasurements derived measurements} merged in. The method must
   * not read the clock, so that the same arguments always give the same sections; it should not
   * throw (the reporter turns an exception into an error finding in the report).
   *
   * @param strategy the strategy reported on, never null
   * @param asOf the report's as-of date, never null
   * @param parameters this template's parameters in force (its defaults overridden by the host's),
   *     never null
   * @return the sections, in the order they appear; never null, elements never null, ids unique
   */
  default List<MonitoringContribution> monitoring(Strategy strategy, LocalDate asOf, Parameters parameters) {
    return List.of();
  }

  /**
   * Sections this template adds to the strategy document a council approves, such as climate's
   * emission inventory table or sport's priority list; empty by default. Core renders them after
   * its own sections (context, objectives, action plan, indicators, budget, governance,
   * consultation, alignment), in list order, to every format.
   *
   * <p>The method must not read the clock, so that the same arguments always give the same
   * sections; it should not throw (the document then leaves the template's sections out and says
   * so).
   *
   * @param strategy the strategy, never null
   * @param parameters this template's parameters in force (its defaults overridden by the host's),
   *     never null
   * @return the sections, in the order they appear; never null, elements never null, ids unique
   */
  default List<DocumentSection> documentSections(Strategy strategy, Parameters parameters) {
    return List.of();
  }

  /**
   * Indicator values this template computes from the annexes of {@code strategy}, such as the
   * green area per inhabitant from a green-space annex; empty by default. The monitoring reporter
   * merges them with the strategy's recorded measurements of the same indicator, for the
   * strategy's own template only: <b>a recorded measurement at the same date wins</b> (the
   * derived value is then not used), so a city can always correct a computed figure by recording
   * one. Values for indicators the strategy does not have are ignored. The host may switch them off.
   *
   * <p>The method must not read the clock, and should not throw.
   *
   * @param strategy the strategy, never null
   * @return the derived values, in any order; never null, elements never null
   */
  default List<DerivedMeasurement> derivedMeasurements(Strategy strategy) {
    return List.of();
  }

  /**
   * As {@link #derivedMeasurements(Strategy)}, with this template's parameters in force (its
   * defaults overridden by the host's, as {@link #monitoring} receives them), for a template whose
   * derived values depend on a parameter (the climate template's national electricity factor, for
   * instance). By default the parameters are not used.
   *
   * @param strategy the strategy, never null
   * @param parameters this template's parameters in force, never null
   * @return the derived values, in any order; never null, elements never null
   */
  default List<DerivedMeasurement> derivedMeasurements(Strategy strategy, Parameters parameters) {
    return derivedMeasurements(strategy);
  }

  /**
   * What this template's obligations make due for {@code strategy} and not yet done at {@code
   * asOf}: reports, inventories, data to file, overdue ones included; empty by default. The
   * portfolio calendar ({@code org.civicplan.portfolio.CombinedReport}) lists them for the
   * strategy's own template, through {@code MonitoringReporter#obligations}.
   *
   * <p>The method must not read the clock, and should not throw.
   *
   * @param strategy the strategy, never null
   * @param asOf the date to look from, never null
   * @param parameters this template's parameters in force (its defaults overridden by the host's),
   *     never null
   * @return the obligations, in any order; never null, elements never null
   */
  default List<Obligation> obligations(Strategy strategy, LocalDate asOf, Parameters parameters) {
    return List.of();
  }

  /**
   * {@return the rule parameters and their defaults; an overlay may change them} Empty by default.
   */
  default Parameters parameters() {
    return Parameters.empty();
  }

  /**
   * {@return the declarations of the parameters: type, default, range, unit and description}
   * Overlays are checked against them (an undeclared parameter is checked by the shape of its
   * default only). Empty by default.
   */
  default List<ParameterDefinition> parameterDefinitions() {
    return List.of();
  }

  /**
   * {@return the problems of the template's own data (its definition files), e.g. from {@link
   * TemplateData#load}; empty by default} A template with an error finding here is not installed by
   * {@link TemplateRegistry}: its findings are kept in {@link TemplateRegistry#findings()}.
   */
  default List<Finding> definitionFindings() {
    return List.of();
  }

  /** {@return the typed annexes this template contributes; empty by default} */
  default List<AnnexType<?>> annexTypes() {
    return List.of();
  }

  /** {@return the criteria sets for prioritising this template's actions; empty by default} */
  default List<CriteriaSet> criteriaSets() {
    return List.of();
  }

  /** {@return the reference frameworks local objectives can be aligned to; empty by default} */
  default List<ReferenceFramework> referenceFrameworks() {
    return List.of();
  }

  /**
   * {@return a draft strategy from the skeleton: its objectives and the catalogue indicators they
   * name (in catalogue order)} The title defaults to the template's name and the municipality's
   * name.
   *
   * @param request the strategy's id, municipality and period
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
