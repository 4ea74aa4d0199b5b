// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civicplan.base.Finding;
import org.civicplan.governance.LifecycleState;
import org.civicplan.lifecycle.Lifecycle;
import org.civicplan.lifecycle.TransitionResult;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.validation.ConsultationTerms;
import org.civicplan.validation.GovernanceCodes;
import org.civicplan.validation.StrategyValidator;
import org.junit.jupiter.api.Test;

/**
 * The required consultation blocks the strategy from leaving consultation, through {@link
 * Lifecycle#transition} with a validator that runs the social template's rules: no core change
 * is needed, since the lifecycle refuses submission on every error finding of its validator.
 */
class ConsultationLifecycleTest {

  static final Lifecycle LIFECYCLE =
      Lifecycle.of(ConsultationTerms.standard(), StrategyValidator.of(TemplateRegistry.of(new SocialTemplate())));

  /** Well after the proposals period and the announcement term, whichever way days are counted. */
  static final LocalDate SUBMISSION = LocalDate.of(2026, 5, 4);

  @Test
  void theSampleLeavesConsultation() {
    TransitionResult result = LIFECYCLE.transition(SocialSample.valid(), LifecycleState.SUBMITTED, SUBMISSION);
    assertEquals(List.of(), result.reasons());
    assertEquals(LifecycleState.SUBMITTED, result.strategy().orElseThrow().state());
  }

  @Test
  void aMissingCategoryBlocksLeavingConsultationAndIsNamed() {
    Strategy missing = SocialRulesTest.withoutProposal("P-2");
    TransitionResult result = LIFECYCLE.transition(missing, LifecycleState.SUBMITTED, SUBMISSION);
    assertTrue(result.strategy().isEmpty());
    assertEquals(1, result.reasons().size(), result.reasons()::toString);
    Finding reason = result.reasons().get(0);
    assertEquals(GovernanceCodes.LIFECYCLE_DOCUMENT_INVALID, reason.code());
    assertEquals("/governance/consultations/0", reason.path());
    assertTrue(reason.message(Locale.ENGLISH).contains(SocialCodes.CONSULTATION_CATEGORY_MISSING), reason::toString);
    assertTrue(reason.message(Locale.ENGLISH).contains("has not reached any organisation representing beneficiaries"), reason::toString);
    assertTrue(reason.message(Locale.forLanguageTag("ro")).contains("categoria „organizație reprezentativă a beneficiarilor”"), reason::toString);
  }

  @Test
  void eachMissingCategoryIsAReason() {
    Strategy none = SocialSample.withServices(a -> a.withConsulted(List.of()));
    Strategy neither = SocialRulesTest.withoutProposal("P-1");
    TransitionResult result = LIFECYCLE.transition(none.toBuilder().governance(neither.governance()).build(),
        LifecycleState.SUBMITTED, SUBMISSION);
    // no proposal of a private provider, no participation of the public provider, no invitation of
    // the professional association: the beneficiaries' organisation is the only category reached
    assertEquals(3, result.reasons().size(), result.reasons()::toString);
  }

  @Test
  void asAWarningItDoesNotBlock() {
    SocialTemplate template = new SocialTemplate();
    StrategyValidator lenient = StrategyValidator.builder().templates(TemplateRegistry.of(template))
        .parameters(template.parameters().with(java.util.Map.of(SocialRules.CONSULTATION_SEVERITY, "warning"))).build();
    TransitionResult result = Lifecycle.of(ConsultationTerms.standard(), lenient)
        .transition(SocialRulesTest.withoutProposal("P-2"), LifecycleState.SUBMITTED, SUBMISSION);
    assertEquals(List.of(), result.reasons());
  }

  @Test
  void aDraftIsNotCheckedBeforeItsConsultation() {
    Strategy draft = SocialSample.valid().toBuilder().state(LifecycleState.DRAFT).build();
    assertTrue(Findings.of(SocialRulesTest.withoutProposal("P-2").toBuilder().state(LifecycleState.DRAFT).build()).findings().isEmpty());
    assertTrue(Findings.of(draft).findings().isEmpty());
  }
}
