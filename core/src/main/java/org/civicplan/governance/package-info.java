// SPDX-License-Identifier: Apache-2.0
/**
 * Governance of a strategy as values: the organisations involved, the bodies that draft, steer
 * and monitor it, the public consultation with its proposals and answers (Law 52/2003), Local
 * Council decisions, memberships with their contributions, partnership projects, the lifecycle
 * state and the change history.
 *
 * <p>Main types: {@link org.civicplan.governance.Governance} (bodies, decisions, consultations,
 * memberships, projects) held by a strategy; {@link org.civicplan.governance.GovernanceBody} and
 * its {@link org.civicplan.governance.Member}s; {@link org.civicplan.governance.Consultation} with
 * {@link org.civicplan.governance.Proposal}s and {@link org.civicplan.governance.PublicDebate};
 * {@link org.civicplan.governance.CouncilDecision}; {@link
 * org.civicplan.governance.Organisation}; {@link org.civicplan.governance.LifecycleState};
 * {@link org.civicplan.governance.ChangeRecord}. This package holds values only: the rules that
 * check them are in {@code org.civicplan.validation}, the transitions between lifecycle states in
 * {@code org.civicplan.lifecycle} and the consultation report in {@code org.civicplan.report}.
 *
 * <pre>{@code
 * Consultation consultation =
 *     Consultation.announced(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 12));
 * }</pre>
 */
@NullMarked
package org.civicplan.governance;

import org.jspecify.annotations.NullMarked;
