// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.TemplateId;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.AnnexType;
import org.civicplan.template.DataCatalogue;
import org.civicplan.template.DataTemplate;
import org.civicplan.template.NewStrategyRequest;
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

  /** The template; called by {@link java.util.ServiceLoader}. */
  public SocialTemplate() {
    super(ID, SocialTemplate.class::getResourceAsStream, "/org/civicplan/social/");
  }

  /**
   * The rules that operating services are licensed ({@value SocialCodes#RULE_LICENCE}), that
   * service codes have the Nomenclator's shape ({@value SocialCodes#RULE_CODE}), that the annex's
   * references resolve ({@value SocialCodes#RULE_REFERENCES}) and that large gaps are addressed
   * ({@value SocialCodes#RULE_GAPS}).
   */
  @Override
  public List<ValidationRule> rules() {
    List<ValidationRule> r = rules;
    if (r == null) {
      r = SocialRules.all(messages(), targetGroups());
      rules = r;
    }
    return r;
  }

  @Override
  public List<AnnexType<?>> annexTypes() {
    List<AnnexType<?>> a = annexTypes;
    if (a == null) {
      a = List.of(annex(SocialServices.KIND, SocialServices.class));
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

  private static List<TargetGroup> read(DataCatalogue catalogue) {
    List<TargetGroup> out = new ArrayList<>();
    for (DataCatalogue.Row row : catalogue.rows()) {
      out.add(new TargetGroup(row.text("id"), row.localized("name"), row.text("source")));
    }
    return List.copyOf(out);
  }
}
