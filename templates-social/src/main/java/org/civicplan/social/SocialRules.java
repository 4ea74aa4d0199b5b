// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;
import org.civicplan.governance.Consultation;
import org.civicplan.report.EngagementCoverage;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.strategy.DocumentPaths;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.template.RuleKit;
import org.civicplan.template.ValidationRule;

/** The social template's rules, each a few lines on {@link RuleKit}; codes in {@link SocialCodes}. */
final class SocialRules {

  /** Parameter: the Nomenclator code pattern. */
  static final String NOMENCLATOR_PATTERN = "nomenclator.pattern";
  /** Parameter: days before a licence's expiry that warn. */
  static final String LICENCE_WARNING_DAYS = "licence.warning-days";
  /** Parameter: the share of unmet need that warns. */
  static final String GAPS_WARNING_PCT = "gaps.warning-pct";

  /** Parameter: the stakeholder categories the consultation must reach. */
  static final String CONSULTATION_CATEGORIES = "consultation.required-categories";
  /** Parameter: the severity of a category the consultation has not reached. */
  static final String CONSULTATION_SEVERITY = "consultation.severity";

  /** The states in which the strategy is in consultation or has left it. */
  static final Set<LifecycleState> CONSULTED = Collections.unmodifiableSet(EnumSet.of(
      LifecycleState.PUBLIC_CONSULTATION, LifecycleState.SUBMITTED, LifecycleState.APPROVED,
      LifecycleState.IN_IMPLEMENTATION, LifecycleState.UNDER_REVISION, LifecycleState.CLOSED));

  /** The prefix of the tag by which an action says which target group it serves. */
  static final String TARGET_GROUP_TAG = "target-group:";

  private SocialRules() {}

  static List<ValidationRule> all(MessageCatalog messages, MessageCatalog labels, List<TargetGroup> groups,
      List<QualityStandard> standards) {
    RuleKit kit = RuleKit.with(messages);
    return List.of(references(kit, groups), licence(kit), code(kit), gaps(kit), consultation(kit, labels),
        MonitoringRules.body(kit), MonitoringRules.plan(kit, standards), AreaRules.areas(kit), ReportingRules.reporting(kit));
  }

  /**
   * The city's remit (issue 13, seed c): the strategy is drawn up after consulting public and
   * private providers, professional associations and beneficiaries' organisations. A category is
   * reached by a proposal of one of its organisations, by what core's {@link EngagementCoverage}
   * counts for a consultation (meetings and workshops of the engagement log, the debate's minutes),
   * or by an invitation or participation recorded in the annex.
   */
  static ValidationRule consultation(RuleKit kit, MessageCatalog labels) {
    return kit.rule(SocialCodes.RULE_CONSULTATION, (strategy, report) -> {
      if (!CONSULTED.contains(strategy.state())) {
        return;
      }
      Severity severity = severity(report.parameters());
      List<OrganisationCategory> required = categories(report.parameters());
      Map<OrganisationId, OrganisationCategory> category = new HashMap<>();
      strategy.organisations().forEach(o -> category.put(o.id(), o.category()));
      Set<OrganisationCategory> reached = EnumSet.noneOf(OrganisationCategory.class);
      for (Consultation c : strategy.governance().consultations()) {
        // Proposals, the meetings and workshops of core's engagement log and the debate's minutes.
        reached.addAll(EngagementCoverage.of(strategy, c).reached());
      }
      for (SocialServices annex : strategy.annexes(SocialServices.class)) {
        annex.consulted().forEach(c -> {
          OrganisationCategory k = category.get(c.organisation());
          if (k != null) {
            reached.add(k);
          }
        });
      }
      int consultations = strategy.governance().consultations().size();
      String path = consultations == 0 ? "/governance/consultations" : DocumentPaths.consultation(consultations - 1);
      for (OrganisationCategory c : required) {
        if (!reached.contains(c)) {
          report.report(severity, SocialCodes.CONSULTATION_CATEGORY_MISSING, path, categoryName(labels, c));
        }
      }
    });
  }

