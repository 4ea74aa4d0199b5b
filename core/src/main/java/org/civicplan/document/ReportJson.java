package org.civicplan.document;

import java.util.List;
import java.util.Map;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.report.AlignmentReport;
import org.civicplan.alignment.ReferenceRow;
import org.civicplan.governance.Consultation;
import org.civicplan.report.ConsultationReport;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.base.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON forms of the governance and alignment reports, following the document conventions:
 * member names are record component names in component order, enums lower-case kebab strings,
 * dates ISO strings, localized texts {@code {"en": …, "ro": …}}, empty optionals and lists left
 * out. Output is pretty-printed and deterministic.
 */
public final class ReportJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ReportJson() {}

  /** A tree as pretty-printed JSON text ending with a newline. */
  public static String write(JsonNode tree) {
    return MAPPER.writeValueAsString(tree) + "\n";
  }

  /** The consultation report as a JSON tree. */
  public static ObjectNode consultation(ConsultationReport report) {
    ObjectNode root = F.objectNode();
    root.put("strategy", report.strategy());
    root.set("title", text(report.title()));
    if (report.consultation().isPresent()) {
      Consultation c = report.consultation().get();
      root.put("announcedOn", c.announcedOn().toString());
      root.put("proposalsUntil", c.proposalsUntil().toString());
      root.put("earliestSubmission", report.earliestSubmission().orElseThrow().toString());
      root.put("debateRequired", c.debateRequired());
      if (!c.debateRequests().isEmpty()) {
        ArrayNode requests = root.putArray("debateRequests");
        c.debateRequests().forEach(r -> requests.addObject()
            .put("requester", r.requester())
            .put("kind", kebab(r.kind().name()))
            .put("receivedOn", r.receivedOn().toString()));
      }
      c.debate().ifPresent(d -> {
        ObjectNode debate = root.putObject("debate");
        debate.put("heldOn", d.heldOn().toString());
        d.place().ifPresent(p -> debate.put("place", p));
      });
      c.closedOn().ifPresent(d -> root.put("closedOn", d.toString()));
      ObjectNode summary = root.putObject("summary");
      summary.put("received", report.received());
      for (ProposalDecision d : ProposalDecision.values()) {
        summary.put(d.kebab(), report.count(d));
      }
      summary.put("unanswered", report.unanswered());
      if (!c.proposals().isEmpty()) {
        ArrayNode proposals = root.putArray("proposals");
        c.proposals().forEach(p -> {
          ObjectNode o = proposals.addObject();
          o.put("id", p.id());
          o.put("author", p.author());
          p.organisation().ifPresent(org -> o.put("organisation", org.value()));
          o.put("receivedOn", p.receivedOn().toString());
          o.put("text", p.text());
          p.concerns().ifPresent(x -> o.put("concerns", x));
          p.answer().ifPresent(a -> {
            ObjectNode answer = o.putObject("answer");
            answer.put("decision", a.decision().kebab());
            answer.put("justification", a.justification());
            a.answeredOn().ifPresent(d -> answer.put("answeredOn", d.toString()));
          });
        });
      }
    }
    return root;
  }

  /** The alignment report as a JSON tree. */
  public static ObjectNode alignment(AlignmentReport report) {
    ObjectNode root = F.objectNode();
    root.put("strategy", report.strategy());
    root.set("title", text(report.title()));
    if (!report.frameworks().isEmpty()) {
      ArrayNode frameworks = root.putArray("frameworks");
      report.frameworks().forEach(frameworks::add);
    }
    if (!report.rows().isEmpty()) {
      ArrayNode rows = root.putArray("rows");
      for (ReferenceRow r : report.rows()) {
        ObjectNode o = rows.addObject();
        o.put("framework", r.framework());
        o.put("reference", r.objective().id());
        o.set("title", text(r.objective().title()));
        if (!r.objective().verified()) {
          o.put("verified", false);
        }
        links(o, "objectiveLinks", r.objectiveLinks());
        links(o, "actionLinks", r.actionLinks());
        o.put("gap", r.isGap());
      }
    }
    if (!report.gaps().isEmpty()) {
      ArrayNode gaps = root.putArray("gaps");
      report.gaps().forEach(r -> gaps.addObject().put("framework", r.framework()).put("reference", r.objective().id()));
    }
    if (!report.unalignedObjectives().isEmpty()) {
      ArrayNode unaligned = root.putArray("unalignedObjectives");
      report.unalignedObjectives().forEach(o -> unaligned.add(o.value()));
    }
    links(root, "unknownReferences", report.unknownReferences());
    return root;
  }

  private static void links(ObjectNode parent, String name, List<AlignmentLink> links) {
    if (links.isEmpty()) {
      return;
    }
    ArrayNode array = parent.putArray(name);
    for (AlignmentLink l : links) {
      ObjectNode o = array.addObject();
      l.objective().ifPresent(x -> o.put("objective", x.value()));
      l.action().ifPresent(x -> o.put("action", x.value()));
      o.put("framework", l.framework());
      o.put("reference", l.reference());
      o.put("strength", l.strength().kebab());
    }
  }

  private static ObjectNode text(LocalizedText text) {
    ObjectNode o = F.objectNode();
    for (Map.Entry<String, String> e : text.values().entrySet()) {
      o.put(e.getKey(), e.getValue());
    }
    return o;
  }

  private static String kebab(String enumName) {
    return enumName.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
