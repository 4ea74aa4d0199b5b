// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.governance.Consultation;
import org.civicplan.validation.ConsultationTerms;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.Governance;
import org.civicplan.lifecycle.Lifecycle;
import org.civicplan.governance.LifecycleState;
import org.civicplan.lifecycle.TransitionResult;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.template.TemplateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civicplan transition FILE --to STATE --on DATE}: moves a strategy to another lifecycle
 * state through {@link Lifecycle}, or says why it cannot. What a guarded transition needs comes
 * from the document, or from options that add it before the transition is checked: a new
 * consultation ({@code --announced-on}, {@code --proposals-until}) and a council decision ({@code
 * --decision-number}, {@code --decision-date}, {@code --reference}).
 */
@Command(
    name = "transition",
    mixinStandardHelpOptions = true,
    description = {
      "Move a strategy to another lifecycle state on a date, if the lifecycle allows it.",
      "States: draft, internal-review, public-consultation, submitted, approved, in-implementation,"
          + " under-revision, closed, withdrawn.",
      "Allowed: the new document, with the transition recorded in its history (--author: by whom), goes"
          + " to --out (format from its extension; an existing file only with --force, never the input)"
          + " or to standard output (in the input's format). Refused: each reason is printed on standard"
          + " error with its code."
    },
    footerHeading = "%nWhat each transition needs (from the document, or from the options):%n",
    footer = {
      "  public-consultation: the document's open consultation, or a new one",
      "      announced on --announced-on (default: --on), proposals received until",
      "      --proposals-until (default: announcement + the template's proposal",
      "      days, 10).",
      "  submitted (from public-consultation): every proposal answered, the",
      "      proposals period over, a requested mandatory debate held, and at",
      "      least 30 days (template parameter) since the announcement; the",
      "      consultation is closed on --on.",
      "  approved: a council decision dated on or before --on, recorded in the",
      "      document (governance.decisions) or given with --decision-number",
      "      (--decision-date, default --on; --reference, a link or registry",
      "      number); not before the consultation closed, nor sooner than 30 days",
      "      after its announcement. The decision records the version approved.",
      "      Its dossier (--dossier FILE with --decision-number, or recorded in the",
      "      document) holds the approval report, the specialist report and a",
      "      committee opinion (template parameter governance.dossier.required)",
      "      and a vote meeting the majority (default: of councillors in office);",
      "      the strategy has at least one action.",
      "  submitted and approved also need a document without error findings",
      "      (those of 'civicplan validate', template rules included); each one",
      "      that blocks is named with its code and path.",
      "  in-implementation (from approved): --on no earlier than the decision.",
      "  Other moves have no guard: draft <-> internal-review; submitted ->",
      "  internal-review; in-implementation -> under-revision or closed;",
      "  under-revision -> public-consultation, in-implementation or closed; any",
      "  state before approval -> withdrawn. closed and withdrawn are final.",
      "Example:",
      "  civicplan transition strategy.json --to approved --on 2025-06-30 \\",
      "      --decision-number 245 --reference https://example.org/hcl/245 \\",
      "      --dossier dossier-245.yaml \\",
      "      --out approved.json"
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the transition is allowed; the new document is written",
      "1:the transition is refused; the reasons are on standard error",
      "2:the file cannot be read, an unknown state or a bad date or option, or wrong usage"
    })
