// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.AlignmentStrength;
import org.civicplan.alignment.FrameworkId;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceFrameworks;
import org.civicplan.alignment.ReferenceObjective;
import org.civicplan.alignment.ReferenceRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Strategy;

/**
 * The alignment matrix and coverage report of a strategy against reference frameworks: for each
 * reference objective the local objectives and actions that serve it; the gaps both ways
 * (reference objectives nothing serves, local objectives aligned to nothing); and the links to
 * reference objectives not in the frameworks given.
 *
 * <p>Rendered as Markdown by {@link #toMarkdown(Locale)}; the JSON form is written by {@code
 * org.civicplan.document.ReportJson}.
 *
 * @param strategy the strategy id
 * @param title the strategy title
 * @param frameworks the framework ids reported on, in the order given
 * @param rows one row per reference objective, framework by framework in catalogue order
 * @param unalignedObjectives local objectives (any depth, document order) with no link of their own
 * @param unknownReferences links to a framework or reference objective not among {@code frameworks}
 */
public record AlignmentReport(
    String strategy,
    LocalizedText title,
    List<FrameworkId> frameworks,
    List<ReferenceRow> rows,
    List<ObjectiveId> unalignedObjectives,
    List<AlignmentLink> unknownReferences) {

  /**
   * Creates an instance from its components.
   *
   * @param strategy the strategy id
   * @param title the strategy title
   * @param frameworks the framework ids reported on, in the order given
   * @param rows one row per reference objective, framework by framework in catalogue order
   * @param unalignedObjectives local objectives (any depth, document order) with no link of their
   *     own
   * @param unknownReferences links to a framework or reference objective not among {@code
   *     frameworks}
   * @throws NullPointerException if an argument or a list element is null
   */
  public AlignmentReport {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(title, "title");
    frameworks = List.copyOf(frameworks);
    rows = List.copyOf(rows);
    unalignedObjectives = List.copyOf(unalignedObjectives);
    unknownReferences = List.copyOf(unknownReferences);
  }

  /**
   * {@return the report of {@code strategy} against {@code frameworks}}
   *
   * @param strategy the strategy id
   * @param frameworks the framework ids reported on, in the order given
   */
  public static AlignmentReport of(Strategy strategy, List<ReferenceFramework> frameworks) {
    List<AlignmentLink> links = strategy.alignments();
    List<ReferenceRow> rows = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (ReferenceFramework f : frameworks) {
      for (ReferenceObjective o : f.objectives()) {
        known.add(f.id() + "\u0000" + o.id());
        List<AlignmentLink> matching = links.stream()
            .filter(l -> l.framework().equals(f.id()) && l.reference().equals(o.id())).toList();
        rows.add(new ReferenceRow(f.id(), o,
            matching.stream().filter(l -> l.objective().isPresent()).toList(),
            matching.stream().filter(l -> l.action().isPresent()).toList()));
      }
    }
    Set<ObjectiveId> aligned = links.stream().flatMap(l -> l.objective().stream()).collect(Collectors.toSet());
    List<ObjectiveId> unaligned = strategy.allObjectives().map(o -> o.id()).filter(id -> !aligned.contains(id)).toList();
    List<AlignmentLink> unknown = links.stream().filter(l -> !known.contains(l.framework() + "\u0000" + l.reference())).toList();
    return new AlignmentReport(strategy.id().value(), strategy.title(),
        frameworks.stream().map(ReferenceFramework::id).toList(), rows, unaligned, unknown);
  }

  /**
   * {@return the report against the shipped frameworks ({@link ReferenceFrameworks#standard()})
   * that at least one link of the strategy names}
   *
   * @param strategy the strategy id
   */
  public static AlignmentReport of(Strategy strategy) {
    Set<FrameworkId> named = strategy.alignments().stream().map(AlignmentLink::framework).collect(Collectors.toSet());
    return of(strategy, ReferenceFrameworks.standard().stream().filter(f -> named.contains(f.id())).toList());
  }

  /** {@return the rows no local objective or action serves} */
  public List<ReferenceRow> gaps() {
    return rows.stream().filter(ReferenceRow::isGap).toList();
  }

  /**
   * {@return the report as Markdown in {@code locale} (Romanian for {@code ro}, English otherwise)}
   *
   * @param locale the reader's locale
   */
  public String toMarkdown(Locale locale) {
    boolean ro = "ro".equals(locale.getLanguage());
    StringBuilder md = new StringBuilder();
    md.append("# ").append(ro ? "Alinierea la strategii de referință" : "Alignment with reference frameworks")
        .append(": ").append(cell(title.get(locale))).append("\n\n");
    if (rows.isEmpty()) {
      md.append(ro ? "Niciun cadru de referință nu este legat de strategie." : "No reference framework is linked to the strategy.")
          .append('\n');
    } else {
      md.append(ro
          ? "| Cadru | Obiectiv de referință | Obiective locale | Acțiuni |\n"
          : "| Framework | Reference objective | Local objectives | Actions |\n");
      md.append("|---|---|---|---|\n");
      for (ReferenceRow r : rows) {
        md.append("| ").append(cell(r.framework().value()))
            .append(" | ").append(cell(r.objective().id() + " " + r.objective().title().get(locale)))
            .append(" | ").append(links(r.objectiveLinks(), ro))
            .append(" | ").append(links(r.actionLinks(), ro))
            .append(" |\n");
      }
    }
    md.append("\n## ").append(ro ? "Obiective de referință neacoperite" : "Reference objectives with no local counterpart")
        .append("\n\n");
    List<ReferenceRow> gaps = gaps();
    if (gaps.isEmpty()) {
      md.append(ro ? "Niciunul.\n" : "None.\n");
    }
    gaps.forEach(r -> md.append("- ").append(cell(r.framework() + " " + r.objective().id() + ": " + r.objective().title().get(locale)))
        .append('\n'));
    md.append("\n## ").append(ro ? "Obiective locale nealiniate" : "Local objectives aligned to nothing").append("\n\n");
    if (unalignedObjectives.isEmpty()) {
      md.append(ro ? "Niciunul.\n" : "None.\n");
    }
    unalignedObjectives.forEach(o -> md.append("- ").append(cell(o.value())).append('\n'));
    if (!unknownReferences.isEmpty()) {
      md.append("\n## ").append(ro ? "Legături către obiective de referință necunoscute" : "Links to unknown reference objectives")
          .append("\n\n");
      unknownReferences.forEach(l -> md.append("- ").append(cell(l.localId() + " → " + l.framework() + " " + l.reference()))
          .append('\n'));
    }
    return md.toString();
  }

  private static String links(List<AlignmentLink> links, boolean ro) {
    return links.stream().map(l -> cell(l.localId()) + " (" + strength(l.strength(), ro) + ")").collect(Collectors.joining(", "));
  }

  private static String strength(AlignmentStrength s, boolean ro) {
    if (!ro) {
      return s.kebab();
    }
    return switch (s) {
      case DIRECT -> "directă";
      case PARTIAL -> "parțială";
      case INDIRECT -> "indirectă";
    };
  }

  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }
}
