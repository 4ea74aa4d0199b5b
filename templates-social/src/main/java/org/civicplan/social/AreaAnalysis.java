// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.governance.PartnershipProject;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;

/**
 * The marginalised areas of a strategy classified, ranked and set against its partnership
 * projects (World Bank 2014, Atlas of Urban Marginalized Communities in Romania, hdl 10986/24465).
 *
 * <p><b>Classification.</b> An area is disadvantaged on a dimension when its score is at least the
 * dimension's threshold parameter ({@code areas.threshold.human-capital}, {@code
 * areas.threshold.employment}, {@code areas.threshold.housing}); the Atlas's numeric thresholds
 * were not verified (DOMAIN.md §4), so the parameters have no default, and for a dimension whose
 * threshold is not set the area's recorded classification ({@link
 * MarginalisedAreas.Area#disadvantaged()}) is used. An area disadvantaged on all three dimensions
 * is marginalised.
 *
 * <p><b>Composite ranking.</b> Each score is normalised over the areas of the annex, {@code (score −
 * min) / (max − min)} (0 when all areas have the same score), to 10 decimals half up; the composite
 * is the mean of the three, to 6 decimals half up. Areas are ranked by composite, most deprived
 * first, ties by id.
 *
 * <p><b>Coverage.</b> Marginalised areas that no project targets; projects none of whose target
 * areas is disadvantaged on any dimension (including projects with no target area).
 *
 * @param areas the areas, ranked
 * @param projects the partnership projects, in document order
 * @param uncovered the ids of the marginalised areas that no project targets, in rank order
 * @param outside the actions of the projects outside any disadvantaged area, in document order
 */
public record AreaAnalysis(List<RankedArea> areas, List<Project> projects, List<String> uncovered, List<ActionId> outside) {

  /** Parameter prefix of the thresholds: {@code areas.threshold.} + the dimension's label. */
  public static final String THRESHOLD = "areas.threshold.";

  /**
   * Creates an instance from its components.
   *
   * @param areas the areas, ranked
   * @param projects the partnership projects
   * @param uncovered the marginalised areas no project targets
   * @param outside the projects outside any disadvantaged area
   * @throws NullPointerException if an argument or a list element is null
   */
  public AreaAnalysis {
    areas = List.copyOf(areas);
    projects = List.copyOf(projects);
    uncovered = List.copyOf(uncovered);
    outside = List.copyOf(outside);
  }

  /**
   * An area with its classification, composite and rank.
   *
   * @param area the area
   * @param disadvantaged the dimensions on which it is disadvantaged, in declaration order
   * @param normalised the normalised score per dimension, in declaration order
   * @param composite the mean of the normalised scores
   * @param rank 1 for the most deprived
   * @param projects the actions of the projects that target it, in document order
   */
  public record RankedArea(MarginalisedAreas.Area area, List<Dimension> disadvantaged, List<BigDecimal> normalised,
      BigDecimal composite, int rank, List<ActionId> projects) {

    /**
     * Creates an instance from its components.
     *
     * @param area the area
     * @param disadvantaged the dimensions on which it is disadvantaged
     * @param normalised the normalised score per dimension
     * @param composite the mean of the normalised scores
     * @param rank 1 for the most deprived
     * @param projects the projects that target it
     * @throws NullPointerException if an argument or a list element is null
     */
    public RankedArea {
      Objects.requireNonNull(area, "area");
      disadvantaged = List.copyOf(disadvantaged);
      normalised = List.copyOf(normalised);
      Objects.requireNonNull(composite, "composite");
      projects = List.copyOf(projects);
    }

    /** {@return whether the area is disadvantaged on all three dimensions} */
    public boolean marginalised() {
      return disadvantaged.size() == Dimension.values().length;
    }
  }

  /**
   * A partnership project with its partners.
   *
   * @param action the project's action
   * @param title the action's title; its id when the action is not in the strategy
   * @param targetAreas the ids of its target areas
   * @param partners the names of its partners, in the action's order
   */
  public record Project(ActionId action, LocalizedText title, List<String> targetAreas, List<LocalizedText> partners) {

    /**
     * Creates an instance from its components.
     *
     * @param action the project's action
     * @param title the action's title
     * @param targetAreas the ids of its target areas
     * @param partners the names of its partners
     * @throws NullPointerException if an argument or a list element is null
     */
    public Project {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(title, "title");
      targetAreas = List.copyOf(targetAreas);
      partners = List.copyOf(partners);
    }
  }

  /** {@return the parameter name of the threshold of {@code dimension}: {@code areas.threshold.human-capital}} */
  static String threshold(Dimension dimension) {
    return THRESHOLD + Names.kebab(dimension);
  }

