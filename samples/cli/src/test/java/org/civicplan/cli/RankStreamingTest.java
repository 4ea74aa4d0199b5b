// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.civicplan.cli.PrioritisationJson.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.civicplan.prioritisation.Ranking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code civicplan rank} reads a problem for a matrix method as it streams ({@link RankInput}) and
 * writes its JSON as it goes ({@link RankCommand#writeJson}): the ranking must be the one the
 * whole-file reading gives, bit for bit, and the JSON the one the tree writer gave; whatever is not
 * in order is left to the whole-file reading, which reports it as before.
 */
class RankStreamingTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static String json(Ranking r) {
    StringWriter w = new StringWriter();
    RankCommand.writeJson(r, Locale.ENGLISH, w);
    return w.toString();
  }

  /** The ranking as the whole-file reading makes it. */
  private static Ranking whole(Path f) throws Exception {
    return RankCommand.rank(MAPPER.readTree(InputFile.read(f)));
  }

  /**
   * A random problem: {@code n} alternatives on {@code k} criteria with values of every kind a
   * document holds (integers, short and long decimals, exponents, negatives for the methods that
   * take them, now and then null or left out), members in a random order, criteria before or
   * after the alternatives.
   */
  private static String problem(SplittableRandom rnd, String method, int n, int k, boolean gaps) {
    List<String> members = new ArrayList<>();
    members.add("\"method\": \"" + method + "\"");
    StringBuilder c = new StringBuilder("\"criteria\": [");
    for (int j = 0; j < k; j++) {
      c.append(j == 0 ? "" : ", ").append("{\"id\": \"c").append(j).append("\", \"direction\": \"")
          .append(rnd.nextBoolean() ? "benefit" : "cost").append("\", \"weight\": ").append(1 + rnd.nextInt(9)).append('}');
    }
    members.add(c.append(']').toString());
    StringBuilder a = new StringBuilder("\"alternatives\": [");
    for (int i = 0; i < n; i++) {
      a.append(i == 0 ? "" : ",\n ").append("{\"values\": {");
      boolean first = true;
      for (int j = 0; j < k; j++) {
        int jj = (j + i) % k;
        if (gaps && rnd.nextInt(20) == 0) {
          continue;
        }
        String v = switch (rnd.nextInt(6)) {
          case 0 -> Integer.toString(1 + rnd.nextInt(1000));
          case 1 -> String.format(Locale.ROOT, "%.2f", 1 + rnd.nextDouble() * 100);
          case 2 -> "0." + Long.toString(1 + rnd.nextLong(999_999_999_999_999L)) + "123456789";
          case 3 -> (1 + rnd.nextInt(9)) + "." + rnd.nextInt(1000) + "e" + (rnd.nextInt(7) - 3);
          case 4 -> gaps && rnd.nextInt(4) == 0 ? "null" : Double.toString(1 + rnd.nextDouble() * 1e6);
          default -> "12345678901234567.89";
        };
        a.append(first ? "" : ", ").append("\"c").append(jj).append("\": ").append(v);
        first = false;
      }
      a.append("}, \"id\": \"a").append(String.format("%05d", rnd.nextInt(100_000))).append('-').append(i).append("\"}");
    }
    members.add(a.append(']').toString());
    if (method.equals("vikor") && rnd.nextBoolean()) {
      members.add("\"options\": {\"v\": 0.25}");
    }
    if ((method.equals("topsis") || method.equals("weighted-sum")) && rnd.nextBoolean()) {
      members.add("\"options\": {\"normalization\": \"" + (rnd.nextBoolean() ? "max" : "sum") + "\"}");
    }
    java.util.Collections.shuffle(members, new java.util.Random(rnd.nextLong()));
    return "{" + String.join(",\n", members) + "}\n";
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"topsis", "weighted-sum", "promethee-ii", "vikor"})
  void streamedRankingIsTheWholeFileRankingBitForBit(String method) throws Exception {
    SplittableRandom rnd = new SplittableRandom(method.hashCode());
    for (int c = 0; c < 30; c++) {
      boolean gaps = c % 3 == 2;
      String text = problem(rnd, method, 1 + rnd.nextInt(method.equals("promethee-ii") ? 30 : 200), 1 + rnd.nextInt(6), gaps);
      Path f = file("p" + c + ".json", text);
      Ranking streamed = RankInput.rank(f);
      assertNotNull(streamed, text);
      // the same ranking, written: ids, ranks, scores, explanations, weights, findings
      assertEquals(json(whole(f)), json(streamed), text);
      assertEquals(whole(f), streamed, text);
    }
  }

  @Test
  void theBundledSampleAndTheOddCasesStreamToTheSameRanking() throws Exception {
    List<String> texts = List.of(
        Files.readString(Path.of("../data/rank-topsis.json")),
        // a byte-order mark, values before the criteria, a value for no criterion (an error
        // finding), a negative weight (a finding before any value is looked at)
        "\uFEFF{\"method\": \"topsis\", \"criteria\": [{\"id\": \"a\"}, {\"id\": \"b\", \"direction\": \"cost\"}],"
            + " \"alternatives\": [{\"id\": \"x\", \"values\": {\"a\": 1, \"b\": 2}}, {\"id\": \"y\", \"values\": {\"a\": 3, \"b\": 1}}]}",
        "{\"alternatives\": [{\"id\": \"x\", \"values\": {\"a\": 1, \"zz/~\": 2}}, {\"id\": \"y\"}], \"method\": \"weighted-sum\","
            + " \"criteria\": [{\"id\": \"a\", \"weight\": 2}]}",
        "{\"method\": \"vikor\", \"criteria\": [{\"id\": \"a\", \"weight\": -1}], \"alternatives\": [{\"id\": \"x\", \"values\": {\"a\": 1}}]}",
        "{\"method\": \"promethee-ii\", \"criteria\": [{\"id\": \"a\", \"preference\": {\"function\": \"linear\", \"p\": 2}}],"
            + " \"alternatives\": []}",
        "{\"method\": \"topsis\", \"criteria\": [{\"id\": \"a\"}], \"alternatives\": [{\"id\": \"x\", \"values\": {\"a\": null}}]}");
    for (int c = 0; c < texts.size(); c++) {
      Path f = file("odd" + c + ".json", texts.get(c));
      Ranking streamed = RankInput.rank(f);
      assertNotNull(streamed, texts.get(c));
      assertEquals(json(whole(f)), json(streamed), texts.get(c));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // AHP, which has no matrix to stream
    "{\"method\": \"ahp\", \"pairwise\": {\"criteria\": {\"items\": [\"a\", \"b\"], \"matrix\": [[1, 3], [0.333, 1]]}}}",
    // an unknown member, an alternative of the wrong shape, a value that is not a number
    "{\"method\": \"topsis\", \"criteria\": [], \"alternatives\": [], \"extra\": 1}",
    "{\"method\": \"topsis\", \"criteria\": [{\"id\": \"a\"}], \"alternatives\": [[1]]}",
    "{\"method\": \"topsis\", \"criteria\": [{\"id\": \"a\"}], \"alternatives\": [{\"id\": \"x\", \"values\": {\"a\": \"1\"}}]}",
    // a duplicate key, trailing text, JSON that stops, no alternatives, an unknown method
    "{\"method\": \"topsis\", \"criteria\": [{\"id\": \"a\"}], \"alternatives\": [{\"id\": \"x\", \"id\": \"y\"}]}",
    "{\"method\": \"topsis\", \"criteria\": [], \"alternatives\": []} {}",
    "{\"method\": \"topsis\", \"criteria\": [], \"alternatives\": [",
    "{\"method\": \"topsis\", \"criteria\": [{\"id\": \"a\"}]}",
    "{\"method\": \"electre\", \"criteria\": [], \"alternatives\": []}",
    "[1, 2]"
  })
  void whatIsNotInOrderIsLeftToTheWholeFileReading(String text) throws Exception {
    assertNull(RankInput.rank(file("bad.json", text)));
  }

  @Test
  void aFileThatCannotBeReadIsLeftToTheWholeFileReading() throws Exception {
    assertNull(RankInput.rank(dir.resolve("missing.json")));
    assertNull(RankInput.rank(dir));
    Path latin = dir.resolve("latin.json");
    Files.write(latin, "{\"method\": \"topsis\", \"criteria\": [{\"id\": \"\u0219\"}], \"alternatives\": []}".getBytes(StandardCharsets.ISO_8859_1));
    assertNull(RankInput.rank(latin));
  }

  @ParameterizedTest
  @ValueSource(strings = {"topsis", "vikor", "ahp", "failed"})
  void theJsonIsWhatTheTreeWriterWrites(String kind) throws Exception {
    // the streamed JSON, read back as a tree (doubles as doubles) and written by the tree writer
    // with the same pretty printer, is the same text: the same layout of objects, arrays, empty
    // objects, numbers and strings (VIKOR adds its compromise set, AHP its consistency)
    String text = switch (kind) {
      case "topsis" -> Files.readString(Path.of("../data/rank-topsis.json"));
      case "vikor" -> "{\"method\": \"vikor\", \"criteria\": [{\"id\": \"a\"}, {\"id\": \"b\", \"direction\": \"cost\"}],"
          + " \"alternatives\": [{\"id\": \"x\", \"values\": {\"a\": 1, \"b\": 2}}, {\"id\": \"y\", \"values\": {\"a\": 3, \"b\": 1}},"
          + " {\"id\": \"z\", \"values\": {\"a\": 3, \"b\": 1}}]}";
      case "ahp" -> "{\"method\": \"ahp\", \"pairwise\": {\"criteria\": {\"items\": [\"a\", \"b\", \"c\"],"
          + " \"matrix\": [[1, 3, 5], [0.3333333333333333, 1, 2], [0.2, 0.5, 1]]}}}";
      default -> "{\"method\": \"topsis\", \"criteria\": [{\"id\": \"a\"}], \"alternatives\": [{\"id\": \"x\", \"values\": {}}]}";
    };
    String out = json(whole(file(kind + ".json", text)));
    JsonMapper plain = JsonMapper.builder().build();
    assertEquals(plain.writerWithDefaultPrettyPrinter().writeValueAsString(plain.readTree(out)), out);
    assertTrue(out.startsWith("{\n  \"method\" : \""), out);
  }
}
