package org.civicplan.cli;

import picocli.CommandLine;

/**
 * The one place subcommands are registered, in the order {@code --help} lists them. Each command
 * lives in its own class; add a line here to add a command.
 */
final class Commands {

  private Commands() {}

  static void register(CommandLine cl) {
    // Foundation commands are registered here; later capabilities add theirs below.
    cl.addSubcommand(new AssessCommand());
    cl.addSubcommand(new RankCommand());
    cl.addSubcommand(new SelectCommand());
  }
}
