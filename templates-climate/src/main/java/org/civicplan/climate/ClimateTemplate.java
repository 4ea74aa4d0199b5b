// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.util.List;
import java.time.LocalDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DerivedMeasurement;
import org.civicplan.template.DocumentSection;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.Obligation;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.TemplateId;
import org.civicplan.template.AnnexType;
import org.civicplan.template.DataTemplate;
import org.civicplan.template.Parameters;
import org.civicplan.template.ValidationRule;

/**
 * The local climate-change strategy and action plan template, id {@code climate}.
 *
 * <p>Written as data ({@code org/civicplan/climate/template.yaml} and its catalogues, read by
 * {@link org.civicplan.template.TemplateData}): its skeleton has five pillars (strategic
 * objectives) with specific objectives and catalogue indicators: {@code OG-1} mitigation, {@code
 * OG-2} adaptation and resilience (prevention, preparedness, risk management), {@code OG-3} energy
 * poverty, {@code OG-4} awareness and education, {@code OG-5} green and blue infrastructure. The
 * catalogues are indicators, hazards, vulnerable sectors, IPCC default emission factors and
 * reference frameworks. This class adds what computes: the rules (codes in {@link ClimateCodes})
 * and the annex types. The parameters, with their types, defaults and ranges, are declared once in
 * {@code template.yaml}; the table in {@code docs/templates/climate.md} is generated from them and
 * checked by a test.
 *
 * <p>Immutable and thread-safe; ServiceLoader creates it through the public no-argument constructor.
 */
public final class ClimateTemplate extends DataTemplate {

  /** The template id, {@code climate}. */
  public static final TemplateId ID = TemplateId.of("climate");

  /** Parameter: the city is a Covenant of Mayors signatory. */
  public static final String COM_SIGNATORY = "com.signatory";
  /** Parameter: the minimum 2030 reduction in percent. */
  public static final String COM_REDUCTION_MIN = "com.reduction.min";
  /** Parameter: the Covenant target year. */
  public static final String COM_TARGET_YEAR = "com.target.year";
  /** Parameter: the first signing year that needs a neutrality statement. */
  public static final String COM_NEUTRALITY_FROM_YEAR = "com.neutrality.from-year";
  /** Parameter: the latest acceptable climate-neutrality year. */
  public static final String COM_NEUTRALITY_BY = "com.neutrality.by";
  /** Parameter: years from signing to the action plan's submission. */
  public static final String COM_ACTION_PLAN_YEARS = "com.action-plan.years";
  /** Parameter: what the first monitoring report is counted from: {@code action-plan} or {@code signing}. */
  public static final String COM_REPORT_FIRST_FROM = "com.monitoring-report.first-from";
  /** Parameter: years from the action plan's submission (or signing) to the first monitoring report. */
  public static final String COM_REPORT_FIRST_YEARS = "com.monitoring-report.first-years";
  /** Parameter: years between monitoring reports. */
  public static final String COM_REPORT_INTERVAL_YEARS = "com.monitoring-report.interval-years";
  /** Parameter: maximum years between monitoring emission inventories. */
  public static final String COM_INVENTORY_INTERVAL_YEARS = "com.inventory.interval-years";
  /** Parameter: the date at which the reporting cadence is checked. */
  public static final String COM_AS_OF = "com.as-of";
  /**
   * Parameter: the national electricity emission factor in t CO2/MWh; no default, because no
   * verified value for Romania was found (DOMAIN.md §1.4, [NV]).
   */
  public static final String FACTOR_ELECTRICITY = "factor.electricity";
  /** Parameter: the source of the national electricity factor. */
  public static final String FACTOR_ELECTRICITY_SOURCE = "factor.electricity.source";
  /** Parameter: the key sectors every inventory must cover, comma-separated sector labels. */
  public static final String INVENTORY_KEY_SECTORS = "inventory.key-sectors";
  /** Parameter: the global warming potential of methane (no default: no GWP set is given in DOMAIN.md). */
  public static final String GWP_CH4 = "ghg.gwp.ch4";
  /** Parameter: the global warming potential of nitrous oxide (no default). */
  public static final String GWP_N2O = "ghg.gwp.n2o";
  /** Parameter: the source of the GWP set (e.g. the IPCC assessment report it is taken from). */
  public static final String GWP_SOURCE = "ghg.gwp.source";
  /** Parameter: the pillar (top-level objective) whose actions are mitigation actions. */
  public static final String MITIGATION_PILLAR = "mitigation.pillar";
  /** Parameter: the risk matrix. */
  public static final String RISK_MATRIX = "risk.matrix";
  /** Parameter: the green-space access distance in metres. */
  public static final String GREEN_ACCESS_DISTANCE_M = "green-space.access.distance-m";
  /** Parameter: the green-space minimum size in hectares. */
  public static final String GREEN_ACCESS_MIN_AREA_HA = "green-space.access.min-area-ha";

