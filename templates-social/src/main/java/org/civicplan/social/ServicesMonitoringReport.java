// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationId;
import org.civicplan.strategy.Strategy;

/**
 * The annual services monitoring report: for one year's {@link ServicesMonitoring} plan, per
 * service and per target group, the visits planned and done, the quality standards checked and
 * what they found, and the recommendations still open. Rendered as Markdown, HTML (English or
 * Romanian) and JSON (exact values, ids).
 *
 * <p>A visit counts when planned in the plan; its checks count only when it was done. The share
 * met is {@code met / (met + partly met + not met) × 100}, zero when nothing was checked. A
 * recommendation is open unless its follow-up is {@link FollowUp#DONE}.
 *
 * @param year the plan's year
 * @param body the monitoring body's id, empty when the strategy has no plan for the year
 * @param bodyName the monitoring body's name; its id when the strategy has no such body, empty text without a plan
 * @param services one row per service the plan visits, by service id
 * @param targetGroups one row per target group of those services, in catalogue order
 * @param total the sums over all services
 */
public record ServicesMonitoringReport(int year, Optional<String> body, LocalizedText bodyName, List<Row> services, List<Row> targetGroups, Row total) {

  /**
   * Creates an instance from its components.
   *
   * @param year the plan's year
   * @param body the monitoring body's id
   * @param bodyName the monitoring body's name
   * @param services one row per service
   * @param targetGroups one row per target group
   * @param total the sums
   * @throws NullPointerException if an argument or a list element is null
   */
  public ServicesMonitoringReport {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(bodyName, "bodyName");
    services = List.copyOf(services);
    targetGroups = List.copyOf(targetGroups);
    Objects.requireNonNull(total, "total");
  }

  /**
   * The figures of one service, one target group or all.
   *
   * @param id the service's id, the target group's id or {@code total}
   * @param name the service's name or the target group's localized name
   * @param detail for a service: its type, target group and provider, localized; empty otherwise
   * @param services the services counted (1 for a service)
   * @param visitsPlanned the visits planned
   * @param visitsDone the visits done
   * @param met the checks that found a standard met
   * @param partlyMet the checks that found a standard partly met
   * @param notMet the checks that found a standard not met
   * @param recommendationsOpen the recommendations not yet carried out
   * @param recommendationsDone the recommendations carried out
   */
  public record Row(String id, LocalizedText name, List<LocalizedText> detail, int services, int visitsPlanned, int visitsDone,
      int met, int partlyMet, int notMet, int recommendationsOpen, int recommendationsDone) {

    /**
     * Creates an instance from its components.
     *
     * @param id the id
     * @param name the name
     * @param detail the type, target group and provider of a service
     * @param services the services counted
     * @param visitsPlanned the visits planned
     * @param visitsDone the visits done
     * @param met the checks met
     * @param partlyMet the checks partly met
     * @param notMet the checks not met
     * @param recommendationsOpen the recommendations open
     * @param recommendationsDone the recommendations done
     * @throws NullPointerException if an argument or a list element is null
     */
    public Row {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      detail = List.copyOf(detail);
    }

    /** {@return the checks counted} */
    public int checks() {
      return met + partlyMet + notMet;
    }

    /** {@return met / checks × 100 to 4 decimals (half up); zero when nothing was checked} */
    public BigDecimal metPercent() {
      if (checks() == 0) {
        return BigDecimal.ZERO;
      }
      return BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(checks()), 4, RoundingMode.HALF_UP);
    }

