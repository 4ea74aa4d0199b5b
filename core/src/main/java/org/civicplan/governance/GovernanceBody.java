package org.civicplan.governance;

import java.util.List;
import java.util.Objects;
import org.civicplan.strategy.LocalizedText;
import jakarta.validation.Valid;
import org.civicplan.validation.TextLength;

/**
 * A body that makes or follows a strategy.
 *
 * @param id unique among the bodies of a document
 * @param kind management team, consultative committee, working group or monitoring committee
 * @param name the localized name
 * @param members the people in it
 */
public record GovernanceBody(BodyId id, BodyKind kind, @TextLength(max = 300) LocalizedText name, List<@Valid Member> members) {

  /**
   * @throws NullPointerException if an argument or a member is null
   */
  public GovernanceBody {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    members = List.copyOf(members);
  }
}
