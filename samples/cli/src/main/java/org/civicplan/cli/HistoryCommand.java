package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.JsonPatch;
import org.civicplan.document.JsonPatchOperation;
import org.civicplan.document.ReportJson;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code civicplan history OLD NEW}: the changes between two versions of a strategy document as
 * JSON Patch (RFC 6902) operations with RFC 6901 paths. Both documents are compared as civicplan
 * writes them in JSON (whole document, history included), so layout, member order and JSON versus
 * YAML make no difference, and applying the operations to OLD's JSON form gives NEW's.
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Print the changes between two versions of a strategy document (JSON or YAML).",
      "Both are compared as civicplan writes them in JSON (whole document, history included).",
      "json: {\"changes\": [{\"op\": \"replace\", \"path\": \"/state\", \"value\": ...}]}, RFC 6902 JSON"
          + " Patch operations that any JSON Patch tool applies to OLD to get NEW; identical documents"
          + " give {\"changes\": []}.",
      "text: one line per change: 'add PATH: VALUE', 'remove PATH: OLD VALUE', 'replace PATH: OLD"
          + " VALUE -> NEW VALUE'; nothing for identical documents."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan history samples/data/climate-strategy.json revised.json \\",
      "      --format text"
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:the changes are printed (possibly none)", "2:a file cannot be read, or wrong usage"})
final class HistoryCommand implements Callable<Integer> {

  /** Values longer than this are shortened in the text form. */
  static final int TEXT_VALUE_LIMIT = 120;

  // Money amounts are exact: read them as BigDecimal so a diff never rounds them.
  private static final JsonMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "the earlier version")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "the later version")
  Path newer;

  @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StrategyDocuments docs = Cli.documents(Cli.templates());
    Optional<Strategy> a = Cli.read(docs, older, err);
    Optional<Strategy> b = Cli.read(docs, newer, err);
    if (a.isEmpty() || b.isEmpty()) {
      return Civicplan.USAGE;
    }
    List<JsonPatchOperation> ops = JsonPatch.diff(tree(docs, a.get()), tree(docs, b.get()));
    if (format == OutputFormat.JSON) {
      out.print(ReportJson.write(JsonPatch.toJson(ops)));
    } else {
      ops.forEach(op -> out.println(line(op)));
    }
    out.flush();
    return Civicplan.OK;
  }

  /** The JSON tree of a strategy as civicplan writes it. */
  static JsonNode tree(StrategyDocuments docs, Strategy s) {
    return TREES.readTree(docs.write(s, DocumentFormat.JSON));
  }

  private static String line(JsonPatchOperation op) {
    String path = op.path().isEmpty() ? "/" : op.path();
    return switch (op.op()) {
      case ADD -> "add " + path + ": " + text(op.value().orElseThrow());
      case REMOVE -> "remove " + path + ": " + op.previous().map(HistoryCommand::text).orElse("");
      case REPLACE -> "replace " + path + ": "
          + op.previous().map(v -> text(v) + " -> ").orElse("") + text(op.value().orElseThrow());
    };
  }

  private static String text(JsonNode value) {
    String s = TREES.writeValueAsString(value);
    if (s.length() <= TEXT_VALUE_LIMIT) {
      return s;
    }
    int cut = TEXT_VALUE_LIMIT - 1;
    if (Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    return s.substring(0, cut) + "…";
  }
}
