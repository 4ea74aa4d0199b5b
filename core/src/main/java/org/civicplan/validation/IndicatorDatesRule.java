package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import java.util.List;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Strategy;

/**
 * An indicator's baseline date lies before the date of each of its targets and milestones: the
 * whole baseline period ends before the target period begins (a baseline of {@code 2020} and a
 * target of {@code 2020-12} are reported).
 */
final class IndicatorDatesRule implements ValidationRule {

  private final MessageCatalog messages;

  IndicatorDatesRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "core.indicator.dates";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    List<Indicator> indicators = strategy.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator.baseline().isEmpty()) {
        continue;
      }
      Baseline baseline = indicator.baseline().get();
      List<Target> targets = indicator.targets();
      for (int k = 0; k < targets.size(); k++) {
        Target t = targets.get(k);
        if (!baseline.date().isBefore(t.date())) {
          context.report(
              new Finding(Severity.ERROR, FindingCodes.INDICATOR_BASELINE_AFTER_TARGET,
                  Pointer.of("indicators", i, "targets", k, "date"),
                  messages.text("indicator.baseline.after-target", indicator.id().value(), t.date().toString(),
                      baseline.date().toString())));
        }
      }
    }
  }
}
