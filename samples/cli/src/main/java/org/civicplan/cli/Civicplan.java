// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code civicplan} command line. Exit codes: 0 success, 1 the input has errors (findings of
 * severity error, a refused transition, an infeasible problem), 2 the input cannot be read or the
 * usage is wrong.
 */
@Command(
    name = "civicplan",
    mixinStandardHelpOptions = true,
    versionProvider = Civicplan.Version.class,
    description = "Strategies, action plans, prioritisation and monitoring for city administrations.",
    subcommands = {CommandLine.HelpCommand.class})
public final class Civicplan implements Runnable {

  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the input has errors. */
  public static final int INVALID = 1;
  /** Exit code: unreadable input or wrong usage. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand registered. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Civicplan());
    Commands.register(cl);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("civicplan: " + ex.getMessage());
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("civicplan: " + ex.getMessage());
          return USAGE;
        });
    return cl;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // Hibernate Validator logs through jboss-logging; route it to SLF4J, whose binding here prints
    // warnings only, so that a command's output is just its output.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.exit(commandLine().execute(args));
  }

  /** Reports the version from the jar manifest, if any. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Civicplan.class.getPackage().getImplementationVersion();
      return new String[] {"civicplan " + (v == null ? "development build" : v)};
    }
  }
}
