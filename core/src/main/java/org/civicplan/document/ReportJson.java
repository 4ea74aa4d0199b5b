// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.util.Objects;
import org.civicplan.report.DossierReport;
import org.civicplan.report.TransparencyReport;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.DossierDocument;
import org.civicplan.calendar.Deadline;
import org.civicplan.base.Finding;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.report.AlignmentReport;
import org.civicplan.alignment.ReferenceRow;
import org.civicplan.governance.Consultation;
import org.civicplan.report.ConsultationReport;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.prioritisation.OrderInterval;
import org.civicplan.report.PriorityList;
import org.civicplan.strategy.FundingSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON forms of the governance, alignment and priority-list reports, following the document conventions:
 * member names are record component names in component order, enums lower-case kebab strings,
 * dates ISO strings, localized texts {@code {"en": …, "ro": …}}, empty optionals and lists left
 * out. Output is pretty-printed and deterministic.
 */
public final class ReportJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ReportJson() {}

  /**
   * {@return a tree as pretty-printed JSON text ending with a newline}
   *
   * @param tree the JSON tree
   */
  public static String write(JsonNode tree) {
    Objects.requireNonNull(tree, "tree");
    return MAPPER.writeValueAsString(tree) + "\n";
  }

  /**
   * {@return the consultation report as a JSON tree}
   *
   * @param report the consultation report
   */
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

  /**
   * {@return the alignment report as a JSON tree}
   *
   * @param report the alignment report
   */
  public static ObjectNode alignment(AlignmentReport report) {
    ObjectNode root = F.objectNode();
    root.put("strategy", report.strategy());
    root.set("title", text(report.title()));
    if (!report.frameworks().isEmpty()) {
      ArrayNode frameworks = root.putArray("frameworks");
      report.frameworks().forEach(f -> frameworks.add(f.value()));
    }
    if (!report.rows().isEmpty()) {
      ArrayNode rows = root.putArray("rows");
      for (ReferenceRow r : report.rows()) {
        ObjectNode o = rows.addObject();
        o.put("framework", r.framework().value());
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
      report.gaps().forEach(r -> gaps.addObject().put("framework", r.framework().value()).put("reference", r.objective().id()));
    }
    if (!report.unalignedObjectives().isEmpty()) {
      ArrayNode unaligned = root.putArray("unalignedObjectives");
      report.unalignedObjectives().forEach(o -> unaligned.add(o.value()));
    }
    links(root, "unknownReferences", report.unknownReferences());
    return root;
  }

  /**
   * {@return the priority list as a JSON tree} Exact values: scores, weights, values and interval
   * ends as full doubles; money as an exact decimal string with its currency ({@code {"amount":
   * "1250.5", "currency": "RON"}}); each decision as {@code {"kind": …}} with its parameters
   * ({@code start}/{@code end}/{@code slip} when selected, {@code requires} and {@code shortfalls}
   * when not, {@code outvalued} when neither explains it); the stability status and, when
   * computed, the intervals of the first place and of the first two with the orders past their ends,
   * and the changes of the first two with their kind ({@code swap}, {@code new-first}, {@code
   * new-second}). Texts are localized objects; nothing is formatted for a reader.
   *
   * @param list the priority list
   * @throws NullPointerException if the list is null
   */
  public static ObjectNode priorityList(PriorityList list) {
    ObjectNode root = F.objectNode();
    root.put("strategy", list.strategy());
    root.set("title", text(list.title()));
    root.put("municipality", list.municipality());
    root.put("decidedOn", list.decidedOn().toString());
    list.decidedBy().ifPresent(by -> root.put("decidedBy", by));
    if (!list.reason().isBlank()) {
      root.set("reason", text(list.reason()));
    }
    root.put("method", list.method());
    ObjectNode options = root.putObject("options");
    list.options().forEach(options::put);
    ObjectNode set = root.putObject("criteriaSet");
    set.put("id", list.criteriaSet().value());
    set.set("name", text(list.criteriaSetName()));
    ArrayNode criteria = root.putArray("criteria");
    for (PriorityList.CriterionWeight c : list.criteria()) {
      ObjectNode o = criteria.addObject();
      o.put("id", c.id());
      o.set("name", text(c.name()));
      c.direction().ifPresent(d -> o.put("direction", kebab(d.name())));
      o.put("weight", c.weight());
    }
    ArrayNode entries = root.putArray("entries");
    for (PriorityList.Entry e : list.entries()) {
      ObjectNode o = entries.addObject();
      o.put("rank", e.rank());
      o.put("action", e.action().value());
      o.set("name", text(e.name()));
      o.put("score", e.score());
      o.set("values", doubles(e.values()));
      o.set("contributions", doubles(e.contributions()));
      ArrayNode cost = o.putArray("cost");
      e.cost().forEach(c -> money(cost.addObject().put("year", c.year()), c.amount()));
      ArrayNode total = o.putArray("total");
      e.total().forEach(m -> money(total.addObject(), m));
      ArrayNode funding = o.putArray("funding");
      for (FundingSource f : e.funding()) {
        ObjectNode x = funding.addObject().put("kind", kebab(f.kind().name()));
        f.programme().ifPresent(p -> x.put("programme", p));
      }
      o.put("selected", e.selected());
      o.set("decision", decision(e.decision()));
    }
    list.budget().ifPresent(b -> {
      ObjectNode budget = root.putObject("budget");
      ArrayNode years = budget.putArray("years");
      b.available().forEach((y, a) -> {
        ObjectNode x = years.addObject().put("year", y);
        money(x.putObject("available"), a);
        money(x.putObject("cost"), b.cost().getOrDefault(y, Money.zero(a.currency())));
        money(x.putObject("left"), b.left(y));
      });
      if (!b.rates().isEmpty()) {
        ObjectNode rates = budget.putObject("rates");
        b.rates().forEach((c, r) -> rates.put(c, r.toPlainString()));
      }
      budget.put("optimal", b.optimal());
      budget.put("value", b.value());
      budget.put("bound", b.bound());
    });
    ObjectNode stability = root.putObject("stability");
    stability.put("status", kebab(list.stability().status().name()));
    if (list.stability().status() == PriorityList.StabilityStatus.AVAILABLE) {
      intervals(stability.putArray("firstPlace"), list.stability().firstPlace());
      intervals(stability.putArray("firstTwo"), list.stability().firstTwo());
      ArrayNode changes = stability.putArray("changes");
      for (PriorityList.OrderChange c : list.stability().changes()) {
        ObjectNode x = changes.addObject();
        x.put("criterion", c.criterion());
        x.put("direction", c.raised() ? "raise" : "lower");
        x.put("weight", c.weight());
        x.put("at", c.at());
        ids(x.putArray("before"), c.before().stream().map(ActionId::value).toList());
        ids(x.putArray("after"), c.after().stream().map(ActionId::value).toList());
        x.put("kind", kebab(c.kind().name()));
      }
    }
    return root;
  }

  private static ObjectNode decision(PriorityList.Decision d) {
    ObjectNode o = F.objectNode();
    o.put("kind", d.code());
    if (d instanceof PriorityList.Selected s) {
      o.put("start", s.start());
      o.put("end", s.end());
      o.put("slip", s.slip());
    } else if (d instanceof PriorityList.NotSelected n) {
      ids(o.putArray("requires"), n.requires().stream().map(ActionId::value).toList());
      ArrayNode shortfalls = o.putArray("shortfalls");
      for (PriorityList.Shortfall s : n.shortfalls()) {
        ObjectNode x = shortfalls.addObject().put("year", s.year());
        money(x.putObject("needed"), s.needed());
        money(x.putObject("left"), s.left());
      }
      o.put("outvalued", n.outvalued());
    }
    return o;
  }

  private static void intervals(ArrayNode array, List<OrderInterval> intervals) {
    for (OrderInterval i : intervals) {
      ObjectNode x = array.addObject();
      x.put("criterion", i.criterion());
      x.put("weight", i.weight());
      x.put("lower", i.lower());
      x.put("upper", i.upper());
      ids(x.putArray("order"), i.order());
      if (i.changesBelow()) {
        ids(x.putArray("orderBelow"), i.orderBelow());
      }
      if (i.changesAbove()) {
        ids(x.putArray("orderAbove"), i.orderAbove());
      }
    }
  }

  private static void ids(ArrayNode array, List<String> ids) {
    ids.forEach(array::add);
  }

  private static ObjectNode doubles(Map<String, Double> values) {
    ObjectNode o = F.objectNode();
    values.forEach(o::put);
    return o;
  }

  private static ObjectNode money(ObjectNode o, Money m) {
    return o.put("amount", m.amount().toPlainString()).put("currency", m.currency().getCurrencyCode());
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
      o.put("framework", l.framework().value());
      o.put("reference", l.reference());
      o.put("strength", l.strength().kebab());
    }
  }

  /**
   * {@return the council decision dossier report as a JSON tree: {@code strategy}, {@code title},
   * {@code asOf}, {@code decision} ({@code number}, {@code date}, {@code reference}, {@code
   * approvedVersion}, {@code kind}), {@code documents}, {@code vote}, {@code majority} ({@code rule},
   * {@code set}, {@code required}, {@code met}), {@code prefect} and {@code publication} ({@code
   * on}, {@code reference}, {@code due}), {@code missing} (item labels) and {@code findings}
   * ({@code severity}, {@code code}, {@code path}, {@code message} in both languages)}
   *
   * @param report the dossier report
   */
  public static ObjectNode dossier(DossierReport report) {
    ObjectNode root = F.objectNode();
    root.put("strategy", report.strategy());
    root.set("title", text(report.title()));
    root.put("asOf", report.asOf().toString());
    report.decision().ifPresent(d -> {
      ObjectNode decision = root.putObject("decision");
      decision.put("number", d.number());
      decision.put("date", d.date().toString());
      d.reference().ifPresent(r -> decision.put("reference", r));
      d.approvedVersion().ifPresent(v -> decision.put("approvedVersion", v));
      d.dossier().ifPresent(x -> decision.put("kind", x.kind()));
      List<DossierDocument> documents = d.dossier().map(DecisionDossier::documents).orElse(List.of());
      if (!documents.isEmpty()) {
        ArrayNode docs = root.putArray("documents");
        documents.forEach(doc -> {
          ObjectNode o = docs.addObject();
          o.put("kind", doc.kind().kebab());
          o.put("number", doc.number());
          o.put("date", doc.date().toString());
          o.put("author", doc.author());
          doc.result().ifPresent(r -> o.put("result", r.kebab()));
        });
      }
      report.vote().ifPresent(v -> root.putObject("vote")
          .put("present", v.present()).put("inFavour", v.inFavour()).put("against", v.against())
          .put("abstentions", v.abstentions()).put("inOffice", v.inOffice()));
      ObjectNode majority = root.putObject("majority");
      majority.put("rule", report.majority().kebab());
      majority.put("set", report.majoritySet());
      report.vote().ifPresent(v -> majority.put("required", report.majority().required(v)).put("met", report.majority().met(v)));
      step(root, "prefect", d.dossier().flatMap(DecisionDossier::prefectOn),
          d.dossier().flatMap(DecisionDossier::prefectReference), report.prefectDeadline());
      step(root, "publication", d.dossier().flatMap(DecisionDossier::publishedOn),
          d.dossier().flatMap(DecisionDossier::publicationReference), report.publicationDeadline());
    });
    ArrayNode missing = root.putArray("missing");
    report.missing().forEach(missing::add);
    ArrayNode findings = root.putArray("findings");
    report.findings().forEach(f -> findings.add(finding(f)));
    return root;
  }

  private static void step(ObjectNode root, String name, Optional<LocalDate> on, Optional<String> reference,
      Optional<Deadline> deadline) {
    if (on.isEmpty() && reference.isEmpty() && deadline.isEmpty()) {
      return;
    }
    ObjectNode o = root.putObject(name);
    on.ifPresent(d -> o.put("on", d.toString()));
    reference.ifPresent(r -> o.put("reference", r));
    deadline.ifPresent(d -> o.put("due", d.due().toString()));
  }

  /**
   * {@return the annual transparency report as a JSON tree: {@code year}, {@code totals}, {@code
   * strategies} ({@code strategy}, {@code title}, {@code counts}) and {@code missed} ({@code
   * strategy}, {@code title}, and the finding's {@code severity}, {@code code}, {@code path} and
   * {@code message}); counts are exact integers named as the components of {@link
   * TransparencyReport.Counts}}
   *
   * @param report the transparency report
   */
  public static ObjectNode transparency(TransparencyReport report) {
    ObjectNode root = F.objectNode();
    root.put("year", report.year().getValue());
    root.set("totals", counts(report.totals()));
    ArrayNode strategies = root.putArray("strategies");
    for (TransparencyReport.Entry e : report.strategies()) {
      ObjectNode o = strategies.addObject();
      o.put("strategy", e.strategy());
      o.set("title", text(e.title()));
      o.set("counts", counts(e.counts()));
    }
    ArrayNode missed = root.putArray("missed");
    for (TransparencyReport.Missed m : report.missed()) {
      ObjectNode o = missed.addObject();
      o.put("strategy", m.strategy());
      o.set("title", text(m.title()));
      finding(m.finding()).properties().forEach(e -> o.set(e.getKey(), e.getValue()));
    }
    return root;
  }

  private static ObjectNode counts(TransparencyReport.Counts c) {
    return F.objectNode()
        .put("draftsAnnounced", c.draftsAnnounced())
        .put("proposalsReceived", c.proposalsReceived())
        .put("accepted", c.accepted())
        .put("partlyAccepted", c.partlyAccepted())
        .put("rejected", c.rejected())
        .put("unanswered", c.unanswered())
        .put("debatesRequested", c.debatesRequested())
        .put("debatesHeld", c.debatesHeld())
        .put("participants", c.participants())
        .put("decisionsAdopted", c.decisionsAdopted())
        .put("deadlinesMissed", c.deadlinesMissed());
  }

  /** A finding as {@code {"severity", "code", "path", "message": {"en", "ro"}}}. */
  static ObjectNode finding(Finding f) {
    ObjectNode o = F.objectNode();
    o.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
    o.put("code", f.code());
    o.put("path", f.path());
    o.set("message", text(f.message()));
    return o;
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
