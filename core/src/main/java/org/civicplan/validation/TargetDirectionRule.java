package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import java.math.BigDecimal;
import java.util.List;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Strategy;

/**
 * Targets and milestones agree with the indicator's direction of improvement.
 *
 * <ul>
 *   <li>Decrease: a target above the baseline is an error ({@link
 *       FindingCodes#INDICATOR_TARGET_DIRECTION}); a target equal to the baseline (hold the level)
 *       is allowed. Increase: a target below the baseline is an error. Reported at the target's
 *       {@code value}; not checked without a baseline.
 *   <li>Target range: the baseline may lie anywhere, inside or outside the range (being outside is
 *       usually why the range is a target), so it is not compared. A target-range indicator's
 *       target that gives no upper bound, or an increase/decrease indicator's target that gives
 *       one, has the wrong shape: a warning ({@link FindingCodes#INDICATOR_TARGET_RANGE_MISMATCH}),
 *       since the value can still be read (as a one-point range, or as the lower value). That the
 *       upper bound is not below the lower one is a constructor invariant of {@link Target}.
 * </ul>
 */
final class TargetDirectionRule implements ValidationRule {

  private final MessageCatalog messages;

  TargetDirectionRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "core.indicator.targets";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    List<Indicator> indicators = strategy.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      String id = indicator.id().value();
      Direction direction = indicator.direction();
      List<Target> targets = indicator.targets();
      for (int k = 0; k < targets.size(); k++) {
        Target t = targets.get(k);
        String date = t.date().toString();
        if (direction == Direction.TARGET_RANGE) {
          if (t.upper().isEmpty()) {
            context.report(
                new Finding(Severity.WARNING, FindingCodes.INDICATOR_TARGET_RANGE_MISMATCH,
                    Pointer.of("indicators", i, "targets", k),
                    messages.text("indicator.target.range-missing", id, date)));
          }
          continue;
        }
        String way = direction == Direction.DECREASE ? "decrease" : "increase";
        if (t.upper().isPresent()) {
          context.report(
              new Finding(Severity.WARNING, FindingCodes.INDICATOR_TARGET_RANGE_MISMATCH,
                  Pointer.of("indicators", i, "targets", k, "upper"),
                  messages.text("indicator.target.range-unexpected." + way, id, date)));
        }
        if (indicator.baseline().isEmpty()) {
          continue;
        }
        double baseline = indicator.baseline().get().value();
        boolean wrong = direction == Direction.DECREASE ? t.value() > baseline : t.value() < baseline;
        if (wrong) {
          context.report(
              new Finding(Severity.ERROR, FindingCodes.INDICATOR_TARGET_DIRECTION,
                  Pointer.of("indicators", i, "targets", k, "value"),
                  messages.text("indicator.target.wrong-direction." + way, id, date, number(t.value()),
                      number(baseline))));
        }
      }
    }
  }

  /** A plain decimal without exponent or trailing zeros: {@code 720000}, {@code 12.5}. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
