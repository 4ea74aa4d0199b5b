// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import org.civicplan.base.Pointer;
import org.civicplan.base.TemplateId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;

/**
 * Applies a {@link TemplateOverlay} to a template.
 *
 * <p><b>Order and ids.</b> Indicators are edited before objectives; within each, removals come
 * first, then changes, then additions, each in file order. Ids in {@code remove} and {@code
 * change} name items of the <em>base</em> template. Every other id (an addition's {@code parent},
 * an objective's {@code indicatorIds}) names items of the <em>adapted</em> template: after renames,
 * removals and additions (a parent may be an objective added earlier in the file). An id freed by
 * a removal or a rename may be taken again; two items never share an id.
 *
 * <p><b>Removals.</b> Removing an objective removes its sub-objectives. Removing an indicator
 * unlinks it from the skeleton objectives that named it (an {@link
 * OverlayCodes#INDICATOR_UNLINKED} information); naming a removed item anywhere else in the
 * overlay is an {@link OverlayCodes#REFERENCE_REMOVED} error.
 *
 * <p><b>Result.</b> When any finding is an error, the result carries no template: an overlay is
 * applied whole or not at all. The adapted template keeps the base's id, rules, annex types and
 * reference frameworks; its version is the base version with the build metadata {@code overlay}
 * ({@code 1.0.0} becomes {@code 1.0.0+overlay}, {@code 1.0.0+b7} becomes {@code
 * 1.0.0+b7.overlay}), so reports show that a strategy started from an adapted template. Register
 * it with {@link TemplateRegistry#replacing(StrategyTemplate)}.
 *
 * <p>Stateless and thread-safe; the same inputs give equal results with findings in the same
 * order.
 */
public final class Overlays {

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(Overlays.class::getResourceAsStream, "overlay-messages");
  private static final int KNOWN_IDS_SHOWN = 20;
  private static final int OBJECTIVE = 0;
  private static final int INDICATOR = 1;

  private Overlays() {}

  /**
   * The messages of the {@link OverlayCodes} findings, in English and Romanian.
   *
   * @return the catalogue, keyed by finding code
   */
  public static MessageCatalog messages() {
    return MESSAGES;
  }

