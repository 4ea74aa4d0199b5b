// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Money;
import org.civicplan.prioritisation.OrderInterval;
import org.civicplan.report.PriorityList.Decision;
import org.civicplan.report.PriorityList.NotSelected;
import org.civicplan.report.PriorityList.OrderChange;
import org.civicplan.report.PriorityList.Selected;
import org.civicplan.report.PriorityList.Shortfall;
import org.civicplan.strategy.FundingSource;

/**
 * The labels and formats of one rendering language of a {@link PriorityList}: Romanian for a
 * locale whose language is {@code ro}, English otherwise. Formats are written by hand, not by the
 * JDK's locale data, so that the same list gives the same bytes on every machine: money {@code
 * 1.234.567,89 lei} and {@code RON 1,234,567.89} (two decimals, half up), scores with four decimals,
 * weights as percentages with one decimal, dates {@code 15.01.2024} and {@code 2024-01-15}.
 */
final class PriorityListTexts {

  private static final MessageCatalog CATALOG =
      MessageCatalog.load(PriorityListTexts.class::getResourceAsStream, "/org/civicplan/report/priorities");

  final boolean romanian;
  private final Locale locale;

  private PriorityListTexts(Locale locale) {
    this.romanian = "ro".equals(locale.getLanguage());
    this.locale = romanian ? Locale.forLanguageTag("ro") : Locale.ENGLISH;
  }

  static PriorityListTexts of(Locale locale) {
    return new PriorityListTexts(Objects.requireNonNull(locale, "locale"));
  }

  String language() {
    return romanian ? "ro" : "en";
  }

  String get(String key, Object... args) {
    return CATALOG.text(key, args).get(locale);
  }

  String text(LocalizedText text) {
    return text.get(locale);
  }

  /** A name in the language's quotation marks: „…” in Romanian, “…” in English. */
  String quote(String name) {
    return romanian ? "\u201e" + name + "\u201d" : "\u201c" + name + "\u201d";
  }

  /** The action's name as the list gives it, quoted. */
  String action(PriorityList list, ActionId id) {
    return quote(list.entry(id).map(e -> text(e.name())).orElse(id.value()));
  }

  String criterion(PriorityList list, String id) {
    return list.criteria().stream().filter(c -> c.id().equals(id)).findFirst().map(c -> text(c.name())).orElse(id);
  }

  /** Money with two decimals and grouped thousands: {@code 1.234.567,89 lei}, {@code RON 1,234,567.89}. */
  String money(Money m) {
    BigDecimal v = m.amount().setScale(2, RoundingMode.HALF_UP);
    String plain = v.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = plain.substring(0, point);
    StringBuilder b = new StringBuilder();
    if (v.signum() < 0) {
      b.append('-');
    }
    int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    b.append(whole, 0, first);
    for (int i = first; i < whole.length(); i += 3) {
      b.append(romanian ? '.' : ',').append(whole, i, i + 3);
    }
    b.append(romanian ? ',' : '.').append(plain, point + 1, plain.length());
    String code = m.currency().getCurrencyCode();
    if (romanian) {
      return b + " " + (code.equals("RON") ? "lei" : code);
    }
    return code + " " + b;
  }

  String money(List<Money> amounts) {
    return amounts.isEmpty() ? "–" : amounts.stream().map(this::money).collect(Collectors.joining(" + "));
  }

  /** A score with four decimals, half up. */
  String score(double value) {
    return decimal(value, 4);
  }

  /** An input value with up to four decimals, half up, trailing zeros dropped: {@code 9500}, {@code 0,5}. */
  String value(double value) {
    String s = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    if (s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9')) {
      s = s.substring(1);
    }
    return romanian ? s.replace('.', ',') : s;
  }

  /** A share of 1 as a percentage with one decimal: {@code 25,0 %}. */
  String percent(double share) {
    return decimal(share * 100, 1) + " %";
  }

  /** A difference of shares in percentage points with one decimal. */
  String points(double share) {
    return decimal(share * 100, 1);
  }

  private String decimal(double value, int scale) {
    String s = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    if (s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9')) {
      s = s.substring(1);
    }
    return romanian ? s.replace('.', ',') : s;
  }

  /** An exact decimal in the language's notation, without grouping. */
  String exact(BigDecimal value) {
    String s = value.stripTrailingZeros().toPlainString();
    return romanian ? s.replace('.', ',') : s;
  }

