// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doc-test: runs every command example of README.md and docs/*.md against the real jar and
 * checks the output shown. README.md and every Markdown file under docs/ are read.
 *
 * <p>The convention (README, "Examples in the documentation are tested"): a fenced block marked
 * {@code sh} holds commands, one per line ({@code \} continues a line); a command starts with
 * {@code civicplan }, {@code java -jar samples/cli/target/civicplan.jar } or the launcher
 * {@code samples/cli/target/civicplan }; {@code ./mvnw} lines
 * and {@code #} comments are not run. When a block marked {@code text} follows (only blank lines
 * between), it is what the block's commands print, standard output then standard error, command
 * after command: a line {@code ...} stands for any number of lines, and a last line {@code (exit
 * N)} gives the exit code of the block's last command. Otherwise every command must exit 0.
 *
 * <p>Each Markdown file runs in a fresh folder holding a copy of {@code samples/data}, its blocks in
 * order, so that a command can use a file an earlier one wrote.
 */
class DocExamplesIT {

  static final String JAR_PREFIX = "java -jar samples/cli/target/civicplan.jar ";
  static final String SHORT_PREFIX = "civicplan ";
  static final String LAUNCHER_PREFIX = "samples/cli/target/civicplan ";

  @TempDir Path work;

  static Path root() {
    return Path.of(System.getProperty("civicplan.root", "../..")).toAbsolutePath().normalize();
  }

  static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(root().resolve("README.md"));
    try (Stream<Path> s = Files.walk(root().resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /** One command example: where it is, its arguments, and the output block it belongs to. */
  record Example(String file, int line, List<String> commands, Optional<List<String>> output) {}

  static List<Example> examples(Path doc) throws IOException {
    List<String> lines = Files.readAllLines(doc);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```sh")) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      List<String> commands = commands(doc, start, lines.subList(start, end));
      int next = end + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      Optional<List<String>> output = Optional.empty();
      if (next < lines.size() && lines.get(next).strip().equals("```text")) {
        int o = next + 1;
        int oe = o;
        while (oe < lines.size() && !lines.get(oe).strip().equals("```")) {
          oe++;
        }
        output = Optional.of(List.copyOf(lines.subList(o, oe)));
        end = oe;
      }
      if (!commands.isEmpty()) {
        examples.add(new Example(root().relativize(doc).toString(), start, commands, output));
      }
      i = end;
    }
    return examples;
  }

