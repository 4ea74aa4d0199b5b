package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.civicplan.strategy.Annex;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.base.MessageCatalog;
import org.civicplan.template.RuleContext;
import org.civicplan.base.Severity;
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
 *   <li>monitoring report: due in the year of the last report + {@code
 *       com.monitoring-report.interval-years} (2), or, before any report, in the year of signing +
 *       {@code com.monitoring-report.first-years} (4);
 *   <li>monitoring emission inventory: due in the year of the latest monitoring inventory (or of
 *       signing, if later or if there is none) + {@code com.inventory.interval-years} (4).
 * </ul>
 *
 * In the due year the rule reports an info, after it a warning.
 *
 * <p>Source: SECAP template structure (monitoring report within 4 years, then every 2 years; MEI at
 * least every 4 years) and JRC (edgar.jrc.ec.europa.eu); DOMAIN.md §1.2.
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
    Optional<String> asOfText = p.text(ClimateTemplate.COM_AS_OF);
    List<Annex> annexes = strategy.annexes();
    int index = CovenantRule.indexOf(annexes, CovenantCommitment.class);
    if (asOfText.isEmpty() || index < 0) {
      return;
    }
    int asOf;
    try {
      asOf = PlanDate.parse(asOfText.get().strip()).year();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "parameter " + ClimateTemplate.COM_AS_OF + " must be a date written YYYY, YYYY-MM or YYYY-MM-DD but was \""
              + asOfText.get() + "\"", e);
    }
    CovenantCommitment c = (CovenantCommitment) annexes.get(index);
    String path = "/annexes/" + index + "/data";

    int reportDue =
        c.lastMonitoringReport()
            .map(d -> d.year() + years(p, ClimateTemplate.COM_REPORT_INTERVAL_YEARS, 2))
            .orElse(c.signed().year() + years(p, ClimateTemplate.COM_REPORT_FIRST_YEARS, 4));
    report(context, asOf, reportDue, ClimateCodes.COM_MONITORING_REPORT_DUE, ClimateCodes.COM_MONITORING_REPORT_LATE,
        path + "/monitoringReports");

    int lastInventory =
        strategy.annexes(EmissionInventory.class).stream()
            .filter(e -> e.type() == InventoryType.MONITORING)
            .mapToInt(EmissionInventory::year)
            .max()
            .orElse(c.signed().year());
    int inventoryDue =
        Math.max(lastInventory, c.signed().year()) + years(p, ClimateTemplate.COM_INVENTORY_INTERVAL_YEARS, 4);
    report(context, asOf, inventoryDue, ClimateCodes.COM_MONITORING_INVENTORY_DUE,
        ClimateCodes.COM_MONITORING_INVENTORY_LATE, "/annexes");
  }

  private void report(RuleContext context, int asOf, int due, String dueCode, String lateCode, String path) {
    if (asOf == due) {
      context.report(messages.finding(Severity.INFO, dueCode, path, String.valueOf(due)));
    } else if (asOf > due) {
      context.report(messages.finding(Severity.WARNING, lateCode, path, String.valueOf(due), String.valueOf(asOf)));
    }
  }

  private static int years(Parameters p, String name, int defaultValue) {
    return p.decimal(name, BigDecimal.valueOf(defaultValue)).intValueExact();
  }
}
