// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.base.PlanDate;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DerivedMeasurement;

/**
 * The values of catalogue indicators the social-services annex holds:
 *
 * <ul>
 *   <li>{@code SOC-08} licensed social services: the operating services whose licence is in force
 *       on the annex's date, at that date;
 *   <li>{@code SOC-09} annual plan transmitted to the county service (Law 292/2011 art. 115(2)): 1
 *       for each plan year whose plan records the day it was sent;
 *   <li>{@code SOC-10} data reported to the ministry by 31 May (art. 115(3)): for each year with a
 *       data report, 1 when it was sent by 31 May of the following year and 0 when later.
 * </ul>
 *
 * <p>The yes/no indicators are dated by year (the year of the plan or of the data).
 */
final class SocialMeasurements {

  static final IndicatorId LICENSED = IndicatorId.of("SOC-08");
  static final IndicatorId PLAN_SENT = IndicatorId.of("SOC-09");
  static final IndicatorId DATA_SENT = IndicatorId.of("SOC-10");

  private SocialMeasurements() {}

  static List<DerivedMeasurement> of(Strategy strategy) {
    List<DerivedMeasurement> out = new ArrayList<>();
    for (SocialServices a : strategy.annexes(SocialServices.class)) {
      long licensed = a.services().stream()
          .filter(s -> s.operating() && s.licence().filter(l -> !l.expiredOn(a.asOf())).isPresent()).count();
      out.add(DerivedMeasurement.of(LICENSED, PlanDate.of(a.asOf()), licensed, SocialServices.KIND, "services on " + a.asOf()));
      for (SocialServices.AnnualPlan p : a.annualPlans()) {
        if (p.sentToCountyOn().isPresent()) {
          out.add(DerivedMeasurement.of(PLAN_SENT, PlanDate.ofYear(p.year()), 1, SocialServices.KIND,
              "annual plan " + p.year() + " sent " + p.sentToCountyOn().get()));
        }
      }
      for (SocialServices.DataReport r : a.dataReports()) {
        boolean onTime = !r.sentOn().isAfter(ReportingDeadlines.DATA_DUE.atYear(r.year() + 1));
        out.add(DerivedMeasurement.of(DATA_SENT, PlanDate.ofYear(r.year()), onTime ? 1 : 0, SocialServices.KIND,
            "data " + r.year() + " sent " + r.sentOn()));
      }
    }
    return out;
  }
}