final class TransitionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the strategy document (JSON or YAML)")
  Path file;

  @Option(names = "--to", required = true, paramLabel = "STATE", converter = GovernanceOptions.StateConverter.class,
      description = "the state to move to, e.g. internal-review")
  LifecycleState to;

  @Option(names = "--on", required = true, paramLabel = "DATE", converter = GovernanceOptions.DateConverter.class,
      description = "the date of the transition, YYYY-MM-DD")
  LocalDate on;

  @Option(names = "--out", paramLabel = "FILE", description = "where to write the new document (.json, .yaml or .yml); standard output if absent")
  Optional<Path> out;

  @Option(names = "--announced-on", paramLabel = "DATE", converter = GovernanceOptions.DateConverter.class,
      description = "public-consultation only: the date the draft was announced (default: --on)")
  Optional<LocalDate> announcedOn;

  @Option(names = "--proposals-until", paramLabel = "DATE", converter = GovernanceOptions.DateConverter.class,
      description = "public-consultation only: the last day written proposals are received")
  Optional<LocalDate> proposalsUntil;

  @Option(names = "--decision-number", paramLabel = "NUMBER",
      description = "approved only: the number of the council decision to record")
  Optional<String> decisionNumber;

  @Option(names = "--decision-date", paramLabel = "DATE", converter = GovernanceOptions.DateConverter.class,
      description = "approved only: the date of that decision (default: --on)")
  Optional<LocalDate> decisionDate;

  @Option(names = "--reference", paramLabel = "TEXT",
      description = "approved only: a link or registry reference to that decision")
  Optional<String> reference;

  @Option(names = "--dossier", paramLabel = "FILE",
      description = "approved only, with --decision-number: the decision's dossier (documents, vote, communication,"
          + " publication) as JSON or YAML, written as a decision's dossier member")
  Optional<Path> dossier;

  @Option(names = "--author", paramLabel = "NAME",
      description = "who makes the transition, recorded with it in the document's history")
  Optional<String> author;

  @Option(names = "--locale", defaultValue = "en", description = "language of the refusal reasons, a BCP 47 tag (default: ${DEFAULT-VALUE})")
  String locale;

  @Option(names = "--overlay", description = "overlay file adapting the installed template (e.g. the consultation day counts)")
  Optional<Path> overlay;

  @Option(names = "--force", description = "overwrite --out if it exists (never the input file)")
  boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> misuse = misuse();
    if (misuse.isPresent()) {
      err.println("civicplan: " + misuse.get());
      return Civicplan.USAGE;
    }
    Optional<DocumentFormat> outFormat = out.flatMap(Cli::formatOf);
    if (out.isPresent() && outFormat.isEmpty()) {
      err.println("civicplan: --out must end in .json, .yaml or .yml but was \"" + out.get() + "\"");
      return Civicplan.USAGE;
    }
    Locale loc = Cli.locale(locale);
    Optional<TemplateRegistry> registry = Cli.templates(overlay, err, loc);
    if (registry.isEmpty()) {
      return Civicplan.USAGE;
    }
    StrategyDocuments docs = Cli.documents(registry.get());
    Optional<Strategy> read = Cli.read(docs, file, err);
    if (read.isEmpty()) {
      return Civicplan.USAGE;
    }
    ConsultationTerms terms = GovernanceOptions.terms(registry.get(), read.get());
    Strategy before;
    try {
      before = withOptions(read.get(), terms);
    } catch (IllegalArgumentException e) {
      err.println("civicplan: " + file + ": " + e.getMessage());
      return Civicplan.USAGE;
    }
    Lifecycle lifecycle = Lifecycle.of(terms, GovernanceOptions.decisionRules(registry.get(), before),
        StrategyValidator.of(registry.get()));
    TransitionResult result = author.isPresent()
        ? lifecycle.transition(before, to, on, author.get())
        : lifecycle.transition(before, to, on);
    if (!result.isAllowed()) {
      err.println("civicplan: " + file + ": cannot move from " + result.from().kebab() + " to " + to.kebab() + " on " + on
          + " (" + result.reasons().size() + (result.reasons().size() == 1 ? " reason)" : " reasons)"));
      GovernanceOptions.printAll(err, file,
          result.reasons().stream().map(f -> GovernanceOptions.describe(f, loc)).toList());
      return Civicplan.INVALID;
    }
    Strategy moved = result.strategy().orElseThrow();
    if (out.isPresent()) {
      List<Path> inputs = new ArrayList<>(List.of(file));
      overlay.ifPresent(inputs::add);
      if (!Cli.write(out.get(), docs.write(moved, outFormat.get()), force, inputs, err)) {
        return Civicplan.USAGE;
      }
      PrintWriter o = spec.commandLine().getOut();
      o.println(result.from().kebab() + " -> " + to.kebab() + " on " + on + ": wrote " + out.get());
      o.flush();
    } else {
      PrintWriter o = spec.commandLine().getOut();
      o.print(docs.write(moved, Cli.formatOf(file).orElse(DocumentFormat.JSON)));
      o.flush();
    }
    return Civicplan.OK;
  }

  /** What is wrong with the combination of options, if anything. */
  private Optional<String> misuse() {
    List<String> consultationOptions = new ArrayList<>();
    announcedOn.ifPresent(x -> consultationOptions.add("--announced-on"));
    proposalsUntil.ifPresent(x -> consultationOptions.add("--proposals-until"));
    List<String> decisionOptions = new ArrayList<>();
    decisionNumber.ifPresent(x -> decisionOptions.add("--decision-number"));
    decisionDate.ifPresent(x -> decisionOptions.add("--decision-date"));
    reference.ifPresent(x -> decisionOptions.add("--reference"));
    dossier.ifPresent(x -> decisionOptions.add("--dossier"));
    if (!consultationOptions.isEmpty() && to != LifecycleState.PUBLIC_CONSULTATION) {
      return Optional.of(String.join(" and ", consultationOptions) + " apply only to --to public-consultation, not to --to "
          + to.kebab());
    }
    if (!decisionOptions.isEmpty() && to != LifecycleState.APPROVED) {
      return Optional.of(String.join(" and ", decisionOptions) + " apply only to --to approved, not to --to " + to.kebab());
    }
    if (decisionNumber.isEmpty() && !decisionOptions.isEmpty()) {
      return Optional.of(String.join(" and ", decisionOptions) + " describe a council decision and need --decision-number");
    }
    if (author.isPresent() && author.get().isBlank()) {
      return Optional.of("--author must not be blank");
    }
    if (decisionNumber.isPresent() && decisionNumber.get().isBlank()) {
      return Optional.of("--decision-number must not be blank");
    }
    LocalDate announced = announcedOn.orElse(on);
    if (proposalsUntil.isPresent() && proposalsUntil.get().isBefore(announced)) {
      return Optional.of("--proposals-until (" + proposalsUntil.get() + ") must not be before the announcement ("
          + announced + ")");
    }
    return Optional.empty();
  }

  /**
   * The dossier of {@code --dossier}, if given.
   *
   * @throws IllegalArgumentException naming the file and each problem when it cannot be read
   */
  private Optional<DecisionDossier> readDossier() {
    if (dossier.isEmpty()) {
      return Optional.empty();
    }
    Path f = dossier.get();
    Optional<DocumentFormat> format = Cli.formatOf(f);
    if (format.isEmpty()) {
      throw new IllegalArgumentException("--dossier must end in .json, .yaml or .yml but was \"" + f + "\"");
    }
    String text;
    try {
      text = Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read --dossier " + f + ": " + e.getMessage(), e);
    }
    StrategyDocuments.DossierRead read = StrategyDocuments.standard().readDossier(text, format.get());
    if (read.dossier().isEmpty()) {
      throw new IllegalArgumentException("--dossier " + f + ": " + read.problems().stream()
          .map(p -> p.line() + ":" + p.column() + (p.path().isEmpty() ? "" : " " + p.path()) + ": "
              + p.text().get(Locale.ENGLISH))
          .collect(java.util.stream.Collectors.joining("; ")));
    }
    return read.dossier();
  }

  /**
   * The strategy with the consultation or council decision described by the options added.
   *
   * @throws IllegalArgumentException if the document already records what the options describe
   */
  private Strategy withOptions(Strategy s, ConsultationTerms terms) {
    Governance g = s.governance();
    if (announcedOn.isPresent() || proposalsUntil.isPresent()) {
      Optional<Consultation> open = g.lastConsultation().filter(Consultation::open);
      if (open.isPresent()) {
        throw new IllegalArgumentException("the document already records an open consultation announced on "
            + open.get().announcedOn() + "; --announced-on and --proposals-until only describe a new one");
      }
      LocalDate announced = announcedOn.orElse(on);
      List<Consultation> all = new ArrayList<>(g.consultations());
      all.add(Consultation.announced(announced, proposalsUntil.orElse(terms.minimumProposalsUntil(announced))));
      g = g.withConsultations(all);
    }
    if (decisionNumber.isPresent()) {
      String number = decisionNumber.get().strip();
      if (g.decisions().stream().anyMatch(d -> d.number().equals(number))) {
        throw new IllegalArgumentException("the document already records council decision " + number
            + "; leave out --decision-number to use it");
      }
      List<CouncilDecision> all = new ArrayList<>(g.decisions());
      all.add(new CouncilDecision(number, decisionDate.orElse(on), reference, Optional.empty(), readDossier()));
      g = g.withDecisions(all);
    }
    return g == s.governance() ? s : s.toBuilder().governance(g).build();
  }
}
