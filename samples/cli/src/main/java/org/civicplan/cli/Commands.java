// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import picocli.CommandLine;

/**
 * The one place subcommands are registered, in the order {@code --help} lists them. Each command
 * lives in its own class; add a line here to add a command.
 */
final class Commands {

  private Commands() {}

  static void register(CommandLine cl) {
    cl.addSubcommand(new TemplatesCommand());
    cl.addSubcommand(new NewCommand());
    cl.addSubcommand(new ValidateCommand());
    cl.addSubcommand(new ConvertCommand());
    cl.addSubcommand(new DemoCommand());
    // Later capabilities add their commands below, one line each.
    cl.addSubcommand(new AssessCommand());
    cl.addSubcommand(new ReportCommand());
    cl.addSubcommand(new ConsultationReportCommand());
    cl.addSubcommand(new AlignmentCommand());
    cl.addSubcommand(new HistoryCommand());
    cl.addSubcommand(new TransitionCommand());
    cl.addSubcommand(new RankCommand());
    cl.addSubcommand(new SelectCommand());
    cl.addSubcommand(new PrioritiesCommand());
    cl.addSubcommand(new AuditCommand());
    cl.addSubcommand(new ServicesReportCommand());
    cl.addSubcommand(new AreasCommand());
    cl.addSubcommand(new CompletionCommand());
    cl.addSubcommand(new PbCommand());
    cl.addSubcommand(new CalendarCommand());
    cl.addSubcommand(new PortfolioCommand());
    cl.addSubcommand(new DossierCommand());
    cl.addSubcommand(new TransparencyReportCommand());
    cl.addSubcommand(new ExportCommand());
    cl.addSubcommand(new ImportCommand());
  }
}
