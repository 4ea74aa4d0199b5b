package org.civicplan.climate;

import java.util.List;
import java.util.Map;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.CriterionDirection;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.template.AnnexType;
import org.civicplan.template.Parameters;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.base.TemplateId;
import org.civicplan.template.TemplateSkeleton;
import org.civicplan.base.MessageCatalog;
import org.civicplan.template.ValidationRule;

/**
 * The local climate-change strategy and action plan template, id {@code climate}.
 *
 * <p>Its skeleton has five pillars (strategic objectives) with specific objectives and catalogue
 * indicators: {@code OG-1} mitigation, {@code OG-2} adaptation and resilience (prevention,
 * preparedness, risk management), {@code OG-3} energy poverty, {@code OG-4} awareness and education,
 * {@code OG-5} green and blue infrastructure. The catalogues (indicators, hazards, vulnerable
 * sectors, IPCC default emission factors, reference frameworks) are read from CSV files shipped in
 * this module. The rules are listed in {@link ClimateCodes}; their parameters, with defaults, are:
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@value #COM_SIGNATORY}</td><td>false</td><td>the city signed the Covenant of Mayors
 *       (also implied by a {@code covenant-commitment} annex)</td></tr>
 *   <tr><td>{@value #COM_REDUCTION_MIN}</td><td>40</td><td>minimum 2030 reduction, percent (40 or 55)</td></tr>
 *   <tr><td>{@value #COM_TARGET_YEAR}</td><td>2030</td><td>year of the Covenant target</td></tr>
 *   <tr><td>{@value #COM_NEUTRALITY_FROM_YEAR}</td><td>2021</td><td>commitments signed from this
 *       year on need a neutrality year</td></tr>
 *   <tr><td>{@value #COM_NEUTRALITY_BY}</td><td>2050</td><td>latest acceptable neutrality year</td></tr>
 *   <tr><td>{@value #COM_REPORT_FIRST_YEARS}</td><td>4</td><td>years from signing to the first
 *       monitoring report</td></tr>
 *   <tr><td>{@value #COM_REPORT_INTERVAL_YEARS}</td><td>2</td><td>years between monitoring reports</td></tr>
 *   <tr><td>{@value #COM_INVENTORY_INTERVAL_YEARS}</td><td>4</td><td>maximum years between
 *       monitoring inventories</td></tr>
 *   <tr><td>{@value #COM_AS_OF}</td><td>(none)</td><td>date at which the cadence is checked;
 *       without it the cadence rule is silent</td></tr>
 *   <tr><td>{@value #RISK_MATRIX}</td><td>{@code low,low,moderate;low,moderate,high;moderate,high,high}</td>
 *       <td>the likelihood × consequence matrix, see {@link RiskMatrix}</td></tr>
 *   <tr><td>{@value #GREEN_ACCESS_DISTANCE_M}</td><td>300</td><td>green-space access distance, m</td></tr>
 *   <tr><td>{@value #GREEN_ACCESS_MIN_AREA_HA}</td><td>0.5</td><td>green-space minimum size, ha</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe; ServiceLoader creates it through the public no-argument constructor.
 */
public final class ClimateTemplate implements StrategyTemplate {

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
  /** Parameter: years from signing to the first monitoring report. */
  public static final String COM_REPORT_FIRST_YEARS = "com.monitoring-report.first-years";
  /** Parameter: years between monitoring reports. */
  public static final String COM_REPORT_INTERVAL_YEARS = "com.monitoring-report.interval-years";
  /** Parameter: maximum years between monitoring emission inventories. */
  public static final String COM_INVENTORY_INTERVAL_YEARS = "com.inventory.interval-years";
  /** Parameter: the date at which the reporting cadence is checked. */
  public static final String COM_AS_OF = "com.as-of";
  /** Parameter: the risk matrix. */
  public static final String RISK_MATRIX = "risk.matrix";
  /** Parameter: the green-space access distance in metres. */
  public static final String GREEN_ACCESS_DISTANCE_M = "green-space.access.distance-m";
  /** Parameter: the green-space minimum size in hectares. */
  public static final String GREEN_ACCESS_MIN_AREA_HA = "green-space.access.min-area-ha";

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(ClimateTemplate.class::getResourceAsStream, "/org/civicplan/climate/messages");

  private static final Parameters PARAMETERS =
      Parameters.of(
          Map.ofEntries(
              Map.entry(COM_SIGNATORY, "false"),
              Map.entry(COM_REDUCTION_MIN, "40"),
              Map.entry(COM_TARGET_YEAR, "2030"),
              Map.entry(COM_NEUTRALITY_FROM_YEAR, "2021"),
              Map.entry(COM_NEUTRALITY_BY, "2050"),
              Map.entry(COM_REPORT_FIRST_YEARS, "4"),
              Map.entry(COM_REPORT_INTERVAL_YEARS, "2"),
              Map.entry(COM_INVENTORY_INTERVAL_YEARS, "4"),
              Map.entry(RISK_MATRIX, RiskMatrix.DEFAULT.toString()),
              Map.entry(GREEN_ACCESS_DISTANCE_M, "300"),
              Map.entry(GREEN_ACCESS_MIN_AREA_HA, "0.5")));

