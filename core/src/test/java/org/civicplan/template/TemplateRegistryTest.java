package org.civicplan.template;

import org.civicplan.fixture.TemplateStub;
import org.civicplan.base.TemplateId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civicplan.fixture.TestTemplate;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.junit.jupiter.api.Test;

class TemplateRegistryTest {

  @Test
  void load_findsTheTestTemplateThroughServiceLoader() {
    TemplateRegistry registry = TemplateRegistry.load();
    assertEquals(List.of(TestTemplate.ID), registry.ids());
    assertEquals(TestTemplate.class, registry.get(TestTemplate.ID).getClass());
  }

  @Test
  void rejectsDuplicateTemplateId_namingBothClasses() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> TemplateRegistry.of(new TestTemplate(), new OtherTestTemplate()));
    assertTrue(e.getMessage().contains(TestTemplate.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains(OtherTestTemplate.class.getName()), e.getMessage());
  }

  @Test
  void get_unknownId_listsKnownIds() {
    TemplateRegistry registry = TemplateRegistry.of(new TestTemplate());
    UnknownTemplateException e =
        assertThrows(UnknownTemplateException.class, () -> registry.get(TemplateId.of("sport")));
    assertEquals(TemplateId.of("sport"), e.templateId());
    assertEquals(List.of(TestTemplate.ID), e.knownIds());
    assertTrue(e.getMessage().contains("[test]"), e.getMessage());
  }

  @Test
  void get_onEmptyRegistry_saysWhichArtifactToAdd() {
    UnknownTemplateException e =
        assertThrows(
            UnknownTemplateException.class, () -> TemplateRegistry.empty().get(TemplateId.of("climate")));
    assertTrue(e.getMessage().contains("civicplan-templates-climate"), e.getMessage());
  }

  @Test
  void all_isOrderedById_notByRegistrationOrder() {
    StrategyTemplate zeta = named("zeta");
    StrategyTemplate alpha = named("alpha");
    assertEquals(
        List.of(TemplateId.of("alpha"), TemplateId.of("zeta")), TemplateRegistry.of(zeta, alpha).ids());
  }

  @Test
  void newStrategy_startsFromSkeletonAndCatalogue() {
    Strategy s =
        new TestTemplate()
            .newStrategy(
                NewStrategyRequest.of(
                    StrategyId.of("lugoj-2027"), Municipality.of("Lugoj", "RO"), StrategyPeriod.of(2027, 2032)));
    assertEquals(TestTemplate.ID, s.templateId());
    assertEquals(2, s.objectives().size());
    assertEquals(2, s.indicators().size());
    assertEquals("Test strategy — Lugoj", s.title().get(java.util.Locale.ENGLISH));
    assertEquals("Strategie de test — Lugoj", s.title().get(java.util.Locale.forLanguageTag("ro")));
  }

  private static StrategyTemplate named(String id) {
    return new TemplateStub(id);
  }

  /** A second template claiming the id {@code test}. */
  static final class OtherTestTemplate implements StrategyTemplate {
    @Override
    public TemplateId id() {
      return TestTemplate.ID;
    }

    @Override
    public LocalizedText name() {
      return LocalizedText.of("Other", "Alta");
    }

    @Override
    public String version() {
      return "0";
    }

    @Override
    public TemplateSkeleton skeleton() {
      return TemplateSkeleton.of(List.of());
    }
  }
}
