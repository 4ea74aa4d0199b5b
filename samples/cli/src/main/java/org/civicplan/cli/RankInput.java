// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.civicplan.cli.PrioritisationJson.MAPPER;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.base.Finding;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.DecisionMatrix;
import org.civicplan.prioritisation.Ranking;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The input of {@code civicplan rank} for a matrix method (weighted sum, TOPSIS, PROMETHEE II,
 * VIKOR), read as it streams, in memory proportional to the problem: the alternatives go one by
 * one from the parser into primitive arrays (each alternative is a small tree while it is checked,
 * then dropped), the other members are read as trees. The parser is the one the whole-file reading
 * uses, with the same limits and the same refusal of duplicate keys.
 *
 * <p>Only a problem that is in order is ranked here: at the first sign of anything else (AHP, a
 * member of the wrong shape, an unknown member, a duplicate key, JSON that does not parse, bytes
 * that are not UTF-8, a file that cannot be read) {@link #rank} gives up and the command reads the
 * file whole, as before, so that every problem is reported exactly as it always was.
 */
final class RankInput {

  private static final List<String> MATRIX_METHODS = List.of("weighted-sum", "topsis", "promethee-ii", "vikor");

  private RankInput() {}

  /**
   * {@return the ranking of the problem in {@code file}, or null when the file is to be read whole
   * (see the class comment)}
   */
  static Ranking rank(Path file) {
    try (Reader in = withoutByteOrderMark(InputFile.reader(file, InputFile.MAX_BYTES));
        JsonParser p = MAPPER.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      ObjectNode rest = MAPPER.createObjectNode();
      Alternatives alternatives = null;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (name.equals("alternatives")) {
          alternatives = t == JsonToken.START_ARRAY ? Alternatives.read(p) : null;
          if (alternatives == null) {
            return null;
          }
        } else {
          JsonNode v = p.readValueAsTree();
          if (v == null || (name.equals("method") && !(v.isString() && MATRIX_METHODS.contains(v.asString())))) {
            return null;
          }
          rest.set(name, v);
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || alternatives == null) {
        return null;
      }
      return RankCommand.rank(rest, alternatives);
    } catch (InputFile.Unreadable | IOException | JacksonException | IllegalArgumentException e) {
      // read whole, which says what is wrong
      return null;
    }
  }

  /** The text without a leading byte-order mark, which the whole-file reading drops too. */
  private static Reader withoutByteOrderMark(Reader in) throws IOException {
    PushbackReader r = new PushbackReader(in, 1);
    int c = r.read();
    if (c >= 0 && c != '\uFEFF') {
      r.unread(c);
    }
    return r;
  }

  /**
   * The alternatives as read: their ids, and each one's values as (column, value) pairs in the
   * order of the document, a column being a value name numbered as first met (the criteria may
   * come after the alternatives in the document); a null value is NaN, missing.
   */
  static final class Alternatives {
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    /** Where the pairs of each alternative end: those of alternative i are {@code end[i - 1]..end[i]}. */
    private int[] end = new int[1024];
    private int[] column = new int[1024];
    private double[] value = new double[1024];
    private int pairs;

    private Alternatives() {}

    /** Reads the array the parser is at the start of, or gives null for a reading of the whole file. */
    static Alternatives read(JsonParser p) {
      Alternatives a = new Alternatives();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          return null;
        }
        JsonNode node = p.readValueAsTree();
        // the same check as the whole-file reading makes; an IllegalArgumentException gives up
        RankCommand.shapeAlternative(node, a.ids.size());
        a.add(node);
      }
      return a;
    }

    private void add(JsonNode node) {
      int i = ids.size();
      ids.add(node.get("id").asString());
      JsonNode values = node.get("values");
      if (values != null) {
        for (Map.Entry<String, JsonNode> e : values.properties()) {
          Integer c = columns.get(e.getKey());
          if (c == null) {
            c = names.size();
            columns.put(e.getKey(), c);
            names.add(e.getKey());
          }
          if (pairs == column.length) {
            column = Arrays.copyOf(column, pairs + pairs / 2);
            value = Arrays.copyOf(value, pairs + pairs / 2);
          }
          column[pairs] = c;
          value[pairs] = e.getValue().isNull() ? Double.NaN : e.getValue().asDouble();
          pairs++;
        }
      }
      if (i == end.length) {
        end = Arrays.copyOf(end, i + i / 2);
      }
      end[i] = pairs;
    }

    /**
     * The decision matrix over {@code criteria}, a value missing (NaN) where an alternative has
     * none for a criterion; a value for a name that is no criterion is an error finding added to
     * {@code findings}, as the whole-file reading adds it.
     */
    DecisionMatrix matrix(List<Criterion> criteria, List<Finding> findings) {
      int n = ids.size();
      int k = criteria.size();
      int[] criterionOf = new int[names.size()];
      Arrays.fill(criterionOf, -1);
      for (int j = k - 1; j >= 0; j--) {
        Integer c = columns.get(criteria.get(j).id());
        if (c != null) {
          criterionOf[c] = j;
        }
      }
      double[][] v = new double[n][k];
      int from = 0;
      for (int i = 0; i < n; i++) {
        Arrays.fill(v[i], Double.NaN);
        for (int q = from; q < end[i]; q++) {
          int j = criterionOf[column[q]];
          if (j >= 0) {
            v[i][j] = value[q];
          } else {
            findings.add(RankCommand.unknownCriterion(i, ids.get(i), names.get(column[q])));
          }
        }
        from = end[i];
      }
      return new DecisionMatrix(criteria, ids, v);
    }
  }
}
