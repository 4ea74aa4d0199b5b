package org.civicplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every null check in core names what was null, so that a NullPointerException says which argument. */
class NamedNullChecksTest {

  // requireNonNull with one argument: a bare name or call, no message.
  private static final Pattern UNNAMED = Pattern.compile("requireNonNull\\(([^,()]|\\([^()]*\\))*\\)");

  @Test
  void everyRequireNonNull_namesItsArgument() throws IOException {
    List<String> unnamed = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = UNNAMED.matcher(lines.get(i));
          while (m.find()) {
            unnamed.add(f + ":" + (i + 1) + ": " + m.group());
          }
        }
      }
    }
    assertEquals(List.of(), unnamed);
  }
}
