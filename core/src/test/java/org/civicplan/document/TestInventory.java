package org.civicplan.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Annex;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.template.AnnexType;

/** A typed annex that exists only in these tests: a small emission inventory. */
public record TestInventory(PlanDate baseYear, List<Entry> entries, Optional<String> method) implements Annex {

  public static final String KIND = "test-inventory";
  public static final AnnexType<TestInventory> TYPE =
      AnnexType.of(KIND, TestInventory.class, LocalizedText.of("Test inventory", "Inventar de test"));

  public TestInventory {
    Objects.requireNonNull(baseYear, "baseYear");
    entries = List.copyOf(entries);
    Objects.requireNonNull(method, "method");
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** One sector's emissions and what measuring them cost. */
  public record Entry(String sector, double tonnes, Optional<Money> cost) {
    public Entry {
      Objects.requireNonNull(sector, "sector");
      if (tonnes < 0) {
        throw new IllegalArgumentException("tonnes must not be negative but was " + tonnes);
      }
      Objects.requireNonNull(cost, "cost");
    }
  }
}
