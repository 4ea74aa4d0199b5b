// SPDX-License-Identifier: Apache-2.0
package org.civicplan.lifecycle;

import static org.civicplan.governance.GovernanceFixture.ANNOUNCED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.document.StrategyHistory;
import org.civicplan.governance.ChangeOperation;
import org.civicplan.governance.ChangeRecord;
import org.civicplan.governance.DocumentChange;
import org.civicplan.governance.GovernanceFixture;
import org.civicplan.governance.LifecycleState;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** An allowed transition leaves a record in the strategy's change history. */
class LifecycleHistoryTest {

  private static final Lifecycle LIFECYCLE = Lifecycle.standard();
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  private static Strategy in(LifecycleState state) {
    return GovernanceFixture.builder().state(state).build();
  }

  private static ChangeRecord last(Strategy s) {
    return s.history().get(s.history().size() - 1);
  }

  @Nested
  class Record {

    @Test
    void saysWhenFromWhichStateToWhichAndWhatChanged() {
      Strategy draft = in(LifecycleState.DRAFT);
      Strategy moved = LIFECYCLE.transition(draft, LifecycleState.INTERNAL_REVIEW, DAY).strategy().orElseThrow();
      assertEquals(draft.history().size() + 1, moved.history().size());
      assertEquals(draft.history(), moved.history().subList(0, draft.history().size()));
      ChangeRecord r = last(moved);
      assertEquals(ChangeRecord.currentVersion(draft.history()) + 1, r.version());
      assertEquals(DAY, r.on());
      assertEquals(Optional.empty(), r.author());
      assertEquals("draft → internal-review", r.reason());
      assertEquals(
          List.of(new DocumentChange(ChangeOperation.REPLACE, "/state", Optional.of("\"internal-review\""), Optional.of("\"draft\""))),
          r.changes());
    }

    @Test
    void namesTheAuthorWhenGiven() {
      Strategy moved = LIFECYCLE.transition(in(LifecycleState.DRAFT), LifecycleState.INTERNAL_REVIEW, DAY, "Ana Popescu")
          .strategy().orElseThrow();
      assertEquals(Optional.of("Ana Popescu"), last(moved).author());
    }

    @Test
    void rejectsABlankAuthor() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> LIFECYCLE.transition(in(LifecycleState.DRAFT), LifecycleState.INTERNAL_REVIEW, DAY, " "));
      assertEquals("author must not be blank but was \" \"", e.getMessage());
    }

    @Test
    void recordsTheConsultationTheTransitionOpens() {
      Strategy review = in(LifecycleState.INTERNAL_REVIEW);
      Strategy moved = LIFECYCLE.transition(review, LifecycleState.PUBLIC_CONSULTATION, ANNOUNCED).strategy().orElseThrow();
      ChangeRecord r = last(moved);
      assertTrue(r.touches("/state"), r::toString);
      assertTrue(r.touches("/governance/consultations"), r::toString);
    }

    @Test
    void undoesToTheDocumentBeforeTheTransition() {
      // The record carries what it replaced: reading the previous version back gives the strategy
      // as it was, consultation and all.
      Strategy review = in(LifecycleState.INTERNAL_REVIEW);
      Strategy moved = LIFECYCLE.transition(review, LifecycleState.PUBLIC_CONSULTATION, ANNOUNCED).strategy().orElseThrow();
      Strategy back = StrategyHistory.of(StrategyDocuments.standard())
          .version(moved, ChangeRecord.currentVersion(review.history())).orElseThrow();
      assertEquals(review, back);
    }
  }

  @Test
  void theTransitionIsAStatusChangeEvent() {
    Strategy moved = LIFECYCLE.transition(in(LifecycleState.DRAFT), LifecycleState.INTERNAL_REVIEW, DAY).strategy().orElseThrow();
    List<StrategyEvent> events = StrategyEvents.between(moved, DAY.minusDays(1), DAY).stream()
        .filter(e -> e.kind() == EventKind.STATUS_CHANGED).toList();
    assertEquals(1, events.size());
    assertEquals("The strategy changed state on 2026-06-01: draft → internal-review.", events.get(0).message().get(Locale.ENGLISH));
    assertEquals("Strategia și-a schimbat starea la 2026-06-01: draft → internal-review.",
        events.get(0).message().get(Locale.forLanguageTag("ro")));
  }
}
