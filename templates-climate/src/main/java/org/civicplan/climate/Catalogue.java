package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceObjective;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.IndicatorKind;
import org.civicplan.base.LocalizedText;

/**
 * The data the climate template ships, read once from the CSV files next to this class (copied
 * from the project's reference catalogues, with Romanian names added).
 */
final class Catalogue {

  static final List<Indicator> INDICATORS = indicators();
  static final List<Hazard> HAZARDS = hazards();
  static final List<VulnerableSector> SECTORS = sectors();
  static final List<EmissionFactor> FACTORS = factors();
  static final List<ReferenceFramework> FRAMEWORKS = frameworks();

  private Catalogue() {}

  private static LocalizedText text(Map<String, String> row, String prefix) {
    return LocalizedText.of(row.get(prefix + "_en"), row.get(prefix + "_ro"));
  }

  private static List<Indicator> indicators() {
    List<Indicator> list = new ArrayList<>();
    for (Map<String, String> r : Csv.read("indicators.csv")) {
      list.add(
          Indicator.builder(
                  IndicatorId.of(r.get("id")),
                  text(r, "name"),
                  r.get("unit"),
                  Direction.valueOf(r.get("direction").toUpperCase(Locale.ROOT).replace('-', '_')))
              .kind(IndicatorKind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)))
              .definition(text(r, "definition"))
              .reference(r.get("reference"))
              .build());
    }
    return List.copyOf(list);
  }

  private static List<Hazard> hazards() {
    List<Hazard> list = new ArrayList<>();
    for (Map<String, String> r : Csv.read("hazards.csv")) {
      String parent = r.get("parent");
      list.add(
          new Hazard(
              r.get("id"), text(r, "name"), parent.isEmpty() ? Optional.empty() : Optional.of(parent),
              r.get("group"), r.get("source")));
    }
    return List.copyOf(list);
  }

  private static List<VulnerableSector> sectors() {
    List<VulnerableSector> list = new ArrayList<>();
    for (Map<String, String> r : Csv.read("vulnerable-sectors.csv")) {
      list.add(new VulnerableSector(r.get("id"), text(r, "name"), r.get("source")));
    }
    return List.copyOf(list);
  }

  private static List<EmissionFactor> factors() {
    List<EmissionFactor> list = new ArrayList<>();
    for (Map<String, String> r : Csv.read("emission-factors.csv")) {
      list.add(
          new EmissionFactor(
              r.get("carrier"), text(r, "name"), new BigDecimal(r.get("t_co2_per_mwh")),
              Boolean.parseBoolean(r.get("biogenic")), r.get("source")));
    }
    return List.copyOf(list);
  }

  private static List<ReferenceFramework> frameworks() {
    Map<String, LocalizedText> names = new LinkedHashMap<>();
    Map<String, List<ReferenceObjective>> objectives = new LinkedHashMap<>();
    for (Map<String, String> r : Csv.read("frameworks.csv")) {
      String id = r.get("framework");
      names.putIfAbsent(id, text(r, "name"));
      objectives
          .computeIfAbsent(id, k -> new ArrayList<>())
          .add(new ReferenceObjective(r.get("objective"), text(r, "title"), r.get("source")));
    }
    List<ReferenceFramework> list = new ArrayList<>();
    names.forEach((id, name) -> list.add(new ReferenceFramework(id, name, objectives.get(id))));
    return List.copyOf(list);
  }
}
