// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DebateMinutes;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.strategy.DocumentPaths;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.ConsultationTerms;
import org.civicplan.validation.DecisionRules;
import org.civicplan.validation.DossierCheck;
import org.civicplan.validation.GovernanceCodes;

/**
 * The annual report on decisional transparency of a city for one year, over one or several
 * strategies: drafts announced, written proposals received and how they were answered, public
 * debates requested and held with their participants, council decisions adopted and the legal
 * terms missed. Law 52/2003 art. 13 lists what the annual report contains [2nd]
 * (../shared/reference/DOMAIN.md §5); the counts are those the library can take from the
 * documents.
 *
 * <p>What falls in the year: a consultation by its announcement date, a proposal by the date it was
 * received, a debate request by its date, a debate by the date it was held (its participants
 * from its minutes), a decision by its date of adoption. A missed term belongs to the year it fell
 * due in (or, for a consultation, the year it closed): the draft submitted sooner than {@link
 * ConsultationTerms#earliestSubmission} allows ({@value GovernanceCodes#CONSULTATION_SUBMITTED_TOO_EARLY}),
 * a decision adopted sooner ({@value GovernanceCodes#CONSULTATION_COUNCIL_TOO_EARLY}), a mandatory
 * debate not held ({@value GovernanceCodes#CONSULTATION_DEBATE_MISSING}), a proposal left without
 * answer ({@value GovernanceCodes#CONSULTATION_PROPOSAL_UNANSWERED}), and the communication to the
 * prefect or the publication late or overdue at the end of the year under the terms the city set
 * ({@link DossierCheck}). Renderings: {@link #toMarkdown(Locale)}, {@link #toHtml(Locale)}; the
 * JSON form is written by {@code org.civicplan.document.ReportJson}.
 *
 * @param year the year reported on
 * @param strategies one entry per strategy, ordered by strategy id
 * @param missed the terms missed in the year, by strategy id then as found
 */
public record TransparencyReport(Year year, List<Entry> strategies, List<Missed> missed) {

  private static final MessageCatalog CATALOG =
      MessageCatalog.load(TransparencyReport.class::getResourceAsStream, "/org/civicplan/governance/messages");

  /** The rows of the report, in the order they are shown; each is a member of {@link Counts}. */
  static final List<String> ROWS = List.of("draftsAnnounced", "proposalsReceived", "accepted", "partlyAccepted",
      "rejected", "unanswered", "debatesRequested", "debatesHeld", "participants", "decisionsAdopted",
      "deadlinesMissed");

  /**
   * Creates an instance from its components.
   *
   * @param year the year reported on
   * @param strategies one entry per strategy
   * @param missed the terms missed in the year
   * @throws NullPointerException if an argument or an element is null
   */
  public TransparencyReport {
    Objects.requireNonNull(year, "year");
    strategies = List.copyOf(strategies);
    missed = List.copyOf(missed);
  }

  /**
   * The counts of one strategy, or of all of them.
   *
   * @param draftsAnnounced consultations announced in the year
   * @param proposalsReceived written proposals received in the year
   * @param accepted of those, accepted
   * @param partlyAccepted of those, partly accepted
   * @param rejected of those, rejected
   * @param unanswered of those, not answered
   * @param debatesRequested requests for a public debate received in the year
   * @param debatesHeld public debates held in the year
   * @param participants participants in those debates, as their minutes count them
   * @param decisionsAdopted council decisions adopted in the year
   * @param deadlinesMissed legal terms missed in the year
   */
  public record Counts(int draftsAnnounced, int proposalsReceived, int accepted, int partlyAccepted, int rejected,
      int unanswered, int debatesRequested, int debatesHeld, int participants, int decisionsAdopted,
      int deadlinesMissed) {

    /** No activity. */
    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * {@return the counts of both added}
     *
     * @param o the other counts
     */
    public Counts plus(Counts o) {
      return new Counts(draftsAnnounced + o.draftsAnnounced, proposalsReceived + o.proposalsReceived,
          accepted + o.accepted, partlyAccepted + o.partlyAccepted, rejected + o.rejected, unanswered + o.unanswered,
          debatesRequested + o.debatesRequested, debatesHeld + o.debatesHeld, participants + o.participants,
          decisionsAdopted + o.decisionsAdopted, deadlinesMissed + o.deadlinesMissed);
    }

    /**
     * {@return the count of a row}
     *
     * @param row a name of {@link TransparencyReport#ROWS}
     */
    int get(String row) {
      return switch (row) {
        case "draftsAnnounced" -> draftsAnnounced;
        case "proposalsReceived" -> proposalsReceived;
        case "accepted" -> accepted;
        case "partlyAccepted" -> partlyAccepted;
        case "rejected" -> rejected;
        case "unanswered" -> unanswered;
        case "debatesRequested" -> debatesRequested;
        case "debatesHeld" -> debatesHeld;
        case "participants" -> participants;
        case "decisionsAdopted" -> decisionsAdopted;
        case "deadlinesMissed" -> deadlinesMissed;
        default -> throw new IllegalArgumentException("no row \"" + row + "\"; rows: " + ROWS);
      };
    }
  }