  private volatile List<ValidationRule> rules;
  private volatile List<AnnexType<?>> annexTypes;
  private volatile Catalogue catalogue;

  /** The template; called by {@link java.util.ServiceLoader}. */
  public ClimateTemplate() {
    super(ID, ClimateTemplate.class::getResourceAsStream, "/org/civicplan/climate/");
  }

  @Override
  public List<ValidationRule> rules() {
    List<ValidationRule> r = rules;
    if (r == null) {
      MessageCatalog messages = messages();
      r = List.of(
          new HazardCoverageRule(messages, catalogue().hazards()),
          new CovenantRule(messages),
          new CovenantCadenceRule(messages),
          new InventoryRule(messages),
          new MitigationImpactRule(messages),
          new CampaignRule(messages),
          new GreenSpaceRule(messages));
      rules = r;
    }
    return r;
  }

  /**
   * The emission trajectory ({@code climate.emission-trajectory}: the baseline, the target of the
   * covenant commitment for parameter {@value #COM_TARGET_YEAR}, each monitoring inventory against
   * the path, and its linear assessment; when the strategy has a commitment, a baseline inventory
   * and a target for that year) and the Covenant of Mayors reporting cadence ({@code
   * climate.covenant-cadence}: the dates, the next report and inventory with their state, and the
   * due and late findings at {@code asOf}; when it has a commitment), as {@link ClimateMonitoring}
   * computes them with {@code parameters}.
   *
   * @throws IllegalStateException if a parameter the sections read is not a whole number
   */
  @Override
  public List<MonitoringContribution> monitoring(Strategy strategy, LocalDate asOf, Parameters parameters) {
    return ClimateReport.sections(strategy, asOf, parameters);
  }

  /**
   * The emission inventory table ({@code climate.emission-inventory}): fossil CO2 per sector of the
   * baseline and each monitoring inventory, with totals and emissions per inhabitant, computed with
   * the factors in force; none when the strategy has no inventory.
   */
  @Override
  public List<DocumentSection> documentSections(Strategy strategy, Parameters parameters) {
    return ClimateDocument.sections(strategy, parameters);
  }

  /**
   * The Covenant of Mayors obligations not yet done at {@code asOf}: the action plan while not
   * submitted, the next monitoring report and the next monitoring emission inventory, each due on 31
   * December of its year as the cadence rule counts it ({@code climate.covenant.cadence}, with the
   * intervals of {@code parameters}); none without a covenant commitment.
   */
  @Override
  public List<Obligation> obligations(Strategy strategy, LocalDate asOf, Parameters parameters) {
    return CovenantCadenceRule.obligations(strategy, asOf, parameters);
  }

  /**
   * The values of catalogue indicators that the annexes hold: {@code CLI-01}, {@code CLI-02},
   * {@code CLI-03} and {@code CLI-07} from the emission inventories, {@code CLI-10}, {@code CLI-12}
   * and {@code CLI-X3} from the green-space annex, and the reach of the awareness campaigns (the
   * catalogue's {@code CLI-X2}); see {@code docs/climate.md} for how each is computed.
   */
  @Override
  public List<DerivedMeasurement> derivedMeasurements(Strategy strategy) {
    return AnnexMeasurements.of(strategy, parameters());
  }

  /**
   * As {@link #derivedMeasurements(Strategy)}, with the emission values computed with the
   * emission factors of {@code parameters} (the national electricity factor {@value
   * #FACTOR_ELECTRICITY}), so that {@code CLI-01} to {@code CLI-03} agree with the trajectory and
   * the gap analysis of the same report.
   */
  @Override
  public List<DerivedMeasurement> derivedMeasurements(Strategy strategy, Parameters parameters) {
    return AnnexMeasurements.of(strategy, parameters);
  }

