// SPDX-License-Identifier: Apache-2.0
package org.civicplan.integrated;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Pointer;
import org.civicplan.base.TemplateId;
import org.civicplan.portfolio.StrategyLinks;
import org.civicplan.strategy.Objective;
import org.civicplan.template.DataCatalogue;
import org.civicplan.template.DataTemplate;
import org.civicplan.template.RuleKit;
import org.civicplan.template.ValidationRule;

/**
 * The integrated sustainable-development strategy: a template written as data ({@code
 * org/civicplan/integrated/}: skeleton over the eight domains of quality of life, quality-of-life
 * indicators, SDG and EU frameworks, the domain catalogue) plus two rules.
 *
 * <ul>
 *   <li>{@value #DOMAIN_MISSING} (warning): a domain of the {@code domains} catalogue has no
 *       objective. Source: the city's remit to draw up and monitor an integrated strategy spanning
 *       environmental protection, biodiversity, education, health, culture, business development
 *       and support, viable infrastructure and green infrastructure (the project's issue on the
 *       integrated strategy); a warning, since the SIDU structure is not verified (DOMAIN.md §5, [NV]).
 *   <li>{@value #DELEGATION_NONE} (warning): the strategy delegates no objective to a sectoral
 *       strategy ({@link StrategyLinks}), though it sits above them (same source).
 * </ul>
 */
public final class IntegratedTemplate extends DataTemplate {

  /** The template id, {@code integrated}. */
  public static final TemplateId ID = TemplateId.of("integrated");

  /** A domain of quality of life has no objective in the strategy. */
  public static final String DOMAIN_MISSING = "integrated.domain.missing";

  /** The strategy delegates no objective to a sectoral strategy. */
  public static final String DELEGATION_NONE = "integrated.delegation.none";

  /** Reads the template's resources; called by the {@link java.util.ServiceLoader}. */
  public IntegratedTemplate() {
    super(ID, IntegratedTemplate.class::getResourceAsStream, "/org/civicplan/integrated/");
  }

  @Override
  public List<ValidationRule> rules() {
    RuleKit kit = RuleKit.with(messages());
    List<DataCatalogue.Row> domains = catalogue("domains").rows();
    return List.of(
        kit.rule(DOMAIN_MISSING, (strategy, report) -> {
          Set<String> ids = strategy.allObjectives().map(Objective::id).map(o -> o.value()).collect(Collectors.toSet());
          for (DataCatalogue.Row d : domains) {
            if (!ids.contains(d.text("objective"))) {
              report.warning(DOMAIN_MISSING, Pointer.of("objectives"),
                  LocalizedText.of(d.text("name_en"), d.text("name_ro")), d.text("objective"));
            }
          }
        }),
        kit.rule(DELEGATION_NONE, (strategy, report) -> {
          if (StrategyLinks.of(strategy).delegations().isEmpty()) {
            report.warning(DELEGATION_NONE, Pointer.of("annexes"));
          }
        }));
  }
}