  /**
   * One strategy's line.
   *
   * @param strategy the strategy id
   * @param title the strategy title
   * @param counts its counts for the year
   */
  public record Entry(String strategy, LocalizedText title, Counts counts) {

    /**
     * Creates an instance from its components.
     *
     * @param strategy the strategy id
     * @param title the strategy title
     * @param counts its counts for the year
     * @throws NullPointerException if an argument is null
     */
    public Entry {
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(counts, "counts");
    }
  }

  /**
   * A legal term missed in the year.
   *
   * @param strategy the strategy id
   * @param title the strategy title
   * @param finding what was missed: its code, path in the strategy's document and message
   */
  public record Missed(String strategy, LocalizedText title, Finding finding) {

    /**
     * Creates an instance from its components.
     *
     * @param strategy the strategy id
     * @param title the strategy title
     * @param finding what was missed
     * @throws NullPointerException if an argument is null
     */
    public Missed {
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(finding, "finding");
    }
  }

  /**
   * {@return the report for {@code year} over {@code strategies} under the standard terms ({@link
   * ConsultationTerms#standard()}, {@link DecisionRules#standard()})}
   *
   * @param strategies the strategies, in any order
   * @param year the year
   * @throws NullPointerException if an argument or a strategy is null
   */
  public static TransparencyReport of(List<Strategy> strategies, Year year) {
    return of(strategies, year, s -> ConsultationTerms.standard(), s -> DecisionRules.standard());
  }

