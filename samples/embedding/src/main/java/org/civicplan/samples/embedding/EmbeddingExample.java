package org.civicplan.samples.embedding;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.base.TemplateId;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Finding;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;

/**
 * The embedding example of the README, as a program: draft a climate strategy from the installed
 * template, read a document, validate it, write it back.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /**
   * Drafts a strategy into {@code folder/draft.json}, then reads and validates {@code document}.
   *
   * @return the number of error findings in {@code document}, or -1 when it cannot be read
   */
  public static int run(Path document, Path folder, PrintStream out) throws IOException {
    TemplateRegistry templates = TemplateRegistry.load();            // ServiceLoader, ordered by id
    StrategyDocuments documents = StrategyDocuments.of(templates);   // knows the templates' annexes
    StrategyValidator validator = StrategyValidator.of(templates);   // core + template rules

    Strategy draft = templates.get(TemplateId.of("climate")).newStrategy(
        NewStrategyRequest.of(StrategyId.of("tm-climate-2026"),
            Municipality.of("Timișoara", "RO").withOfficialCode("155243"),
            StrategyPeriod.of(2026, 2030)));
    Files.writeString(folder.resolve("draft.json"), documents.write(draft, DocumentFormat.JSON));

    ReadResult read = documents.read(document);                      // never throws on user data
    if (read.strategy().isEmpty()) {
      read.problems().forEach(p -> out.println(p.line() + ":" + p.column() + " " + p.path() + " " + p.message()));
      return -1;
    }
    ValidationReport report = validator.validate(read.strategy().get());
    for (Finding f : report.findings()) {
      out.println(f.severity().label() + " " + f.code() + " " + f.path() + " " + f.message(Locale.forLanguageTag("ro")));
    }
    return report.bySeverity(org.civicplan.base.Severity.ERROR).size();
  }

  /** Runs the example on a document named on the command line. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: EmbeddingExample STRATEGY.json|yaml");
      System.exit(2);
    }
    int errors = run(Path.of(args[0]), Path.of("."), System.out);
    System.exit(errors == 0 ? 0 : 1);
  }
}
