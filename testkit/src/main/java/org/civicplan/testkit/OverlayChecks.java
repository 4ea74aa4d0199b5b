package org.civicplan.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.Severity;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.IndicatorChange;
import org.civicplan.template.IndicatorEdits;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.ObjectiveAddition;
import org.civicplan.template.ObjectiveChange;
import org.civicplan.template.ObjectiveEdits;
import org.civicplan.template.OverlayCodes;
import org.civicplan.template.OverlayResult;
import org.civicplan.template.Overlays;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateOverlay;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.testkit.TemplateContract.Clause;
import org.civicplan.validation.StrategyValidator;
import org.jspecify.annotations.Nullable;

/**
 * Clause {@link Clause#OVERLAYS} of {@link TemplateContract}: an overlay renames, drops and adds an
 * objective at every level of the skeleton, and an indicator of the catalogue.
 */
final class OverlayChecks {

  private static final LocalizedText TITLE = LocalizedText.of("Changed by the template contract", "Schimbat de contractul șablonului");

  private final StrategyTemplate template;
  private final NewStrategyRequest request;
  private final TemplateRegistry registry;
  private final ContractRun.Sink sink;
  private final Set<String> objectiveIds = new HashSet<>();
  private final Set<String> indicatorIds = new HashSet<>();
  private @Nullable Set<String> baseDraftErrors;

  OverlayChecks(StrategyTemplate template, NewStrategyRequest request, TemplateRegistry registry, ContractRun.Sink sink) {
    this.template = template;
    this.request = request;
    this.registry = registry;
    this.sink = sink;
  }

  /** An objective of the skeleton with its parent. */
  private record Placed(Objective objective, Optional<ObjectiveId> parent) {}

  void run() {
    List<Objective> roots = template.skeleton().objectives();
    ContractRun.allObjectives(roots).forEach(o -> objectiveIds.add(o.id().value()));
    template.indicatorCatalogue().forEach(i -> indicatorIds.add(i.id().value()));
    List<List<Placed>> levels = levels(roots);
    for (int depth = 0; depth < levels.size(); depth++) {
      objectives(depth, levels.get(depth).get(0));
    }
    if (levels.isEmpty()) {
      ObjectiveId added = ObjectiveId.of(fresh("OG-contract", objectiveIds));
      apply("overlay adding a top-level objective to the empty skeleton",
          objectives(new ObjectiveEdits(List.of(), List.of(), List.of(ObjectiveAddition.topLevel(objective(added))))),
          t -> expectLastChild(t, Optional.empty(), added));
    }
    indicators();
  }

  private void objectives(int depth, Placed first) {
    ObjectiveId id = first.objective().id();
    String level = "level " + (depth + 1) + " objective \"" + id + "\"";

    ObjectiveId renamed = ObjectiveId.of(fresh(id.value() + "-renamed", objectiveIds));
    apply("overlay renaming " + level + " to \"" + renamed + "\"",
        objectives(new ObjectiveEdits(List.of(), List.of(new ObjectiveChange(id, Optional.of(renamed), Optional.of(TITLE),
            Optional.empty(), Optional.empty())), List.of())),
        t -> {
          Optional<Objective> o = find(t, renamed);
          if (o.isEmpty()) {
            fail("overlay renaming " + level, "the adapted skeleton has no objective \"" + renamed + "\"");
          } else {
            if (!o.get().title().equals(TITLE)) {
              fail("overlay renaming " + level, "the renamed objective's title is " + o.get().title().values()
                  + ", not " + TITLE.values());
            }
            if (o.get().children().size() != first.objective().children().size()) {
              fail("overlay renaming " + level, "the renamed objective has " + o.get().children().size()
                  + " sub-objectives instead of " + first.objective().children().size());
            }
          }
          if (find(t, id).isPresent()) {
            fail("overlay renaming " + level, "the adapted skeleton still has objective \"" + id + "\"");
          }
        });

    apply("overlay dropping " + level,
        objectives(new ObjectiveEdits(List.of(id), List.of(), List.of())),
        t -> first.objective().flatten().forEach(gone -> {
          if (find(t, gone.id()).isPresent()) {
            fail("overlay dropping " + level, "the adapted skeleton still has objective \"" + gone.id() + "\"");
          }
        }));

    ObjectiveId added = ObjectiveId.of(fresh(id.value() + "-added", objectiveIds));
    ObjectiveAddition addition = first.parent().map(p -> ObjectiveAddition.under(p, objective(added)))
        .orElseGet(() -> ObjectiveAddition.topLevel(objective(added)));
    apply("overlay adding a level " + (depth + 1) + " objective \"" + added + "\""
            + first.parent().map(p -> " under \"" + p + "\"").orElse(""),
        objectives(new ObjectiveEdits(List.of(), List.of(), List.of(addition))),
        t -> expectLastChild(t, first.parent(), added));
  }

