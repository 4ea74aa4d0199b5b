// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import org.civicplan.strategy.DocumentPaths;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.ContributionPayment;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.Governance;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Membership;
import org.civicplan.governance.Proposal;
import static org.civicplan.validation.GovernanceMessages.CATALOG;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.RuleContext;
import org.civicplan.base.Severity;
import org.civicplan.template.ValidationRule;

/**
 * The rules on public consultation and council approval (Law 52/2003 on decisional
 * transparency), on memberships and on partnership projects. The day counts come from {@link
 * ConsultationTerms#from} of the rule parameters.
 */
final class ConsultationRules {

  /** States in which the draft has been submitted to the council. */
  static final Set<LifecycleState> SUBMITTED_OR_LATER = EnumSet.of(
      LifecycleState.SUBMITTED, LifecycleState.APPROVED, LifecycleState.IN_IMPLEMENTATION,
      LifecycleState.UNDER_REVISION, LifecycleState.CLOSED);

  /** States in which the strategy has been approved. */
  static final Set<LifecycleState> APPROVED_OR_LATER = EnumSet.of(
      LifecycleState.APPROVED, LifecycleState.IN_IMPLEMENTATION, LifecycleState.UNDER_REVISION, LifecycleState.CLOSED);

  private ConsultationRules() {}

  /** The dates, debate and answers of each consultation, and the dates of council decisions. */
  static final class Dates implements ValidationRule {
    @Override
    public String id() {
      return "governance.consultation";
    }

    @Override
    public void check(Strategy strategy, RuleContext context) {
      ConsultationTerms terms = ConsultationTerms.from(context.parameters());
      Governance g = strategy.governance();
      for (int c = 0; c < g.consultations().size(); c++) {
        checkConsultation(g.consultations().get(c), DocumentPaths.consultation(c), terms, context);
      }
      for (int d = 0; d < g.decisions().size(); d++) {
        CouncilDecision decision = g.decisions().get(d);
        Optional<Consultation> before = g.consultations().stream()
            .filter(c -> !c.announcedOn().isAfter(decision.date()))
            .reduce((first, second) -> second);
        if (before.isPresent()) {
          java.time.LocalDate earliest = terms.earliestSubmission(before.get().announcedOn());
          if (decision.date().isBefore(earliest)) {
            context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.CONSULTATION_COUNCIL_TOO_EARLY,
                "/governance/decisions/" + d + "/date", decision.number(), decision.date().toString(),
                earliest.toString(), terms.submissionTerm(before.get().announcedOn()).explanation()));
          }
        }
      }
      if (SUBMITTED_OR_LATER.contains(strategy.state()) && g.consultations().isEmpty()) {
        context.report(CATALOG.finding(Severity.WARNING, GovernanceCodes.CONSULTATION_MISSING,
            "/state", strategy.state().kebab()));
      }
      if (APPROVED_OR_LATER.contains(strategy.state()) && g.decisions().isEmpty()) {
        context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.DECISION_MISSING,
            "/state", strategy.state().kebab()));
      }
    }

    private static void checkConsultation(Consultation c, String path, ConsultationTerms terms, RuleContext context) {
      if (c.proposalsUntil().isBefore(terms.minimumProposalsUntil(c.announcedOn()))) {
        context.report(CATALOG.finding(Severity.WARNING, GovernanceCodes.CONSULTATION_PROPOSAL_PERIOD_SHORT,
            path + "/proposalsUntil", c.announcedOn().toString(), c.proposalsUntil().toString(), terms.proposalSpan()));
      }
      for (int p = 0; p < c.proposals().size(); p++) {
        Proposal proposal = c.proposals().get(p);
        if (proposal.answer().isPresent() && proposal.answer().get().justification().isBlank()) {
          context.report(CATALOG.finding(Severity.WARNING, GovernanceCodes.CONSULTATION_ANSWER_UNJUSTIFIED,
              path + "/proposals/" + p + "/answer/justification", proposal.id()));
        }
      }
      if (c.closedOn().isEmpty()) {
        return;
      }
      java.time.LocalDate closed = c.closedOn().get();
      for (int p = 0; p < c.proposals().size(); p++) {
        Proposal proposal = c.proposals().get(p);
        if (proposal.answer().isEmpty()) {
          context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.CONSULTATION_PROPOSAL_UNANSWERED,
              path + "/proposals/" + p, proposal.id(), proposal.author(), closed.toString()));
        }
      }
      if (c.debateRequired() && c.debate().isEmpty()) {
        DebateRequest request = c.debateRequests().stream().filter(r -> r.kind().obligesDebate()).findFirst().orElseThrow();
        context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.CONSULTATION_DEBATE_MISSING,
            path + "/debateRequests/" + c.debateRequests().indexOf(request), request.requester()));
      }
      java.time.LocalDate earliest = terms.earliestSubmission(c.announcedOn());
      if (closed.isBefore(earliest)) {
        context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.CONSULTATION_SUBMITTED_TOO_EARLY,
            path + "/closedOn", c.announcedOn().toString(), closed.toString(), earliest.toString(), terms.submissionTerm(c.announcedOn()).explanation()));
      }
    }
  }

  /** Membership payments are in the contribution currency; partnership projects name existing actions. */
  static final class MembershipsAndProjects implements ValidationRule {
    @Override
    public String id() {
      return "governance.memberships-projects";
    }

    @Override
    public void check(Strategy strategy, RuleContext context) {
      Governance g = strategy.governance();
      for (int m = 0; m < g.memberships().size(); m++) {
        Membership membership = g.memberships().get(m);
        List<ContributionPayment> payments = membership.payments();
        for (int p = 0; p < payments.size(); p++) {
          ContributionPayment payment = payments.get(p);
          if (!payment.amount().currency().equals(membership.annualContribution().currency())) {
            context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.MEMBERSHIP_PAYMENT_CURRENCY,
                "/governance/memberships/" + m + "/payments/" + p + "/amount", payment.amount().toString(),
                membership.id(), membership.annualContribution().currency().getCurrencyCode()));
          }
        }
      }
      Set<ActionId> actions = new HashSet<>();
      strategy.actions().stream().map(Action::id).forEach(actions::add);
      for (int p = 0; p < g.projects().size(); p++) {
        ActionId action = g.projects().get(p).action();
        if (!actions.contains(action)) {
          context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.PROJECT_ACTION_UNKNOWN,
              "/governance/projects/" + p + "/action", action.value()));
        }
      }
    }
  }
}
