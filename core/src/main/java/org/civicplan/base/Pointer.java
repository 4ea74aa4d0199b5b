package org.civicplan.base;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * JSON Pointers (RFC 6901) into a strategy document, and their document order: the one way
 * civicplan builds the {@code path} of a finding.
 *
 * <pre>{@code
 * Pointer.of("actions", 3, "budget");        // "/actions/3/budget"
 * Pointer.of("annexes", "a/b~c");            // "/annexes/a~1b~0c"
 * Pointer.child("/actions/3", "tasks", 0);   // "/actions/3/tasks/0"
 * }</pre>
 */
public final class Pointer {

  /**
   * Orders pointers segment by segment, numbers as numbers ({@code /actions/2} before {@code
   * /actions/10}), a numeric segment before a name, a prefix before its extensions.
   */
  public static final Comparator<String> ORDER = Pointer::compare;

  private Pointer() {}

  /** The pointer to {@code segments}, each escaped ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
  public static String of(Object... segments) {
    StringBuilder b = new StringBuilder();
    for (Object s : segments) {
      b.append('/').append(escape(String.valueOf(s)));
    }
    return b.toString();
  }

  /** {@code base} extended by {@code segments}, each escaped. */
  public static String child(String base, Object... segments) {
    return Objects.requireNonNull(base, "base") + of(segments);
  }

  /** One segment escaped: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** The unescaped segments of a pointer; none for the empty pointer. */
  public static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String s : pointer.substring(1).split("/", -1)) {
      out.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  private static int compare(String a, String b) {
    List<String> x = segments(a);
    List<String> y = segments(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = compareSegment(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static int compareSegment(String a, String b) {
    boolean na = isIndex(a);
    boolean nb = isIndex(b);
    if (na && nb) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    if (na != nb) {
      return na ? -1 : 1;
    }
    return a.compareTo(b);
  }

  /** Whether {@code s} is an array index segment: digits without a leading zero. */
  public static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return s.length() == 1 || s.charAt(0) != '0';
  }
}
