// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import org.civicplan.base.MessageCatalog;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalAnswer;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.validation.ConsultationTerms;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Strategy;

/**
 * The transparency document a city publishes after a public consultation (Law 52/2003): when
 * the draft was announced, until when proposals were received, whether a public debate was
 * requested and held, and every proposal with its answer and justification.
 *
 * <p>Reports on the latest consultation of the strategy. Rendered as Markdown by {@link
 * #toMarkdown(Locale)}; the JSON form is written by {@code org.civicplan.document.ReportJson}.
 *
 * @param strategy the strategy id
 * @param title the strategy title
 * @param consultation the consultation reported on; empty when none is recorded
 * @param earliestSubmission the earliest date the draft may go to the council
 */
public record ConsultationReport(
    String strategy, LocalizedText title, Optional<Consultation> consultation, Optional<LocalDate> earliestSubmission) {

  private static final MessageCatalog CATALOG =
      MessageCatalog.load(ConsultationReport.class::getResourceAsStream, "/org/civicplan/governance/messages");

  /**
   * Creates an instance from its components.
   *
   * @param strategy the strategy id
   * @param title the strategy title
   * @param consultation the consultation reported on; empty when none is recorded
   * @param earliestSubmission the earliest date the draft may go to the council
   * @throws NullPointerException if an argument is null
   */
  public ConsultationReport {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(earliestSubmission, "earliestSubmission");
  }

  /**
   * {@return the report on the latest consultation of {@code strategy} under {@code terms}}
   *
   * @param strategy the strategy id
   * @param terms the legal terms of the consultation
   */
  public static ConsultationReport of(Strategy strategy, ConsultationTerms terms) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(terms, "terms");
    Optional<Consultation> c = strategy.governance().lastConsultation();
    return new ConsultationReport(
        strategy.id().value(), strategy.title(), c, c.map(x -> terms.earliestSubmission(x.announcedOn())));
  }

  /**
   * {@return the report under {@link ConsultationTerms#standard()}}
   *
   * @param strategy the strategy id
   */
  public static ConsultationReport of(Strategy strategy) {
    return of(strategy, ConsultationTerms.standard());
  }

  /**
   * {@return how many proposals received this decision}
   *
   * @param decision the decision
   */
  public long count(ProposalDecision decision) {
    return consultation.stream().flatMap(c -> c.proposals().stream())
        .filter(p -> p.answer().map(a -> a.decision() == decision).orElse(false)).count();
  }

  /** {@return how many proposals have no answer} */
  public long unanswered() {
    return consultation.map(c -> c.unanswered().size()).orElse(0);
  }

  /** {@return how many proposals were received} */
  public long received() {
    return consultation.map(c -> c.proposals().size()).orElse(0);
  }

  /**
   * {@return the report as Markdown in {@code locale} (Romanian for {@code ro}, English otherwise)}
   *
   * @param locale the reader's locale
   */
  public String toMarkdown(Locale locale) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(t("report.consultation.title", locale)).append(": ").append(cell(title.get(locale)))
        .append("\n\n");
    if (consultation.isEmpty()) {
      md.append(t("report.consultation.none", locale)).append('\n');
      return md.toString();
    }
    Consultation c = consultation.get();
    line(md, t("report.consultation.announced", locale), c.announcedOn().toString());
    line(md, t("report.consultation.proposals-until", locale), c.proposalsUntil().toString());
    line(md, t("report.consultation.earliest-submission", locale), earliestSubmission.orElseThrow().toString());
    String debate = c.debate().isPresent()
        ? t("report.consultation.debate-held", locale, c.debate().get().heldOn().toString())
            + c.debate().get().place().map(p -> " (" + p + ")").orElse("")
        : c.debateRequired()
            ? t("report.consultation.debate-required", locale)
            : t("report.consultation.debate-not-requested", locale);
    line(md, t("report.consultation.debate", locale), debate);
    line(md, t("report.consultation.closed", locale),
        c.closedOn().map(LocalDate::toString).orElse(t("report.consultation.open", locale)));
    md.append("\n## ").append(t("report.consultation.proposals", locale)).append("\n\n");
    md.append(t("report.consultation.summary", locale, received(), count(ProposalDecision.ACCEPTED),
        count(ProposalDecision.PARTLY_ACCEPTED), count(ProposalDecision.REJECTED), unanswered())).append("\n");
    if (c.proposals().isEmpty()) {
      return md.toString();
    }
    md.append("\n| ");
    for (String col : new String[] {"id", "author", "received", "concerns", "text", "answer", "justification"}) {
      md.append(t("report.consultation.col." + col, locale)).append(" | ");
    }
    md.setLength(md.length() - 1);
    md.append("\n|---|---|---|---|---|---|---|\n");
    for (Proposal p : c.proposals()) {
      String answer = p.answer()
          .map(a -> t("report.consultation.decision." + a.decision().kebab(), locale))
          .orElse(t("report.consultation.unanswered", locale));
      md.append("| ").append(cell(p.id()))
          .append(" | ").append(cell(p.author()))
          .append(" | ").append(p.receivedOn())
          .append(" | ").append(cell(p.concerns().orElse("")))
          .append(" | ").append(cell(p.text()))
          .append(" | ").append(answer)
          .append(" | ").append(cell(p.answer().map(ProposalAnswer::justification).orElse("")))
          .append(" |\n");
    }
    return md.toString();
  }

  private static void line(StringBuilder md, String label, String value) {
    md.append("- **").append(label).append(":** ").append(cell(value)).append('\n');
  }

  private static String t(String key, Locale locale, Object... args) {
    return CATALOG.text(key, args).get(locale);
  }

  /** Escapes what would break a Markdown table cell. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
