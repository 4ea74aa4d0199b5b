// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.governance.LifecycleState;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Measurement;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.Coordinates;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.ImplementationPhase;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Location;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code read(write(s))} equals {@code s}, and writing again gives the same bytes, for strategies
 * varied from the fixture by a seeded generator: awkward texts (YAML look-alikes, quotes, line
 * breaks, diacritics), extreme doubles, long exact money amounts, every enum value, present and
 * absent optionals, raw and typed annexes. The large generated suite lives in testkit.
 */
class RoundTripPropertyTest {

  private static final int CASES = 300;

  private static final List<String> AWKWARD =
      List.of("", " ", "yes", "no", "null", "~", "true", "2027", "0x1F", "1e3", "-", "- item", "a: b", "# not a comment",
          "\"quoted\"", "back\\slash", "line\nbreak", "tab\there", "  leading", "trailing  ", "Ședința consiliului țării",
          "emoji 🌳", "{}", "[]", "&anchor", "*alias", "!tag", "%", "@", "`", "'single'", "\u0000x", "\u2028");

  private static final StrategyDocuments DOCS =
      StrategyDocuments.builder().annexTypes(List.of(TestInventory.TYPE)).build();

  static Stream<Arguments> seeds() {
    return LongStream.range(0, CASES).mapToObj(seed -> Arguments.of(seed * 7919 + 17));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void roundTrip_isLossless_andWritingIsStable(long seed) {
    Strategy s = vary(RandomGeneratorFactory.of("L64X128MixRandom").create(seed));
    for (DocumentFormat format : DocumentFormat.values()) {
      String text = DOCS.write(s, format);
      ReadResult r = DOCS.read(text, format);
      assertEquals(List.of(), r.problems(), () -> "seed " + seed + " " + format + "\n" + text);
      assertEquals(s, r.orElseThrow(), () -> "seed " + seed + " " + format + ": " + firstDifference(s.toString(), r.orElseThrow().toString()));
      assertEquals(text, DOCS.write(r.orElseThrow(), format), () -> "seed " + seed + " " + format);
    }
  }

  private static String firstDifference(String expected, String actual) {
    int i = 0;
    while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 60);
    return "first difference at " + i + ": expected ..." + expected.substring(from, Math.min(expected.length(), i + 60))
        + "... but was ..." + actual.substring(from, Math.min(actual.length(), i + 60)) + "...";
  }