  /**
   * {@return the report for {@code year} over {@code strategies}, each under its own terms (e.g. its
   * template's parameters)}
   *
   * @param strategies the strategies, in any order
   * @param year the year
   * @param terms the consultation terms of each strategy
   * @param rules the council decision rules of each strategy
   * @throws NullPointerException if an argument or a strategy is null
   */
  public static TransparencyReport of(List<Strategy> strategies, Year year,
      Function<Strategy, ConsultationTerms> terms, Function<Strategy, DecisionRules> rules) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(rules, "rules");
    List<Strategy> sorted = new ArrayList<>(strategies);
    sorted.sort(Comparator.comparing(s -> s.id().value()));
    List<Entry> entries = new ArrayList<>();
    List<Missed> missed = new ArrayList<>();
    for (Strategy s : sorted) {
      List<Finding> found = missed(s, year, terms.apply(s), rules.apply(s));
      found.forEach(f -> missed.add(new Missed(s.id().value(), s.title(), f)));
      entries.add(new Entry(s.id().value(), s.title(), counts(s, year, found.size())));
    }
    return new TransparencyReport(year, entries, missed);
  }

  /** {@return the counts of all strategies together} */
  public Counts totals() {
    return strategies.stream().map(Entry::counts).reduce(Counts.NONE, Counts::plus);
  }

  private static Counts counts(Strategy s, Year year, int missed) {
    int announced = 0;
    int received = 0;
    int[] decided = new int[ProposalDecision.values().length];
    int unanswered = 0;
    int requested = 0;
    int held = 0;
    int participants = 0;
    for (Consultation c : s.governance().consultations()) {
      if (in(year, c.announcedOn())) {
        announced++;
      }
      for (Proposal p : c.proposals()) {
        if (in(year, p.receivedOn())) {
          received++;
          if (p.answer().isPresent()) {
            decided[p.answer().get().decision().ordinal()]++;
          } else {
            unanswered++;
          }
        }
      }
      for (DebateRequest r : c.debateRequests()) {
        if (in(year, r.receivedOn())) {
          requested++;
        }
      }
      if (c.debate().isPresent() && in(year, c.debate().get().heldOn())) {
        held++;
        participants += c.debate().get().minutes().map(DebateMinutes::participantTotal).orElse(0);
      }
    }
    int decisions = (int) s.governance().decisions().stream().filter(d -> in(year, d.date())).count();
    return new Counts(announced, received, decided[ProposalDecision.ACCEPTED.ordinal()],
        decided[ProposalDecision.PARTLY_ACCEPTED.ordinal()], decided[ProposalDecision.REJECTED.ordinal()], unanswered,
        requested, held, participants, decisions, missed);
  }

  private static List<Finding> missed(Strategy s, Year year, ConsultationTerms terms, DecisionRules rules) {
    List<Finding> out = new ArrayList<>();
    List<Consultation> consultations = s.governance().consultations();
    for (int i = 0; i < consultations.size(); i++) {
      Consultation c = consultations.get(i);
      String path = DocumentPaths.consultation(i);
      if (c.closedOn().isEmpty() || !in(year, c.closedOn().get())) {
        continue;
      }
      LocalDate closed = c.closedOn().get();
      LocalDate earliest = terms.earliestSubmission(c.announcedOn());
      if (closed.isBefore(earliest)) {
        out.add(CATALOG.finding(Severity.ERROR, GovernanceCodes.CONSULTATION_SUBMITTED_TOO_EARLY, path + "/closedOn",
            c.announcedOn().toString(), closed.toString(), earliest.toString(),
            terms.submissionTerm(c.announcedOn()).explanation()));
      }
      if (c.debateRequired() && c.debate().isEmpty()) {
        DebateRequest r = c.debateRequests().stream().filter(x -> x.kind().obligesDebate()).findFirst().orElseThrow();
        out.add(CATALOG.finding(Severity.ERROR, GovernanceCodes.CONSULTATION_DEBATE_MISSING,
            path + "/debateRequests/" + c.debateRequests().indexOf(r), r.requester()));
      }
      for (int p = 0; p < c.proposals().size(); p++) {
        Proposal proposal = c.proposals().get(p);
        if (proposal.answer().isEmpty()) {
          out.add(CATALOG.finding(Severity.ERROR, GovernanceCodes.CONSULTATION_PROPOSAL_UNANSWERED,
              path + "/proposals/" + p, proposal.id(), proposal.author(), closed.toString()));
        }
      }
    }
    List<CouncilDecision> decisions = s.governance().decisions();
    LocalDate endOfYear = year.atMonth(12).atEndOfMonth();
    for (int d = 0; d < decisions.size(); d++) {
      CouncilDecision decision = decisions.get(d);
      Optional<Consultation> before = consultations.stream()
          .filter(c -> !c.announcedOn().isAfter(decision.date()))
          .reduce((first, second) -> second);
      if (in(year, decision.date()) && before.isPresent()) {
        LocalDate earliest = terms.earliestSubmission(before.get().announcedOn());
        if (decision.date().isBefore(earliest)) {
          out.add(CATALOG.finding(Severity.ERROR, GovernanceCodes.CONSULTATION_COUNCIL_TOO_EARLY,
              "/governance/decisions/" + d + "/date", decision.number(), decision.date().toString(),
              earliest.toString(), terms.submissionTerm(before.get().announcedOn()).explanation()));
        }
      }
      for (Finding f : DossierCheck.check(decision, d, rules, endOfYear)) {
        boolean prefect = f.code().startsWith("governance.dossier.prefect-");
        boolean publication = f.code().startsWith("governance.dossier.publication-");
        Optional<LocalDate> due = prefect ? rules.prefectDeadline(decision.date()).map(x -> x.due())
            : publication ? rules.publicationDeadline(decision.date()).map(x -> x.due()) : Optional.empty();
        if (due.isPresent() && in(year, due.get())) {
          out.add(f);
        }
      }
    }
    return out;
  }

  private static boolean in(Year year, LocalDate date) {
    return date.getYear() == year.getValue();
  }

  /**
   * {@return the report as Markdown in {@code locale} (Romanian for {@code ro}, English otherwise):
   * the totals, a table by strategy, and the terms missed}
   *
   * @param locale the reader's locale
   */
  public String toMarkdown(Locale locale) {
    NumberFormat n = NumberFormat.getIntegerInstance(locale);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(t("report.transparency.title", locale, Integer.toString(year.getValue()))).append("\n\n");
    md.append(t("report.transparency.intro", locale, n.format(strategies.size()))).append("\n\n");
    md.append("| ").append(t("report.transparency.col.indicator", locale)).append(" | ")
        .append(t("report.transparency.col.total", locale)).append(" |\n|---|---:|\n");
    Counts totals = totals();
    for (String row : ROWS) {
      md.append("| ").append(t("report.transparency.row." + row, locale)).append(" | ")
          .append(n.format(totals.get(row))).append(" |\n");
    }
    md.append("\n## ").append(t("report.transparency.by-strategy", locale)).append("\n\n");
    if (strategies.isEmpty()) {
      md.append(t("report.transparency.no-strategy", locale)).append('\n');
    } else {
      md.append("| ").append(t("report.transparency.col.strategy", locale));
      for (String row : ROWS) {
        md.append(" | ").append(t("report.transparency.short." + row, locale));
      }
      md.append(" |\n|---").append("|---:".repeat(ROWS.size())).append("|\n");
      for (Entry e : strategies) {
        md.append("| ").append(ConsultationReport.cell(e.title().get(locale)));
        for (String row : ROWS) {
          md.append(" | ").append(n.format(e.counts().get(row)));
        }
        md.append(" |\n");
      }
    }
    md.append("\n## ").append(t("report.transparency.missed", locale)).append("\n\n");
    if (missed.isEmpty()) {
      md.append(t("report.transparency.none-missed", locale)).append('\n');
    }
    for (Missed m : missed) {
      md.append("- ").append(ConsultationReport.cell(m.title().get(locale))).append(": ")
          .append(m.finding().message(locale)).append(" (").append(m.finding().code()).append(")\n");
    }
    return md.toString();
  }

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2328;line-height:1.45;margin:0}",
      "main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem}",
      "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de}",
      "table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}",
      "th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}",
      "th{background:#f6f8fa}td.num{text-align:right;white-space:nowrap}",
      "@media print{tr{break-inside:avoid}}");

  /**
   * {@return the report as a self-contained HTML page in {@code locale}: the same content as {@link
   * #toMarkdown(Locale)}, with its style inline and no external resource}
   *
   * @param locale the reader's locale
   */
  public String toHtml(Locale locale) {
    NumberFormat n = NumberFormat.getIntegerInstance(locale);
    String lang = "ro".equals(locale.getLanguage()) ? "ro" : "en";
    String title = t("report.transparency.title", locale, Integer.toString(year.getValue()));
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
        .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(PriorityListHtml.esc(title)).append("</title>\n<style>\n").append(CSS)
        .append("\n</style>\n</head>\n<body>\n<main>\n<h1>").append(PriorityListHtml.esc(title)).append("</h1>\n<p>")
        .append(PriorityListHtml.esc(t("report.transparency.intro", locale, n.format(strategies.size()))))
        .append("</p>\n<table>\n<thead><tr><th>").append(PriorityListHtml.esc(t("report.transparency.col.indicator", locale)))
        .append("</th><th>").append(PriorityListHtml.esc(t("report.transparency.col.total", locale)))
        .append("</th></tr></thead>\n<tbody>\n");
    Counts totals = totals();
    for (String row : ROWS) {
      h.append("<tr><td>").append(PriorityListHtml.esc(t("report.transparency.row." + row, locale)))
          .append("</td><td class=\"num\">").append(n.format(totals.get(row))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n<h2>").append(PriorityListHtml.esc(t("report.transparency.by-strategy", locale)))
        .append("</h2>\n");
    if (strategies.isEmpty()) {
      h.append("<p>").append(PriorityListHtml.esc(t("report.transparency.no-strategy", locale))).append("</p>\n");
    } else {
      h.append("<table>\n<thead><tr><th>").append(PriorityListHtml.esc(t("report.transparency.col.strategy", locale)))
          .append("</th>");
      for (String row : ROWS) {
        h.append("<th>").append(PriorityListHtml.esc(t("report.transparency.short." + row, locale))).append("</th>");
      }
      h.append("</tr></thead>\n<tbody>\n");
      for (Entry e : strategies) {
        h.append("<tr><td>").append(PriorityListHtml.esc(e.title().get(locale))).append("</td>");
        for (String row : ROWS) {
          h.append("<td class=\"num\">").append(n.format(e.counts().get(row))).append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    h.append("<h2>").append(PriorityListHtml.esc(t("report.transparency.missed", locale))).append("</h2>\n");
    if (missed.isEmpty()) {
      h.append("<p>").append(PriorityListHtml.esc(t("report.transparency.none-missed", locale))).append("</p>\n");
    } else {
      h.append("<ul>\n");
      for (Missed m : missed) {
        h.append("<li>").append(PriorityListHtml.esc(m.title().get(locale) + ": " + m.finding().message(locale)))
            .append(" (<code>").append(PriorityListHtml.esc(m.finding().code())).append("</code>)</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String t(String key, Locale locale, Object... args) {
    return CATALOG.text(key, args).get(locale);
  }
}