  private void indicators() {
    List<Indicator> catalogue = template.indicatorCatalogue();
    if (!catalogue.isEmpty()) {
      Indicator first = catalogue.get(0);
      IndicatorId id = first.id();
      IndicatorId renamed = IndicatorId.of(fresh(id.value() + "-renamed", indicatorIds));
      String what = "overlay renaming indicator \"" + id + "\" to \"" + renamed + "\"";
      apply(what,
          indicators(new IndicatorEdits(List.of(), List.of(new IndicatorChange(id, Optional.of(renamed), Optional.of(TITLE),
              Optional.empty(), Optional.empty())), List.of())),
          t -> {
            Indicator now = t.indicatorCatalogue().isEmpty() ? null : t.indicatorCatalogue().get(0);
            if (now == null || !now.id().equals(renamed) || !now.name().equals(TITLE)) {
              fail(what, "the adapted catalogue starts with " + (now == null ? "nothing" : now.id() + " " + now.name().values())
                  + " instead of \"" + renamed + "\" " + TITLE.values());
            }
            for (Objective o : ContractRun.allObjectives(t.skeleton().objectives())) {
              if (o.indicatorIds().contains(id)) {
                fail(what, "objective \"" + o.id() + "\" still names indicator \"" + id + "\"");
              }
            }
            for (Objective o : ContractRun.allObjectives(template.skeleton().objectives())) {
              if (o.indicatorIds().contains(id) && find(t, o.id()).filter(x -> x.indicatorIds().contains(renamed)).isEmpty()) {
                fail(what, "objective \"" + o.id() + "\" does not follow the rename to \"" + renamed + "\"");
              }
            }
          });

      String dropping = "overlay dropping indicator \"" + id + "\"";
      apply(dropping,
          indicators(new IndicatorEdits(List.of(id), List.of(), List.of())),
          t -> {
            if (t.indicatorCatalogue().stream().anyMatch(i -> i.id().equals(id))) {
              fail(dropping, "the adapted catalogue still has it");
            }
            for (Objective o : ContractRun.allObjectives(t.skeleton().objectives())) {
              if (o.indicatorIds().contains(id)) {
                fail(dropping, "objective \"" + o.id() + "\" still names it");
              }
            }
          });
    }
    IndicatorId added = IndicatorId.of(fresh("contract-indicator", indicatorIds));
    String adding = "overlay adding indicator \"" + added + "\"";
    apply(adding,
        indicators(new IndicatorEdits(List.of(), List.of(), List.of(
            Indicator.builder(added, TITLE, "count", Direction.INCREASE).build()))),
        t -> {
          List<Indicator> now = t.indicatorCatalogue();
          if (now.isEmpty() || !now.get(now.size() - 1).id().equals(added)) {
            fail(adding, "the adapted catalogue does not end with it: "
                + now.stream().map(i -> i.id().value()).toList());
          }
        });
  }

