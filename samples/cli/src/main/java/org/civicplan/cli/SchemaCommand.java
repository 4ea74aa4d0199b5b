// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civicplan.document.DocumentSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civicplan schema}: the JSON Schemas of the documents civicplan reads. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (draft 2020-12) of a document civicplan reads.",
      "Strategy documents, overlays, and the inputs of rank, select and assess; the strategy schema checks the annexes"
          + " of the installed templates. Editors use them for completion and checks."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:wrong usage"},
    footerHeading = "%nExample:%n",
    footer = "  civicplan schema strategy > strategy.schema.json")
final class SchemaCommand implements Callable<Integer> {

  /** The documents with a schema, in the order {@code --help} lists them. */
  static final List<String> DOCUMENTS = List.of("strategy", "overlay", "rank", "select", "assess");

  /** For shell completion. */
  static final class Documents implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return DOCUMENTS.iterator();
    }
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOCUMENT", completionCandidates = Documents.class,
      description = "strategy, overlay, rank, select or assess")
  String document;

  @Override
  public Integer call() {
    String schema = switch (document.toLowerCase(Locale.ROOT)) {
      case "strategy" -> DocumentSchemas.strategy(Cli.templates());
      case "overlay" -> DocumentSchemas.overlay();
      case "rank", "select", "assess" -> resource(document.toLowerCase(Locale.ROOT));
      default -> throw new ParameterException(spec.commandLine(),
          "no schema for \"" + document + "\"; known: " + String.join(", ", DOCUMENTS));
    };
    PrintWriter out = spec.commandLine().getOut();
    out.print(schema);
    out.flush();
    return Civicplan.OK;
  }

  /** The schema of a command's input, shipped in the jar beside the command. */
  private static String resource(String name) {
    String path = "schemas/" + name + ".schema.json";
    try (InputStream in = SchemaCommand.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