  @Override
  public List<AnnexType<?>> annexTypes() {
    List<AnnexType<?>> a = annexTypes;
    if (a == null) {
      a = List.of(
          annex(RiskAssessment.KIND, RiskAssessment.class),
          annex(EmissionInventory.KIND, EmissionInventory.class),
          annex(CovenantCommitment.KIND, CovenantCommitment.class),
          annex(AwarenessCampaigns.KIND, AwarenessCampaigns.class),
          annex(GreenSpace.KIND, GreenSpace.class),
          annex(MitigationImpacts.KIND, MitigationImpacts.class));
      annexTypes = a;
    }
    return a;
  }

  private Catalogue catalogue() {
    Catalogue c = catalogue;
    if (c == null) {
      c = new Catalogue(catalogue("hazards"), catalogue("vulnerable-sectors"), catalogue("emission-factors"));
      catalogue = c;
    }
    return c;
  }

  /**
   * {@return the IPCC 2006 default emission factors the Covenant's standard approach uses, in table
   * order}
   */
  public static List<EmissionFactor> emissionFactors() {
    return Installed.TEMPLATE.catalogue().factors();
  }

  /** {@return the hazard catalogue, in catalogue order (parents before their sub-hazards)} */
  public static List<Hazard> hazards() {
    return Installed.TEMPLATE.catalogue().hazards();
  }

  /** {@return the vulnerable urban sectors check-list, in catalogue order} */
  public static List<VulnerableSector> vulnerableSectors() {
    return Installed.TEMPLATE.catalogue().sectors();
  }

  /**
   * {@return the risk matrix of {@code parameters} ({@value #RISK_MATRIX}), or {@link
   * RiskMatrix#DEFAULT}}
   *
   * @param parameters the template's parameters, possibly adapted by an overlay
   * @throws IllegalStateException naming the parameter when its value is not a matrix
   */
  public static RiskMatrix riskMatrix(Parameters parameters) {
    return parameters.text(RISK_MATRIX).map(ClimateTemplate::parseMatrix).orElse(RiskMatrix.DEFAULT);
  }

  /**
   * {@return the key sectors of parameter {@value #INVENTORY_KEY_SECTORS}, in the order given}
   *
   * @param parameters the template's parameters, possibly adapted by an overlay
   * @throws IllegalStateException naming the parameter and the allowed labels when a label is not a
   *     sector
   */
  public static List<Sector> keySectors(Parameters parameters) {
    List<Sector> out = new java.util.ArrayList<>();
    for (String label : parameters.text(INVENTORY_KEY_SECTORS).orElse("").split(",")) {
      String l = label.strip();
      if (l.isEmpty()) {
        continue;
      }
      out.add(java.util.Arrays.stream(Sector.values()).filter(s -> s.label().equals(l)).findFirst()
          .orElseThrow(() -> new IllegalStateException("parameter " + INVENTORY_KEY_SECTORS + ": \"" + l
              + "\" is not a sector; allowed: " + java.util.Arrays.stream(Sector.values()).map(Sector::label).toList())));
    }
    return List.copyOf(out);
  }

  /**
   * {@return the global warming potentials set by parameters {@value #GWP_CH4} and {@value
   * #GWP_N2O}, by gas; a gas whose parameter is not set is absent}
   *
   * @param parameters the template's parameters, possibly adapted by an overlay
   * @throws IllegalStateException if a set value is not a number
   */
  public static java.util.Map<DirectEmission.Gas, java.math.BigDecimal> gwp(Parameters parameters) {
    java.util.Map<DirectEmission.Gas, java.math.BigDecimal> out = new java.util.EnumMap<>(DirectEmission.Gas.class);
    if (parameters.text(GWP_CH4).filter(v -> !v.isBlank()).isPresent()) {
      out.put(DirectEmission.Gas.CH4, parameters.decimal(GWP_CH4));
    }
    if (parameters.text(GWP_N2O).filter(v -> !v.isBlank()).isPresent()) {
      out.put(DirectEmission.Gas.N2O, parameters.decimal(GWP_N2O));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static RiskMatrix parseMatrix(String text) {
    try {
      return RiskMatrix.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("parameter " + RISK_MATRIX + ": " + e.getMessage(), e);
    }
  }

  /** The parameters of the shared instance: the template's defaults. */
  static Parameters defaultParameters() {
    return Installed.TEMPLATE.parameters();
  }

  /** The finding messages of the shared instance. */
  static MessageCatalog sharedMessages() {
    return Installed.TEMPLATE.messages();
  }

  /** One instance for the static accessors, read on first use. */
  private static final class Installed {
    static final ClimateTemplate TEMPLATE = new ClimateTemplate();
  }
}
