package org.civicplan.testkit.heat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Pointer;
import org.civicplan.base.TemplateId;
import org.civicplan.strategy.Annex;
import org.civicplan.template.AnnexType;
import org.civicplan.template.DataTemplate;
import org.civicplan.template.RuleKit;
import org.civicplan.template.ValidationRule;

/**
 * A small template written as resources ({@code org/civicplan/testkit/heat/}) plus two rules, as a
 * consumer would write one: the subject of the tests of {@code TemplateContract}.
 */
public final class HeatTemplate extends DataTemplate {

  /** The template id, {@code heat}. */
  public static final TemplateId ID = TemplateId.of("heat");

  static final String DIRECTORY = "/org/civicplan/testkit/heat/";

  /** The heatwave plan annex: cooling centres and the districts they serve. */
  public record HeatPlan(int coolingCentres, List<String> districts) implements Annex {
    /** The annex kind. */
    public static final String KIND = "heat-plan";

    /** Copies the districts. */
    public HeatPlan {
      districts = List.copyOf(districts);
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /** Reads the bundled resources. */
  public HeatTemplate() {
    this(Map.of());
  }

  /** Reads the bundled resources, with the files named in {@code replaced} (by file name) replaced. */
  public HeatTemplate(Map<String, String> replaced) {
    super(ID, opener(replaced), DIRECTORY);
  }

  private static Function<String, InputStream> opener(Map<String, String> replaced) {
    return name -> {
      String text = replaced.get(name.substring(name.lastIndexOf('/') + 1));
      return text == null
          ? HeatTemplate.class.getResourceAsStream(name)
          : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    };
  }

  /** The messages of the rules, as the template's consumers pass them to the contract. */
  public MessageCatalog ruleMessages() {
    return messages();
  }

  @Override
  public List<ValidationRule> rules() {
    RuleKit kit = RuleKit.with(messages());
    return List.of(
        kit.rule("heat.plan", (strategy, report) -> {
          if (RuleKit.annexes(strategy, HeatPlan.class).isEmpty()) {
            report.warning("heat.plan.missing", Pointer.of("annexes"));
          }
        }),
        kit.rule("heat.centres", (strategy, report) -> {
          int min = report.parameters().integer("heat.centres.min");
          for (RuleKit.Located<HeatPlan> plan : RuleKit.annexes(strategy, HeatPlan.class)) {
            if (plan.value().coolingCentres() < min) {
              report.warning("heat.centres.too-few", plan.at("coolingCentres"),
                  String.valueOf(plan.value().coolingCentres()), String.valueOf(min));
            }
          }
        }));
  }

  @Override
  public List<AnnexType<?>> annexTypes() {
    return List.of(annex(HeatPlan.KIND, HeatPlan.class));
  }
}
