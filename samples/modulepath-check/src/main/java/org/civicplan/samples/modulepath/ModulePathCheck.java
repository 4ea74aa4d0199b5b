// SPDX-License-Identifier: Apache-2.0
package org.civicplan.samples.modulepath;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicplan.accessibility.AccessibilityAudit;
import org.civicplan.accessibility.AccessibilityTemplate;
import org.civicplan.accessibility.FieldSurvey;
import org.civicplan.accessibility.SurveyImport;
import org.civicplan.climate.ClimateTemplate;
import org.civicplan.climate.EmissionInventory;
import org.civicplan.integrated.IntegratedTemplate;
import org.civicplan.social.SocialTemplate;
import org.civicplan.sport.SportTemplate;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.base.Money;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.testkit.GenerationSize;
import org.civicplan.testkit.Mutant;
import org.civicplan.testkit.MutationKind;
import org.civicplan.testkit.Mutants;
import org.civicplan.testkit.StrategyGenerator;
import org.civicplan.base.Finding;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;

/**
 * Uses civicplan the way a modular application does and prints what it observed, one fact per
 * line, fields separated by tabs (tab, newline and backslash inside a field are escaped as
 * {@code \t}, {@code \n} and {@code \\}):
 *
 * <pre>
 * module     CLASS  MODULE-NAME  explicit|automatic|unnamed
 * template   ID     CLASS  MODULE-NAME
 * provides   SERVICE  PROVIDER...          (the climate and accessibility modules' descriptors)
 * problems   CASE  COUNT                   (document read problems)
 * annex      KIND  typed|raw  MODULE-NAME
 * finding    CASE  SEVERITY  CODE  ENGLISH-MESSAGE  ROMANIAN-MESSAGE
 * round-trip FORMAT  equal|different
 * mutant     KIND  reported|missed
 * host-message  LANGUAGE  MESSAGE        (a negative budget line, validated by this program's own validator)
 * criteria   COUNT                         (the accessibility criteria catalogue, read from its module)
 * survey     CODE  ROW  COLUMN  ENGLISH-REASON  ROMANIAN-REASON   (a refused field-survey row)
 * sport-annex   KIND  typed|raw  MODULE-NAME   (the sport sample, when given)
 * sport-errors  COUNT
 * sport-round-trip  FORMAT  equal|different
 * done
 * </pre>
 *
 * <p>It judges nothing itself: the test that launches it on the module path compares the facts with
 * what the descriptors and message files promise. The cases: {@code sample} (the climate sample
 * document), {@code no-inventory} (the sample without its emission inventory, which the climate
 * rules report), {@code accessibility} (the accessibility sample document), {@code unremedied}
 * (that sample with no remediation named for its tram stop, which the accessibility rules report),
 * {@code generated} (a small testkit strategy) and {@code mutant:KIND} (one testkit mutant of each
 * kind).
 */
public final class ModulePathCheck {

  private ModulePathCheck() {}

