package org.civicplan.climate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Reads the CSV catalogues this module ships, next to this class. */
final class Csv {

  private Csv() {}

  /**
   * The rows of a resource next to this class, each as a map from header to field, in file order.
   *
   * @throws IllegalStateException if the resource is missing or malformed
   */
  static List<Map<String, String>> read(String resource) {
    // Opened here, in this module, so that the lookup works on the module path too.
    try (InputStream in = Csv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("catalogue resource " + resource + " is missing from the climate module");
      }
      return org.civicplan.io.Csv.table(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalogue resource " + resource, e);
    }
  }
}
