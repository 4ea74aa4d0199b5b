// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.ActionId;
import org.civicplan.base.Money;
import org.civicplan.strategy.Annex;

/**
 * The sport investment programme annex, kind {@value #KIND}: the money the city sets aside for
 * sport infrastructure each year, and what it needs to know about each candidate investment to
 * put them in order of priority. The investments themselves are actions of the strategy, with
 * their objectives, budget lines per year and funding sources, and their dependencies ({@code
 * dependsOn}: land before construction); this annex adds the sport data of each.
 *
 * @param budget the programme's yearly budget lines, one per year
 * @param investments the sport data of the candidate investments, one per action
 */
public record InvestmentProgramme(List<BudgetYear> budget, List<Investment> investments) implements Annex {

  /** The annex kind. */
  public static final String KIND = "sport-investments";

  /**
   * Creates an instance from its components.
   *
   * @param budget the yearly budget lines
   * @param investments the candidate investments
   * @throws NullPointerException if a list or an element is null
   */
  public InvestmentProgramme {
    budget = List.copyOf(budget);
    investments = List.copyOf(investments);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * {@return the sport data of the investment that is action {@code action}, if any}
   *
   * @param action the action's id
   */
  public Optional<Investment> investment(ActionId action) {
    return investments.stream().filter(i -> i.action().equals(action)).findFirst();
  }

  /**
   * The money available for sport investments in one year.
   *
   * @param year the budget year
   * @param amount the amount available, not negative
   */
  public record BudgetYear(int year, Money amount) {

    /**
     * Creates an instance from its components.
     *
     * @param year the budget year
     * @param amount the amount available
     * @throws NullPointerException if the amount is null
     * @throws IllegalArgumentException if the amount is negative
     */
    public BudgetYear {
      Objects.requireNonNull(amount, "amount");
      if (amount.isNegative()) {
        throw new IllegalArgumentException("budget of " + year + " must not be negative but was " + amount);
      }
    }
  }

  /**
   * How far an investment is from being able to start: whether its land, its building permits and
   * its technical design are secured.
   *
   * @param land the land is owned or available
   * @param permits the permits are issued
   * @param design the technical design is ready
   */
  public record Readiness(boolean land, boolean permits, boolean design) {

    /** {@return how many of land, permits and design are secured, 0 to 3} */
    public int secured() {
      return (land ? 1 : 0) + (permits ? 1 : 0) + (design ? 1 : 0);
    }
  }

  /**
   * The sport data of one candidate investment.
   *
   * <p>The city enters what only it knows: expected use, the share of it by sport for all, the
   * accessibility gain and the energy saved; {@link SportPrioritisation} derives the other
   * criterion values from the facility inventory and the action's budget lines.
   *
   * @param action the action of the strategy that is the investment
   * @param kind what it does
   * @param facility the inventory facility it works on; required but for a new build
   * @param district for a new build, the district it is built in
   * @param facilityType for a new build, the type of facility it builds
   * @param readiness its land, permits and design
   * @param expectedUserHours the user-hours a typical week it is expected to serve once done
   *     (people × hours), not negative
   * @param massSportPercent the share of that use by sport for all, school sport and sport for
   *     persons with disabilities rather than performance sport, in [0, 100]
   * @param accessibilityGain what it does for access by persons with disabilities: 0 nothing, 1
   *     partial improvements, 2 the facility becomes accessible, 3 accessible with adapted sport
   *     programmes
   * @param energySavedMwh the energy it saves (or, for a new build replacing an old facility,
   *     avoids) each year in MWh, not negative
   */
  public record Investment(
      ActionId action,
      InvestmentKind kind,
      Optional<String> facility,
      Optional<String> district,
      Optional<FacilityType> facilityType,
      Readiness readiness,
      BigDecimal expectedUserHours,
      BigDecimal massSportPercent,
      int accessibilityGain,
      BigDecimal energySavedMwh) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Creates an instance from its components.
     *
     * @param action the action that is the investment
     * @param kind what it does
     * @param facility the facility it works on, if any
     * @param district for a new build, its district
     * @param facilityType for a new build, its type
     * @param readiness its land, permits and design
     * @param expectedUserHours expected user-hours a week
     * @param massSportPercent the share of use by sport for all, in [0, 100]
     * @param accessibilityGain 0 to 3
     * @param energySavedMwh energy saved a year in MWh
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a number is outside its range, naming the action and the value
     */
    public Investment {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(facility, "facility");
      Objects.requireNonNull(district, "district");
      Objects.requireNonNull(facilityType, "facilityType");
      Objects.requireNonNull(readiness, "readiness");
      Objects.requireNonNull(expectedUserHours, "expectedUserHours");
      Objects.requireNonNull(massSportPercent, "massSportPercent");
      Objects.requireNonNull(energySavedMwh, "energySavedMwh");
      if (expectedUserHours.signum() < 0 || energySavedMwh.signum() < 0) {
        throw new IllegalArgumentException("expected user-hours and energy saved must not be negative but were "
            + expectedUserHours + " and " + energySavedMwh + " (action \"" + action.value() + "\")");
      }
      if (massSportPercent.signum() < 0 || massSportPercent.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException(
            "mass-sport share must be in [0, 100] but was " + massSportPercent + " (action \"" + action.value() + "\")");
      }
      if (accessibilityGain < 0 || accessibilityGain > 3) {
        throw new IllegalArgumentException(
            "accessibility gain must be in [0, 3] but was " + accessibilityGain + " (action \"" + action.value() + "\")");
      }
    }
  }
}