  private static List<String> commands(Path doc, int firstLine, List<String> block) {
    List<String> commands = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int k = 0; k < block.size(); k++) {
      String l = block.get(k).strip();
      if (current.length() == 0 && (l.isEmpty() || l.startsWith("#") || l.startsWith("./mvnw "))) {
        continue;
      }
      boolean more = l.endsWith("\\");
      current.append(more ? l.substring(0, l.length() - 1).strip() : l).append(' ');
      if (!more) {
        String c = current.toString().strip();
        current.setLength(0);
        if (!(c + " ").startsWith(SHORT_PREFIX) && !(c + " ").startsWith(JAR_PREFIX)
            && !(c + " ").startsWith(LAUNCHER_PREFIX)) {
          throw new AssertionError(doc.getFileName() + ":" + (firstLine + k + 1)
              + ": a sh block may hold only civicplan commands, ./mvnw lines and comments, not: " + c);
        }
        commands.add(c);
      }
    }
    return commands;
  }

  /** Splits a command line as a POSIX shell would for plain words, '…' and "…" quotes. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(w.toString());
          w.setLength(0);
          inWord = false;
        }
      } else if (c == '|' || c == '>' || c == '<' || c == ';' || c == '&' || c == '$' || c == '`') {
        throw new AssertionError("shell syntax is not supported in documented commands: " + command);
      } else {
        w.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new AssertionError("unclosed quote in: " + command);
    }
    if (inWord) {
      words.add(w.toString());
    }
    return words;
  }

  static List<String> arguments(String command) {
    String c = command + " ";
    String rest = c.startsWith(JAR_PREFIX) ? c.substring(JAR_PREFIX.length())
        : c.startsWith(LAUNCHER_PREFIX) ? c.substring(LAUNCHER_PREFIX.length())
        : c.substring(SHORT_PREFIX.length());
    return words(rest);
  }

  @TestFactory
  Stream<DynamicNode> everyDocumentedCommand_runsAndPrintsWhatIsShown() throws IOException {
    List<DynamicNode> files = new ArrayList<>();
    for (Path doc : documents()) {
      List<Example> examples = examples(doc);
      if (examples.isEmpty()) {
        continue;
      }
      String name = root().relativize(doc).toString();
      Path dir = Files.createDirectories(work.resolve(name.replace('/', '-').replace(".md", "")));
      copy(root().resolve("samples/data"), dir.resolve("samples/data"));
      List<DynamicTest> tests = new ArrayList<>();
      for (Example e : examples) {
        tests.add(DynamicTest.dynamicTest(e.file() + ":" + e.line() + " " + e.commands().get(0), () -> run(dir, e)));
      }
      files.add(DynamicContainer.dynamicContainer(name, tests));
    }
    return files.stream();
  }

  private static void run(Path dir, Example e) {
    StringBuilder printed = new StringBuilder();
    int exit = 0;
    for (int i = 0; i < e.commands().size(); i++) {
      String command = e.commands().get(i);
      JarRun r = (command + " ").startsWith(LAUNCHER_PREFIX)
          ? JarRun.viaLauncher(dir, JarRun.launcher(), arguments(command))
          : JarRun.in(dir, arguments(command));
      printed.append(r.out()).append(r.err());
      exit = r.exitCode();
      boolean last = i == e.commands().size() - 1;
      if (!last && exit != 0) {
        fail(e.file() + ":" + e.line() + ": " + e.commands().get(i) + " exited " + exit + "\n" + r);
      }
    }
    List<String> expected = new ArrayList<>(e.output().orElse(List.of()));
    int expectedExit = 0;
    if (!expected.isEmpty() && expected.get(expected.size() - 1).matches("\\(exit \\d+\\)")) {
      String l = expected.remove(expected.size() - 1);
      expectedExit = Integer.parseInt(l.substring(6, l.length() - 1));
    }
    assertEquals(expectedExit, exit, e.file() + ":" + e.line() + ": exit code of " + e.commands() + "\n" + printed);
    if (e.output().isPresent()) {
      Optional<String> mismatch = mismatch(expected, printed.toString().lines().toList());
      mismatch.ifPresent(m -> fail(e.file() + ":" + e.line() + ": " + m + "\n--- printed:\n" + printed));
    }
  }

  /** Why {@code actual} does not match {@code expected} with its {@code ...} lines, if it does not. */
  static Optional<String> mismatch(List<String> expected, List<String> actual) {
    return match(expected, 0, actual, 0) ? Optional.empty() : Optional.of(firstDifference(expected, actual));
  }

  private static boolean match(List<String> exp, int i, List<String> act, int j) {
    if (i == exp.size()) {
      return j == act.size();
    }
    if (exp.get(i).equals("...")) {
      for (int k = j; k <= act.size(); k++) {
        if (match(exp, i + 1, act, k)) {
          return true;
        }
      }
      return false;
    }
    return j < act.size() && exp.get(i).equals(act.get(j)) && match(exp, i + 1, act, j + 1);
  }

  private static String firstDifference(List<String> exp, List<String> act) {
    int j = 0;
    for (int i = 0; i < exp.size(); i++) {
      String x = exp.get(i);
      if (x.equals("...")) {
        return "the lines after '...' (" + (i + 1 < exp.size() ? exp.get(i + 1) : "end") + ") were not found";
      }
      if (j >= act.size()) {
        return "missing line " + (i + 1) + ": " + x;
      }
      if (!x.equals(act.get(j))) {
        return "line " + (j + 1) + " is\n  " + act.get(j) + "\nbut the documentation shows\n  " + x;
      }
      j++;
    }
    return "more lines printed than shown, from line " + (j + 1) + ": " + act.get(j);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void matcher_dotsStandForAnyLines() {
    assertTrue(mismatch(List.of("a", "...", "d"), List.of("a", "b", "c", "d")).isEmpty());
    assertTrue(mismatch(List.of("a", "..."), List.of("a")).isEmpty());
    assertFalse(mismatch(List.of("a", "c"), List.of("a", "b")).isEmpty());
    assertFalse(mismatch(List.of("a"), List.of("a", "b")).isEmpty());
  }

  @Test
  void words_likeAShell() {
    assertEquals(List.of("new", "--municipality", "Cluj-Napoca de Sus", "--from", "2026"),
        words("new --municipality \"Cluj-Napoca de Sus\" --from 2026"));
  }

  @Test
  void everyDocument_hasNoOldStylePromptExamples() throws IOException {
    for (Path doc : documents()) {
      List<String> lines = Files.readAllLines(doc);
      for (int i = 0; i < lines.size(); i++) {
        assertFalse(lines.get(i).startsWith("$ civicplan"),
            doc.getFileName() + ":" + (i + 1) + ": write command examples in a ```sh block, without '$ '");
      }
    }
  }
}