  String date(LocalDate d) {
    return romanian
        ? String.format(Locale.ROOT, "%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
        : d.toString();
  }

  String method(PriorityList list) {
    String name = CATALOG.has("method." + list.method()) ? get("method." + list.method()) : list.method();
    List<String> options = new ArrayList<>();
    list.options().forEach((k, v) -> {
      if (k.equals("normalization")) {
        options.add(get("option.normalization", CATALOG.has("normalization." + v) ? get("normalization." + v) : v));
      } else if (k.equals("v")) {
        String shown;
        try {
          shown = score(Double.parseDouble(v)).replaceAll("[,.]?0+$", "");
        } catch (NumberFormatException e) {
          shown = v;
        }
        options.add(get("option.v", shown));
      } else {
        options.add(k + " = " + v);
      }
    });
    return options.isEmpty() ? name : name + "; " + String.join("; ", options);
  }

  String funding(FundingSource f) {
    String kind = get("funding." + f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    return f.programme().map(p -> kind + " (" + p + ")").orElse(kind);
  }

  String funding(List<FundingSource> sources) {
    return sources.isEmpty() ? "–" : sources.stream().map(this::funding).collect(Collectors.joining("; "));
  }

  String selected(Decision d) {
    return switch (d.code()) {
      case "selected", "unscheduled" -> get("yes");
      case "not-selected" -> get("no");
      default -> "–";
    };
  }

  String years(int start, int end) {
    return start == end ? Integer.toString(start) : start + "–" + end;
  }

  /** Why an action was or was not selected, in a sentence without its subject. */
  String why(PriorityList list, Decision d) {
    if (d instanceof Selected s) {
      return s.slip() == 0 ? get("decision.selected", years(s.start(), s.end()))
          : get("decision.selected.slip", years(s.start(), s.end()), s.slip());
    }
    if (d instanceof NotSelected n) {
      if (n.outvalued()) {
        return get("decision.outvalued");
      }
      List<String> parts = new ArrayList<>();
      for (ActionId r : n.requires()) {
        parts.add(get("decision.requires", action(list, r)));
      }
      for (Shortfall s : n.shortfalls()) {
        parts.add(get("decision.shortfall", Integer.toString(s.year()), money(s.needed()), money(s.left())));
      }
      return String.join("; ", parts);
    }
    return get("decision." + d.code());
  }

  String direction(PriorityList.CriterionWeight c) {
    return c.direction().map(x -> get("direction." + x.name().toLowerCase(Locale.ROOT))).orElse("–");
  }

  String range(double lower, double upper) {
    return percent(lower) + " – " + percent(upper);
  }

  /** What happens past the ends of a criterion's first-two interval. */
  String beyond(PriorityList list, OrderInterval i) {
    List<String> parts = new ArrayList<>();
    if (i.changesBelow()) {
      parts.add(get("beyond.below", percent(i.lower()), place(list, i.orderBelow(), 0), place(list, i.orderBelow(), 1)));
    }
    if (i.changesAbove()) {
      parts.add(get("beyond.above", percent(i.upper()), place(list, i.orderAbove(), 0), place(list, i.orderAbove(), 1)));
    }
    return parts.isEmpty() ? get("beyond.none") : String.join("; ", parts);
  }

  private String place(PriorityList list, List<String> order, int k) {
    return k < order.size() ? action(list, ActionId.of(order.get(k))) : "–";
  }

  /** The stability summary: the swaps, else the fixed first place or the absence of swaps; then the margin. */
  List<String> stabilitySummary(PriorityList list) {
    PriorityList.Stability s = list.stability();
    List<String> out = new ArrayList<>();
    List<OrderChange> swaps = s.swaps();
    if (!swaps.isEmpty()) {
      out.add(get("stability.swaps", swaps.stream().map(c -> get(c.raised() ? "change.swap.raised" : "change.swap.lowered",
          quote(criterion(list, c.criterion())), percent(c.weight()), percent(c.at()), action(list, c.after().get(0)),
          action(list, c.after().get(1)))).collect(Collectors.joining("; "))));
    } else {
      out.add(get("stability.noSwap"));
    }
    double margin = Double.POSITIVE_INFINITY;
    String by = "";
    for (OrderInterval i : s.firstPlace()) {
      if (i.changesBelow() && i.weight() - i.lower() < margin) {
        margin = i.weight() - i.lower();
        by = quote(criterion(list, i.criterion())) + " " + percent(i.weight()) + " → " + percent(i.lower());
      }
      if (i.changesAbove() && i.upper() - i.weight() < margin) {
        margin = i.upper() - i.weight();
        by = quote(criterion(list, i.criterion())) + " " + percent(i.weight()) + " → " + percent(i.upper());
      }
    }
    if (Double.isInfinite(margin)) {
      out.add(get("stability.firstFixed", action(list, list.entries().get(0).action())));
    } else {
      out.add(get("stability.margin", points(margin), by));
    }
    return out;
  }

  String unavailable(PriorityList list) {
    String key = "stability." + list.stability().status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return get(key, key.endsWith("no-criteria-set") ? quote(list.criteriaSet().value()) : list.method());
  }
}