    Row plus(Row o) {
      return new Row(id, name, detail, services + o.services, visitsPlanned + o.visitsPlanned, visitsDone + o.visitsDone,
          met + o.met, partlyMet + o.partlyMet, notMet + o.notMet,
          recommendationsOpen + o.recommendationsOpen, recommendationsDone + o.recommendationsDone);
    }
  }

  /**
   * {@return the report of {@code strategy}'s monitoring plan for {@code year}; with no such plan,
   * a report with no rows}
   *
   * @param strategy the strategy
   * @param year the plan's year
   * @param groups the target-group catalogue, for names and order
   */
  public static ServicesMonitoringReport of(Strategy strategy, int year, List<TargetGroup> groups) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(groups, "groups");
    Map<OrganisationId, LocalizedText> orgs = new HashMap<>();
    for (Organisation o : strategy.organisations()) {
      orgs.put(o.id(), o.name());
    }
    Map<String, SocialServices.Service> catalogue = new HashMap<>();
    strategy.annexes(SocialServices.class).forEach(a -> a.services().forEach(s -> catalogue.putIfAbsent(s.id(), s)));
    Map<String, LocalizedText> groupNames = new LinkedHashMap<>();
    groups.forEach(g -> groupNames.put(g.id(), g.name()));
    Optional<ServicesMonitoring> plan =
        strategy.annexes(ServicesMonitoring.class).stream().filter(p -> p.year() == year).findFirst();
    Row zero = new Row("total", LocalizedText.of("Total", "Total"), List.of(), 0, 0, 0, 0, 0, 0, 0, 0);
    if (plan.isEmpty()) {
      return new ServicesMonitoringReport(year, Optional.empty(), LocalizedText.empty(), List.of(), List.of(), zero);
    }
    Map<String, Row> byService = new TreeMap<>();
    for (ServicesMonitoring.Visit v : plan.get().visits()) {
      SocialServices.Service s = catalogue.get(v.service());
      LocalizedText name = s == null ? LocalizedText.of(v.service(), v.service()) : LocalizedText.of(s.name(), s.name());
      List<LocalizedText> detail = s == null ? List.of() : List.of(Names.of(s.type()),
          groupNames.getOrDefault(s.targetGroup(), LocalizedText.of(s.targetGroup(), s.targetGroup())),
          orgs.getOrDefault(s.provider(), LocalizedText.of(s.provider().value(), s.provider().value())));
      int met = 0;
      int partly = 0;
      int not = 0;
      if (v.done()) {
        for (ServicesMonitoring.Check c : v.checks()) {
          switch (c.result()) {
            case MET -> met++;
            case PARTLY_MET -> partly++;
            case NOT_MET -> not++;
          }
        }
      }
      int open = (int) v.recommendations().stream().filter(r -> r.followUp() != FollowUp.DONE).count();
      Row row = new Row(v.service(), name, detail, 0, 1, v.done() ? 1 : 0, met, partly, not, open,
          v.recommendations().size() - open);
      byService.merge(v.service(), row, Row::plus);
    }
    List<Row> services = new ArrayList<>();
    byService.values().forEach(r -> services.add(new Row(r.id, r.name, r.detail, 1, r.visitsPlanned, r.visitsDone,
        r.met, r.partlyMet, r.notMet, r.recommendationsOpen, r.recommendationsDone)));
    Map<String, Row> byGroup = new TreeMap<>();
    for (Row r : services) {
      SocialServices.Service s = catalogue.get(r.id());
      String g = s == null ? "-" : s.targetGroup();
      Row empty = new Row(g, groupNames.getOrDefault(g, LocalizedText.of(g, g)), List.of(), 0, 0, 0, 0, 0, 0, 0, 0);
      byGroup.merge(g, empty.plus(r), Row::plus);
    }
    List<Row> targetGroups = new ArrayList<>();
    groupNames.keySet().forEach(g -> Optional.ofNullable(byGroup.remove(g)).ifPresent(targetGroups::add));
    targetGroups.addAll(byGroup.values());
    Row total = zero;
    for (Row r : services) {
      total = total.plus(r);
    }
    String bodyId = plan.get().body().value();
    LocalizedText bodyName = strategy.governance().bodies().stream().filter(b -> b.id().equals(plan.get().body()))
        .map(org.civicplan.governance.GovernanceBody::name).findFirst().orElse(LocalizedText.of(bodyId, bodyId));
    return new ServicesMonitoringReport(year, Optional.of(bodyId), bodyName, services, targetGroups, total);
  }

  private static final Locale RO = Locale.forLanguageTag("ro");

  private static String text(String key, Locale locale, Object... args) {
    return Names.labels().text(key, args).get(locale);
  }

  private List<String> header(Locale locale, boolean service) {
    List<String> h = new ArrayList<>();
    h.add(text(service ? "report.col.service" : "report.col.target-group", locale));
    if (service) {
      h.add(text("report.col.type", locale));
      h.add(text("report.col.target-group", locale));
      h.add(text("report.col.provider", locale));
    } else {
      h.add(text("report.col.services", locale));
    }
    for (String k : List.of("visits-planned", "visits-done", "met", "partly-met", "not-met", "met-percent", "recommendations-open")) {
      h.add(text("report.col." + k, locale));
    }
    return h;
  }

  private static List<String> cells(Row r, Locale locale, boolean service) {
    List<String> c = new ArrayList<>();
    c.add(service ? r.id() + " " + r.name().get(locale) : r.name().get(locale));
    if (service) {
      for (int i = 0; i < 3; i++) {
        c.add(i < r.detail().size() ? r.detail().get(i).get(locale) : "");
      }
    } else {
      c.add(Integer.toString(r.services()));
    }
    c.add(Integer.toString(r.visitsPlanned()));
    c.add(Integer.toString(r.visitsDone()));
    c.add(Integer.toString(r.met()));
    c.add(Integer.toString(r.partlyMet()));
    c.add(Integer.toString(r.notMet()));
    c.add(r.checks() == 0 ? "–" : Tables.number(r.metPercent(), 1, locale));
    c.add(Integer.toString(r.recommendationsOpen()));
    return c;
  }

  private List<List<String>> rows(List<Row> rows, Locale locale, boolean service) {
    List<List<String>> out = new ArrayList<>();
    rows.forEach(r -> out.add(cells(r, locale, service)));
    if (!service) {
      out.add(cells(new Row(total.id(), LocalizedText.of(text("report.total", Locale.ENGLISH), text("report.total", RO)),
          List.of(), total.services(), total.visitsPlanned(), total.visitsDone(), total.met(), total.partlyMet(), total.notMet(),
          total.recommendationsOpen(), total.recommendationsDone()), locale, false));
    }
    return out;
  }

  /**
   * {@return the report as Markdown in {@code locale}'s language (Romanian for {@code ro}, English otherwise)}
   *
   * @param locale the reader's locale
   */
  public String toMarkdown(Locale locale) {
    StringBuilder out = new StringBuilder("# ").append(text("monitoring.title", locale, Integer.toString(year))).append("\n\n");
    if (body.isEmpty()) {
      return out.append(text("monitoring.none", locale, Integer.toString(year))).append('\n').toString();
    }
    out.append(text("monitoring.intro", locale, bodyName.get(locale))).append("\n\n");
    out.append("## ").append(text("monitoring.by-group", locale)).append("\n\n");
    out.append(Tables.markdown(header(locale, false), rows(targetGroups, locale, false))).append('\n');
    out.append("## ").append(text("monitoring.by-service", locale)).append("\n\n");
    out.append(Tables.markdown(header(locale, true), rows(services, locale, true)));
    return out.toString();
  }

  /**
   * {@return the report as an HTML page in {@code locale}'s language}
   *
   * @param locale the reader's locale
   */
  public String toHtml(Locale locale) {
    StringBuilder out = new StringBuilder(Tables.htmlStart(text("monitoring.title", locale, Integer.toString(year)), locale));
    if (body.isEmpty()) {
      out.append("<p>").append(Tables.escape(text("monitoring.none", locale, Integer.toString(year)))).append("</p>\n");
      return out.append(Tables.HTML_END).toString();
    }
    out.append("<p>").append(Tables.escape(text("monitoring.intro", locale, bodyName.get(locale)))).append("</p>\n");
    out.append(Tables.html(text("monitoring.by-group", locale), header(locale, false), rows(targetGroups, locale, false)));
    out.append(Tables.html(text("monitoring.by-service", locale), header(locale, true), rows(services, locale, true)));
    return out.append(Tables.HTML_END).toString();
  }

  /** {@return the report as JSON: ids and exact values, no localized text but the names} */
  public String toJson() {
    StringBuilder out = new StringBuilder("{\n  \"year\": ").append(year).append(",\n  \"body\": ")
        .append(body.map(Tables::json).orElse("null")).append(",\n  \"targetGroups\": [");
    appendRows(out, targetGroups, false);
    out.append("],\n  \"services\": [");
    appendRows(out, services, true);
    out.append("],\n  \"total\": ");
    appendRow(out, total, false);
    return out.append("\n}\n").toString();
  }

  private static void appendRows(StringBuilder out, List<Row> rows, boolean service) {
    for (int i = 0; i < rows.size(); i++) {
      out.append(i == 0 ? "\n    " : ",\n    ");
      appendRow(out, rows.get(i), service);
    }
    if (!rows.isEmpty()) {
      out.append("\n  ");
    }
  }

  private static void appendRow(StringBuilder out, Row r, boolean service) {
    out.append("{\"id\": ").append(Tables.json(r.id()));
    if (service) {
      out.append(", \"name\": ").append(Tables.json(r.name().get(Locale.ENGLISH)));
    }
    out.append(", \"services\": ").append(r.services())
        .append(", \"visitsPlanned\": ").append(r.visitsPlanned())
        .append(", \"visitsDone\": ").append(r.visitsDone())
        .append(", \"met\": ").append(r.met())
        .append(", \"partlyMet\": ").append(r.partlyMet())
        .append(", \"notMet\": ").append(r.notMet())
        .append(", \"metPercent\": ").append(r.metPercent().toPlainString())
        .append(", \"recommendationsOpen\": ").append(r.recommendationsOpen())
        .append(", \"recommendationsDone\": ").append(r.recommendationsDone())
        .append('}');
  }
}
