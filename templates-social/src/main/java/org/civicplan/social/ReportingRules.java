// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.template.RuleKit;
import org.civicplan.template.ValidationRule;

/** The reporting deadlines as findings (Law 292/2011 art. 115(2)-(3)); codes in {@link SocialCodes}. */
final class ReportingRules {

  private ReportingRules() {}

  /** A finding to report: severity, code, path and message arguments. */
  record Item(Severity severity, String code, String path, Object[] args) {

    Finding finding(MessageCatalog messages) {
      return messages.finding(severity, code, path, args);
    }
  }

  /** With parameter {@code reporting.as-of} set, the deadlines due or late at that date. */
  static ValidationRule reporting(RuleKit kit) {
    return kit.rule(SocialCodes.RULE_REPORTING, (strategy, report) -> {
      Optional<LocalDate> asOf = report.parameters().date(ReportingDeadlines.AS_OF);
      if (asOf.isPresent()) {
        items(strategy, asOf.get(), report.parameters()).forEach(i -> report.report(i.severity(), i.code(), i.path(), i.args()));
      }
    });
  }

  /**
   * The deadlines due ({@value SocialCodes#REPORTING_DUE}, information) or late ({@value
   * SocialCodes#REPORTING_LATE}, warning) at {@code asOf}.
   */
  static List<Item> items(Strategy strategy, LocalDate asOf, Parameters parameters) {
    List<Item> out = new ArrayList<>();
    int annex = -1;
    for (int i = 0; i < strategy.annexes().size() && annex < 0; i++) {
      if (strategy.annexes().get(i) instanceof SocialServices) {
        annex = i;
      }
    }
    for (ReportingDeadlines.Deadline d : ReportingDeadlines.of(strategy, asOf, parameters).deadlines()) {
      String path = d.obligation() == ReportingDeadlines.Obligation.ANNUAL_PLAN
          ? "/annexes/" + annex + "/data/annualPlans/" + d.index()
          : "/annexes/" + annex + "/data/dataReports";
      Object[] args = {Names.of(d.obligation()), Integer.toString(d.year()), d.due().toString(), asOf.toString()};
      if (d.state() == ReportingDeadlines.State.LATE) {
        out.add(new Item(Severity.WARNING, SocialCodes.REPORTING_LATE, path, args));
      } else if (d.state() == ReportingDeadlines.State.DUE) {
        out.add(new Item(Severity.INFO, SocialCodes.REPORTING_DUE, path, args));
      }
    }
    return out;
  }
}
