// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import org.civicplan.base.Pointer;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civicplan.io.JacksonMessages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into {@link ReadProblem}s with messages for people. */
final class Problems {

  private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'.*", Pattern.DOTALL);
  /**
   * Jackson's own messages for a value of the wrong JSON type: an array where a text is expected,
   * a text where a number or an object is expected, a fraction where an integer is expected.
   */
  private static final Pattern JACKSON_WRONG_TYPE =
      Pattern.compile(
          "Cannot deserialize value of type|Cannot coerce|Cannot construct instance of .*no [A-Za-z]+-argument constructor");
  private static final Pattern NULL = Pattern.compile("Null value for creator property '([^']+)'.*", Pattern.DOTALL);
  private static final Pattern QUOTED_TYPE = Pattern.compile("`([^`]*)`");
  private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Za-z_$])");

  private Problems() {}

  /** A problem found while parsing: syntax, or a limit exceeded. */
  static ReadProblem fromParse(JacksonException e, DocumentLimits limits, String text, ObjectMapper mapper) {
    // Replay the parse to learn where it stopped: some exceptions (limits) carry no location,
    // and none carries the path.
    String path = "";
    TokenStreamLocation location = e.getLocation();
    try (JsonParser p = mapper.createParser(text)) {
      try {
        while (p.nextToken() != null) {
          // only looking for the failure
        }
      } catch (JacksonException replayed) {
        path = pointer(p.streamReadContext());
        if (location == null || location.getLineNr() < 1) {
          location = p.currentLocation();
        }
      }
    } catch (JacksonException ignored) {
      // creating or closing the parser failed: keep what the first exception said
    }
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return limit(message, limits, location, path);
    }
    return withLocation(ReadProblem.Kind.SYNTAX, "", location, path, clean(message));
  }

  /** A problem found while binding the tree to the domain. */
  static ReadProblem fromBinding(JacksonException e, String text, ObjectMapper mapper) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      pointer.append('/');
      if (r.getPropertyName() != null) {
        pointer.append(Pointer.escape(r.getPropertyName()));
      } else if (r.getIndex() >= 0) {
        pointer.append(r.getIndex());
      }
    }
    String message = e.getOriginalMessage();
    Matcher missing = MISSING.matcher(message);
    Matcher nul = NULL.matcher(message);
    String path = pointer.toString();
    if (missing.matches()) {
      return located(ReadProblem.Kind.MISSING_MEMBER, "", path, text, mapper, missing.group(1));
    } else if (nul.matches()) {
      return located(ReadProblem.Kind.NULL_MEMBER, "", path, text, mapper, nul.group(1));
    } else if (e instanceof UnrecognizedPropertyException u) {
      return located(ReadProblem.Kind.UNKNOWN_MEMBER, "", path, text, mapper, u.getPropertyName(), allowed(u));
    } else if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause();
      while (cause != null && cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
        cause = cause.getCause();
      }
      if (cause instanceof NullPointerException) {
        return located(ReadProblem.Kind.NULL_MEMBER, "", path, text, mapper, cause.getMessage());
      }
      String detail = cause != null && cause.getMessage() != null ? cause.getMessage() : clean(message);
      return located(ReadProblem.Kind.INVALID_VALUE, "", path, text, mapper, detail);
    } else if (e instanceof Codecs.WrongTypeException || JACKSON_WRONG_TYPE.matcher(message).lookingAt()) {
      return located(ReadProblem.Kind.WRONG_TYPE, "", path, text, mapper, clean(message));
    }
    return located(ReadProblem.Kind.INVALID_VALUE, "", path, text, mapper, clean(message));
  }

  /**
   * A problem of {@code kind} at a path, its line and column looked up in the text; its message
   * is the catalogue's for the kind and {@code variant}, with {@code args}.
   */
  static ReadProblem located(
      ReadProblem.Kind kind, String variant, String path, String text, ObjectMapper mapper, Object... args) {
    Map<String, TokenStreamLocation> locations = locations(text, mapper);
    String p = path;
    while (true) {
      TokenStreamLocation loc = locations.get(p);
      if (loc != null || p.isEmpty()) {
        return withLocation(kind, variant, loc, path, args);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  private static ReadProblem withLocation(
      ReadProblem.Kind kind, String variant, TokenStreamLocation loc, String path, Object... args) {
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    return ReadMessages.at(kind, variant, line, column, path, args);
  }

  /**
   * The location of every member and value by JSON Pointer: a member's name, an element's first
   * token. Only computed when there is a problem to place.
   */
  private static Map<String, TokenStreamLocation> locations(String text, ObjectMapper mapper) {
    Map<String, TokenStreamLocation> map = new HashMap<>();
    try (JsonParser p = mapper.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        map.putIfAbsent(pointer(p.streamReadContext()), p.currentTokenLocation());
      }
    } catch (JacksonException e) {
      // The text parsed once already; whatever was located so far is still useful.
    }
    return map;
  }

  private static String pointer(TokenStreamContext ctx) {
    return ctx.pathAsPointer().toString();
  }

  private static String allowed(UnrecognizedPropertyException u) {
    Class<?> type = u.getReferringClass();
    if (type != null && type.isRecord()) {
      return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.joining(", "));
    }
    return u.getKnownPropertyIds() == null
        ? "(none)"
        : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static ReadProblem limit(String message, DocumentLimits limits, TokenStreamLocation location, String path) {
    String m = message.toLowerCase(java.util.Locale.ROOT);
    List<Object[]> known =
        List.of(
            new Object[] {"nesting depth", "maxNestingDepth", (long) limits.maxNestingDepth()},
            new Object[] {"string value length", "maxStringLength", (long) limits.maxStringLength()},
            new Object[] {"number value length", "maxNumberLength", (long) limits.maxNumberLength()},
            new Object[] {"name length", "maxNameLength", (long) limits.maxNameLength()},
            new Object[] {"document length", "maxDocumentLength", limits.maxDocumentLength()});
    for (Object[] k : known) {
      if (m.contains((String) k[0])) {
        return withLocation(ReadProblem.Kind.LIMIT_EXCEEDED, "", location, path, k[1], String.valueOf(k[2]), clean(message));
      }
    }
    return withLocation(ReadProblem.Kind.LIMIT_EXCEEDED, "other", location, path, clean(message));
  }

  /** Jackson's message without class names in back-ticks and without its hints about features. */
  static String clean(String message) {
    String m = JacksonMessages.clean(message);
    m = m.replaceAll(", from `StreamReadConstraints[^`]*`", "");
    int hint = m.indexOf("; `");
    if (hint >= 0) {
      m = m.substring(0, hint);
    }
    Matcher q = QUOTED_TYPE.matcher(m);
    StringBuilder out = new StringBuilder();
    while (q.find()) {
      q.appendReplacement(out, Matcher.quoteReplacement(PACKAGE.matcher(q.group(1)).replaceAll("")));
    }
    q.appendTail(out);
    return out.toString();
  }
}
