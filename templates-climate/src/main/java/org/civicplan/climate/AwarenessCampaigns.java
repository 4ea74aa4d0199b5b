// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.util.List;
import org.civicplan.strategy.Annex;

/**
 * The awareness campaigns annex, kind {@value #KIND}: what the city tells whom, how and when, and
 * how many people it reached. Each campaign may name the strategy indicator that reports its reach
 * (e.g. catalogue indicator {@code CLI-X2}).
 *
 * @param campaigns the campaigns, in document order
 */
public record AwarenessCampaigns(List<Campaign> campaigns) implements Annex {

  /** The annex kind. */
  public static final String KIND = "awareness-campaigns";

  /**
   * Creates an instance from its components.
   *
   * @param campaigns the campaigns, in document order
   * @throws NullPointerException if the list or an element is null
   */
  public AwarenessCampaigns {
    campaigns = List.copyOf(campaigns);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** {@return the participants reached by all campaigns together} */
  public long reachedParticipants() {
    return campaigns.stream().mapToLong(c -> c.reachedParticipants().orElse(0L)).sum();
  }
}
