// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of a participatory-budgeting edition as a strategy keeps it, like a prioritisation
 * record: which rule with which options decided, what each project got and why, and which action
 * each funded project became. It is stored in the strategy as an annex of kind {@value #KIND}
 * (which every civicplan reader keeps verbatim), so it needs no change to the strategy document.
 * Money and figures are exact decimal strings (or {@code p/q} where a figure has no finite
 * decimal).
 *
 * @param edition the edition's id
 * @param editionName the edition's name
 * @param decidedOn the day the outcome was decided
 * @param rule the rule ({@code greedy}, {@code mes}, {@code phragmen})
 * @param options the rule's options ({@code utility}, {@code completion}, {@code increment},
 *     {@code fill}, {@code order}), by name
 * @param budget the budget
 * @param currency the currency code
 * @param selected the funded projects in the order the rule funded them
 * @param totalCost their total cost
 * @param projects what each project got, in instance order
 * @param officialOutcome the outcome the file recorded as official, if it recorded one
 */
public record PbRecord(
    String edition,
    LocalizedText editionName,
    LocalDate decidedOn,
    String rule,
    Map<String, String> options,
    String budget,
    String currency,
    List<ProjectId> selected,
    String totalCost,
    List<Entry> projects,
    List<ProjectId> officialOutcome) {

  /** The annex kind the record is stored under. */
  public static final String KIND = "participatory-budget";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * Creates an instance from its components.
   *
   * @param edition the edition's id
   * @param editionName the edition's name
   * @param decidedOn the day the outcome was decided
   * @param rule the rule ({@code greedy}, {@code mes}, {@code phragmen})
   * @param options the rule's options ({@code utility}, {@code completion}, {@code increment},
   *     {@code fill}, {@code order}), by name
   * @param budget the budget
   * @param currency the currency code
   * @param selected the funded projects in the order the rule funded them
   * @param totalCost their total cost
   * @param projects what each project got, in instance order
   * @param officialOutcome the outcome the file recorded as official, if it recorded one
   * @throws NullPointerException if an argument is null
   */
  public PbRecord {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(editionName, "editionName");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(rule, "rule");
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(currency, "currency");
    selected = List.copyOf(selected);
    Objects.requireNonNull(totalCost, "totalCost");
    projects = List.copyOf(projects);
    officialOutcome = List.copyOf(officialOutcome);
  }

  /**
   * What one project got.
   *
   * @param project the project
   * @param name its name
   * @param action the action it became, when funded
   * @param funded whether it was funded
   * @param kind the kind of reason ({@link Reason#kind()})
   * @param reason the reason
   * @param figures the reason's figures as exact strings
   */
  public record Entry(
      ProjectId project, String name, Optional<ActionId> action, boolean funded, String kind, LocalizedText reason, Map<String, String> figures) {
    /**
     * Creates an instance from its components.
     *
     * @param project the project
     * @param name its name
     * @param action the action it became, when funded
     * @param funded whether it was funded
     * @param kind the kind of reason ({@link Reason#kind()})
     * @param reason the reason
     * @param figures the reason's figures as exact strings
     * @throws NullPointerException if an argument is null
     */
    public Entry {
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
      figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
  }

  /**
   * The record as the annex the strategy keeps.
   *
   * @return the annex of kind {@value #KIND}
   */
  public RawAnnex toAnnex() {
    return new RawAnnex(KIND, toJson());
  }

  /**
   * The records stored in {@code strategy}, in annex order.
   *
   * @param strategy the strategy
   * @return the records; empty when it has none
   */
  public static List<PbRecord> of(Strategy strategy) {
    List<PbRecord> out = new ArrayList<>();
    for (Annex a : strategy.annexes(KIND)) {
      if (a instanceof RawAnnex raw) {
        out.add(fromJson(raw.json()));
      }
    }
    return out;
  }

  /**
   * The JSON text of the record (members in a fixed order).
   *
   * @return the JSON text
   */
  public String toJson() {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("edition", edition);
    o.set("editionName", text(editionName));
    o.put("decidedOn", decidedOn.toString());
    o.put("rule", rule);
    ObjectNode opts = o.putObject("options");
    options.forEach(opts::put);
    o.put("budget", budget);
    o.put("currency", currency);
    ArrayNode sel = o.putArray("selected");
    selected.forEach(id -> sel.add(id.value()));
    o.put("totalCost", totalCost);
    ArrayNode ps = o.putArray("projects");
    for (Entry e : projects) {
      ObjectNode p = ps.addObject();
      p.put("project", e.project().value());
      p.put("name", e.name());
      e.action().ifPresent(a -> p.put("action", a.value()));
      p.put("funded", e.funded());
      p.put("kind", e.kind());
      p.set("reason", text(e.reason()));
      ObjectNode f = p.putObject("figures");
      e.figures().forEach(f::put);
    }
    if (!officialOutcome.isEmpty()) {
      ArrayNode off = o.putArray("officialOutcome");
      officialOutcome.forEach(id -> off.add(id.value()));
    }
    return MAPPER.writeValueAsString(o);
  }

  /**
   * Reads what {@link #toJson()} writes.
   *
   * @param json the JSON text of a record
   * @return the record
   * @throws IllegalArgumentException if {@code json} is not such a record
   */
  public static PbRecord fromJson(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode o;
    try {
      o = MAPPER.readTree(json);
    } catch (tools.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("a participatory-budget record is not valid JSON: " + e.getOriginalMessage(), e);
    }
    try {
      Map<String, String> options = new LinkedHashMap<>();
      o.get("options").properties().forEach(en -> options.put(en.getKey(), en.getValue().asString()));
      List<Entry> projects = new ArrayList<>();
      for (JsonNode p : o.get("projects")) {
        Map<String, String> figures = new LinkedHashMap<>();
        p.get("figures").properties().forEach(en -> figures.put(en.getKey(), en.getValue().asString()));
        projects.add(new Entry(
            ProjectId.of(p.get("project").asString()), p.get("name").asString(),
            p.has("action") ? Optional.of(ActionId.of(p.get("action").asString())) : Optional.empty(),
            p.get("funded").asBoolean(), p.get("kind").asString(), text(p.get("reason")), figures));
      }
      return new PbRecord(
          o.get("edition").asString(), text(o.get("editionName")), LocalDate.parse(o.get("decidedOn").asString()),
          o.get("rule").asString(), options, o.get("budget").asString(), o.get("currency").asString(), ids(o.get("selected")),
          o.get("totalCost").asString(), projects, o.has("officialOutcome") ? ids(o.get("officialOutcome")) : List.of());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a participatory-budget record: " + e.getMessage(), e);
    }
  }

  private static List<ProjectId> ids(JsonNode array) {
    List<ProjectId> ids = new ArrayList<>();
    array.forEach(n -> ids.add(ProjectId.of(n.asString())));
    return ids;
  }

  private static ObjectNode text(LocalizedText t) {
    ObjectNode n = MAPPER.createObjectNode();
    t.languages().stream().sorted().forEach(l -> n.put(l, t.exactly(l).orElseThrow()));
    return n;
  }

  private static LocalizedText text(JsonNode n) {
    LocalizedText t = LocalizedText.empty();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      t = t.with(e.getKey(), e.getValue().asString());
    }
    return t;
  }
}
