// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Money;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.prioritisation.PortfolioDecision;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.RuleKit;
import org.civicplan.template.ValidationRule;

/** The sport template's rules, each a few lines on {@link RuleKit}; codes in {@link SportCodes}. */
final class SportRules {

  private static final LocalizedText FACILITY = LocalizedText.of("facility", "baza sportivă");
  private static final LocalizedText DISTRICT = LocalizedText.of("district", "cartierul");
  private static final LocalizedText OWNER = LocalizedText.of("owner", "proprietar");
  private static final LocalizedText OPERATOR = LocalizedText.of("operator", "administrator");

  private SportRules() {}

  /** Parameter: the highest condition grade that counts as poor. */
  static final String POOR_CONDITION_MAX = "facility.poor-condition.max";

  /** Parameter: the lowest utilisation, in percent, that counts as high. */
  static final String HIGH_UTILISATION_MIN = "facility.high-utilisation.min-pct";

  static List<ValidationRule> all(
      MessageCatalog messages, Map<PartnerType, PartnerRole> roles, Map<InvestmentKind, LocalizedText> kinds) {
    RuleKit kit = RuleKit.with(messages);
    return List.of(inventory(kit), partners(kit, roles), investments(kit, kinds), unaddressed(kit), programme(kit));
  }

  /** The label of an organisation category as documents write it ({@code sport-club-or-federation}). */
  static String label(OrganisationCategory category) {
    return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The inventory is consistent, so that provision, utilisation and costs can be computed: ids and
   * district names unique, every facility in a known district, no more hours used than available,
   * owners and operators declared.
   */
  static ValidationRule inventory(RuleKit kit) {
    return kit.rule(SportCodes.RULE_INVENTORY, (strategy, report) -> {
      Set<OrganisationId> organisations = strategy.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
      for (RuleKit.Located<FacilityInventory> inv : RuleKit.annexes(strategy, FacilityInventory.class)) {
        Set<String> districts = new HashSet<>();
        for (RuleKit.Located<FacilityInventory.District> d : inv.each(inv.value().districts(), "districts")) {
          if (!districts.add(d.value().name())) {
            report.error(SportCodes.INVENTORY_DUPLICATE, d.at("name"), DISTRICT, d.value().name());
          }
        }
        String allowed = inv.value().districts().stream().map(FacilityInventory.District::name).collect(Collectors.joining(", "));
        Set<String> ids = new HashSet<>();
        for (RuleKit.Located<FacilityInventory.Facility> f : inv.each(inv.value().facilities(), "facilities")) {
          FacilityInventory.Facility facility = f.value();
          if (!ids.add(facility.id())) {
            report.error(SportCodes.INVENTORY_DUPLICATE, f.at("id"), FACILITY, facility.id());
          }
          String district = facility.district().orElse("");
          if (!districts.contains(district)) {
            report.error(SportCodes.FACILITY_DISTRICT_UNKNOWN, f.at("location", "district"), facility.id(), district, allowed);
          }
          if (facility.hoursUsed().compareTo(facility.hoursAvailable()) > 0) {
            report.error(SportCodes.FACILITY_HOURS, f.at("hoursUsed"), facility.id(),
                facility.hoursUsed().toPlainString(), facility.hoursAvailable().toPlainString());
          }
          if (!organisations.contains(facility.owner())) {
            report.error(SportCodes.FACILITY_ORGANISATION_UNKNOWN, f.at("owner"), facility.id(), facility.owner().value(), OWNER);
          }
          facility.operator().filter(o -> !organisations.contains(o)).ifPresent(o ->
              report.error(SportCodes.FACILITY_ORGANISATION_UNKNOWN, f.at("operator"), facility.id(), o.value(), OPERATOR));
        }
      }
    });
  }

  /** Sport partners are organisations of the strategy, with a role that fits their category. */
  static ValidationRule partners(RuleKit kit, Map<PartnerType, PartnerRole> roles) {
    return kit.rule(SportCodes.RULE_PARTNERS, (strategy, report) -> {
      for (RuleKit.Located<SportPartners> annex : RuleKit.annexes(strategy, SportPartners.class)) {
        for (RuleKit.Located<SportPartners.Partner> p : annex.each(annex.value().partners(), "partners")) {
          OrganisationId id = p.value().organisation();
          Optional<Organisation> organisation = strategy.organisations().stream().filter(o -> o.id().equals(id)).findFirst();
          if (organisation.isEmpty()) {
            report.error(SportCodes.PARTNER_ORGANISATION_UNKNOWN, p.at("organisation"), id.value());
            continue;
          }
          PartnerRole role = roles.get(p.value().role());
          if (role != null && !role.categories().contains(organisation.get().category())) {
            report.warning(SportCodes.PARTNER_ROLE_CATEGORY, p.at("role"), id.value(), role.name(),
                label(organisation.get().category()),
                role.categories().stream().map(SportRules::label).collect(Collectors.joining(", ")));
          }
        }
      }
    });
  }

  /**
   * Every candidate investment is an action of the strategy that serves an objective, appears once,
   * and names where it works: a renovation, energy retrofit or accessibility upgrade names its
   * facility, one of the inventory's; a new build its district and facility type. Seed (n) of the
   * city's remit: the plan of measures and projects, with the order of priority of the investments.
   */
  static ValidationRule investments(RuleKit kit, Map<InvestmentKind, LocalizedText> kinds) {
    return kit.rule(SportCodes.RULE_INVESTMENTS, (strategy, report) -> {
      Optional<FacilityInventory> inventory = strategy.annexes(FacilityInventory.class).stream().findFirst();
      for (RuleKit.Located<InvestmentProgramme> programme : RuleKit.annexes(strategy, InvestmentProgramme.class)) {
        Set<ActionId> seen = new HashSet<>();
        for (RuleKit.Located<InvestmentProgramme.Investment> i : programme.each(programme.value().investments(), "investments")) {
          InvestmentProgramme.Investment inv = i.value();
          String id = inv.action().value();
          if (!seen.add(inv.action())) {
            report.error(SportCodes.INVESTMENT_DUPLICATE, i.at("action"), id);
          }
          Optional<Action> action = strategy.action(inv.action());
          if (action.isEmpty()) {
            report.error(SportCodes.INVESTMENT_ACTION_UNKNOWN, i.at("action"), id);
          } else if (action.get().objectiveIds().isEmpty()) {
            report.error(SportCodes.INVESTMENT_OBJECTIVE_MISSING, i.at("action"), id);
          }
          if (inv.kind().onExistingFacility()) {
            if (inv.facility().isEmpty()) {
              report.error(SportCodes.INVESTMENT_FACILITY_MISSING, i.at("facility"), id, kinds.get(inv.kind()));
            } else if (inventory.flatMap(v -> v.facility(inv.facility().get())).isEmpty()) {
              report.error(SportCodes.INVESTMENT_FACILITY_UNKNOWN, i.at("facility"), id, inv.facility().get());
            }
          } else if (inv.district().isEmpty() || inv.facilityType().isEmpty()) {
            report.error(SportCodes.INVESTMENT_SITE_MISSING, i.at(inv.district().isEmpty() ? "district" : "facilityType"), id);
          }
        }
      }
    });
  }

  /**
   * A facility in poor condition that is heavily used and that no candidate investment works on
   * is a warning: the thresholds are the parameters {@value #POOR_CONDITION_MAX} and {@value
   * #HIGH_UTILISATION_MIN}, the template's defaults (no official source gives them, DOMAIN.md §3).
   */
  static ValidationRule unaddressed(RuleKit kit) {
    return kit.rule(SportCodes.RULE_ATTENTION, (strategy, report) -> {
      int poor = report.parameters().text(POOR_CONDITION_MAX).map(Integer::parseInt).orElse(2);
      BigDecimal high = report.parameters().decimal(HIGH_UTILISATION_MIN, BigDecimal.valueOf(80))
          .divide(BigDecimal.valueOf(100));
      Set<String> addressed = new HashSet<>();
      SportPrioritisation.investments(strategy).forEach(i -> i.facility().ifPresent(addressed::add));
      for (RuleKit.Located<FacilityInventory> inv : RuleKit.annexes(strategy, FacilityInventory.class)) {
        for (RuleKit.Located<FacilityInventory.Facility> f : inv.each(inv.value().facilities(), "facilities")) {
          FacilityInventory.Facility facility = f.value();
          Optional<BigDecimal> use = facility.utilisation();
          if (facility.condition() <= poor && use.isPresent() && use.get().compareTo(high) >= 0
              && !addressed.contains(facility.id())) {
            report.warning(SportCodes.FACILITY_UNADDRESSED, f.pointer(), facility.id(), facility.name(),
                String.valueOf(facility.condition()), Formats.percent(use.get()));
          }
        }
      }
    });
  }

  /**
   * The programme — the investments selected by the strategy's latest prioritisation with a
   * selection, or all candidate investments when none was selected — costs no more each year than
   * that year's budget line of the programme annex, and its mass-sport investments cost at least
   * {@value SportPrioritisation#MASS_MIN_SHARE} percent of each year's budget (a warning: the
   * share is the city's choice, no official source sets it).
   */
  static ValidationRule programme(RuleKit kit) {
    return kit.rule(SportCodes.RULE_PROGRAMME, (strategy, report) -> {
      for (RuleKit.Located<InvestmentProgramme> annex : RuleKit.annexes(strategy, InvestmentProgramme.class)) {
        InvestmentProgramme programme = annex.value();
        Set<ActionId> chosen = programmeActions(strategy, programme);
        Set<ActionId> mass = SportPrioritisation.massSport(strategy, report.parameters());
        BigDecimal share = report.parameters().decimal(SportPrioritisation.MASS_MIN_SHARE, BigDecimal.ZERO);
        SortedMap<Integer, BigDecimal> budget = new TreeMap<>();
        Currency currency = programme.budget().isEmpty() ? Money.RON : programme.budget().get(0).amount().currency();
        programme.budget().forEach(b -> budget.merge(b.year(), b.amount().amount(), BigDecimal::add));
        SortedMap<Integer, BigDecimal> total = new TreeMap<>();
        SortedMap<Integer, BigDecimal> massTotal = new TreeMap<>();
        for (ActionId a : chosen) {
          strategy.action(a).ifPresent(action -> action.budget().stream()
              .filter(l -> l.planned().currency().equals(currency))
              .forEach(l -> {
                total.merge(l.year(), l.planned().amount(), BigDecimal::add);
                if (mass.contains(a)) {
                  massTotal.merge(l.year(), l.planned().amount(), BigDecimal::add);
                }
              }));
        }
        for (Map.Entry<Integer, BigDecimal> e : total.entrySet()) {
          BigDecimal available = budget.getOrDefault(e.getKey(), BigDecimal.ZERO);
          if (e.getValue().compareTo(available) > 0) {
            report.error(SportCodes.PROGRAMME_OVER_BUDGET, annex.at("budget"), String.valueOf(e.getKey()),
                Formats.money(e.getValue(), currency), Formats.money(available, currency));
          }
        }
        if (share.signum() > 0) {
          for (Map.Entry<Integer, BigDecimal> e : budget.entrySet()) {
            BigDecimal required = e.getValue().multiply(share).divide(BigDecimal.valueOf(100));
            BigDecimal spent = massTotal.getOrDefault(e.getKey(), BigDecimal.ZERO);
            if (spent.compareTo(required) < 0) {
              report.warning(SportCodes.PROGRAMME_MASS_SHARE, annex.at("budget"), String.valueOf(e.getKey()),
                  Formats.money(spent, currency), Formats.number(share), Formats.money(e.getValue(), currency));
            }
          }
        }
      }
    });
  }

  /** The investments of the programme: those selected last, or all candidates when none was selected. */
  static Set<ActionId> programmeActions(Strategy strategy, InvestmentProgramme programme) {
    Set<ActionId> candidates = new TreeSet<>();
    programme.investments().forEach(i -> candidates.add(i.action()));
    for (int r = strategy.prioritisations().size() - 1; r >= 0; r--) {
      Optional<PortfolioDecision> selection = strategy.prioritisations().get(r).selection();
      if (selection.isPresent()) {
        Set<ActionId> chosen = new TreeSet<>(selection.get().selected());
        chosen.retainAll(candidates);
        return chosen;
      }
    }
    return candidates;
  }
}
