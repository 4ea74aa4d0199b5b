package org.civicplan.governance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.IdSyntax;

/**
 * A written proposal received during a public consultation, with its answer.
 *
 * @param id unique among the proposals of a consultation (e.g. a registry number {@code P-12})
 * @param author who sent it
 * @param organisation the organisation the author speaks for, when declared in the document
 * @param receivedOn when it was registered
 * @param text what it proposes
 * @param concerns which part of the strategy it concerns: a JSON Pointer into the document (e.g.
 *     {@code /actions/3}) or a free reference (e.g. {@code "Objective OS-2"})
 * @param answer the answer; empty while unanswered
 */
public record Proposal(
    String id,
    String author,
    Optional<OrganisationId> organisation,
    LocalDate receivedOn,
    String text,
    Optional<String> concerns,
    Optional<ProposalAnswer> answer) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is invalid or the author or text is blank
   */
  public Proposal {
    IdSyntax.requireValid(id, "proposal");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(concerns, "concerns");
    Objects.requireNonNull(answer, "answer");
    if (author.isBlank()) {
      throw new IllegalArgumentException("author of proposal \"" + id + "\" must not be blank");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("text of proposal \"" + id + "\" must not be blank");
    }
  }

  /** An unanswered proposal. */
  public static Proposal of(String id, String author, LocalDate receivedOn, String text, String concerns) {
    return new Proposal(id, author, Optional.empty(), receivedOn, text, Optional.of(concerns), Optional.empty());
  }

  /** A copy with this answer. */
  public Proposal answered(ProposalAnswer newAnswer) {
    return new Proposal(id, author, organisation, receivedOn, text, concerns, Optional.of(newAnswer));
  }

  /** A copy answered with this decision and justification on a date. */
  public Proposal answered(ProposalDecision decision, String justification, LocalDate on) {
    return answered(new ProposalAnswer(decision, justification, Optional.of(on)));
  }
}
