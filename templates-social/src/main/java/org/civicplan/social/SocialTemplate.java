// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.TemplateId;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.AnnexType;
import org.civicplan.template.DataCatalogue;
import org.civicplan.template.DataTemplate;
import org.civicplan.template.DerivedMeasurement;
import org.civicplan.template.DocumentSection;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.Parameters;
import org.civicplan.template.ValidationRule;

/**
 * The social services development strategy template, id {@code social}: the local strategy for
 * developing social services over the medium and long term (Law 292/2011 art. 112(3)), drawn up
 * with the social assistance directorate as lead partner and carried out through annual action
 * plans sent to the county public social assistance service (art. 115(2)).
 *
 * <p>Written as data ({@code org/civicplan/social/template.yaml} and its catalogues, read by
 * {@link org.civicplan.template.TemplateData}); sources in {@code DOMAIN.md} §4. The skeleton:
 * {@code OG-1} social services matched to the needs of each target group, {@code OG-2} less
 * poverty and social exclusion, {@code OG-3} development of marginalised areas with Local Action
 * Groups and NGOs, {@code OG-4} partnership, consultation and independent monitoring. The
 * catalogues are the indicators (the social rows of the reference catalogue) and the target
 * groups ({@link #targetGroups()}).
 *
 * <p>This class adds what computes: the {@link SocialServices} annex and the rules (codes in
 * {@link SocialCodes}). A new strategy starts with the directorate as an organisation and a
 * social-services annex naming it as lead partner, with one annual plan per year of the period.
 *
 * <p>Immutable and thread-safe; ServiceLoader creates it through the public no-argument constructor.
 */
public final class SocialTemplate extends DataTemplate {

  /** The template id, {@code social}. */
  public static final TemplateId ID = TemplateId.of("social");

  /** The id of the directorate in a new strategy, {@code social-assistance-directorate}. */
  public static final OrganisationId DIRECTORATE = OrganisationId.of("social-assistance-directorate");

  private volatile List<ValidationRule> rules;
  private volatile List<AnnexType<?>> annexTypes;
  private volatile List<TargetGroup> targetGroups;
  private volatile List<QualityStandard> standards;

  /** The template; called by {@link java.util.ServiceLoader}. */
  public SocialTemplate() {
    super(ID, SocialTemplate.class::getResourceAsStream, "/org/civicplan/social/");
  }

  /**
   * The rules that operating services are licensed ({@value SocialCodes#RULE_LICENCE}), that
   * service codes have the Nomenclator's shape ({@value SocialCodes#RULE_CODE}), that the annex's
   * references resolve ({@value SocialCodes#RULE_REFERENCES}) and that large gaps are addressed
   * ({@value SocialCodes#RULE_GAPS}), and that the consultation reached the stakeholders it must
   * ({@value SocialCodes#RULE_CONSULTATION}), that a body independent of the directorate monitors
   * its services ({@value SocialCodes#RULE_MONITORING_BODY}) and that the monitoring plan is
   * consistent ({@value SocialCodes#RULE_MONITORING_PLAN}), and that partnership projects target
   * known areas and LAG projects name their Local Action Group ({@value SocialCodes#RULE_AREAS}),
   * and, at the date of parameter {@code reporting.as-of}, the reporting deadlines due or late
   * ({@value SocialCodes#RULE_REPORTING}).
   */
  @Override
  public List<ValidationRule> rules() {
    List<ValidationRule> r = rules;
    if (r == null) {
      r = SocialRules.all(messages(), labels(), targetGroups(), qualityStandards());
      rules = r;
    }
    return r;
  }

  /**
   * The gaps per target group ({@code social.gaps}: need, capacity, gap and its share, from the
   * social-services annex; see {@link Gaps}) and the reporting deadlines at {@code asOf} ({@code
   * social.reporting-deadlines}: each deadline with its state, and the due and late findings; see
   * {@link ReportingDeadlines}); none without a social-services annex.
   *
   * @throws IllegalStateException if parameter {@code reporting.annual-plan.due} is not a month and day
   */
  @Override
  public List<MonitoringContribution> monitoring(Strategy strategy, LocalDate asOf, Parameters parameters) {
    return SocialReport.sections(strategy, asOf, parameters, targetGroups(), messages());
  }

  /**
   * The needs and gaps per target group ({@code social.gaps}) of the social services annex, the
   * table the monitoring report shows; none when the strategy has no such annex.
   */
  @Override
  public List<DocumentSection> documentSections(Strategy strategy, Parameters parameters) {
    return SocialReport.documentSections(strategy, targetGroups());
  }

  /**
   * The values of {@code SOC-08} (licensed operating services on the catalogue's date), {@code
   * SOC-09} (annual plan sent to the county service, per plan year) and {@code SOC-10} (data sent to
   * the ministry by 31 May, per data year) that the social-services annex holds; see {@code
   * docs/templates/social.md}.
   */
  @Override
  public List<DerivedMeasurement> derivedMeasurements(Strategy strategy) {
    return SocialMeasurements.of(strategy);
  }

