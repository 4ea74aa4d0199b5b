package org.civicplan.strategy;

import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.civicplan.indicator.IndicatorId;
import jakarta.validation.Valid;
import org.civicplan.base.TextLength;

/**
 * An objective of a strategy. Strategic objectives (obiective generale) contain specific
 * objectives (obiective specifice), to whatever depth the template allows.
 *
 * @param id unique among all objectives of a document, at every depth
 * @param title the localized title
 * @param description the localized description; may be empty
 * @param indicatorIds the indicators that measure it
 * @param children its sub-objectives, in document order
 */
public record Objective(
    ObjectiveId id,
    @TextLength(max = 500) LocalizedText title,
    @TextLength(max = 10_000) LocalizedText description,
    List<IndicatorId> indicatorIds,
    List<@Valid Objective> children) {

  /**
   * @throws NullPointerException if an argument or a list element is null
   */
  public Objective {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    indicatorIds = List.copyOf(indicatorIds);
    children = List.copyOf(children);
  }

  /** An objective with a title, no description, no indicators and no children. */
  public static Objective of(String id, LocalizedText title) {
    return new Objective(ObjectiveId.of(id), title, LocalizedText.empty(), List.of(), List.of());
  }

  /** This objective and all its descendants, depth first, in document order. */
  public Stream<Objective> flatten() {
    // Iterative, so that a tree of any depth is walked without exhausting the stack.
    List<Objective> out = new ArrayList<>();
    Deque<Objective> stack = new ArrayDeque<>();
    stack.push(this);
    while (!stack.isEmpty()) {
      Objective o = stack.pop();
      out.add(o);
      for (int i = o.children.size() - 1; i >= 0; i--) {
        stack.push(o.children.get(i));
      }
    }
    return out.stream();
  }

  /**
   * This tree with {@code child} appended to the children of the objective {@code parent} (this
   * one or one below it); unchanged when no objective of the tree has that id.
   */
  public Objective withChildAdded(ObjectiveId parent, Objective child) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(child, "child");
    if (id.equals(parent)) {
      List<Objective> more = new java.util.ArrayList<>(children);
      more.add(child);
      return withChildren(more);
    }
    if (flatten().noneMatch(o -> o.id().equals(parent))) {
      return this;
    }
    return withChildren(children.stream().map(c -> c.withChildAdded(parent, child)).toList());
  }

  /** A copy with these children. */
  public Objective withChildren(List<Objective> newChildren) {
    return new Objective(id, title, description, indicatorIds, newChildren);
  }

  /** A copy measured by these indicators. */
  public Objective withIndicators(List<IndicatorId> newIndicatorIds) {
    return new Objective(id, title, description, newIndicatorIds, children);
  }

  /** A copy with this title. */
  public Objective withTitle(LocalizedText newTitle) {
    return new Objective(id, newTitle, description, indicatorIds, children);
  }

  /** A copy with this description. */
  public Objective withDescription(LocalizedText newDescription) {
    return new Objective(id, title, newDescription, indicatorIds, children);
  }
}
