package org.civicplan.alignment;

import java.io.IOException;
import org.civicplan.io.Csv;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.base.LocalizedText;

/**
 * The reference frameworks shipped with core, read from the catalogue {@code frameworks.csv}
 * (columns {@code framework, objective_id, objective_title, source}; RFC 4180 quoting).
 *
 * <p>A framework's id is its name in lower-case with every run of other characters than letters
 * and digits replaced by one {@code -} ({@code "EU Adaptation Strategy 2021"} → {@code
 * eu-adaptation-strategy-2021}, {@code "SDG"} → {@code sdg}). Entries whose source or title the
 * catalogue marks as "not verified" are {@linkplain ReferenceObjective#verified() unverified}.
 * Names and titles are in English only; {@link LocalizedText#get} falls back to English.
 * Templates add their own frameworks.
 */
public final class ReferenceFrameworks {

  private static final List<ReferenceFramework> STANDARD = load();

  private ReferenceFrameworks() {}

  /** The shipped frameworks, in catalogue order. */
  public static List<ReferenceFramework> standard() {
    return STANDARD;
  }

  /** The shipped framework with this id. */
  public static Optional<ReferenceFramework> find(String id) {
    return STANDARD.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The id a framework named {@code name} gets. */
  public static String idOf(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return slug.replaceAll("^-+|-+$", "");
  }

  /**
   * Reads frameworks from CSV text with the catalogue's columns and a header line.
   *
   * @throws IllegalArgumentException naming the line when a row does not have four fields, the
   *     header is not the catalogue's or a quoted field is malformed
   * @throws UncheckedIOException if the reader fails
   */
  public static List<ReferenceFramework> read(Reader csv) {
    List<List<String>> rows;
    try {
      Csv.Parsed parsed = Csv.parse(readAll(csv));
      parsed.malformed().ifPresent(m -> {
        throw new IllegalArgumentException(
            "frameworks CSV line " + m.line() + ", column " + m.column() + ": malformed quoted field (" + m.kind() + ")");
      });
      rows = parsed.rows().stream().map(Csv.Row::fields).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read frameworks CSV", e);
    }
    if (rows.isEmpty() || !rows.get(0).equals(List.of("framework", "objective_id", "objective_title", "source"))) {
      throw new IllegalArgumentException(
          "frameworks CSV must start with the header framework,objective_id,objective_title,source but was "
              + (rows.isEmpty() ? "empty" : rows.get(0)));
    }
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<ReferenceObjective>> objectives = new LinkedHashMap<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != 4) {
        throw new IllegalArgumentException("frameworks CSV row " + (i + 1) + " must have 4 fields but had " + row.size() + ": " + row);
      }
      String id = idOf(row.get(0));
      names.putIfAbsent(id, row.get(0));
      boolean verified = !row.get(3).toLowerCase(Locale.ROOT).startsWith("not verified")
          && !row.get(2).contains("NOT verified");
      objectives.computeIfAbsent(id, k -> new ArrayList<>())
          .add(new ReferenceObjective(row.get(1).strip(), new LocalizedText(Map.of(LocalizedText.ENGLISH, row.get(2))), row.get(3), verified));
    }
    List<ReferenceFramework> frameworks = new ArrayList<>();
    names.forEach((id, name) -> frameworks.add(new ReferenceFramework(id, new LocalizedText(Map.of(LocalizedText.ENGLISH, name)), objectives.get(id))));
    return List.copyOf(frameworks);
  }

  private static List<ReferenceFramework> load() {
    try (InputStream in = ReferenceFrameworks.class.getResourceAsStream("frameworks.csv")) {
      if (in == null) {
        throw new IllegalStateException("frameworks.csv is missing from package org.civicplan.alignment");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read frameworks.csv", e);
    }
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) != -1; ) {
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }

}