  /**
   * Adapts {@code base} as {@code overlay} says.
   *
   * @param base the template to adapt (e.g. from {@link TemplateRegistry#get(TemplateId)})
   * @param overlay the adaptation, usually read from a file
   * @return the adapted template, or no template and the error findings; never throws on the
   *     overlay's content
   * @throws NullPointerException if an argument is null
   */
  public static OverlayResult apply(StrategyTemplate base, TemplateOverlay overlay) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(overlay, "overlay");
    if (!overlay.template().equals(base.id())) {
      return new OverlayResult(
          Optional.empty(),
          List.of(
              MESSAGES.finding(
                  Severity.ERROR,
                  OverlayCodes.TEMPLATE_MISMATCH,
                  "/template",
                  overlay.template().value(),
                  base.id().value())));
    }
    return new Run(base, overlay).apply();
  }

  /** The version of a template adapted from a template of version {@code base}. */
  static String adaptedVersion(String base) {
    return base + (base.contains("+") ? ".overlay" : "+overlay");
  }

  private static LocalizedText merge(LocalizedText base, Optional<LocalizedText> overlay) {
    if (overlay.isEmpty()) {
      return base;
    }
    Map<String, String> merged = new TreeMap<>(base.values());
    merged.putAll(overlay.get().values());
    return new LocalizedText(merged);
  }

  private static String known(Collection<?> ids) {
    List<String> sorted = ids.stream().map(Object::toString).sorted().toList();
    if (sorted.isEmpty()) {
      return "—";
    }
    if (sorted.size() <= KNOWN_IDS_SHOWN) {
      return String.join(", ", sorted);
    }
    return String.join(", ", sorted.subList(0, KNOWN_IDS_SHOWN)) + ", …";
  }

  private static boolean isDecimal(String text) {
    try {
      new BigDecimal(text.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isFlag(String text) {
    String t = text.strip();
    return t.equals("true") || t.equals("false");
  }

  /** One application: the state of one call, never shared. */
  private static final class Run {
    private final StrategyTemplate base;
    private final TemplateOverlay overlay;
    private final List<Finding> findings = new ArrayList<>();

    // Indicators.
    private final Map<IndicatorId, String> indicatorRemovedAt = new HashMap<>();
    private final Map<IndicatorId, IndicatorChange> indicatorChanges = new HashMap<>();
    private final Map<IndicatorId, IndicatorId> indicatorRenames = new HashMap<>();
    private final Set<IndicatorId> adaptedIndicatorIds = new LinkedHashSet<>();
    // Removed indicator -> the adapted ids of the skeleton objectives that no longer name it.
    private final Map<IndicatorId, List<ObjectiveId>> unlinked = new LinkedHashMap<>();

    // Objectives.
    private final Map<ObjectiveId, String> objectiveRemovedAt = new HashMap<>();
    private final Map<ObjectiveId, ObjectiveChange> objectiveChanges = new HashMap<>();

    Run(StrategyTemplate base, TemplateOverlay overlay) {
      this.base = base;
      this.overlay = overlay;
    }

    OverlayResult apply() {
      List<Indicator> catalogue = indicators();
      List<Objective> objectives = objectives();
      List<CriteriaSet> criteriaSets = criteriaSets();
      Parameters parameters = parameters();
      if (findings.stream().anyMatch(Finding::isError)) {
        return new OverlayResult(Optional.empty(), findings);
      }
      unlinked.forEach(
          (indicator, objectiveIds) ->
              findings.add(
                  MESSAGES.finding(
                      Severity.INFO,
                      OverlayCodes.INDICATOR_UNLINKED,
                      indicatorRemovedAt.get(indicator),
                      indicator.value(),
                      objectiveIds.stream().map(ObjectiveId::value).collect(Collectors.joining(", ")))));
      StrategyTemplate adapted =
          new OverlaidTemplate(
              base,
              merge(base.name(), overlay.name()),
              merge(base.description(), overlay.description()),
              TemplateSkeleton.of(objectives),
              catalogue,
              parameters,
              criteriaSets);
      return new OverlayResult(Optional.of(adapted), findings);
    }

    private void error(String code, String path, Object... args) {
      findings.add(MESSAGES.finding(Severity.ERROR, code, path, args));
    }

    // ---------------------------------------------------------------- indicators

    private List<Indicator> indicators() {
      IndicatorEdits edits = overlay.indicators();
      List<Indicator> baseCatalogue = base.indicatorCatalogue();
      Set<IndicatorId> baseIds = new LinkedHashSet<>();
      baseCatalogue.forEach(i -> baseIds.add(i.id()));

      for (int i = 0; i < edits.remove().size(); i++) {
        IndicatorId id = edits.remove().get(i);
        String path = "/indicators/remove/" + i;
        if (!baseIds.contains(id)) {
          error(OverlayCodes.INDICATOR_UNKNOWN, path, id.value(), known(baseIds));
        } else if (indicatorRemovedAt.containsKey(id)) {
          error(OverlayCodes.CONFLICT, path, INDICATOR, id.value(), indicatorRemovedAt.get(id));
        } else {
          indicatorRemovedAt.put(id, path);
        }
      }

      Map<IndicatorId, String> changedAt = new HashMap<>();
      for (int i = 0; i < edits.change().size(); i++) {
        IndicatorChange change = edits.change().get(i);
        IndicatorId id = change.id();
        String path = "/indicators/change/" + i;
        if (!baseIds.contains(id)) {
          error(OverlayCodes.INDICATOR_UNKNOWN, path + "/id", id.value(), known(baseIds));
        } else if (indicatorRemovedAt.containsKey(id)) {
          error(OverlayCodes.CONFLICT, path + "/id", INDICATOR, id.value(), indicatorRemovedAt.get(id));
        } else if (changedAt.containsKey(id)) {
          error(OverlayCodes.CONFLICT, path + "/id", INDICATOR, id.value(), changedAt.get(id));
        } else {
          changedAt.put(id, path);
          indicatorChanges.put(id, change);
        }
      }

      // An id is free once its holder is removed or renamed, so swaps and replacements work.
      Set<IndicatorId> taken = new LinkedHashSet<>(baseIds);
      taken.removeAll(indicatorRemovedAt.keySet());
      for (IndicatorChange change : indicatorChanges.values()) {
        change.newId().ifPresent(n -> taken.remove(change.id()));
      }
      for (int i = 0; i < edits.change().size(); i++) {
        IndicatorChange change = edits.change().get(i);
        if (change.newId().isEmpty() || indicatorChanges.get(change.id()) != change) {
          continue;
        }
        IndicatorId newId = change.newId().get();
        if (!taken.add(newId)) {
          error(OverlayCodes.DUPLICATE_ID, "/indicators/change/" + i + "/newId", INDICATOR, newId.value());
        } else {
          indicatorRenames.put(change.id(), newId);
        }
      }
      for (int i = 0; i < edits.add().size(); i++) {
        IndicatorId id = edits.add().get(i).id();
        if (!taken.add(id)) {
          error(OverlayCodes.DUPLICATE_ID, "/indicators/add/" + i + "/id", INDICATOR, id.value());
        }
      }

      List<Indicator> catalogue = new ArrayList<>();
      for (Indicator indicator : baseCatalogue) {
        if (indicatorRemovedAt.containsKey(indicator.id())) {
          continue;
        }
        IndicatorChange change = indicatorChanges.get(indicator.id());
        if (change == null) {
          catalogue.add(indicator);
          continue;
        }
        Indicator.Builder b =
            indicator.toBuilder()
                .id(indicatorRenames.getOrDefault(indicator.id(), indicator.id()))
                .name(merge(indicator.name(), change.name()))
                .definition(merge(indicator.definition(), change.definition()));
        change.dataSource().ifPresent(b::dataSource);
        catalogue.add(b.build());
      }
      catalogue.addAll(edits.add());
      catalogue.forEach(i -> adaptedIndicatorIds.add(i.id()));
      return catalogue;
    }

    /** Checks ids an overlay operation names as indicators of the adapted catalogue. */
    private void checkIndicatorReferences(List<IndicatorId> ids, String path) {
      for (int k = 0; k < ids.size(); k++) {
        IndicatorId id = ids.get(k);
        if (adaptedIndicatorIds.contains(id)) {
          continue;
        }
        String at = path + "/" + k;
        if (indicatorRemovedAt.containsKey(id)) {
          error(OverlayCodes.REFERENCE_REMOVED, at, INDICATOR, id.value(), indicatorRemovedAt.get(id));
        } else {
          error(OverlayCodes.INDICATOR_UNKNOWN, at, id.value(), known(adaptedIndicatorIds));
        }
      }
    }

    // ---------------------------------------------------------------- objectives

    private List<Objective> objectives() {
      ObjectiveEdits edits = overlay.objectives();
      List<Objective> skeleton = base.skeleton().objectives();
      Map<ObjectiveId, Objective> baseById = new LinkedHashMap<>();
      skeleton.stream().flatMap(Objective::flatten).forEach(o -> baseById.putIfAbsent(o.id(), o));

      Map<ObjectiveId, String> removedDirectly = new HashMap<>();
      for (int i = 0; i < edits.remove().size(); i++) {
        ObjectiveId id = edits.remove().get(i);
        String path = "/objectives/remove/" + i;
        if (!baseById.containsKey(id)) {
          error(OverlayCodes.OBJECTIVE_UNKNOWN, path, id.value(), known(baseById.keySet()));
        } else if (removedDirectly.containsKey(id)) {
          error(OverlayCodes.CONFLICT, path, OBJECTIVE, id.value(), removedDirectly.get(id));
        } else {
          removedDirectly.put(id, path);
          baseById.get(id).flatten().forEach(o -> objectiveRemovedAt.putIfAbsent(o.id(), path));
        }
      }
      // A sub-objective removed by its own entry is reported at that entry.
      objectiveRemovedAt.putAll(removedDirectly);

      Map<ObjectiveId, String> changedAt = new HashMap<>();
      for (int i = 0; i < edits.change().size(); i++) {
        ObjectiveChange change = edits.change().get(i);
        ObjectiveId id = change.id();
        String path = "/objectives/change/" + i;
        if (!baseById.containsKey(id)) {
          error(OverlayCodes.OBJECTIVE_UNKNOWN, path + "/id", id.value(), known(baseById.keySet()));
        } else if (objectiveRemovedAt.containsKey(id)) {
          error(OverlayCodes.CONFLICT, path + "/id", OBJECTIVE, id.value(), objectiveRemovedAt.get(id));
        } else if (changedAt.containsKey(id)) {
          error(OverlayCodes.CONFLICT, path + "/id", OBJECTIVE, id.value(), changedAt.get(id));
        } else {
          changedAt.put(id, path);
          objectiveChanges.put(id, change);
        }
        change.indicatorIds().ifPresent(ids -> checkIndicatorReferences(ids, path + "/indicatorIds"));
      }

      Set<ObjectiveId> taken = new LinkedHashSet<>(baseById.keySet());
      taken.removeAll(objectiveRemovedAt.keySet());
      for (ObjectiveChange change : objectiveChanges.values()) {
        change.newId().ifPresent(n -> taken.remove(change.id()));
      }
      for (int i = 0; i < edits.change().size(); i++) {
        ObjectiveChange change = edits.change().get(i);
        if (change.newId().isEmpty() || objectiveChanges.get(change.id()) != change) {
          continue;
        }
        ObjectiveId newId = change.newId().get();
        if (!taken.add(newId)) {
          error(OverlayCodes.DUPLICATE_ID, "/objectives/change/" + i + "/newId", OBJECTIVE, newId.value());
        }
      }

      List<Objective> adapted = rebuild(skeleton);
      for (int i = 0; i < edits.add().size(); i++) {
        adapted = add(adapted, edits.add().get(i), "/objectives/add/" + i, taken);
      }
      return adapted;
    }

    private List<Objective> rebuild(List<Objective> objectives) {
      List<Objective> out = new ArrayList<>();
      for (Objective o : objectives) {
        if (objectiveRemovedAt.containsKey(o.id())) {
          continue;
        }
        Optional<ObjectiveChange> change = Optional.ofNullable(objectiveChanges.get(o.id()));
        ObjectiveId id = change.flatMap(ObjectiveChange::newId).orElse(o.id());
        List<IndicatorId> indicatorIds;
        if (change.isPresent() && change.get().indicatorIds().isPresent()) {
          indicatorIds = change.get().indicatorIds().get();
        } else {
          indicatorIds = new ArrayList<>();
          for (IndicatorId ref : o.indicatorIds()) {
            IndicatorId followed = indicatorRenames.getOrDefault(ref, ref);
            if (!adaptedIndicatorIds.contains(followed) && indicatorRemovedAt.containsKey(ref)) {
              unlinked.computeIfAbsent(ref, r -> new ArrayList<>()).add(id);
            } else {
              // A reference the base template itself leaves dangling is not the overlay's to fix.
              indicatorIds.add(followed);
            }
          }
        }
        out.add(
            new Objective(
                id,
                merge(o.title(), change.flatMap(ObjectiveChange::title)),
                merge(o.description(), change.flatMap(ObjectiveChange::description)),
                indicatorIds,
                rebuild(o.children())));
      }
      return out;
    }

    private List<Objective> add(
        List<Objective> adapted, ObjectiveAddition addition, String path, Set<ObjectiveId> taken) {
      checkNew(addition.objective(), path + "/objective", taken);
      if (addition.parent().isEmpty()) {
        List<Objective> out = new ArrayList<>(adapted);
        out.add(addition.objective());
        return out;
      }
      ObjectiveId parent = addition.parent().get();
      Set<ObjectiveId> present = new LinkedHashSet<>();
      adapted.stream().flatMap(Objective::flatten).forEach(o -> present.add(o.id()));
      if (!present.contains(parent)) {
        if (objectiveRemovedAt.containsKey(parent)) {
          error(OverlayCodes.REFERENCE_REMOVED, path + "/parent", OBJECTIVE, parent.value(), objectiveRemovedAt.get(parent));
        } else {
          error(OverlayCodes.OBJECTIVE_UNKNOWN, path + "/parent", parent.value(), known(present));
        }
        return adapted;
      }
      // Inserted even when invalid (the result is then discarded) so later additions under it do
      // not report a second, misleading error.
      return insert(adapted, parent, addition.objective());
    }

    /** Checks the ids and indicator references of an added objective tree. */
    private void checkNew(Objective objective, String path, Set<ObjectiveId> taken) {
      if (!taken.add(objective.id())) {
        error(OverlayCodes.DUPLICATE_ID, path + "/id", OBJECTIVE, objective.id().value());
      }
      checkIndicatorReferences(objective.indicatorIds(), path + "/indicatorIds");
      for (int k = 0; k < objective.children().size(); k++) {
        checkNew(objective.children().get(k), path + "/children/" + k, taken);
      }
    }

    private static List<Objective> insert(List<Objective> objectives, ObjectiveId parent, Objective child) {
      List<Objective> out = new ArrayList<>(objectives.size());
      for (Objective o : objectives) {
        if (o.id().equals(parent)) {
          List<Objective> children = new ArrayList<>(o.children());
          children.add(child);
          out.add(o.withChildren(children));
        } else {
          out.add(o.withChildren(insert(o.children(), parent, child)));
        }
      }
      return out;
    }

    // ---------------------------------------------------------------- criteria and parameters

    private List<CriteriaSet> criteriaSets() {
      Map<String, CriteriaSet> byId = new LinkedHashMap<>();
      base.criteriaSets().forEach(s -> byId.putIfAbsent(s.id().value(), s));
      Map<String, CriteriaSet> adapted = new LinkedHashMap<>(byId);
      overlay.criteriaWeights().forEach(
          (setId, weights) -> {
            String path = "/criteriaWeights/" + Pointer.escape(setId);
            CriteriaSet set = byId.get(setId);
            if (set == null) {
              error(OverlayCodes.CRITERIA_SET_UNKNOWN, path, setId, known(byId.keySet()));
              return;
            }
            Map<String, Criterion> criteria = new LinkedHashMap<>();
            set.criteria().forEach(c -> criteria.put(c.id(), c));
            boolean ok = true;
            for (Map.Entry<String, Double> e : weights.entrySet()) {
              String at = path + "/" + Pointer.escape(e.getKey());
              double w = e.getValue();
              if (!criteria.containsKey(e.getKey())) {
                error(OverlayCodes.CRITERION_UNKNOWN, at, e.getKey(), setId, known(criteria.keySet()));
                ok = false;
              } else if (!(w >= 0) || Double.isInfinite(w)) {
                error(OverlayCodes.WEIGHT_INVALID, at, e.getKey(), setId, String.valueOf(w));
                ok = false;
              }
            }
            if (!ok) {
              return;
            }
            List<Criterion> reweighted =
                set.criteria().stream()
                    .map(c -> weights.containsKey(c.id()) ? c.withWeight(weights.get(c.id())) : c)
                    .toList();
            if (!reweighted.isEmpty() && reweighted.stream().allMatch(c -> c.weight() == 0)) {
              findings.add(
                  new Finding(
                      Severity.ERROR,
                      OverlayCodes.WEIGHT_INVALID,
                      path,
                      MESSAGES.text("overlay.weight.invalid.all-zero", setId)));
              return;
            }
            adapted.put(setId, new CriteriaSet(set.id(), set.name(), reweighted));
          });
      // Base sets sharing an id (a template bug) are kept as they are, after the adapted one.
      List<CriteriaSet> out = new ArrayList<>();
      Set<String> emitted = new LinkedHashSet<>();
      for (CriteriaSet s : base.criteriaSets()) {
        out.add(emitted.add(s.id().value()) ? adapted.get(s.id().value()) : s);
      }
      return out;
    }

    private Parameters parameters() {
      Parameters defaults = base.parameters();
      overlay.parameters().forEach(
          (name, value) -> {
            String path = "/parameters/" + Pointer.escape(name);
            Optional<String> current = defaults.text(name);
            Optional<ParameterDefinition> declared =
                base.parameterDefinitions().stream().filter(d -> d.name().equals(name)).findFirst();
            if (declared.isPresent()) {
              if (!declared.get().accepts(value)) {
                error(OverlayCodes.PARAMETER_NOT_ALLOWED, path, name, declared.get().allowed(), value);
              }
            } else if (current.isEmpty()) {
              error(OverlayCodes.PARAMETER_UNKNOWN, path, name, known(defaults.values().keySet()));
            } else if (isDecimal(current.get()) && !isDecimal(value)) {
              error(OverlayCodes.PARAMETER_INVALID, path, name, 0, current.get(), value);
            } else if (isFlag(current.get()) && !isFlag(value)) {
              error(OverlayCodes.PARAMETER_INVALID, path, name, 1, current.get(), value);
            }
          });
      if (overlay.parameters().keySet().stream().anyMatch(n -> defaults.text(n).isEmpty()
          && base.parameterDefinitions().stream().noneMatch(d -> d.name().equals(n)))) {
        return defaults;
      }
      return defaults.with(overlay.parameters());
    }
  }
}