  private TemplateOverlay objectives(ObjectiveEdits edits) {
    return TemplateOverlay.builder(template.id()).objectives(edits).build();
  }

  private TemplateOverlay indicators(IndicatorEdits edits) {
    return TemplateOverlay.builder(template.id()).indicators(edits).build();
  }

  /**
   * Applies {@code overlay}; expects no finding (but that a dropped indicator is unlinked), the
   * change, and a draft of the adapted template that validates with no error.
   */
  private void apply(String item, TemplateOverlay overlay, Consumer<StrategyTemplate> expect) {
    OverlayResult result = Overlays.apply(template, overlay);
    for (Finding f : result.findings()) {
      boolean unlinked = f.severity() == Severity.INFO && f.code().equals(OverlayCodes.INDICATOR_UNLINKED)
          && !overlay.indicators().remove().isEmpty();
      if (!unlinked) {
        fail(item, "applying it gives the finding " + f);
      }
    }
    if (result.template().isEmpty()) {
      return;
    }
    StrategyTemplate adapted = result.template().get();
    expect.accept(adapted);
    Strategy draft;
    try {
      draft = adapted.newStrategy(request);
    } catch (RuntimeException e) {
      fail(item, "newStrategy of the adapted template throws " + ContractRun.describe(e));
      return;
    }
    StrategyValidator validator = StrategyValidator.of(registry.replacing(adapted));
    for (Finding f : validator.validate(draft).bySeverity(Severity.ERROR)) {
      if (!baseDraftErrors().contains(f.code() + " " + f.path())) {
        fail(item, "a draft of the adapted template does not validate: " + f);
      }
    }
  }

  /** The errors of the unadapted template's draft (code and path), which clause DRAFTS reports already. */
  private Set<String> baseDraftErrors() {
    if (baseDraftErrors == null) {
      Set<String> errors = new HashSet<>();
      try {
        StrategyValidator.of(registry).validate(template.newStrategy(request)).bySeverity(Severity.ERROR)
            .forEach(f -> errors.add(f.code() + " " + f.path()));
      } catch (RuntimeException e) {
        // Clause DRAFTS reports it.
      }
      baseDraftErrors = errors;
    }
    return baseDraftErrors;
  }

  private void expectLastChild(StrategyTemplate t, Optional<ObjectiveId> parent, ObjectiveId added) {
    List<Objective> siblings = parent.isEmpty() ? t.skeleton().objectives()
        : find(t, parent.get()).map(Objective::children).orElse(List.of());
    if (siblings.isEmpty() || !siblings.get(siblings.size() - 1).id().equals(added)) {
      fail("overlay adding objective \"" + added + "\"", "it is not the last objective "
          + parent.map(p -> "under \"" + p + "\"").orElse("of the top level") + ": "
          + siblings.stream().map(o -> o.id().value()).toList());
    }
  }

  private static Objective objective(ObjectiveId id) {
    return new Objective(id, TITLE, LocalizedText.empty(), List.of(), List.of());
  }

  private static Optional<Objective> find(StrategyTemplate t, ObjectiveId id) {
    return ContractRun.allObjectives(t.skeleton().objectives()).stream().filter(o -> o.id().equals(id)).findFirst();
  }

  private static List<List<Placed>> levels(List<Objective> roots) {
    List<List<Placed>> levels = new ArrayList<>();
    List<Placed> level = roots.stream().map(o -> new Placed(o, Optional.<ObjectiveId>empty())).toList();
    while (!level.isEmpty()) {
      levels.add(level);
      List<Placed> next = new ArrayList<>();
      for (Placed p : level) {
        p.objective().children().forEach(c -> next.add(new Placed(c, Optional.of(p.objective().id()))));
      }
      level = next;
    }
    return levels;
  }

  private static String fresh(String base, Set<String> taken) {
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    taken.add(id);
    return id;
  }

  private void fail(String item, String problem) {
    sink.violation(Clause.OVERLAYS, item, problem);
  }
}