  /**
   * Prints the facts for the climate and accessibility sample documents named by the first two
   * arguments and, when a third is given, for the sport sample document it names.
   *
   * <p>Exits with 2 on wrong usage; an exception (for example a module that cannot be read)
   * ends the program with its stack trace, without the final {@code done} line.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length != 3) {
      System.err.println("usage: ModulePathCheck CLIMATE-STRATEGY.json ACCESSIBILITY-STRATEGY.json [SPORT-STRATEGY.json]");
      System.exit(2);
    }
    // UTF-8 whatever the platform's console encoding: the messages carry Romanian diacritics.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    report(Path.of(args[0]), Path.of(args[1]), args.length == 3 ? Optional.of(Path.of(args[2])) : Optional.empty(), out);
    out.flush();
  }

  /** Prints the facts described in the class comment for the samples to {@code out}. */
  static void report(Path sample, Path accessibilitySample, Optional<Path> sport, PrintStream out) throws IOException {
    for (Class<?> type : List.of(ModulePathCheck.class, Strategy.class, ClimateTemplate.class, AccessibilityTemplate.class,
        SocialTemplate.class, SportTemplate.class, IntegratedTemplate.class,
        StrategyGenerator.class, org.civicplan.spreadsheets.Xlsx.class)) {
      Module module = type.getModule();
      String kind = !module.isNamed() ? "unnamed" : module.getDescriptor().isAutomatic() ? "automatic" : "explicit";
      line(out, "module", type.getName(), String.valueOf(module.getName()), kind);
    }

    TemplateRegistry registry = TemplateRegistry.load();
    for (StrategyTemplate t : registry.all()) {
      line(out, "template", t.id().value(), t.getClass().getName(), String.valueOf(t.getClass().getModule().getName()));
    }
    for (Class<?> template : List.of(ClimateTemplate.class, AccessibilityTemplate.class)) {
      for (ModuleDescriptor.Provides p : template.getModule().getDescriptor().provides()) {
        line(out, "provides", p.service(), String.join(" ", p.providers()));
      }
    }

    StrategyDocuments documents = StrategyDocuments.of(registry);
    StrategyValidator validator = StrategyValidator.of(registry);

    ReadResult read = documents.read(sample);
    line(out, "problems", "sample", String.valueOf(read.problems().size()));
    read.problems().forEach(p -> line(out, "problem", "sample", p.toString()));
    Strategy strategy = read.strategy().orElseThrow();
    for (Annex annex : strategy.annexes()) {
      line(out, "annex", annex.kind(), annex instanceof RawAnnex ? "raw" : "typed",
          String.valueOf(annex.getClass().getModule().getName()));
    }
    findings(out, "sample", validator.validate(strategy));
    for (DocumentFormat format : DocumentFormat.values()) {
      ReadResult again = documents.read(documents.write(strategy, format), format);
      line(out, "round-trip", format.name(), again.strategy().equals(java.util.Optional.of(strategy)) ? "equal" : "different");
    }

    // Spreadsheets: fastexcel writes and reads on the module path; the import's messages are
    // found from the named module.
    org.civicplan.spreadsheets.Spreadsheet plan =
        org.civicplan.spreadsheets.SpreadsheetExport.actionPlan(strategy, Locale.forLanguageTag("ro"));
    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    org.civicplan.spreadsheets.Xlsx.write(plan, xlsx);
    org.civicplan.spreadsheets.SpreadsheetImport.Input input =
        org.civicplan.spreadsheets.SpreadsheetImport.read(xlsx.toByteArray(), "plan.xlsx");
    line(out, "spreadsheet-round-trip", input.sheets().equals(plan.sheets()) ? "equal" : "different");
    org.civicplan.spreadsheets.ImportResult bad = org.civicplan.spreadsheets.SpreadsheetImport.apply(strategy,
        org.civicplan.spreadsheets.SpreadsheetImport.read("Id,Name\n#x,y\n".getBytes(StandardCharsets.UTF_8), "o.csv"),
        org.civicplan.spreadsheets.SpreadsheetImport.What.ORGANISATIONS);
    bad.problems().forEach(p -> line(out, "spreadsheet-problem", p.code(), p.message(Locale.ENGLISH),
        p.message(Locale.forLanguageTag("ro"))));

    Strategy noInventory = strategy.toBuilder()
        .annexes(strategy.annexes().stream().filter(a -> !(a instanceof EmissionInventory)).toList())
        .build();
    findings(out, "no-inventory", validator.validate(noInventory));

    ReadResult accessibility = documents.read(accessibilitySample);
    line(out, "problems", "accessibility", String.valueOf(accessibility.problems().size()));
    accessibility.problems().forEach(p -> line(out, "problem", "accessibility", p.toString()));
    Strategy access = accessibility.strategy().orElseThrow();
    for (Annex annex : access.annexes()) {
      line(out, "annex", annex.kind(), annex instanceof RawAnnex ? "raw" : "typed",
          String.valueOf(annex.getClass().getModule().getName()));
    }
    findings(out, "accessibility", validator.validate(access));
    List<Annex> unremedied = new ArrayList<>();
    for (Annex annex : access.annexes()) {
      unremedied.add(annex instanceof AccessibilityAudit a ? withoutRemediation(a) : annex);
    }
    findings(out, "unremedied", validator.validate(access.toBuilder().annexes(unremedied).build()));
    AccessibilityTemplate template = (AccessibilityTemplate) registry.get(AccessibilityTemplate.ID);
    line(out, "criteria", String.valueOf(template.criteria().size()));
    SurveyImport survey = FieldSurvey.apply(access, "audit,element,criterion,value\nAUD-2026-02,T-1,ACC-32,maybe\n",
        template.criteria());
    survey.rejected().forEach(r -> line(out, "survey", r.code(), String.valueOf(r.row()), r.column(),
        r.reason().get(Locale.ENGLISH), r.reason().get(Locale.forLanguageTag("ro"))));

    findings(out, "generated", validator.validate(StrategyGenerator.seeded(1).strategy(GenerationSize.small())));

    Set<MutationKind> seen = EnumSet.noneOf(MutationKind.class);
    for (long seed = 1; seed <= 20 && seen.size() < MutationKind.values().length; seed++) {
      Strategy valid = StrategyGenerator.seeded(seed).strategy(GenerationSize.medium());
      for (Mutant mutant : Mutants.all(valid, StrategyGenerator.random(seed))) {
        if (seen.add(mutant.kind())) {
          ValidationReport report = validator.validate(mutant.strategy());
          line(out, "mutant", mutant.kind().name(), mutant.isReportedBy(report) ? "reported" : "missed");
          findings(out, "mutant:" + mutant.kind().name(), report);
        }
      }
    }
    // As an application validates with its own validator, on a machine in each language.
    BudgetLine negative = BudgetLine.planned(2027, Money.ron("-5"), FundingSource.of(FundingKind.LOCAL_BUDGET));
    Locale machine = Locale.getDefault();
    for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ro"))) {
      Locale.setDefault(language);
      try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
        for (ConstraintViolation<BudgetLine> v : factory.getValidator().validate(negative)) {
          line(out, "host-message", language.getLanguage(), v.getMessage());
        }
      } finally {
        Locale.setDefault(machine);
      }
    }
    if (sport.isPresent()) {
      Strategy sportStrategy = documents.read(sport.get()).strategy().orElseThrow();
      for (Annex annex : sportStrategy.annexes()) {
        line(out, "sport-annex", annex.kind(), annex instanceof RawAnnex ? "raw" : "typed",
            String.valueOf(annex.getClass().getModule().getName()));
      }
      line(out, "sport-errors", String.valueOf(validator.validate(sportStrategy).findings().stream().filter(f -> f.isError()).count()));
      for (DocumentFormat format : DocumentFormat.values()) {
        ReadResult again = documents.read(documents.write(sportStrategy, format), format);
        line(out, "sport-round-trip", format.name(),
            again.strategy().equals(java.util.Optional.of(sportStrategy)) ? "equal" : "different");
      }
    }
    line(out, "done");
  }

  private static AccessibilityAudit withoutRemediation(AccessibilityAudit audit) {
    return new AccessibilityAudit(audit.id(), audit.action(), audit.date(), audit.auditor(), audit.elements().stream()
        .map(e -> new AccessibilityAudit.Element(e.id(), e.type(), e.name(), e.location(), e.street(), e.observations(),
            e.references(), Optional.empty()))
        .toList());
  }

  private static void findings(PrintStream out, String name, ValidationReport report) {
    for (Finding f : report.findings()) {
      line(out, "finding", name, f.severity().label(), f.code(),
          f.message(Locale.ENGLISH), f.message(Locale.forLanguageTag("ro")));
    }
  }

  private static void line(PrintStream out, String... fields) {
    StringBuilder b = new StringBuilder();
    for (String field : fields) {
      if (b.length() > 0) {
        b.append('\t');
      }
      b.append(field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
    }
    out.println(b);
  }
}