  /**
   * The reporting deadlines not yet met at {@code asOf} (open, due or late; see {@link
   * ReportingDeadlines}): the data on social services of each year to the ministry by 31 May of the
   * following year (Law 292/2011 art. 115(3)), and the annual action plans to the county service
   * (art. 115(2)) when parameter {@value ReportingDeadlines#ANNUAL_PLAN_DUE} sets their day; coded
   * {@code social.data} and {@code social.annual-plan}, the subject being the year.
   *
   * @throws IllegalStateException if parameter {@code reporting.annual-plan.due} is not a month and day
   */
  @Override
  public List<org.civicplan.template.Obligation> obligations(Strategy strategy, LocalDate asOf, Parameters parameters) {
    List<org.civicplan.template.Obligation> out = new ArrayList<>();
    for (ReportingDeadlines.Deadline d : ReportingDeadlines.of(strategy, asOf, parameters).deadlines()) {
      if (d.state() == ReportingDeadlines.State.SENT || d.state() == ReportingDeadlines.State.SENT_LATE) {
        continue;
      }
      boolean data = d.obligation() == ReportingDeadlines.Obligation.DATA;
      out.add(new org.civicplan.template.Obligation(d.due(), data ? "social.data" : "social.annual-plan",
          Integer.toString(d.year()), Names.of(d.obligation()), data ? "Law 292/2011 art. 115(3)" : "Law 292/2011 art. 115(2)"));
    }
    return out;
  }

  /**
   * {@return the reporting deadlines of {@code strategy} at {@code asOf}, with this template's
   * default parameters}
   *
   * @param strategy the strategy
   * @param asOf the date
   */
  public ReportingDeadlines deadlines(Strategy strategy, LocalDate asOf) {
    return ReportingDeadlines.of(strategy, asOf, parameters());
  }

  @Override
  public List<AnnexType<?>> annexTypes() {
    List<AnnexType<?>> a = annexTypes;
    if (a == null) {
      a = List.of(annex(SocialServices.KIND, SocialServices.class), annex(ServicesMonitoring.KIND, ServicesMonitoring.class),
          annex(MarginalisedAreas.KIND, MarginalisedAreas.class));
      annexTypes = a;
    }
    return a;
  }

  /**
   * {@return a draft strategy from the skeleton, with the social assistance directorate ({@link
   * #DIRECTORATE}) as an organisation and a social-services annex that names it as lead partner,
   * dated the first day of the period, with one annual action plan per year of the period}
   *
   * @param request the strategy's id, municipality and period
   */
  @Override
  public Strategy newStrategy(NewStrategyRequest request) {
    Strategy draft = super.newStrategy(request);
    List<SocialServices.AnnualPlan> plans = new ArrayList<>();
    for (int y = request.period().startYear(); y <= request.period().endYear(); y++) {
      plans.add(SocialServices.AnnualPlan.of(y));
    }
    SocialServices annex = new SocialServices(DIRECTORATE, LocalDate.of(request.period().startYear(), 1, 1),
        plans, List.of(), List.of(), List.of());
    return draft.toBuilder()
        .organisation(new Organisation(DIRECTORATE,
            LocalizedText.of("Social assistance directorate", "Direcția de asistență socială"),
            OrganisationCategory.CITY_DIRECTORATE))
        .annex(annex)
        .build();
  }

  /**
   * The target-group catalogue ({@code target-groups.csv}), in catalogue order.
   *
   * @return the target groups
   * @throws IllegalStateException if the template's data has errors
   */
  public List<TargetGroup> targetGroups() {
    List<TargetGroup> g = targetGroups;
    if (g == null) {
      g = read(catalogue("target-groups"));
      targetGroups = g;
    }
    return g;
  }

  /** The texts of the reports and the names the messages use, from {@code labels*.properties}. */
  static MessageCatalog labels() {
    return Names.labels();
  }

  /**
   * The quality-standard catalogue ({@code quality-standards.csv}): one set of minimum quality
   * standards per service type (Law 197/2012), in catalogue order; a monitoring plan adds the
   * city's own.
   *
   * @return the quality standards
   * @throws IllegalStateException if the template's data has errors
   */
  public List<QualityStandard> qualityStandards() {
    List<QualityStandard> q = standards;
    if (q == null) {
      List<QualityStandard> out = new ArrayList<>();
      for (DataCatalogue.Row row : catalogue("quality-standards").rows()) {
        String type = row.text("service_type");
        out.add(new QualityStandard(row.text("id"), java.util.Arrays.stream(ServiceType.values())
            .filter(t -> Names.kebab(t).equals(type)).findFirst().orElseThrow(), row.localized("name"), row.text("source")));
      }
      q = List.copyOf(out);
      standards = q;
    }
    return q;
  }

  /**
   * {@return the marginalised areas of {@code strategy} classified with this template's default
   * parameters, ranked and set against its partnership projects}
   *
   * @param strategy the strategy
   */
  public AreaAnalysis areas(Strategy strategy) {
    return AreaAnalysis.of(strategy, parameters());
  }

  /**
   * {@return the services monitoring report of {@code strategy} for {@code year}}
   *
   * @param strategy the strategy
   * @param year the monitoring plan's year
   */
  public ServicesMonitoringReport servicesReport(Strategy strategy, int year) {
    return ServicesMonitoringReport.of(strategy, year, targetGroups());
  }

  private static List<TargetGroup> read(DataCatalogue catalogue) {
    List<TargetGroup> out = new ArrayList<>();
    for (DataCatalogue.Row row : catalogue.rows()) {
      out.add(new TargetGroup(row.text("id"), row.localized("name"), row.text("source")));
    }
    return List.copyOf(out);
  }
}