  private static Strategy vary(RandomGenerator rnd) {
    Strategy.Builder b = StrategyFixture.builder();
    b.state(pick(rnd, LifecycleState.values()));
    b.vision(rnd.nextBoolean() ? LocalizedText.empty() : text(rnd));
    List<Action> actions = new ArrayList<>();
    for (Action a : StrategyFixture.valid().actions()) {
      Action.Builder ab = a.toBuilder()
          .title(text(rnd))
          .description(rnd.nextInt(3) == 0 ? LocalizedText.empty() : text(rnd))
          .status(pick(rnd, ActionStatus.values()))
          .phase(pick(rnd, ImplementationPhase.values()))
          .tags(rnd.nextBoolean() ? List.of() : List.of(awkward(rnd), awkward(rnd)));
      if (rnd.nextBoolean()) {
        ab.clearStart();
      } else {
        ab.start(date(rnd));
      }
      List<BudgetLine> budget = new ArrayList<>();
      for (int i = rnd.nextInt(4); i > 0; i--) {
        Money planned = money(rnd);
        FundingKind kind = pick(rnd, FundingKind.values());
        budget.add(
            new BudgetLine(
                2026 + rnd.nextInt(5),
                planned,
                rnd.nextBoolean() ? Optional.empty() : Optional.of(new Money(money(rnd).amount(), planned.currency())),
                rnd.nextBoolean() ? FundingSource.of(kind) : FundingSource.of(kind, awkward(rnd))));
      }
      ab.budget(budget);
      if (rnd.nextBoolean()) {
        ab.location(
            new Location(
                rnd.nextBoolean() ? Optional.of(awkward(rnd)) : Optional.empty(),
                Optional.empty(),
                rnd.nextBoolean() ? Optional.of(Coordinates.of(rnd.nextDouble(-90, 90), rnd.nextDouble(-180, 180))) : Optional.empty()));
      }
      actions.add(ab.build());
    }
    b.actions(actions);
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : StrategyFixture.valid().indicators()) {
      Indicator.Builder ib = i.toBuilder().unit(awkward(rnd)).baseline(Baseline.of(date(rnd), number(rnd)));
      List<Target> targets = new ArrayList<>();
      for (int k = rnd.nextInt(3); k > 0; k--) {
        double v = number(rnd);
        targets.add(new Target(date(rnd), v, rnd.nextBoolean() ? OptionalDouble.empty() : OptionalDouble.of(v + Math.abs(number(rnd))), rnd.nextBoolean()));
      }
      List<Measurement> measurements = new ArrayList<>();
      for (int k = rnd.nextInt(3); k > 0; k--) {
        measurements.add(new Measurement(date(rnd), number(rnd), Optional.of(awkward(rnd)), rnd.nextBoolean() ? Optional.empty() : Optional.of(awkward(rnd))));
      }
      indicators.add(ib.targets(targets).measurements(measurements).references(rnd.nextBoolean() ? List.of() : List.of(awkward(rnd))).build());
    }
    b.indicators(indicators);
    List<org.civicplan.strategy.Annex> annexes = new ArrayList<>();
    for (int k = rnd.nextInt(4); k > 0; k--) {
      if (rnd.nextBoolean()) {
        annexes.add(new RawAnnex("raw-" + k, rawJson(rnd, 0)));
      } else {
        annexes.add(
            new TestInventory(
                date(rnd),
                List.of(new TestInventory.Entry(awkward(rnd), Math.abs(number(rnd)), rnd.nextBoolean() ? Optional.empty() : Optional.of(money(rnd)))),
                rnd.nextBoolean() ? Optional.empty() : Optional.of(awkward(rnd))));
      }
    }
    b.annexes(annexes);
    return b.build();
  }

  private static String rawJson(RandomGenerator rnd, int depth) {
    int kind = depth > 3 ? rnd.nextInt(4) : rnd.nextInt(6);
    return switch (kind) {
      case 0 -> quote(awkward(rnd));
      case 1 -> new BigDecimal(rnd.nextLong()).movePointLeft(rnd.nextInt(6)).toString();
      case 2 -> rnd.nextBoolean() ? "true" : "null";
      case 3 -> Long.toString(rnd.nextLong());
      case 4 -> {
        List<String> items = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
          items.add(rawJson(rnd, depth + 1));
        }
        yield "[" + String.join(",", items) + "]";
      }
      default -> {
        List<String> members = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
          members.add(quote("m" + (char) ('z' - i) + i) + ":" + rawJson(rnd, depth + 1));
        }
        yield "{" + String.join(",", members) + "}";
      }
    };
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static double number(RandomGenerator rnd) {
    return switch (rnd.nextInt(6)) {
      case 0 -> rnd.nextInt(10_000);
      case 1 -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(-310, 300));
      case 2 -> -rnd.nextDouble() * 1e7;
      case 3 -> pick(rnd, new Double[] {Double.MIN_VALUE, Double.MAX_VALUE, 2.0E-3, 1.0E23, 0.1 + 0.2, -0.0, 1.2E7});
      default -> Math.round(rnd.nextDouble() * 1e6) / 100.0;
    };
  }

  private static Money money(RandomGenerator rnd) {
    BigDecimal amount = new BigDecimal(Long.toString(rnd.nextLong(0, Long.MAX_VALUE))).movePointLeft(rnd.nextInt(0, 8));
    return new Money(amount.multiply(BigDecimal.valueOf(rnd.nextInt(1, 1000))), rnd.nextBoolean() ? Money.RON : Money.EUR);
  }

  private static PlanDate date(RandomGenerator rnd) {
    int year = rnd.nextInt(PlanDate.MIN_YEAR, PlanDate.MAX_YEAR + 1);
    return switch (rnd.nextInt(3)) {
      case 0 -> PlanDate.ofYear(year);
      case 1 -> PlanDate.ofMonth(year, rnd.nextInt(1, 13));
      default -> PlanDate.of(year, rnd.nextInt(1, 13), rnd.nextInt(1, 29));
    };
  }

  private static LocalizedText text(RandomGenerator rnd) {
    return rnd.nextInt(4) == 0
        ? LocalizedText.of("ro", awkward(rnd), "hu", awkward(rnd))
        : LocalizedText.of(awkward(rnd), awkward(rnd));
  }

  private static String awkward(RandomGenerator rnd) {
    String a = AWKWARD.get(rnd.nextInt(AWKWARD.size()));
    return rnd.nextInt(3) == 0 ? a + " " + AWKWARD.get(rnd.nextInt(AWKWARD.size())) : a;
  }

  @SafeVarargs
  private static <T> T pick(RandomGenerator rnd, T... values) {
    return values[rnd.nextInt(values.length)];
  }
}
