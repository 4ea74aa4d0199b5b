package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.List;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.base.MessageCatalog;
import org.civicplan.template.RuleContext;
import org.civicplan.base.Severity;
import org.civicplan.template.ValidationRule;

/**
 * Green-space figures are consistent: no district has more residents with access than residents
 * (error), and the access counts used the distance and minimum size of the parameters {@code
 * green-space.access.distance-m} and {@code green-space.access.min-area-ha} (warning otherwise;
 * defaults 300 m and 0.5 ha, the WHO Regional Office for Europe accessibility indicator, 2016,
 * DOMAIN.md §1.9). Deliberately no rule on m² per inhabitant.
 */
final class GreenSpaceRule implements ValidationRule {

  private final MessageCatalog messages;

  GreenSpaceRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "climate.green-space";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    Parameters p = context.parameters();
    BigDecimal distance = p.decimal(ClimateTemplate.GREEN_ACCESS_DISTANCE_M);
    BigDecimal area = p.decimal(ClimateTemplate.GREEN_ACCESS_MIN_AREA_HA);
    List<Annex> annexes = strategy.annexes();
    for (int i = 0; i < annexes.size(); i++) {
      if (!(annexes.get(i) instanceof GreenSpace gs)) {
        continue;
      }
      String path = "/annexes/" + i + "/data";
      if (gs.accessDistanceMetres().compareTo(distance) != 0 || gs.accessMinAreaHectares().compareTo(area) != 0) {
        context.report(
            messages.finding(
                Severity.WARNING, ClimateCodes.GREEN_SPACE_ACCESS_CRITERIA_DIFFER, path,
                gs.accessDistanceMetres().toPlainString(), gs.accessMinAreaHectares().toPlainString(),
                distance.toPlainString(), area.toPlainString()));
      }
      for (int j = 0; j < gs.districts().size(); j++) {
        GreenSpace.District d = gs.districts().get(j);
        if (d.residentsWithAccess().isPresent() && d.residentsWithAccess().get() > d.population()) {
          context.report(
              messages.finding(
                  Severity.ERROR, ClimateCodes.GREEN_SPACE_ACCESS_EXCEEDS_POPULATION,
                  path + "/districts/" + j + "/residentsWithAccess", d.name(),
                  String.valueOf(d.residentsWithAccess().get()), String.valueOf(d.population())));
        }
      }
    }
  }
}
