package org.civicplan.governance;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;

/**
 * An association the city belongs to (a network of cities, the Covenant of Mayors...) and the
 * yearly contribution (cotizație) it owes.
 *
 * <p>No legal model for membership contributions was found (DOMAIN.md §5, [NV]); the due date is
 * therefore data: the day of the year the contribution falls due.
 *
 * @param id unique among the memberships of a document
 * @param association the association's name
 * @param annualContribution the amount due each year
 * @param dueOn the day of each year the contribution falls due (e.g. {@code --03-31})
 * @param sinceYear the first year a contribution is due
 * @param untilYear the last year a contribution is due; empty while the membership lasts
 * @param payments the payments made, in any order
 */
public record Membership(
    String id,
    LocalizedText association,
    Money annualContribution,
    MonthDay dueOn,
    int sinceYear,
    Optional<Integer> untilYear,
    List<ContributionPayment> payments) {

  /**
   * @throws NullPointerException if an argument or a payment is null
   * @throws IllegalArgumentException if the id is invalid or {@code untilYear} is before {@code
   *     sinceYear}
   */
  public Membership {
    IdSyntax.requireValid(id, "membership");
    Objects.requireNonNull(association, "association");
    Objects.requireNonNull(annualContribution, "annualContribution");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(untilYear, "untilYear");
    payments = List.copyOf(payments);
    if (untilYear.isPresent() && untilYear.get() < sinceYear) {
      throw new IllegalArgumentException(
          "membership \"" + id + "\" must not end (" + untilYear.get() + ") before it starts (" + sinceYear + ")");
    }
  }

  /** A membership with no payments yet, lasting from {@code sinceYear}. */
  public static Membership of(String id, LocalizedText association, Money annualContribution, MonthDay dueOn, int sinceYear) {
    return new Membership(id, association, annualContribution, dueOn, sinceYear, Optional.empty(), List.of());
  }

  /** A copy with this payment added. */
  public Membership withPayment(ContributionPayment payment) {
    List<ContributionPayment> all = new java.util.ArrayList<>(payments);
    all.add(payment);
    return new Membership(id, association, annualContribution, dueOn, sinceYear, untilYear, all);
  }

  /** Whether a contribution is due for {@code year}. */
  public boolean dueIn(int year) {
    return year >= sinceYear && untilYear.map(u -> year <= u).orElse(true);
  }
}
