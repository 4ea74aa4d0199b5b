package org.civicplan.governance;

import org.civicplan.lifecycle.Lifecycle;
import org.civicplan.validation.ConsultationTerms;
import org.civicplan.validation.GovernanceRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A public consultation on the draft strategy under the Romanian law on decisional transparency
 * (Law 52/2003, republished MO 749/3 Dec 2013): the announcement, the period for written
 * proposals, requests for a public debate, the debate itself, the proposals received with their
 * answers, and the date the consultation closed.
 *
 * <p>Whether the dates meet the law is checked by rules ({@link GovernanceRules}) and by the
 * {@link Lifecycle}, using {@link ConsultationTerms}; this record only holds the facts.
 *
 * @param announcedOn the date the draft and the announcement were published
 * @param proposalsUntil the last day written proposals are received
 * @param debateRequests requests for a public debate, in the order received
 * @param debate the public debate, when held
 * @param proposals the proposals received, in the order received
 * @param closedOn the date the consultation closed (the draft left consultation)
 */
public record Consultation(
    LocalDate announcedOn,
    LocalDate proposalsUntil,
    List<DebateRequest> debateRequests,
    Optional<PublicDebate> debate,
    List<Proposal> proposals,
    Optional<LocalDate> closedOn) {

  /**
   * @throws NullPointerException if an argument or a list element is null
   */
  public Consultation {
    Objects.requireNonNull(announcedOn, "announcedOn");
    Objects.requireNonNull(proposalsUntil, "proposalsUntil");
    debateRequests = List.copyOf(debateRequests);
    Objects.requireNonNull(debate, "debate");
    proposals = List.copyOf(proposals);
    Objects.requireNonNull(closedOn, "closedOn");
  }

  /** An open consultation announced on a date, receiving proposals until another. */
  public static Consultation announced(LocalDate announcedOn, LocalDate proposalsUntil) {
    return new Consultation(announcedOn, proposalsUntil, List.of(), Optional.empty(), List.of(), Optional.empty());
  }

  /** Whether it has not closed yet. */
  public boolean open() {
    return closedOn.isEmpty();
  }

  /** The proposals with no answer yet, in the order received. */
  public List<Proposal> unanswered() {
    return proposals.stream().filter(p -> p.answer().isEmpty()).toList();
  }

  /**
   * Whether a public debate is mandatory: a legally constituted association or another public
   * authority asked for one (Law 52/2003).
   */
  public boolean debateRequired() {
    return debateRequests.stream().anyMatch(r -> r.kind().obligesDebate());
  }

  /** A copy with this proposal added at the end. */
  public Consultation withProposal(Proposal proposal) {
    List<Proposal> all = new java.util.ArrayList<>(proposals);
    all.add(proposal);
    return new Consultation(announcedOn, proposalsUntil, debateRequests, debate, all, closedOn);
  }

  /** A copy with these proposals. */
  public Consultation withProposals(List<Proposal> newProposals) {
    return new Consultation(announcedOn, proposalsUntil, debateRequests, debate, newProposals, closedOn);
  }

  /** A copy with this debate request added at the end. */
  public Consultation withDebateRequest(DebateRequest request) {
    List<DebateRequest> all = new java.util.ArrayList<>(debateRequests);
    all.add(request);
    return new Consultation(announcedOn, proposalsUntil, all, debate, proposals, closedOn);
  }

  /** A copy recording the public debate. */
  public Consultation withDebate(PublicDebate held) {
    return new Consultation(announcedOn, proposalsUntil, debateRequests, Optional.of(held), proposals, closedOn);
  }

  /** A copy closed on a date. */
  public Consultation closedOn(LocalDate date) {
    return new Consultation(announcedOn, proposalsUntil, debateRequests, debate, proposals, Optional.of(date));
  }
}
