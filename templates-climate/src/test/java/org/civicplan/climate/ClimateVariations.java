package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Annex;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;

/**
 * Seeded variations of the sample's climate annexes, for round-trip tests: every annex kind with
 * random values in all their valid shapes (absent and present optionals, empty and long lists,
 * decimals of any scale, texts that need escaping in JSON or quoting in YAML, dates of every
 * precision), in a random order, sometimes next to an annex of a kind no template knows.
 *
 * <p>Values are valid for the records, not necessarily for the rules: the tests that use them
 * check the documents, not the findings. A seed always gives the same strategy.
 */
final class ClimateVariations {

  /** Texts that need care: diacritics, quotes, escapes, YAML indicators, words YAML reads as other types. */
  private static final List<String> TEXTS =
      List.of(
          "Valuri de căldură în Timișoara și Iași",
          "ȘȚĂÂÎ șțăâî",
          "quote \" and backslash \\ inside",
          "line one\nline two\ttabbed",
          "yes",
          "null",
          "~",
          "- looks like a list",
          "key: value # not a comment",
          "'single' and \"double\"",
          "2030",
          "0.50",
          "  leading and trailing spaces  ",
          "",
          "emoji 🌳 and € sign",
          "{not: a map}");

  private static final List<String> CARRIERS =
      List.of("electricity", "heat", "natural-gas", "gas-diesel-oil", "motor-gasoline", "lpg", "solid-biomass",
          "biodiesel", "city-waste");

  private final RandomGenerator random;

  private ClimateVariations(RandomGenerator random) {
    this.random = random;
  }

