package org.civicplan.climate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Annex;
import org.civicplan.base.PlanDate;

/**
 * The Covenant of Mayors commitment annex, kind {@value #KIND}: its presence says the city is a
 * signatory (DOMAIN.md §1.1–1.2).
 *
 * <p>The template's rules then require a 2030 reduction target of at least the commitment chosen
 * (parameter {@code com.reduction.min}: 40 % for the 2015 commitment; 55 % for cities adopting the
 * newer ambition, whose text was not verified), a 2050 climate-neutrality statement for
 * commitments from 2021 on, and both an emission inventory and a risk assessment attached. The
 * reporting dates feed the Covenant cadence rules.
 *
 * @param signed when the city council decided to join
 * @param targets the reduction targets against the baseline
 * @param neutralityBy the year by which the city commits to climate neutrality, if it does
 * @param actionPlanSubmitted when the SECAP was submitted, if it was
 * @param monitoringReports when monitoring reports were submitted, in any order
 */
public record CovenantCommitment(
    PlanDate signed,
    List<ReductionTarget> targets,
    Optional<PlanDate> neutralityBy,
    Optional<PlanDate> actionPlanSubmitted,
    List<PlanDate> monitoringReports)
    implements Annex {

  /** The annex kind. */
  public static final String KIND = "covenant-commitment";

  /**
   * @throws NullPointerException if an argument or a list element is null
   */
  public CovenantCommitment {
    Objects.requireNonNull(signed, "signed");
    targets = List.copyOf(targets);
    Objects.requireNonNull(neutralityBy, "neutralityBy");
    Objects.requireNonNull(actionPlanSubmitted, "actionPlanSubmitted");
    monitoringReports = List.copyOf(monitoringReports);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** The first target for {@code year}, if any. */
  public Optional<ReductionTarget> target(int year) {
    return targets.stream().filter(t -> t.year() == year).findFirst();
  }

  /** The latest monitoring report date, if any. */
  public Optional<PlanDate> lastMonitoringReport() {
    return monitoringReports.stream().max(PlanDate::compareTo);
  }
}
