// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jakarta.validation.Valid;

/**
 * How a strategy is governed: its bodies, the council decisions about it, its public
 * consultations, the associations the city belongs to and the partnership projects.
 *
 * @param bodies management team, consultative committee, working groups, monitoring committee
 * @param decisions council decisions, oldest first
 * @param consultations public consultations under Law 52/2003, oldest first (a revision after
 *     approval is consulted again)
 * @param memberships associations the city belongs to, with their contributions
 * @param projects partnership projects with Local Action Groups and NGOs
 * @param engagements the stakeholder engagement log: invitations, meetings and workshops, oldest first
 */
public record Governance(List<@Valid GovernanceBody> bodies, List<@Valid CouncilDecision> decisions,
    List<@Valid Consultation> consultations,
    List<@Valid Membership> memberships,
    List<@Valid PartnershipProject> projects,
    List<@Valid Engagement> engagements) {

  private static final Governance EMPTY = new Governance(List.of(), List.of());

  /**
   * Creates an instance from its components.
   *
   * @param bodies management team, consultative committee, working groups, monitoring committee
   * @param decisions council decisions, oldest first
   * @param consultations public consultations under Law 52/2003, oldest first (a revision after
   *     approval is consulted again)
   * @param memberships associations the city belongs to, with their contributions
   * @param projects partnership projects with Local Action Groups and NGOs
   * @param engagements the stakeholder engagement log, oldest first
   * @throws NullPointerException if a list or an element is null
   */
  public Governance {
    bodies = List.copyOf(bodies);
    decisions = List.copyOf(decisions);
    consultations = List.copyOf(consultations);
    memberships = List.copyOf(memberships);
    projects = List.copyOf(projects);
    engagements = List.copyOf(engagements);
  }

  /**
   * Governance with no engagement log.
   *
   * @param bodies management team, consultative committee, working groups, monitoring committee
   * @param decisions council decisions, oldest first
   * @param consultations public consultations under Law 52/2003, oldest first
   * @param memberships associations the city belongs to, with their contributions
   * @param projects partnership projects with Local Action Groups and NGOs
   * @throws NullPointerException if a list or an element is null
   */
  public Governance(List<GovernanceBody> bodies, List<CouncilDecision> decisions, List<Consultation> consultations,
      List<Membership> memberships, List<PartnershipProject> projects) {
    this(bodies, decisions, consultations, memberships, projects, List.of());
  }

  /**
   * Bodies and decisions only.
   *
   * @param bodies management team, consultative committee, working groups, monitoring committee
   * @param decisions council decisions, oldest first
   * @throws NullPointerException if a list or an element is null
   */
  public Governance(List<GovernanceBody> bodies, List<CouncilDecision> decisions) {
    this(bodies, decisions, List.of(), List.of(), List.of());
  }

  /** {@return governance with no bodies and no decisions yet} */
  public static Governance empty() {
    return EMPTY;
  }

  /**
   * {@return the bodies of one kind, in document order}
   *
   * @param kind the kind of body
   */
  public Stream<GovernanceBody> bodies(BodyKind kind) {
    return bodies.stream().filter(b -> b.kind() == kind);
  }

  /** {@return the latest consultation, if any} */
  public Optional<Consultation> lastConsultation() {
    return consultations.isEmpty() ? Optional.empty() : Optional.of(consultations.get(consultations.size() - 1));
  }

  /** {@return the latest council decision, if any} */
  public Optional<CouncilDecision> lastDecision() {
    return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
  }

  /**
   * {@return a copy with these bodies}
   *
   * @param newBodies the bodies of the copy
   */
  public Governance withBodies(List<GovernanceBody> newBodies) {
    return new Governance(newBodies, decisions, consultations, memberships, projects, engagements);
  }

  /**
   * {@return a copy with these decisions}
   *
   * @param newDecisions the decisions of the copy
   */
  public Governance withDecisions(List<CouncilDecision> newDecisions) {
    return new Governance(bodies, newDecisions, consultations, memberships, projects, engagements);
  }

  /**
   * {@return a copy with these consultations}
   *
   * @param newConsultations the consultations of the copy
   */
  public Governance withConsultations(List<Consultation> newConsultations) {
    return new Governance(bodies, decisions, newConsultations, memberships, projects, engagements);
  }

  /**
   * {@return a copy with these memberships}
   *
   * @param newMemberships the memberships of the copy
   */
  public Governance withMemberships(List<Membership> newMemberships) {
    return new Governance(bodies, decisions, consultations, newMemberships, projects, engagements);
  }

  /**
   * {@return a copy with these partnership projects}
   *
   * @param newProjects the projects of the copy
   */
  public Governance withProjects(List<PartnershipProject> newProjects) {
    return new Governance(bodies, decisions, consultations, memberships, newProjects, engagements);
  }

  /**
   * {@return a copy with this engagement log}
   *
   * @param newEngagements the engagement log of the copy, oldest first
   */
  public Governance withEngagements(List<Engagement> newEngagements) {
    return new Governance(bodies, decisions, consultations, memberships, projects, newEngagements);
  }
}
