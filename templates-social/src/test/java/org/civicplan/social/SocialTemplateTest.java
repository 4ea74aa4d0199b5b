// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

/** The social template as installed: found by id, with its draft, catalogues and parameters. */
class SocialTemplateTest {

  static final SocialTemplate TEMPLATE = new SocialTemplate();

  static Strategy draft() {
    return TEMPLATE.newStrategy(NewStrategyRequest.of(StrategyId.of("s"), Municipality.of("Exemplu", "RO"), StrategyPeriod.of(2026, 2029)));
  }

  @Test
  void isFoundByTheRegistry() {
    assertTrue(TemplateRegistry.load().find(SocialTemplate.ID).isPresent());
  }

  @Test
  void aDraftHasTheDirectorateAsLeadPartner() {
    Strategy draft = draft();
    SocialServices annex = draft.annexes(SocialServices.class).get(0);
    assertEquals(SocialTemplate.DIRECTORATE, annex.directorate());
    assertEquals(OrganisationCategory.CITY_DIRECTORATE, draft.organisations().stream()
        .filter(o -> o.id().equals(SocialTemplate.DIRECTORATE)).findFirst().orElseThrow().category());
  }

  @Test
  void aDraftHasOneAnnualPlanPerYearOfThePeriod() {
    SocialServices annex = draft().annexes(SocialServices.class).get(0);
    assertEquals(List.of(2026, 2027, 2028, 2029), annex.annualPlans().stream().map(SocialServices.AnnualPlan::year).toList());
    assertTrue(annex.annualPlans().stream().allMatch(p -> p.sentToCountyOn().isEmpty()));
    assertEquals(LocalDate.of(2026, 1, 1), annex.asOf());
  }

  @Test
  void indicatorCatalogueHoldsTheSocialRowsOfTheReferenceCatalogue() {
    assertEquals(List.of("SOC-01", "SOC-02", "SOC-03", "SOC-04", "SOC-05", "SOC-06", "SOC-07", "SOC-08", "SOC-09", "SOC-10"),
        TEMPLATE.indicatorCatalogue().stream().map(i -> i.id().value()).toList());
  }

  @Test
  void targetGroupsAreTheSixOfTheCatalogue() {
    assertEquals(List.of("children", "elderly", "disability", "homeless", "domestic-violence", "marginalised"),
        TEMPLATE.targetGroups().stream().map(TargetGroup::id).toList());
    assertEquals("Persoane vârstnice", TEMPLATE.targetGroups().get(1).name().get(java.util.Locale.forLanguageTag("ro")));
  }

  @Test
  void nomenclatorPatternAcceptsTheCodesOfTheCrDFamily() {
    java.util.regex.Pattern p = SocialRules.pattern(TEMPLATE.parameters());
    for (String code : List.of("8790 CR-D-I", "8790 CR-D-II", "8790 CR-D-IV")) {
      assertTrue(p.matcher(code).matches(), code);
    }
    org.junit.jupiter.api.Assertions.assertFalse(p.matcher("8790CR-D-I").matches());
  }
}
