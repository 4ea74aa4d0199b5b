// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.calendar.Deadline;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.DossierDocument;
import org.civicplan.governance.MajorityRule;
import org.civicplan.governance.Vote;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.DecisionRules;
import org.civicplan.validation.DossierCheck;

/**
 * The dossier of a strategy's latest council decision and what is missing from it: the documents,
 * the vote against the majority its kind needs, the communication to the prefect and the
 * publication against the terms the city set, looked at on a date.
 *
 * <p>Rendered as Markdown by {@link #toMarkdown(Locale)}; the JSON form is written by {@code
 * org.civicplan.document.ReportJson}. The rules and their sources are those of {@link DecisionRules}
 * and {@link DossierCheck}.
 *
 * @param strategy the strategy id
 * @param title the strategy title
 * @param decision the latest council decision; empty when none is recorded
 * @param majority the majority the decision's kind needs ({@link DecisionRules#majority})
 * @param majoritySet whether the city set that majority (otherwise the unverified default applies)
 * @param prefectDeadline the term for the communication to the prefect, when the city set one
 * @param publicationDeadline the term for the publication, when the city set one
 * @param missing what the dossier lacks for approval, as item labels ({@link DossierCheck#missingItems})
 * @param findings the dossier findings on {@code asOf} ({@link DossierCheck#check})
 * @param asOf the date the dossier is looked at
 */
