// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.strategy.Annex;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.base.MessageCatalog;
import org.civicplan.template.RuleContext;
import org.civicplan.base.Severity;
import org.civicplan.template.Obligation;
import org.civicplan.template.ValidationRule;

/**
 * The Covenant of Mayors reporting cadence, checked at the as-of date given by parameter {@code
 * com.as-of} ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}). Without that parameter the
 * rule reports nothing: validation never reads the clock, so the same document and parameters
 * always give the same findings; a caller that wants today's status passes today's date.
 *
 * <p>Years are compared, not days:
 *
 * <ul>
 *   <li>action plan (SECAP): due in the year of signing + {@code com.action-plan.years} (2); while
 *       it is not submitted (or submitted after the as-of date) the rule reports it due in that
 *       year and late after it; a plan submitted after its due year is reported as submitted late;
 *   <li>monitoring report: due in the year of the last report + {@code
 *       com.monitoring-report.interval-years} (2), or, before any report, in the year the action
 *       plan was submitted + {@code com.monitoring-report.first-years} (4) — counted from signing
 *       while the plan is not submitted, or always when {@code com.monitoring-report.first-from} is
 *       {@code signing};
 *   <li>monitoring emission inventory: due in the year of the latest monitoring inventory (or of
 *       signing, if later or if there is none) + {@code com.inventory.interval-years} (4).
 * </ul>
 *
 * In the due year the rule reports an info, after it a warning.
 *
 * <p>Sources: the 2015 covenant (SECAP within 2 years of signing: mayors-adapt.eu FAQ §0.2,
 * covenantofmayors.eu; DOMAIN.md §1.1); the SECAP template structure (within 2 years the SECAP,
 * within 4 years and then every 2 years a monitoring report; MEI at least every 4 years) and JRC
 * (edgar.jrc.ec.europa.eu; DOMAIN.md §1.2). The template's description does not say from which
 * event the 4 years run; they are counted from the plan's submission by default, from signing with
 * {@code com.monitoring-report.first-from = signing}.
 */
final class CovenantCadenceRule implements ValidationRule {

  private final MessageCatalog messages;

  CovenantCadenceRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "climate.covenant.cadence";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    Parameters p = context.parameters();
    Optional<PlanDate> asOfDate = p.planDate(ClimateTemplate.COM_AS_OF);
    List<Annex> annexes = strategy.annexes();
    int index = CovenantRule.indexOf(annexes, CovenantCommitment.class);
    if (asOfDate.isEmpty() || index < 0) {
      return;
    }
    int asOf = asOfDate.get().year();
    CovenantCommitment c = (CovenantCommitment) annexes.get(index);
    String path = "/annexes/" + index + "/data";

    PlanDate asOfAt = asOfDate.get();
    int planDue = actionPlanDueYear(c, p);
    Optional<PlanDate> submitted = c.actionPlanSubmitted().filter(d -> d.compareTo(asOfAt) <= 0);
    if (submitted.isEmpty()) {
      report(context, asOf, planDue, ClimateCodes.COM_ACTION_PLAN_DUE, ClimateCodes.COM_ACTION_PLAN_LATE, path);
    } else if (submitted.get().year() > planDue) {
      context.report(messages.finding(Severity.INFO, ClimateCodes.COM_ACTION_PLAN_SUBMITTED_LATE,
          path + "/actionPlanSubmitted", submitted.get().toString(), String.valueOf(planDue)));
    }

    int reportDue = reportDueYear(c, p);
    report(context, asOf, reportDue, ClimateCodes.COM_MONITORING_REPORT_DUE, ClimateCodes.COM_MONITORING_REPORT_LATE,
        path + "/monitoringReports");

    int inventoryDue = inventoryDueYear(strategy, c, p);
    report(context, asOf, inventoryDue, ClimateCodes.COM_MONITORING_INVENTORY_DUE,
        ClimateCodes.COM_MONITORING_INVENTORY_LATE, "/annexes");
  }

  /**
   * What the cadence makes due and not yet done at {@code asOf}, each on 31 December of its due
   * year (the cadence counts years): the action plan while not submitted by {@code asOf}, the next
   * monitoring report and the next monitoring emission inventory; none without a commitment.
   */
  static List<Obligation> obligations(Strategy strategy, LocalDate asOf, Parameters p) {
    Optional<CovenantCommitment> commitment = strategy.annexes(CovenantCommitment.class).stream().findFirst();
    if (commitment.isEmpty()) {
      return List.of();
    }
    CovenantCommitment c = commitment.get();
    String source = "Covenant of Mayors: SECAP template; JRC (DOMAIN.md §1.1, §1.2)";
    List<Obligation> out = new ArrayList<>();
    if (c.actionPlanSubmitted().filter(d -> !d.firstDay().isAfter(asOf)).isEmpty()) {
      out.add(obligation(actionPlanDueYear(c, p), "climate.action-plan", source));
    }
    out.add(obligation(reportDueYear(c, p), "climate.monitoring-report", source));
    out.add(obligation(inventoryDueYear(strategy, c, p), "climate.monitoring-inventory", source));
    return out;
  }

  private static Obligation obligation(int year, String code, String source) {
    return new Obligation(LocalDate.of(year, 12, 31), code, String.valueOf(year),
        ClimateReport.LABELS.text("obligation." + code.substring("climate.".length())), source);
  }

  /** The year the action plan is due, as the class comment says. */
  static int actionPlanDueYear(CovenantCommitment c, Parameters p) {
    return c.signed().year() + p.integer(ClimateTemplate.COM_ACTION_PLAN_YEARS);
  }

  /** The year the next monitoring report is due, as the class comment says. */
  static int reportDueYear(CovenantCommitment c, Parameters p) {
    boolean fromSigning = p.text(ClimateTemplate.COM_REPORT_FIRST_FROM).map("signing"::equals).orElse(false);
    int start = fromSigning ? c.signed().year() : c.actionPlanSubmitted().map(PlanDate::year).orElse(c.signed().year());
    return c.lastMonitoringReport()
        .map(d -> d.year() + p.integer(ClimateTemplate.COM_REPORT_INTERVAL_YEARS))
        .orElse(start + p.integer(ClimateTemplate.COM_REPORT_FIRST_YEARS));
  }

  /** The year the next monitoring emission inventory is due, as the class comment says. */
  static int inventoryDueYear(Strategy strategy, CovenantCommitment c, Parameters p) {
    int lastInventory =
        strategy.annexes(EmissionInventory.class).stream()
            .filter(e -> e.type() == InventoryType.MONITORING)
            .mapToInt(EmissionInventory::year)
            .max()
            .orElse(c.signed().year());
    return Math.max(lastInventory, c.signed().year()) + p.integer(ClimateTemplate.COM_INVENTORY_INTERVAL_YEARS);
  }

  private void report(RuleContext context, int asOf, int due, String dueCode, String lateCode, String path) {
    if (asOf == due) {
      context.report(messages.finding(Severity.INFO, dueCode, path, String.valueOf(due)));
    } else if (asOf > due) {
      context.report(messages.finding(Severity.WARNING, lateCode, path, String.valueOf(due), String.valueOf(asOf)));
    }
  }
}
