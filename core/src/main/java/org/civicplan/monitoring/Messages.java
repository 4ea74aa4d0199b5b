package org.civicplan.monitoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;

/** The monitoring message catalogue (messages.properties, messages_ro.properties, UTF-8). */
final class Messages {
  static final MessageCatalog CATALOG =
      MessageCatalog.load(Messages.class::getResourceAsStream, "messages");

  static final Locale ROMANIAN = Locale.forLanguageTag("ro");

  /** The explanation summary, precompiled: formatting it costs a few appends, not a parse. */
  static final Pattern SUMMARY = Pattern.of("explain.summary", 6);

  private static final Map<ProgressStatus, String> ROMANIAN_STATUS = romanianStatuses();

  private Messages() {}

  /** The Romanian name of a status, as the catalogue gives it. */
  static String romanianStatus(ProgressStatus status) {
    return ROMANIAN_STATUS.get(status);
  }

  private static Map<ProgressStatus, String> romanianStatuses() {
    Map<ProgressStatus, String> map = new EnumMap<>(ProgressStatus.class);
    for (ProgressStatus s : ProgressStatus.values()) {
      map.put(s, CATALOG.text("status." + s.label()).get(ROMANIAN));
    }
    return map;
  }

  /**
   * A catalogue message whose arguments are all strings, split once into its literal pieces. The
   * pieces come from formatting the message with marker arguments, so quoting and escapes are
   * resolved exactly as {@link java.text.MessageFormat} resolves them; inserting string arguments
   * between the pieces then gives the same text as formatting.
   */
  static final class Pattern {
    private final Pieces english;
    private final Pieces romanian;

    private Pattern(Pieces english, Pieces romanian) {
      this.english = english;
      this.romanian = romanian;
    }

    static Pattern of(String key, int arity) {
      Object[] markers = new Object[arity];
      for (int k = 0; k < arity; k++) {
        markers[k] = "\uE000" + (char) ('\uE100' + k) + "\uE000";
      }
      LocalizedText t = CATALOG.text(key, markers);
      return new Pattern(Pieces.split(t.get(Locale.ENGLISH)), Pieces.split(t.get(ROMANIAN)));
    }

    String english(String... args) {
      return english.fill(args);
    }

    String romanian(String... args) {
      return romanian.fill(args);
    }
  }

  /** Literals with the argument index inserted after each but the last. */
  private record Pieces(List<String> literals, int[] arguments) {

    static Pieces split(String formatted) {
      List<String> literals = new ArrayList<>();
      List<Integer> arguments = new ArrayList<>();
      String rest = formatted;
      for (int at = rest.indexOf('\uE000'); at >= 0; at = rest.indexOf('\uE000')) {
        literals.add(rest.substring(0, at));
        arguments.add(rest.charAt(at + 1) - '\uE100');
        rest = rest.substring(at + 3);
      }
      literals.add(rest);
      return new Pieces(List.copyOf(literals), arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    String fill(String[] args) {
      StringBuilder out = new StringBuilder(160);
      for (int k = 0; k < arguments.length; k++) {
        out.append(literals.get(k)).append(args[arguments[k]]);
      }
      return out.append(literals.get(arguments.length)).toString();
    }
  }
}