  private static final List<AnnexType<?>> ANNEX_TYPES =
      List.of(
          AnnexType.of(
              RiskAssessment.KIND, RiskAssessment.class,
              LocalizedText.of("Climate risk and vulnerability assessment", "Evaluarea riscurilor și vulnerabilităților climatice")),
          AnnexType.of(
              EmissionInventory.KIND, EmissionInventory.class,
              LocalizedText.of("Emission inventory", "Inventarul emisiilor")),
          AnnexType.of(
              CovenantCommitment.KIND, CovenantCommitment.class,
              LocalizedText.of("Covenant of Mayors commitment", "Angajamentul față de Convenția primarilor")),
          AnnexType.of(
              AwarenessCampaigns.KIND, AwarenessCampaigns.class,
              LocalizedText.of("Awareness campaigns", "Campanii de conștientizare")),
          AnnexType.of(
              GreenSpace.KIND, GreenSpace.class, LocalizedText.of("Green space", "Spații verzi")));

  private static final List<ValidationRule> RULES =
      List.of(
          new HazardCoverageRule(MESSAGES, Catalogue.HAZARDS),
          new CovenantRule(MESSAGES),
          new CovenantCadenceRule(MESSAGES),
          new InventoryRule(MESSAGES, Catalogue.FACTORS),
          new CampaignRule(MESSAGES),
          new GreenSpaceRule(MESSAGES));

  private static final TemplateSkeleton SKELETON = skeletonOf();

  private static final List<CriteriaSet> CRITERIA = List.of(defaultCriteria());

  /** The template; called by {@link java.util.ServiceLoader}. */
  public ClimateTemplate() {}

