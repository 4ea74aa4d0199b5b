// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.template.RuleKit;
import org.civicplan.template.ValidationRule;

/** The sport template's rules, each a few lines on {@link RuleKit}; codes in {@link SportCodes}. */
final class SportRules {

  private static final LocalizedText FACILITY = LocalizedText.of("facility", "baza sportivă");
  private static final LocalizedText DISTRICT = LocalizedText.of("district", "cartierul");
  private static final LocalizedText OWNER = LocalizedText.of("owner", "proprietar");
  private static final LocalizedText OPERATOR = LocalizedText.of("operator", "administrator");

  private SportRules() {}

  static List<ValidationRule> all(MessageCatalog messages, Map<PartnerType, PartnerRole> roles) {
    RuleKit kit = RuleKit.with(messages);
    return List.of(inventory(kit), partners(kit, roles));
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
}