  /** The random generator of a seed (a fixed algorithm, so a seed means the same on every JDK). */
  static RandomGenerator random(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  /** The sample with its annexes replaced by a seeded variation. */
  static Strategy of(long seed) {
    ClimateVariations v = new ClimateVariations(random(seed));
    return ClimateSample.valid().toBuilder().annexes(v.annexes()).build();
  }

  private List<Annex> annexes() {
    List<Annex> out = new ArrayList<>();
    if (random.nextBoolean()) {
      out.add(commitment());
    }
    int inventories = random.nextInt(4);
    for (int i = 0; i < inventories; i++) {
      out.add(inventory(i));
    }
    if (random.nextBoolean()) {
      out.add(riskAssessment());
    }
    if (random.nextBoolean()) {
      out.add(campaigns());
    }
    if (random.nextBoolean()) {
      out.add(greenSpace());
    }
    if (random.nextInt(4) == 0) {
      out.add(new RawAnnex("municipal-notes", "{\"note\":\"kept as read\",\"n\":[1,2.50,{\"x\":null}]}"));
    }
    Collections.shuffle(out, new java.util.Random(random.nextLong()));
    return out;
  }

  // ---------------------------------------------------------------- values

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  private <E extends Enum<E>> List<E> some(Class<E> type) {
    Set<E> out = new LinkedHashSet<>();
    int n = random.nextInt(type.getEnumConstants().length + 1);
    for (int i = 0; i < n; i++) {
      out.add(pick(type));
    }
    return List.copyOf(out);
  }

  private String text() {
    return pick(TEXTS);
  }

  private LocalizedText localized() {
    return switch (random.nextInt(4)) {
      case 0 -> LocalizedText.empty();
      case 1 -> LocalizedText.in("ro", text());
      case 2 -> LocalizedText.of(text(), text());
      default -> LocalizedText.of(text(), text()).with("hu", text());
    };
  }

  private <T> Optional<T> maybe(T value) {
    return random.nextBoolean() ? Optional.of(value) : Optional.empty();
  }

  /** A non-negative decimal with 0 to 6 decimals, up to 10^9. */
  private BigDecimal decimal() {
    int scale = random.nextInt(7);
    long unscaled = random.nextLong(1_000_000_000L * (long) Math.pow(10, Math.min(scale, 3)));
    return BigDecimal.valueOf(unscaled, scale);
  }

  private PlanDate date(int fromYear, int toYear) {
    int year = random.nextInt(fromYear, toYear + 1);
    return switch (random.nextInt(3)) {
      case 0 -> PlanDate.ofYear(year);
      case 1 -> PlanDate.ofMonth(year, random.nextInt(1, 13));
      default -> PlanDate.of(year, random.nextInt(1, 13), random.nextInt(1, 29));
    };
  }

  // ---------------------------------------------------------------- annexes

  private CovenantCommitment commitment() {
    List<ReductionTarget> targets = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      targets.add(new ReductionTarget(random.nextInt(2025, 2051),
          BigDecimal.valueOf(random.nextLong(10_001), random.nextInt(3)).min(BigDecimal.valueOf(100)),
          pick(TargetBasis.class)));
    }
    List<PlanDate> reports = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      reports.add(date(2010, 2030));
    }
    return new CovenantCommitment(date(2008, 2025), targets, maybe(PlanDate.ofYear(random.nextInt(2040, 2061))),
        maybe(date(2009, 2027)), reports);
  }

  private EmissionInventory inventory(int index) {
    InventoryType type = pick(InventoryType.class);
    List<EnergyUse> uses = new ArrayList<>();
    for (int i = random.nextInt(9); i > 0; i--) {
      uses.add(new EnergyUse(pick(Sector.class), pick(CARRIERS), decimal()));
    }
    List<LocalProduction> production = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      List<LocalProduction.FuelInput> inputs = new ArrayList<>();
      for (int k = random.nextInt(3); k > 0; k--) {
        inputs.add(new LocalProduction.FuelInput(pick(CARRIERS), decimal()));
      }
      production.add(new LocalProduction("plant-" + i, localized(), pick(LocalProduction.Output.class), decimal(), inputs));
    }
    List<EmissionFactor> factors = new ArrayList<>();
    Set<String> carriers = new LinkedHashSet<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      String carrier = pick(CARRIERS);
      if (carriers.add(carrier)) {
        factors.add(new EmissionFactor(carrier, localized(), BigDecimal.valueOf(random.nextLong(2_000_000), 6),
            random.nextBoolean(), text()));
      }
    }
    int year = random.nextInt(1990, 2031);
    return new EmissionInventory((type == InventoryType.BASELINE ? "BEI-" : "MEI-") + year + "-" + index, type, year,
        random.nextLong(1, 10_000_000), uses, production, factors, localized());
  }

  private RiskAssessment riskAssessment() {
    List<HazardAssessment> hazards = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      List<String> sectors = new ArrayList<>();
      for (int k = random.nextInt(3); k > 0; k--) {
        sectors.add(pick(ClimateTemplate.vulnerableSectors()).id());
      }
      hazards.add(new HazardAssessment(pick(ClimateTemplate.hazards()).id(), localized(), pick(Rating.class),
          pick(Rating.class), pick(ExpectedChange.class), pick(ExpectedChange.class), pick(Timeframe.class), sectors));
    }
    List<VulnerabilityAssessment> sectors = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      sectors.add(new VulnerabilityAssessment(pick(ClimateTemplate.vulnerableSectors()).id(), localized(),
          pick(Rating.class), localized()));
    }
    List<VulnerabilityAssessment> groups = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      groups.add(new VulnerabilityAssessment("group-" + i, localized(), pick(Rating.class), localized()));
    }
    List<AdaptiveCapacity> capacity = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      capacity.add(new AdaptiveCapacity("capacity-" + i, localized(), pick(Rating.class), localized()));
    }
    return new RiskAssessment(localized(), date(2010, 2026), maybe(text()), localized(), localized(), hazards,
        sectors, groups, capacity);
  }

  private AwarenessCampaigns campaigns() {
    List<Campaign> campaigns = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      List<OrganisationId> partners = new ArrayList<>();
      for (int k = random.nextInt(3); k > 0; k--) {
        partners.add(pick(List.of(ClimateSample.NGO, ClimateSample.SCHOOLS, ClimateSample.ENVIRONMENT)));
      }
      campaigns.add(new Campaign("C-" + i, localized(), pick(Campaign.Topic.class), some(Campaign.Audience.class),
          some(Campaign.Channel.class), maybe(date(2020, 2025)), maybe(date(2025, 2030)), partners,
          maybe(random.nextLong(1_000_000)), maybe(random.nextLong(1_000_000)), maybe(IndicatorId.of("CLI-X2"))));
    }
    return new AwarenessCampaigns(campaigns);
  }

  private GreenSpace greenSpace() {
    List<GreenSpace.District> districts = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      districts.add(new GreenSpace.District(pick(List.of("Centru", "Nord", "Iosefin", "Țesătorilor", "Fabric")) + " " + i,
          random.nextLong(1_000_000), decimal(), maybe(random.nextLong(1_000_000))));
    }
    return new GreenSpace(random.nextInt(2000, 2031), BigDecimal.valueOf(random.nextLong(1, 2001)),
        BigDecimal.valueOf(random.nextLong(1, 500), random.nextInt(3)), districts);
  }
}
