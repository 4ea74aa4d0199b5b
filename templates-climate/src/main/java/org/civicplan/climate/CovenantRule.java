package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.base.MessageCatalog;
import org.civicplan.template.RuleContext;
import org.civicplan.base.Severity;
import org.civicplan.template.ValidationRule;

/**
 * The Covenant of Mayors commitments of a signatory (a strategy with a {@link CovenantCommitment}
 * annex, or with parameter {@code com.signatory = true}): a 2030 reduction target of at least
 * {@code com.reduction.min} percent (error), a climate-neutrality year no later than {@code
 * com.neutrality.by} for commitments signed from {@code com.neutrality.from-year} on (warning),
 * and both a baseline emission inventory and a risk and vulnerability assessment (errors).
 *
 * <p>Sources (DOMAIN.md §1.1): mayors-adapt.eu FAQ (≥ 40 % by 2030, SECAP on a BEI and an RVA);
 * eu-mayors.ec.europa.eu (2021 vision: neutrality by 2050). The 55 % commitment text was not
 * verified, so it is only a value the parameter may take.
 */
final class CovenantRule implements ValidationRule {

  private final MessageCatalog messages;

  CovenantRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "climate.covenant";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    Parameters p = context.parameters();
    List<Annex> annexes = strategy.annexes();
    int commitmentIndex = indexOf(annexes, CovenantCommitment.class);
    boolean signatory = commitmentIndex >= 0 || p.flag(ClimateTemplate.COM_SIGNATORY);
    if (!signatory) {
      return;
    }
    if (commitmentIndex < 0) {
      context.report(messages.finding(Severity.ERROR, ClimateCodes.COM_COMMITMENT_MISSING, "/annexes"));
    } else {
      checkCommitment((CovenantCommitment) annexes.get(commitmentIndex), "/annexes/" + commitmentIndex + "/data", p, context);
    }
    boolean baseline =
        strategy.annexes(EmissionInventory.class).stream().anyMatch(e -> e.type() == InventoryType.BASELINE);
    if (!baseline) {
      context.report(messages.finding(Severity.ERROR, ClimateCodes.COM_INVENTORY_MISSING, "/annexes"));
    }
    if (strategy.annexes(RiskAssessment.class).isEmpty()) {
      context.report(messages.finding(Severity.ERROR, ClimateCodes.COM_RISK_ASSESSMENT_MISSING, "/annexes"));
    }
  }

  private void checkCommitment(CovenantCommitment c, String path, Parameters p, RuleContext context) {
    int targetYear = p.integer(ClimateTemplate.COM_TARGET_YEAR);
    BigDecimal min = p.decimal(ClimateTemplate.COM_REDUCTION_MIN);
    Optional<ReductionTarget> target = c.target(targetYear);
    if (target.isEmpty()) {
      context.report(
          messages.finding(
              Severity.ERROR, ClimateCodes.COM_TARGET_MISSING, path + "/targets", String.valueOf(targetYear),
              min.toPlainString()));
    } else if (target.get().reductionPercent().compareTo(min) < 0) {
      int k = c.targets().indexOf(target.get());
      context.report(
          messages.finding(
              Severity.ERROR, ClimateCodes.COM_TARGET_BELOW_COMMITMENT, path + "/targets/" + k + "/reductionPercent",
              String.valueOf(targetYear), target.get().reductionPercent().toPlainString(), min.toPlainString()));
    }
    int fromYear = p.integer(ClimateTemplate.COM_NEUTRALITY_FROM_YEAR);
    int by = p.integer(ClimateTemplate.COM_NEUTRALITY_BY);
    if (c.signed().year() >= fromYear && c.neutralityBy().map(d -> d.year() > by).orElse(true)) {
      context.report(
          messages.finding(
              Severity.WARNING, ClimateCodes.COM_NEUTRALITY_MISSING,
              path + (c.neutralityBy().isPresent() ? "/neutralityBy" : ""),
              String.valueOf(c.signed().year()), String.valueOf(by)));
    }
  }

  static int indexOf(List<Annex> annexes, Class<? extends Annex> type) {
    for (int i = 0; i < annexes.size(); i++) {
      if (type.isInstance(annexes.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