  @Override
  public TemplateId id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Climate change strategy", "Strategia privind schimbările climatice");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "Local climate-change strategy and action plan: mitigation, adaptation and resilience, energy poverty,"
            + " awareness and education, green and blue infrastructure; risk and vulnerability assessment,"
            + " emission inventories and the Covenant of Mayors commitments.",
        "Strategia și planul local de acțiune privind schimbările climatice: atenuare, adaptare și reziliență,"
            + " sărăcie energetică, conștientizare și educație, infrastructură verde și albastră; evaluarea"
            + " riscurilor și vulnerabilităților, inventarele de emisii și angajamentele Convenției primarilor.");
  }

  @Override
  public String version() {
    return "1.0.0";
  }

  @Override
  public TemplateSkeleton skeleton() {
    return SKELETON;
  }

  /** The climate rows of the project indicator catalogue plus three template-defined output indicators. */
  @Override
  public List<Indicator> indicatorCatalogue() {
    return Catalogue.INDICATORS;
  }

  @Override
  public List<ValidationRule> rules() {
    return RULES;
  }

  @Override
  public Parameters parameters() {
    return PARAMETERS;
  }

  @Override
  public List<AnnexType<?>> annexTypes() {
    return ANNEX_TYPES;
  }

  /** The default criteria set, id {@code climate-default}; see {@link #criteriaSets()}. */
  @Override
  public List<CriteriaSet> criteriaSets() {
    return CRITERIA;
  }

  /**
   * The EU Adaptation Strategy (COM(2021) 82), the European Climate Law (Regulation (EU)
   * 2021/1119), the Covenant of Mayors commitments, the SDG targets 11.5–11.7, 11.b and 13.1–13.3,
   * the WHO Europe green-space access indicator and the Romanian CRESC strategy (its approving act
   * not verified). The Covenant's 55 % objective ({@code COM-2030-55}) is marked not verified.
   */
  @Override
  public List<ReferenceFramework> referenceFrameworks() {
    return Catalogue.FRAMEWORKS;
  }

  /** The IPCC 2006 default emission factors the Covenant's standard approach uses, in table order. */
  public static List<EmissionFactor> emissionFactors() {
    return Catalogue.FACTORS;
  }

  /** The hazard catalogue, in catalogue order (parents before their sub-hazards). */
  public static List<Hazard> hazards() {
    return Catalogue.HAZARDS;
  }

  /** The vulnerable urban sectors check-list, in catalogue order. */
  public static List<VulnerableSector> vulnerableSectors() {
    return Catalogue.SECTORS;
  }

  /**
   * The risk matrix of {@code parameters} ({@value #RISK_MATRIX}), or {@link RiskMatrix#DEFAULT}.
   *
   * @throws IllegalStateException naming the parameter when its value is not a matrix
   */
  public static RiskMatrix riskMatrix(Parameters parameters) {
    return parameters.text(RISK_MATRIX).map(ClimateTemplate::parseMatrix).orElse(RiskMatrix.DEFAULT);
  }

  private static RiskMatrix parseMatrix(String text) {
    try {
      return RiskMatrix.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("parameter " + RISK_MATRIX + ": " + e.getMessage(), e);
    }
  }

  /** The finding messages of this template. */
  static MessageCatalog messages() {
    return MESSAGES;
  }

  /**
   * The default criteria for ranking climate actions. The weights are a starting point the
   * template proposes, not taken from a published method; an overlay or the city changes them.
   * They sum to 1: t CO2 avoided per year 0.25, cost per t CO2 avoided 0.15 (cost), reduction of
   * high risks 0.20, health and green-space co-benefits 0.15, feasibility 0.15, time to impact 0.10
   * (cost: sooner is better).
   */
  private static CriteriaSet defaultCriteria() {
    return new CriteriaSet(
        "climate-default",
        LocalizedText.of("Default criteria for climate actions", "Criterii implicite pentru acțiunile climatice"),
        List.of(
            new Criterion("co2-avoided", LocalizedText.of("t CO2 avoided per year", "t CO2 evitate pe an"),
                CriterionDirection.BENEFIT, 0.25),
            new Criterion("cost-per-tco2", LocalizedText.of("Cost per t CO2 avoided", "Cost pe t CO2 evitată"),
                CriterionDirection.COST, 0.15),
            new Criterion("risk-reduction", LocalizedText.of("Reduction of high climate risks", "Reducerea riscurilor climatice ridicate"),
                CriterionDirection.BENEFIT, 0.20),
            new Criterion("co-benefits", LocalizedText.of("Health and green-space co-benefits", "Beneficii conexe pentru sănătate și spații verzi"),
                CriterionDirection.BENEFIT, 0.15),
            new Criterion("feasibility", LocalizedText.of("Feasibility", "Fezabilitate"),
                CriterionDirection.BENEFIT, 0.15),
            new Criterion("time-to-impact", LocalizedText.of("Time to impact", "Timp până la efect"),
                CriterionDirection.COST, 0.10)));
  }

  private static Objective objective(
      String id, String en, String ro, List<String> indicators, List<Objective> children) {
    return new Objective(
        ObjectiveId.of(id), LocalizedText.of(en, ro), LocalizedText.empty(),
        indicators.stream().map(IndicatorId::of).toList(), children);
  }

  private static TemplateSkeleton skeletonOf() {
    return TemplateSkeleton.of(
        List.of(
            objective("OG-1", "Mitigation: cut greenhouse gas emissions", "Atenuare: reducerea emisiilor de gaze cu efect de seră",
                List.of("CLI-01", "CLI-02", "CLI-03"),
                List.of(
                    objective("OS-1.1", "Energy-efficient public buildings and lighting", "Clădiri publice și iluminat eficiente energetic",
                        List.of("CLI-06"), List.of()),
                    objective("OS-1.2", "More energy from renewable sources", "Mai multă energie din surse regenerabile",
                        List.of("CLI-05"), List.of()),
                    objective("OS-1.3", "Low-carbon mobility and cleaner air", "Mobilitate cu emisii reduse și aer mai curat",
                        List.of("CLI-08"), List.of()))),
            objective("OG-2", "Adaptation and resilience to climate hazards", "Adaptare și reziliență la hazardele climatice",
                List.of("CLI-13"),
                List.of(
                    objective("OS-2.1", "Prevention: reduce exposure and vulnerability to high risks", "Prevenire: reducerea expunerii și a vulnerabilității la riscurile ridicate",
                        List.of("CLI-16"), List.of()),
                    objective("OS-2.2", "Preparedness: early warning and response to heat waves, floods and storms", "Pregătire: avertizare timpurie și răspuns la valuri de căldură, inundații și furtuni",
                        List.of("CLI-15"), List.of()),
                    objective("OS-2.3", "Risk management: a local disaster risk reduction strategy and risk transfer", "Managementul riscului: strategie locală de reducere a riscului de dezastre și transferul riscului",
                        List.of("CLI-14", "CLI-18"), List.of()))),
            objective("OG-3", "Tackle energy poverty", "Combaterea sărăciei energetice",
                List.of("CLI-X1"),
                List.of(
                    objective("OS-3.1", "Efficient, affordable heating for vulnerable households", "Încălzire eficientă și accesibilă pentru gospodăriile vulnerabile",
                        List.of("CLI-X1"), List.of()))),
            objective("OG-4", "Awareness and education", "Conștientizare și educație",
                List.of("CLI-X2"),
                List.of(
                    objective("OS-4.1", "Awareness of climate effects in daily life", "Conștientizarea efectelor schimbărilor climatice în viața de zi cu zi",
                        List.of("CLI-X2"), List.of()),
                    objective("OS-4.2", "Climate education in schools", "Educație climatică în școli",
                        List.of("CLI-X2"), List.of()))),
            objective("OG-5", "Green and blue infrastructure", "Infrastructură verde și albastră",
                List.of("CLI-10", "CLI-12"),
                List.of(
                    objective("OS-5.1", "Green space within reach of every resident", "Spații verzi accesibile fiecărui locuitor",
                        List.of("CLI-12", "CLI-X3"), List.of()),
                    objective("OS-5.2", "More urban trees", "Mai mulți arbori în oraș",
                        List.of("CLI-11"), List.of()),
                    objective("OS-5.3", "Water retention and blue infrastructure", "Retenția apei și infrastructura albastră",
                        List.of("CLI-22"), List.of())))));
  }
}