  /**
   * {@return the dimensions on which {@code area} is disadvantaged under {@code parameters}}
   *
   * @param area the area
   * @param parameters the template's parameters in force
   */
  public static List<Dimension> classify(MarginalisedAreas.Area area, Parameters parameters) {
    Set<Dimension> out = EnumSet.noneOf(Dimension.class);
    for (Dimension d : Dimension.values()) {
      Optional<String> t = parameters.text(threshold(d)).filter(s -> !s.isBlank());
      boolean disadvantaged = t.isPresent()
          ? area.score(d).compareTo(new BigDecimal(t.get().strip())) >= 0
          : area.disadvantaged().contains(d);
      if (disadvantaged) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /**
   * {@return the analysis of {@code strategy}'s first marginalised-areas annex (no areas without
   * one) and of its partnership projects}
   *
   * @param strategy the strategy
   * @param parameters the template's parameters in force
   */
  public static AreaAnalysis of(Strategy strategy, Parameters parameters) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(parameters, "parameters");
    List<MarginalisedAreas.Area> areas =
        strategy.annexes(MarginalisedAreas.class).stream().findFirst().map(MarginalisedAreas::areas).orElse(List.of());
    Map<Dimension, BigDecimal> min = new EnumMap<>(Dimension.class);
    Map<Dimension, BigDecimal> max = new EnumMap<>(Dimension.class);
    for (MarginalisedAreas.Area a : areas) {
      for (Dimension d : Dimension.values()) {
        min.merge(d, a.score(d), BigDecimal::min);
        max.merge(d, a.score(d), BigDecimal::max);
      }
    }
    List<PartnershipProject> projects = strategy.governance().projects();
    List<RankedArea> unranked = new ArrayList<>();
    for (MarginalisedAreas.Area a : areas) {
      List<BigDecimal> normalised = new ArrayList<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (Dimension d : Dimension.values()) {
        BigDecimal range = max.get(d).subtract(min.get(d));
        BigDecimal n = range.signum() == 0 ? BigDecimal.ZERO.setScale(10)
            : a.score(d).subtract(min.get(d)).divide(range, 10, RoundingMode.HALF_UP);
        normalised.add(n);
        sum = sum.add(n);
      }
      BigDecimal composite = sum.divide(BigDecimal.valueOf(Dimension.values().length), 6, RoundingMode.HALF_UP);
      List<ActionId> targeting = projects.stream().filter(p -> p.targetAreas().contains(a.id()))
          .map(PartnershipProject::action).toList();
      unranked.add(new RankedArea(a, classify(a, parameters), normalised, composite, 0, targeting));
    }
    unranked.sort(Comparator.comparing(RankedArea::composite).reversed().thenComparing(r -> r.area().id()));
    List<RankedArea> ranked = new ArrayList<>();
    for (int i = 0; i < unranked.size(); i++) {
      RankedArea r = unranked.get(i);
      ranked.add(new RankedArea(r.area(), r.disadvantaged(), r.normalised(), r.composite(), i + 1, r.projects()));
    }
    List<String> uncovered = ranked.stream().filter(r -> r.marginalised() && r.projects().isEmpty())
        .map(r -> r.area().id()).toList();
    Map<String, LocalizedText> orgNames = new java.util.HashMap<>();
    strategy.organisations().forEach(o -> orgNames.put(o.id().value(), o.name()));
    List<Project> rows = new ArrayList<>();
    List<ActionId> outside = new ArrayList<>();
    for (PartnershipProject p : projects) {
      Optional<Action> action = strategy.action(p.action());
      LocalizedText title = action.map(Action::title).orElse(LocalizedText.of(p.action().value(), p.action().value()));
      List<LocalizedText> partners = action.map(x -> x.partners().stream()
          .map(pt -> orgNames.getOrDefault(pt.organisation().value(),
              LocalizedText.of(pt.organisation().value(), pt.organisation().value()))).toList()).orElse(List.of());
      rows.add(new Project(p.action(), title, p.targetAreas(), partners));
      boolean inside = ranked.stream().anyMatch(r -> p.targetAreas().contains(r.area().id()) && !r.disadvantaged().isEmpty());
      if (!inside) {
        outside.add(p.action());
      }
    }
    return new AreaAnalysis(ranked, rows, uncovered, outside);
  }

  /**
   * {@return the ranked area {@code id}, if there is one}
   *
   * @param id the area's id
   */
  public Optional<RankedArea> area(String id) {
    return areas.stream().filter(r -> r.area().id().equals(id)).findFirst();
  }

  static String dimensions(List<Dimension> dimensions, Locale locale) {
    if (dimensions.isEmpty()) {
      return "–";
    }
    return String.join(", ", dimensions.stream().map(d -> Names.of(d).get(locale)).toList());
  }

  private static String text(String key, Locale locale, Object... args) {
    return Names.labels().text(key, args).get(locale);
  }

  private List<String> areaHeader(Locale locale) {
    List<String> h = new ArrayList<>();
    for (String k : List.of("rank", "area", "district", "population", "human-capital", "employment", "housing", "composite",
        "disadvantaged", "marginalised", "projects")) {
      h.add(text("areas.col." + k, locale));
    }
    return h;
  }

  private List<List<String>> areaRows(Locale locale) {
    List<List<String>> rows = new ArrayList<>();
    for (RankedArea r : areas) {
      MarginalisedAreas.Area a = r.area();
      rows.add(List.of(Integer.toString(r.rank()), a.name(), a.district(), Integer.toString(a.population()),
          Tables.number(a.humanCapital(), 2, locale), Tables.number(a.employment(), 2, locale), Tables.number(a.housing(), 2, locale),
          Tables.number(r.composite(), 3, locale), dimensions(r.disadvantaged(), locale),
          text(r.marginalised() ? "areas.yes" : "areas.no", locale), Integer.toString(r.projects().size())));
    }
    return rows;
  }

  private List<String> projectHeader(Locale locale) {
    return List.of(text("areas.col.project", locale), text("areas.col.target-areas", locale), text("areas.col.partners", locale));
  }

  private List<List<String>> projectRows(Locale locale) {
    List<List<String>> rows = new ArrayList<>();
    for (Project p : projects) {
      List<String> names = p.targetAreas().stream().map(id -> area(id).map(r -> r.area().name()).orElse(id)).toList();
      rows.add(List.of(p.title().get(locale), names.isEmpty() ? "–" : String.join(", ", names),
          p.partners().isEmpty() ? "–" : String.join(", ", p.partners().stream().map(n -> n.get(locale)).toList())));
    }
    return rows;
  }

  private String uncoveredText(Locale locale) {
    if (uncovered.isEmpty()) {
      return text("areas.uncovered.none", locale);
    }
    return text("areas.uncovered", locale, String.join(", ", uncovered.stream().map(id -> area(id).orElseThrow().area().name()).toList()));
  }

  private String outsideText(Locale locale) {
    if (outside.isEmpty()) {
      return text("areas.outside.none", locale);
    }
    return text("areas.outside", locale, String.join(", ", outside.stream().map(id -> projects.stream()
        .filter(p -> p.action().equals(id)).findFirst().orElseThrow().title().get(locale)).toList()));
  }

  /**
   * {@return the ranking and the coverage as Markdown in {@code locale}'s language}
   *
   * @param locale the reader's locale
   */
  public String toMarkdown(Locale locale) {
    StringBuilder out = new StringBuilder("# ").append(text("areas.title", locale)).append("\n\n");
    out.append(text("areas.intro", locale)).append("\n\n");
    out.append(Tables.markdown(areaHeader(locale), areaRows(locale))).append('\n');
    out.append("## ").append(text("areas.coverage", locale)).append("\n\n");
    out.append(uncoveredText(locale)).append("\n\n").append(outsideText(locale)).append("\n\n");
    out.append(Tables.markdown(projectHeader(locale), projectRows(locale)));
    return out.toString();
  }

  /**
   * {@return the ranking and the coverage as an HTML page in {@code locale}'s language}
   *
   * @param locale the reader's locale
   */
  public String toHtml(Locale locale) {
    StringBuilder out = new StringBuilder(Tables.htmlStart(text("areas.title", locale), locale));
    out.append("<p>").append(Tables.escape(text("areas.intro", locale))).append("</p>\n");
    out.append(Tables.html(text("areas.ranking", locale), areaHeader(locale), areaRows(locale)));
    out.append("<h2>").append(Tables.escape(text("areas.coverage", locale))).append("</h2>\n");
    out.append("<p>").append(Tables.escape(uncoveredText(locale))).append("</p>\n");
    out.append("<p>").append(Tables.escape(outsideText(locale))).append("</p>\n");
    out.append(Tables.html(text("areas.projects", locale), projectHeader(locale), projectRows(locale)));
    return out.append(Tables.HTML_END).toString();
  }

  /** {@return the analysis as JSON: ids and exact values} */
  public String toJson() {
    StringBuilder out = new StringBuilder("{\n  \"areas\": [");
    for (int i = 0; i < areas.size(); i++) {
      RankedArea r = areas.get(i);
      MarginalisedAreas.Area a = r.area();
      out.append(i == 0 ? "\n    " : ",\n    ");
      out.append("{\"rank\": ").append(r.rank()).append(", \"id\": ").append(Tables.json(a.id()))
          .append(", \"name\": ").append(Tables.json(a.name())).append(", \"district\": ").append(Tables.json(a.district()))
          .append(", \"population\": ").append(a.population())
          .append(", \"humanCapital\": ").append(a.humanCapital().toPlainString())
          .append(", \"employment\": ").append(a.employment().toPlainString())
          .append(", \"housing\": ").append(a.housing().toPlainString())
          .append(", \"normalised\": [").append(String.join(", ", r.normalised().stream().map(BigDecimal::toPlainString).toList()))
          .append("], \"composite\": ").append(r.composite().toPlainString())
          .append(", \"disadvantaged\": [").append(String.join(", ", r.disadvantaged().stream().map(d -> Tables.json(Names.kebab(d))).toList()))
          .append("], \"marginalised\": ").append(r.marginalised())
          .append(", \"projects\": [").append(String.join(", ", r.projects().stream().map(p -> Tables.json(p.value())).toList()))
          .append("]}");
    }
    out.append(areas.isEmpty() ? "],\n" : "\n  ],\n");
    out.append("  \"uncovered\": [").append(String.join(", ", uncovered.stream().map(Tables::json).toList())).append("],\n");
    out.append("  \"outside\": [").append(String.join(", ", outside.stream().map(a -> Tables.json(a.value())).toList())).append("]\n");
    return out.append("}\n").toString();
  }
}
