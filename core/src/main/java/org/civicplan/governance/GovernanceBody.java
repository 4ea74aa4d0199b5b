package org.civicplan.governance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;
import jakarta.validation.Valid;
import org.civicplan.base.TextLength;

/**
 * A body that makes or follows a strategy.
 *
 * @param id unique among the bodies of a document
 * @param kind management team, consultative committee, working group or monitoring committee
 * @param name the localized name
 * @param members the people in it
 * @param sector the sector a working group drafts (e.g. {@code "mobility"}); empty otherwise
 * @param objectives the objectives the body owns (a working group: those of its sector)
 * @param actions the actions the body owns
 * @param monitors the organisations whose services the body monitors; such a body must have no
 *     member from them (the independence rule)
 */
public record GovernanceBody(BodyId id, BodyKind kind, @TextLength(max = 300) LocalizedText name, List<@Valid Member> members,
    Optional<String> sector,
    List<ObjectiveId> objectives,
    List<ActionId> actions,
    List<OrganisationId> monitors) {

  /**
   * @throws NullPointerException if an argument or a list element is null
   */
  public GovernanceBody {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    members = List.copyOf(members);
    Objects.requireNonNull(sector, "sector");
    objectives = List.copyOf(objectives);
    actions = List.copyOf(actions);
    monitors = List.copyOf(monitors);
  }

  /**
   * A body that owns nothing and monitors no one yet.
   *
   * @throws NullPointerException if an argument or a member is null
   */
  public GovernanceBody(BodyId id, BodyKind kind, LocalizedText name, List<Member> members) {
    this(id, kind, name, members, Optional.empty(), List.of(), List.of(), List.of());
  }

  /** A copy drafting this sector. */
  public GovernanceBody withSector(String newSector) {
    return new GovernanceBody(id, kind, name, members, Optional.of(newSector), objectives, actions, monitors);
  }

  /** A copy owning these objectives. */
  public GovernanceBody withObjectives(List<ObjectiveId> newObjectives) {
    return new GovernanceBody(id, kind, name, members, sector, newObjectives, actions, monitors);
  }

  /** A copy owning these actions. */
  public GovernanceBody withActions(List<ActionId> newActions) {
    return new GovernanceBody(id, kind, name, members, sector, objectives, newActions, monitors);
  }

  /** A copy monitoring the services of these organisations. */
  public GovernanceBody withMonitors(List<OrganisationId> newMonitors) {
    return new GovernanceBody(id, kind, name, members, sector, objectives, actions, newMonitors);
  }

  /** A copy with these members. */
  public GovernanceBody withMembers(List<Member> newMembers) {
    return new GovernanceBody(id, kind, name, newMembers, sector, objectives, actions, monitors);
  }

  /** The members with this role, in document order. */
  public Stream<Member> members(MemberRole role) {
    return members.stream().filter(m -> m.role() == role);
  }

  /** The coordinator when there is exactly one. */
  public Optional<Member> coordinator() {
    List<Member> all = members(MemberRole.COORDINATOR).toList();
    return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
  }
}
