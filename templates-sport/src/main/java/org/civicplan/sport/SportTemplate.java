// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.TemplateId;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.template.DocumentSection;
import org.civicplan.template.Parameters;
import org.civicplan.template.AnnexType;
import org.civicplan.template.DataCatalogue;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DataTemplate;
import org.civicplan.template.DerivedMeasurement;
import org.civicplan.template.ValidationRule;

/**
 * The sport strategy template, id {@code sport}: the local strategy supporting performance sport
 * and sport for all, in partnership with clubs, federations, associations, schools, universities
 * and public sport institutions, and the order of priority of the city's investments in sport
 * infrastructure.
 *
 * <p>Written as data ({@code org/civicplan/sport/template.yaml} and its catalogues, read by {@link
 * org.civicplan.template.TemplateData}); sources in {@code DOMAIN.md} §3. The skeleton follows the
 * components of physical education and sport in Law 69/2000 art. 2(3) (as amended by Law
 * 472/2004): {@code OG-1} performance sport, {@code OG-2} sport for all, {@code OG-3} school and
 * university sport, {@code OG-4} sport for persons with disabilities (UN CRPD art. 30), {@code
 * OG-5} sport infrastructure and {@code OG-6} partnerships. The indicators are the sport rows of
 * the reference catalogue (ISO 37120 recreation space, WHO 2020 activity shares) and
 * template-defined ones marked [NV]; the default criteria set {@code sport-default} is the
 * template's documented default, as no official source defines such criteria.
 *
 * <p>This class adds what computes: the {@link FacilityInventory}, {@link SportPartners} and {@link
 * InvestmentProgramme} annexes ({@link SportPrioritisation} ranks and selects the investments) and the rules (codes in {@link SportCodes}).
 *
 * <p>Immutable and thread-safe; ServiceLoader creates it through the public no-argument constructor.
 */
public final class SportTemplate extends DataTemplate {

  /** The template id, {@code sport}. */
  public static final TemplateId ID = TemplateId.of("sport");

  private volatile List<ValidationRule> rules;
  private volatile List<AnnexType<?>> annexTypes;
  private volatile Map<PartnerType, PartnerRole> roles;
  private volatile Map<FacilityType, LocalizedText> typeNames;

  /** The template; called by {@link java.util.ServiceLoader}. */
  public SportTemplate() {
    super(ID, SportTemplate.class::getResourceAsStream, "/org/civicplan/sport/");
  }

  /**
   * The rules that the facility inventory is consistent ({@value SportCodes#RULE_INVENTORY}), that
   * sport partners are typed by a role that fits them ({@value SportCodes#RULE_PARTNERS}), that
   * every candidate investment serves an objective and names where it works ({@value
   * SportCodes#RULE_INVESTMENTS}), that heavily used facilities in poor condition are addressed
   * ({@value SportCodes#RULE_ATTENTION}), and that the programme stays within its yearly budget
   * with the mass-sport minimum share ({@value SportCodes#RULE_PROGRAMME}).
   */
  @Override
  public List<ValidationRule> rules() {
    List<ValidationRule> r = rules;
    if (r == null) {
      r = SportRules.all(messages(), roles(), investmentKindNames());
      rules = r;
    }
    return r;
  }

  /**
   * The values of {@code SPO-07} (utilisation), {@code SPO-08} (facilities per 10,000
   * inhabitants) and {@code SPO-12} (share of facilities with an accessibility audit) computed from
   * the facility inventory at its date, with this template's default parameters; see {@code
   * docs/templates/sport.md}.
   */
  @Override
  public List<DerivedMeasurement> derivedMeasurements(Strategy strategy) {
    return InventoryMeasurements.of(strategy, parameters());
  }


  /**
   * The priority list of the sport investments ({@code sport.priority-list}) as the strategy's last
   * prioritisation record decided it: rank, investment, score, planned cost and whether it was
   * selected; none when the strategy has no prioritisation record.
   */
  @Override
  public List<DocumentSection> documentSections(Strategy strategy, Parameters parameters) {
    return SportDocument.sections(strategy);
  }
  @Override
  public List<AnnexType<?>> annexTypes() {
    List<AnnexType<?>> a = annexTypes;
    if (a == null) {
      a = List.of(annex(FacilityInventory.KIND, FacilityInventory.class), annex(SportPartners.KIND, SportPartners.class),
          annex(InvestmentProgramme.KIND, InvestmentProgramme.class));
      annexTypes = a;
    }
    return a;
  }

  /**
   * {@return the name of each facility type, from the facility-type catalogue ({@code
   * facility-types.csv}), in {@link FacilityType} order}
   *
   * @throws IllegalStateException if the template's data has errors
   */
  public Map<FacilityType, LocalizedText> facilityTypeNames() {
    Map<FacilityType, LocalizedText> n = typeNames;
    if (n == null) {
      Map<FacilityType, LocalizedText> out = new EnumMap<>(FacilityType.class);
      for (DataCatalogue.Row row : catalogue("facility-types").rows()) {
        FacilityType.fromLabel(row.text("id")).ifPresent(t -> out.put(t, row.localized("name")));
      }
      n = java.util.Collections.unmodifiableMap(out);
      typeNames = n;
    }
    return n;
  }

  /**
   * {@return the name of each investment kind, from {@code investment-kinds.csv}, in {@link
   * InvestmentKind} order}
   *
   * @throws IllegalStateException if the template's data has errors
   */
  public Map<InvestmentKind, LocalizedText> investmentKindNames() {
    Map<InvestmentKind, LocalizedText> out = new EnumMap<>(InvestmentKind.class);
    for (DataCatalogue.Row row : catalogue("investment-kinds").rows()) {
      InvestmentKind.fromLabel(row.text("id")).ifPresent(k -> out.put(k, row.localized("name")));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * {@return the condition scale, from {@code conditions.csv}: each grade (1 to 5) and its name}
   *
   * @throws IllegalStateException if the template's data has errors
   */
  public Map<Integer, LocalizedText> conditionScale() {
    Map<Integer, LocalizedText> out = new TreeMap<>();
    for (DataCatalogue.Row row : catalogue("conditions").rows()) {
      out.put(row.integer("grade"), row.localized("name"));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * {@return the name of each partner role, from {@code partner-roles.csv}, in {@link PartnerType}
   * order}
   *
   * @throws IllegalStateException if the template's data has errors
   */
  public Map<PartnerType, LocalizedText> partnerRoleNames() {
    Map<PartnerType, LocalizedText> out = new EnumMap<>(PartnerType.class);
    roles().forEach((t, r) -> out.put(t, r.name()));
    return java.util.Collections.unmodifiableMap(out);
  }

  Map<PartnerType, PartnerRole> roles() {
    Map<PartnerType, PartnerRole> r = roles;
    if (r == null) {
      Map<PartnerType, PartnerRole> out = new EnumMap<>(PartnerType.class);
      for (DataCatalogue.Row row : catalogue("partner-roles").rows()) {
        PartnerType.fromLabel(row.text("id")).ifPresent(t -> {
          Set<OrganisationCategory> categories = java.util.Arrays.stream(row.text("categories").split(" "))
              .filter(s -> !s.isBlank())
              .map(s -> OrganisationCategory.valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_')))
              .collect(Collectors.toSet());
          out.put(t, new PartnerRole(t, row.localized("name"), categories));
        });
      }
      r = java.util.Collections.unmodifiableMap(out);
      roles = r;
    }
    return r;
  }
}
