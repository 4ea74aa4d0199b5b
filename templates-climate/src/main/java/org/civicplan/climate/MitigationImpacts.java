// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.util.List;
import org.civicplan.strategy.Annex;

/**
 * The mitigation impacts annex, kind {@value #KIND}: the estimated impact of each mitigation action
 * and, optionally, a business-as-usual projection. With the baseline inventory and the Covenant
 * target they give the target gap analysis ({@link ClimateMonitoring#gapAnalysis}): do the
 * committed reductions reach the target?
 *
 * <p>Source: the SECAP template asks, per mitigation action, for the energy saved, the renewable
 * energy produced and the CO2 reduced (JRC CoM approach, DOMAIN.md §1.1–1.3).
 *
 * @param impacts the estimates, one per action at most, in document order
 * @param businessAsUsual the business-as-usual projection, by year; may be empty
 */
public record MitigationImpacts(List<ActionImpact> impacts, List<ProjectedEmissions> businessAsUsual)
    implements Annex {

  /** The annex kind. */
  public static final String KIND = "mitigation-impacts";

  /**
   * Creates an instance from its components.
   *
   * @param impacts the estimates, one per action at most, in document order
   * @param businessAsUsual the business-as-usual projection, by year; may be empty
   * @throws NullPointerException if a list or an element is null
   */
  public MitigationImpacts {
    impacts = List.copyOf(impacts);
    businessAsUsual = List.copyOf(businessAsUsual);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
