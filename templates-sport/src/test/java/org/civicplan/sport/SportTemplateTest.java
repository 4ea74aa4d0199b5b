// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceFrameworks;
import org.civicplan.alignment.ReferenceObjective;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.TemplateId;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.strategy.Objective;
import org.civicplan.template.ParameterDefinition;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The sport template's data: skeleton, catalogues, criteria, frameworks and parameters. */
class SportTemplateTest {

  private final SportTemplate template = new SportTemplate();

  @Test
  void serviceLoaderFindsSport() {
    assertInstanceOf(SportTemplate.class, TemplateRegistry.load().get(TemplateId.of("sport")));
  }

  @Test
  void loadsWithoutFindings() {
    assertEquals(List.of(), template.definitionFindings());
    assertEquals("Strategia pentru sport", template.name().get(Locale.forLanguageTag("ro")));
  }

  @Nested
  class Skeleton {

    @Test
    void followsTheComponentsOfLaw69AndCrpdArticle30() {
      List<Objective> goals = template.skeleton().objectives();
      assertEquals(List.of("OG-1", "OG-2", "OG-3", "OG-4", "OG-5", "OG-6"), goals.stream().map(o -> o.id().value()).toList());
      assertEquals(List.of("Performance sport (Law 69/2000 art. 2(3))", "Sport for all (Law 69/2000 art. 2(3))",
              "School and university sport (Law 69/2000 art. 2(3))", "Sport for persons with disabilities (UN CRPD art. 30)",
              "Sport infrastructure", "Partnerships for sport"),
          goals.stream().map(o -> o.title().get(Locale.ENGLISH)).toList());
    }

    @Test
    void everyObjectiveHasIndicatorsFromTheCatalogue() {
      Set<IndicatorId> catalogue = template.indicatorCatalogue().stream().map(Indicator::id).collect(Collectors.toSet());
      template.skeleton().objectives().stream().flatMap(Objective::flatten).forEach(o -> {
        assertTrue(!o.indicatorIds().isEmpty(), () -> o.id() + " has no indicator");
        assertTrue(catalogue.containsAll(o.indicatorIds()), () -> o.id() + " names " + o.indicatorIds());
      });
    }
  }

  @Nested
  class Catalogues {

    @Test
    void indicatorsAreTheFourSportRowsOfTheReferencePlusEightTemplateDefinedOnes() {
      List<Indicator> catalogue = template.indicatorCatalogue();
      assertEquals(12, catalogue.size());
      assertEquals("m2/cap", catalogue.get(0).unit());
      assertEquals("% of adults", catalogue.get(2).unit());
      // template-defined indicators say so, and that they are not verified
      for (Indicator i : catalogue.subList(4, 12)) {
        assertTrue(i.references().toString().contains("[NV]"), () -> i.id() + " " + i.references());
      }
    }

    @Test
    void facilityTypesNameEveryTypeInBothLanguages() {
      Map<FacilityType, LocalizedText> names = template.facilityTypeNames();
      assertEquals(Set.of(FacilityType.values()), names.keySet());
      assertEquals("Bazin de înot", names.get(FacilityType.SWIMMING_POOL).get(Locale.forLanguageTag("ro")));
    }

    @Test
    void conditionScaleRunsFromUnusableToVeryGood() {
      Map<Integer, LocalizedText> scale = template.conditionScale();
      assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(scale.keySet()));
      assertEquals("Unusable", scale.get(1).get(Locale.ENGLISH));
      assertEquals("Foarte bună", scale.get(5).get(Locale.forLanguageTag("ro")));
    }

    @Test
    void partnerRolesAreTheSixOfTheCitysRemit() {
      assertEquals(Set.of(PartnerType.values()), template.partnerRoleNames().keySet());
      assertEquals(List.of("club", "federation", "association", "school", "university", "public-sport-institution"),
          Arrays.stream(PartnerType.values()).map(PartnerType::label).toList());
      assertEquals("Instituție publică de sport",
          template.partnerRoleNames().get(PartnerType.PUBLIC_SPORT_INSTITUTION).get(Locale.forLanguageTag("ro")));
    }
  }

  @Nested
  class Criteria {

    @Test
    void defaultSetHasEightCriteriaWhoseWeightsSumToOne() {
      CriteriaSet set = template.criteriaSets().get(0);
      assertEquals("sport-default", set.id().value());
      assertEquals(List.of("need", "condition", "expected-users", "mass-sport", "accessibility", "energy-climate",
          "cost-per-user-hour", "readiness"), set.criteria().stream().map(Criterion::id).toList());
      assertEquals(1.0, set.criteria().stream().mapToDouble(Criterion::weight).sum(), 1e-12);
    }
  }

  @Nested
  class Frameworks {

    private final Map<String, ReferenceFramework> core =
        ReferenceFrameworks.standard().stream().collect(Collectors.toMap(f -> f.id().value(), Function.identity()));

    @Test
    void sharedFrameworksReadAsCoresAndLaw69IsTheTemplatesOwn() {
      List<String> ids = template.referenceFrameworks().stream().map(f -> f.id().value()).toList();
      assertEquals(List.of("eu-sport-work-plan", "who-physical-activity", "un-crpd", "eu-disability-strategy", "ro-law-69-2000"), ids);
      int compared = 0;
      for (ReferenceFramework f : template.referenceFrameworks()) {
        ReferenceFramework c = core.get(f.id().value());
        if (c == null) {
          assertEquals("ro-law-69-2000", f.id().value());
          continue;
        }
        assertEquals(c.name(), f.name());
        for (ReferenceObjective o : f.objectives()) {
          assertEquals(c.objectives().stream().filter(x -> x.id().equals(o.id())).findFirst().orElseThrow(), o);
          compared++;
        }
      }
      assertEquals(7, compared);
    }
  }

  @Nested
  class Parameters {

    @Test
    void everyFacilityTypeHasAProvisionTarget() {
      Set<String> names = template.parameterDefinitions().stream().map(ParameterDefinition::name).collect(Collectors.toSet());
      for (FacilityType t : FacilityType.values()) {
        assertTrue(names.contains(t.targetParameter()), t::label);
      }
    }
  }
}
