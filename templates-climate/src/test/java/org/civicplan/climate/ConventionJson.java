package org.civicplan.climate;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.LocalizedText;
import org.civicplan.strategy.PlanDate;
import org.civicplan.strategy.StrategyPeriod;

/**
 * Writes a strategy as JSON following the project's document conventions (common brief), for the
 * sample file until the document module is in main: members in record-component order, enums as
 * lower-case kebab strings, ids, dates and periods as strings, localized texts as language maps,
 * empty optionals and lists omitted, annexes as {@code {"kind": …, "data": …}}.
 */
final class ConventionJson {

  private ConventionJson() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    value(value, out, 0);
    return out.append('\n').toString();
  }

  private static boolean omitted(Object v) {
    return (v instanceof Optional<?> o && o.isEmpty())
        || (v instanceof OptionalDouble d && d.isEmpty())
        || (v instanceof Collection<?> c && c.isEmpty())
        || (v instanceof LocalizedText t && t.values().isEmpty());
  }

  private static void value(Object v, StringBuilder out, int depth) {
    if (v instanceof Optional<?> o) {
      value(o.orElseThrow(), out, depth);
    } else if (v instanceof OptionalDouble d) {
      value(d.getAsDouble(), out, depth);
    } else if (v instanceof String s) {
      string(s, out);
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      out.append(v);
    } else if (v instanceof Double d) {
      out.append(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
    } else if (v instanceof BigDecimal b) {
      out.append(b.toPlainString());
    } else if (v instanceof Enum<?> e) {
      string(e.name().toLowerCase(Locale.ROOT).replace('_', '-'), out);
    } else if (v instanceof PlanDate || v instanceof StrategyPeriod || v instanceof Currency
        || v instanceof java.time.LocalDate || isId(v)) {
      string(v.toString(), out);
    } else if (v instanceof LocalizedText t) {
      map(t.values(), out, depth);
    } else if (v instanceof Collection<?> c) {
      out.append('[');
      boolean first = true;
      for (Object e : c) {
        out.append(first ? "\n" : ",\n").append("  ".repeat(depth + 1));
        value(e, out, depth + 1);
        first = false;
      }
      out.append('\n').append("  ".repeat(depth)).append(']');
    } else if (v instanceof Annex a && v.getClass().isRecord() && !(v instanceof org.civicplan.strategy.RawAnnex)) {
      out.append("{\n").append("  ".repeat(depth + 1)).append("\"kind\": ");
      string(a.kind(), out);
      out.append(",\n").append("  ".repeat(depth + 1)).append("\"data\": ");
      record(v, out, depth + 1);
      out.append('\n').append("  ".repeat(depth)).append('}');
    } else if (v.getClass().isRecord()) {
      record(v, out, depth);
    } else {
      throw new IllegalArgumentException("no JSON convention for " + v.getClass());
    }
  }

  private static boolean isId(Object v) {
    if (!v.getClass().isRecord()) {
      return false;
    }
    RecordComponent[] rc = v.getClass().getRecordComponents();
    return rc.length == 1 && rc[0].getName().equals("value") && rc[0].getType() == String.class;
  }

  private static void map(Map<String, String> m, StringBuilder out, int depth) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : m.entrySet()) {
      out.append(first ? "\n" : ",\n").append("  ".repeat(depth + 1));
      string(e.getKey(), out);
      out.append(": ");
      string(e.getValue(), out);
      first = false;
    }
    out.append('\n').append("  ".repeat(depth)).append('}');
  }

  private static void record(Object r, StringBuilder out, int depth) {
    out.append('{');
    boolean first = true;
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (omitted(v)) {
        continue;
      }
      out.append(first ? "\n" : ",\n").append("  ".repeat(depth + 1));
      string(c.getName(), out);
      out.append(": ");
      value(v, out, depth + 1);
      first = false;
    }
    out.append(first ? "}" : "\n" + "  ".repeat(depth) + "}");
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    out.append('"');
  }
}
