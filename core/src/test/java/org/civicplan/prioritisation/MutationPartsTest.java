// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The profiles that analyse prioritisation in parts ({@code mutation-search}, {@code
 * mutation-knapsack}, {@code mutation-lagrangian}, {@code mutation-bounds}, {@code mutation-ranking}, {@code
 * mutation-portfolio} in core's pom.xml, docs/testing.md) together name every class of the package,
 * each in one part: a class added to the package and forgotten there would escape mutation testing,
 * and one named twice would count twice in the package's score.
 */
class MutationPartsTest {

  @Test
  void thePartsOfPrioritisationNameEveryClassOfThePackageOnce() throws Exception {
    Map<String, List<Pattern>> parts = parts(Path.of("pom.xml"));
    assertEquals(List.of("mutation-bounds", "mutation-knapsack", "mutation-lagrangian", "mutation-portfolio",
        "mutation-ranking", "mutation-search"),
        List.copyOf(parts.keySet()));

    List<String> classes = classes(Path.of("target", "classes", "org", "civicplan", "prioritisation"));
    assertTrue(classes.size() > 50, classes.toString());
    List<String> wrong = new ArrayList<>();
    for (String c : classes) {
      List<String> in = parts.entrySet().stream()
          .filter(e -> e.getValue().stream().anyMatch(p -> p.matcher(c).matches()))
          .map(Map.Entry::getKey).toList();
      if (in.size() != 1) {
        wrong.add(c + " in " + in);
      }
    }
    assertEquals(List.of(), wrong, "every class in exactly one part");
  }

  /** The prioritisation parts of the pom: profile id to its class patterns (PIT's globs). */
  private static Map<String, List<Pattern>> parts(Path pom) throws Exception {
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    NodeList profiles = root.getElementsByTagName("profile");
    Map<String, List<Pattern>> parts = new TreeMap<>();
    for (int i = 0; i < profiles.getLength(); i++) {
      Element profile = (Element) profiles.item(i);
      String id = profile.getElementsByTagName("id").item(0).getTextContent().strip();
      NodeList classes = profile.getElementsByTagName("mutation.classes");
      if (!id.startsWith("mutation-") || classes.getLength() == 0) {
        continue;
      }
      List<Pattern> patterns = new ArrayList<>();
      for (String glob : classes.item(0).getTextContent().strip().split(",")) {
        // PIT's glob: * is any run of characters, everything else is itself
        patterns.add(Pattern.compile(Stream.of(glob.strip().split("\\*", -1)).map(Pattern::quote)
            .reduce((a, b) -> a + ".*" + b).orElseThrow()));
      }
      parts.put(id, patterns);
    }
    return parts;
  }

  /** The binary names of the classes compiled into {@code dir}, nested ones included. */
  private static List<String> classes(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
          .map(n -> "org.civicplan.prioritisation." + n.substring(0, n.length() - ".class".length()))
          .sorted().toList();
    }
  }
}