public record DossierReport(
    String strategy,
    LocalizedText title,
    Optional<CouncilDecision> decision,
    MajorityRule majority,
    boolean majoritySet,
    Optional<Deadline> prefectDeadline,
    Optional<Deadline> publicationDeadline,
    List<String> missing,
    List<Finding> findings,
    LocalDate asOf) {

  private static final MessageCatalog CATALOG =
      MessageCatalog.load(DossierReport.class::getResourceAsStream, "/org/civicplan/governance/messages");

  /**
   * Creates an instance from its components.
   *
   * @param strategy the strategy id
   * @param title the strategy title
   * @param decision the latest council decision
   * @param majority the majority the decision's kind needs
   * @param majoritySet whether the city set that majority
   * @param prefectDeadline the term for the communication to the prefect
   * @param publicationDeadline the term for the publication
   * @param missing what the dossier lacks for approval
   * @param findings the dossier findings
   * @param asOf the date the dossier is looked at
   * @throws NullPointerException if an argument or an element is null
   */
  public DossierReport {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(majority, "majority");
    Objects.requireNonNull(prefectDeadline, "prefectDeadline");
    Objects.requireNonNull(publicationDeadline, "publicationDeadline");
    missing = List.copyOf(missing);
    findings = List.copyOf(findings);
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * {@return the report on the latest council decision of {@code strategy} under {@code rules},
   * looked at on {@code asOf}}
   *
   * @param strategy the strategy
   * @param rules what a dossier holds, the majorities and the terms
   * @param asOf the date to look from (a communication or publication not recorded by then is
   *     overdue when its term has passed)
   * @throws NullPointerException if an argument is null
   */
  public static DossierReport of(Strategy strategy, DecisionRules rules, LocalDate asOf) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(asOf, "asOf");
    Optional<CouncilDecision> decision = strategy.governance().lastDecision();
    String kind = decision.flatMap(CouncilDecision::dossier).map(DecisionDossier::kind).orElse(DecisionDossier.STRATEGY);
    int index = strategy.governance().decisions().size() - 1;
    List<Finding> findings = decision.map(d -> DossierCheck.check(d, index, rules, asOf)).orElse(List.of());
    return new DossierReport(strategy.id().value(), strategy.title(), decision, rules.majority(kind),
        rules.majoritySet(kind), decision.flatMap(d -> rules.prefectDeadline(d.date())),
        decision.flatMap(d -> rules.publicationDeadline(d.date())),
        decision.map(d -> DossierCheck.missingItems(d, rules)).orElseGet(() -> DossierCheck.missingItems(rules)), findings, asOf);
  }

  /** {@return whether the vote recorded meets the majority; empty when no vote is recorded} */
  public Optional<Boolean> majorityMet() {
    return vote().map(majority::met);
  }

  /** {@return the vote recorded, if any} */
  public Optional<Vote> vote() {
    return decision.flatMap(CouncilDecision::dossier).flatMap(DecisionDossier::vote);
  }

  /** {@return whether nothing is missing and there is no finding} */
  public boolean complete() {
    return decision.isPresent() && missing.isEmpty() && findings.isEmpty();
  }

  /**
   * {@return the report as Markdown in {@code locale} (Romanian for {@code ro}, English otherwise)}
   *
   * @param locale the reader's locale
   */
  public String toMarkdown(Locale locale) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(t("report.dossier.title", locale)).append(": ")
        .append(ConsultationReport.cell(title.get(locale))).append("\n\n");
    if (decision.isEmpty()) {
      md.append(t("report.dossier.no-decision", locale)).append("\n");
      missingSection(md, locale);
      return md.toString();
    }
    CouncilDecision d = decision.get();
    Optional<DecisionDossier> dossier = d.dossier();
    line(md, t("report.dossier.decision", locale),
        t("report.dossier.decision-value", locale, d.number(), d.date().toString())
            + d.reference().map(r -> " (" + r + ")").orElse(""));
    line(md, t("report.dossier.as-of", locale), asOf.toString());
    Optional<Vote> v = vote();
    line(md, t("report.dossier.vote", locale), v.map(x -> t("report.dossier.vote-value", locale, x.inFavour(),
        x.against(), x.abstentions(), x.present(), x.inOffice())).orElse(t("report.dossier.not-recorded", locale)));
    String needs = t("report.dossier.majority-value", locale, DossierCheck.name(majority),
        DossierCheck.source(majoritySet, dossier.map(DecisionDossier::kind).orElse(DecisionDossier.STRATEGY)));
    if (v.isPresent()) {
      needs += "; " + t(majority.met(v.get()) ? "report.dossier.majority-met" : "report.dossier.majority-not-met",
          locale, majority.required(v.get()), v.get().inFavour());
    }
    line(md, t("report.dossier.majority", locale), needs);
    line(md, t("report.dossier.prefect", locale), step(dossier.flatMap(DecisionDossier::prefectOn),
        dossier.flatMap(DecisionDossier::prefectReference), prefectDeadline, locale));
    line(md, t("report.dossier.publication", locale), step(dossier.flatMap(DecisionDossier::publishedOn),
        dossier.flatMap(DecisionDossier::publicationReference), publicationDeadline, locale));
    List<DossierDocument> documents = dossier.map(DecisionDossier::documents).orElse(List.of());
    md.append("\n## ").append(t("report.dossier.documents", locale)).append("\n\n");
    if (documents.isEmpty()) {
      md.append(t("report.dossier.no-documents", locale)).append("\n");
    } else {
      md.append("| ").append(t("report.dossier.col.document", locale)).append(" | ")
          .append(t("report.dossier.col.number", locale)).append(" | ")
          .append(t("report.dossier.col.date", locale)).append(" | ")
          .append(t("report.dossier.col.author", locale)).append(" | ")
          .append(t("report.dossier.col.result", locale)).append(" |\n|---|---|---|---|---|\n");
      for (DossierDocument doc : documents) {
        md.append("| ").append(DossierCheck.name(doc.kind()).get(locale))
            .append(" | ").append(ConsultationReport.cell(doc.number()))
            .append(" | ").append(doc.date())
            .append(" | ").append(ConsultationReport.cell(doc.author()))
            .append(" | ").append(doc.result().map(r -> t("governance.opinion." + r.kebab(), locale)).orElse(""))
            .append(" |\n");
      }
    }
    missingSection(md, locale);
    if (!findings.isEmpty()) {
      md.append("\n## ").append(t("report.dossier.findings", locale)).append("\n\n");
      for (Finding f : findings) {
        md.append("- ").append(f.code()).append(": ").append(f.message(locale)).append('\n');
      }
    }
    return md.toString();
  }

  private void missingSection(StringBuilder md, Locale locale) {
    md.append("\n## ").append(t("report.dossier.missing", locale)).append("\n\n");
    if (missing.isEmpty()) {
      md.append(t("report.dossier.nothing-missing", locale)).append("\n");
      return;
    }
    for (String item : missing) {
      md.append("- ").append(DossierCheck.item(item).get(locale)).append('\n');
    }
  }

  private String step(Optional<LocalDate> on, Optional<String> reference, Optional<Deadline> deadline, Locale locale) {
    String done = on.map(d -> d + reference.map(r -> " (" + r + ")").orElse(""))
        .orElse(t("report.dossier.not-recorded", locale));
    return deadline.map(x -> done + "; " + t("report.dossier.due", locale, x.due().toString(), x.explanation()))
        .orElse(done + "; " + t("report.dossier.no-term", locale));
  }

  private static void line(StringBuilder md, String label, String value) {
    md.append("- **").append(label).append(":** ").append(ConsultationReport.cell(value)).append('\n');
  }

  private static String t(String key, Locale locale, Object... args) {
    return CATALOG.text(key, args).get(locale);
  }
}
