package org.civicplan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code civicplan} command line. Exit codes: 0 success, 1 the input has errors (findings of
 * severity error, a refused transition, an infeasible problem), 2 the input cannot be read or the
 * usage is wrong (also: no command given, a file that would be overwritten, standard output that
 * cannot be written).
 */
@Command(
    name = "civicplan",
    mixinStandardHelpOptions = true,
    versionProvider = Civicplan.Version.class,
    description = "Strategies, action plans, prioritisation and monitoring for city administrations.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the input has errors (error findings, a refused transition, an infeasible problem)",
      "2:the input cannot be read or parsed, a file would be overwritten, or wrong usage"
    },
    footerHeading = "%nExample:%n",
    footer = {"  civicplan validate strategy.json --locale ro", "", "See 'civicplan COMMAND --help' for each command."},
    subcommands = {CommandLine.HelpCommand.class})
public final class Civicplan implements Callable<Integer> {

  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the input has errors. */
  public static final int INVALID = 1;
  /** Exit code: unreadable input or wrong usage. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a command: the usage on standard error, and exit 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    spec.commandLine().usage(err);
    err.println("civicplan: a command is required, e.g. 'civicplan templates'.");
    return USAGE;
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

  /**
   * Runs the command line on {@code out} and {@code err} and flushes both.
   *
   * @return the exit code: the command's, or {@link #USAGE} when standard output could not be
   *     written completely
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    // checkError flushes: what a command printed without a line end is written here at the latest.
    boolean outFailed = out.checkError();
    if (outFailed) {
      err.println("civicplan: standard output could not be written completely (closed or full)");
    }
    err.flush();
    return outFailed && code == OK ? USAGE : code;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // Hibernate Validator logs through jboss-logging; route it to SLF4J, whose binding here prints
    // warnings only, so that a command's output is just its output.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    // Documents and reports are UTF-8 whatever the platform's default charset.
    PrintWriter out = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** The artifact version, as the build wrote it into {@code civicplan-version.properties}. */
  static String version() {
    try (InputStream in = Civicplan.class.getResourceAsStream("/org/civicplan/cli/civicplan-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("civicplan-version.properties is missing from this build");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code --version}: the artifact version, the Java runtime and the installed templates. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      List<String> lines = new ArrayList<>();
      lines.add("civicplan " + version());
      lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
      TemplateRegistry templates = Cli.templates();
      if (templates.isEmpty()) {
        lines.add("templates: none installed");
      } else {
        lines.add("templates:");
        for (StrategyTemplate t : templates.all()) {
          lines.add("  " + t.id() + " " + t.version());
        }
      }
      return lines.toArray(String[]::new);
    }
  }
}