  static LocalizedText categoryName(MessageCatalog labels, OrganisationCategory category) {
    return labels.text("category." + category.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  static Severity severity(Parameters parameters) {
    String text = parameters.text(CONSULTATION_SEVERITY).orElse("error");
    return switch (text) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      default -> throw new IllegalStateException(
          "parameter " + CONSULTATION_SEVERITY + " must be error or warning but was \"" + text + "\"");
    };
  }

  static List<OrganisationCategory> categories(Parameters parameters) {
    List<OrganisationCategory> out = new ArrayList<>();
    for (String label : parameters.text(CONSULTATION_CATEGORIES).orElse("").split(",")) {
      String l = label.strip();
      if (l.isEmpty()) {
        continue;
      }
      OrganisationCategory c = Arrays.stream(OrganisationCategory.values())
          .filter(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(l)).findFirst()
          .orElseThrow(() -> new IllegalStateException("parameter " + CONSULTATION_CATEGORIES
              + " names \"" + l + "\", which is not an organisation category; allowed: " + Arrays.stream(OrganisationCategory.values())
                  .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))));
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Law 197/2012: operating services are licensed; the licence is checked at the catalogue's date. */
  static ValidationRule licence(RuleKit kit) {
    return kit.rule(SocialCodes.RULE_LICENCE, (strategy, report) -> {
      int days = report.parameters().integer(LICENCE_WARNING_DAYS);
      for (RuleKit.Located<SocialServices> annex : RuleKit.annexes(strategy, SocialServices.class)) {
        LocalDate asOf = annex.value().asOf();
        for (RuleKit.Located<SocialServices.Service> s : annex.each(annex.value().services(), "services")) {
          SocialServices.Service service = s.value();
          if (!service.operating()) {
            continue;
          }
          if (service.licence().isEmpty()) {
            report.error(SocialCodes.LICENCE_MISSING, s.pointer(), service.id(), service.name());
            continue;
          }
          Authorisation licence = service.licence().get();
          if (licence.expiredOn(asOf)) {
            report.error(SocialCodes.LICENCE_EXPIRED, s.at("licence", "validUntil"), service.id(),
                licence.number(), licence.validUntil().orElseThrow().toString(), asOf.toString());
          } else if (licence.validUntil().filter(d -> !d.isAfter(asOf.plusDays(days))).isPresent()) {
            report.warning(SocialCodes.LICENCE_EXPIRING, s.at("licence", "validUntil"), service.id(),
                licence.number(), licence.validUntil().orElseThrow().toString(), days, asOf.toString());
          }
        }
      }
    });
  }

  /** HG 867/2015: the Nomenclator code; its shape is verified for the CR-D family only, so a warning. */
  static ValidationRule code(RuleKit kit) {
    return kit.rule(SocialCodes.RULE_CODE, (strategy, report) -> {
      Pattern pattern = pattern(report.parameters());
      for (RuleKit.Located<SocialServices> annex : RuleKit.annexes(strategy, SocialServices.class)) {
        for (RuleKit.Located<SocialServices.Service> s : annex.each(annex.value().services(), "services")) {
          if (!pattern.matcher(s.value().code()).matches()) {
            report.warning(SocialCodes.CODE_FORMAT, s.at("code"), s.value().id(), s.value().code());
          }
        }
      }
    });
  }

  static Pattern pattern(Parameters parameters) {
    String text = parameters.text(NOMENCLATOR_PATTERN).orElseThrow(
        () -> new IllegalStateException("parameter " + NOMENCLATOR_PATTERN + " has no value"));
    try {
      return Pattern.compile(text);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("parameter " + NOMENCLATOR_PATTERN + " must be a regular expression but was \""
          + text + "\": " + e.getDescription(), e);
    }
  }

  static ValidationRule references(RuleKit kit, List<TargetGroup> groups) {
    Set<String> known = groups.stream().map(TargetGroup::id).collect(Collectors.toSet());
    return kit.rule(SocialCodes.RULE_REFERENCES, (strategy, report) -> {
      Set<OrganisationId> organisations =
          strategy.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
      for (RuleKit.Located<SocialServices> annex : RuleKit.annexes(strategy, SocialServices.class)) {
        SocialServices a = annex.value();
        if (!organisations.contains(a.directorate())) {
          report.error(SocialCodes.DIRECTORATE_UNKNOWN, annex.at("directorate"), a.directorate().value());
        }
        Set<Integer> years = new HashSet<>();
        for (RuleKit.Located<SocialServices.AnnualPlan> p : annex.each(a.annualPlans(), "annualPlans")) {
          int year = p.value().year();
          if (!years.add(year)) {
            report.error(SocialCodes.DUPLICATE, p.at("year"), "annualPlans", Integer.toString(year));
          } else if (year < strategy.period().startYear() || year > strategy.period().endYear()) {
            report.error(SocialCodes.PLAN_OUTSIDE_PERIOD, p.at("year"), Integer.toString(year), strategy.period().toString());
          }
        }
        Set<OrganisationId> providers = new HashSet<>();
        for (RuleKit.Located<SocialServices.Provider> p : annex.each(a.providers(), "providers")) {
          OrganisationId o = p.value().organisation();
          if (!providers.add(o)) {
            report.error(SocialCodes.DUPLICATE, p.at("organisation"), "providers", o.value());
          } else if (!organisations.contains(o)) {
            report.error(SocialCodes.ORGANISATION_UNKNOWN, p.at("organisation"), o.value());
          }
        }
        Set<String> ids = new HashSet<>();
        for (RuleKit.Located<SocialServices.Service> s : annex.each(a.services(), "services")) {
          SocialServices.Service service = s.value();
          if (!ids.add(service.id())) {
            report.error(SocialCodes.DUPLICATE, s.at("id"), "services", service.id());
          }
          if (!providers.contains(service.provider())) {
            report.error(SocialCodes.PROVIDER_UNKNOWN, s.at("provider"), service.id(), service.provider().value());
          }
          if (!known.contains(service.targetGroup())) {
            report.error(SocialCodes.TARGET_GROUP_UNKNOWN, s.at("targetGroup"), service.targetGroup(),
                String.join(", ", known.stream().sorted().toList()));
          }
        }
        Set<String> cells = new HashSet<>();
        for (RuleKit.Located<SocialServices.Need> n : annex.each(a.needs(), "needs")) {
          SocialServices.Need need = n.value();
          if (!known.contains(need.targetGroup())) {
            report.error(SocialCodes.TARGET_GROUP_UNKNOWN, n.at("targetGroup"), need.targetGroup(),
                String.join(", ", known.stream().sorted().toList()));
          } else if (!cells.add(need.targetGroup() + "\n" + need.district())) {
            report.error(SocialCodes.DUPLICATE, n.pointer(), "needs", need.targetGroup() + " / " + need.district());
          }
        }
      }
    });
  }

  /** A target group with a gap above the parameter needs an action tagged {@code target-group:<id>}. */
  static ValidationRule gaps(RuleKit kit) {
    return kit.rule(SocialCodes.RULE_GAPS, (strategy, report) -> {
      BigDecimal threshold = report.parameters().decimal(GAPS_WARNING_PCT);
      Set<String> addressed = strategy.actions().stream().map(Action::tags).flatMap(List::stream)
          .filter(t -> t.startsWith(TARGET_GROUP_TAG)).map(t -> t.substring(TARGET_GROUP_TAG.length()))
          .collect(Collectors.toSet());
      for (RuleKit.Located<SocialServices> annex : RuleKit.annexes(strategy, SocialServices.class)) {
        for (Gaps.Group g : Gaps.of(annex.value()).groups()) {
          if (g.gap() > 0 && g.gapPercent().compareTo(threshold) > 0 && !addressed.contains(g.targetGroup())) {
            report.warning(SocialCodes.GAP_UNADDRESSED, annex.at("needs"), g.targetGroup(), g.gap(), g.need(),
                g.gapPercent(), threshold, TARGET_GROUP_TAG + g.targetGroup());
          }
        }
      }
    });
  }
}
