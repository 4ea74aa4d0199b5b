// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.governance.BodyId;
import org.civicplan.strategy.Annex;

/**
 * The services-monitoring annex, kind {@value #KIND}: the yearly plan of the body that monitors
 * the social services of the directorate independently of it (the city's remit, issue 13 seed e:
 * "through an independent and equidistant functional unit"), with the services to visit, the
 * visits done, the quality standards checked (Law 197/2012 minimum quality standards; the
 * template's catalogue plus the city's own {@link #standards()}), what each check found, and the
 * recommendations with their follow-up. {@link ServicesMonitoringReport} summarises it per service
 * and per target group.
 *
 * @param year the year of the plan
 * @param body the monitoring body, a governance body of the strategy that monitors the directorate
 * @param standards the city's own quality standards, added to the template's catalogue
 * @param visits the visits planned and done
 */
public record ServicesMonitoring(int year, BodyId body, List<QualityStandard> standards, List<Visit> visits)
    implements Annex {

  /** The annex kind. */
  public static final String KIND = "services-monitoring";

  /**
   * Creates an instance from its components.
   *
   * @param year the year of the plan
   * @param body the monitoring body
   * @param standards the city's own quality standards
   * @param visits the visits planned and done
   * @throws NullPointerException if an argument or a list element is null
   */
  public ServicesMonitoring {
    Objects.requireNonNull(body, "body");
    standards = List.copyOf(standards);
    visits = List.copyOf(visits);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * A visit to one service.
   *
   * @param service the service's id in the social-services annex
   * @param planned the day planned
   * @param doneOn the day it took place, if it did
   * @param checks the standards checked and what was found
   * @param recommendations what the monitoring body recommended, with the follow-up
   */
  public record Visit(String service, LocalDate planned, Optional<LocalDate> doneOn, List<Check> checks,
      List<Recommendation> recommendations) {

    /**
     * Creates an instance from its components.
     *
     * @param service the service's id
     * @param planned the day planned
     * @param doneOn the day it took place, if it did
     * @param checks the standards checked
     * @param recommendations the recommendations
     * @throws NullPointerException if an argument or a list element is null
     */
    public Visit {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(planned, "planned");
      Objects.requireNonNull(doneOn, "doneOn");
      checks = List.copyOf(checks);
      recommendations = List.copyOf(recommendations);
    }

    /** {@return whether the visit took place} */
    public boolean done() {
      return doneOn.isPresent();
    }
  }

  /**
   * One quality standard checked during a visit.
   *
   * @param standard the standard's id
   * @param result met, partly met or not met
   * @param note what the monitor noted; empty if nothing
   */
  public record Check(String standard, CheckResult result, String note) {

    /**
     * Creates an instance from its components.
     *
     * @param standard the standard's id
     * @param result met, partly met or not met
     * @param note what the monitor noted
     * @throws NullPointerException if an argument is null
     */
    public Check {
      Objects.requireNonNull(standard, "standard");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * A recommendation of a visit and its follow-up.
   *
   * @param text what was recommended
   * @param due the day it should be carried out by, if set
   * @param followUp how far it has been carried out
   */
  public record Recommendation(String text, Optional<LocalDate> due, FollowUp followUp) {

    /**
     * Creates an instance from its components.
     *
     * @param text what was recommended
     * @param due the day it should be carried out by, if set
     * @param followUp how far it has been carried out
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is blank
     */
    public Recommendation {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(followUp, "followUp");
      if (text.isBlank()) {
        throw new IllegalArgumentException("recommendation text must not be blank");
      }
    }
  }
}
