// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Location;

/**
 * The accessibility audit annex, kind {@value #KIND}: the audited elements of one works project
 * (street segments, crossings, stops, building entrances, car parks, fleets, dedicated-transport
 * services), each with its location and what the auditor measured or observed against the
 * criteria of its type in the criteria catalogue. It can be attached to a strategy of any template
 * and to the accessibility strategy itself.
 *
 * <p>{@link Compliance} evaluates the observations and computes the compliance scores.
 *
 * @param id the audit's id, unique within the strategy
 * @param action the works project (action) audited, if the audit belongs to one
 * @param date the day of the audit, if recorded
 * @param auditor who carried out the audit, empty if not recorded
 * @param elements the audited elements
 */
public record AccessibilityAudit(
    String id, Optional<ActionId> action, Optional<LocalDate> date, String auditor, List<Element> elements)
    implements Annex {

  /** The annex kind. */
  public static final String KIND = "accessibility-audit";

  /**
   * Creates an instance from its components.
   *
   * @param id the audit's id, unique within the strategy
   * @param action the works project (action) audited, if the audit belongs to one
   * @param date the day of the audit, if recorded
   * @param auditor who carried out the audit, empty if not recorded
   * @param elements the audited elements
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the id is blank
   */
  public AccessibilityAudit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(auditor, "auditor");
    if (id.isBlank()) {
      throw new IllegalArgumentException("audit id must not be blank");
    }
    elements = List.copyOf(elements);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * One audited element.
   *
   * @param id the element's id, unique within the audit
   * @param type what it is; the criteria of this type apply
   * @param name what the city calls it, e.g. "Crossing Bd. Republicii / Str. Alba Iulia"
   * @param location its address, district and coordinates
   * @param street the street it belongs to, for the per-street scores; empty if none
   * @param observations what the auditor recorded, one per criterion
   * @param references photos and notes, as file names or links
   * @param remediation the action that will remedy what fails, if one is planned
   */
  public record Element(
      String id,
      ElementType type,
      String name,
      Location location,
      Optional<String> street,
      List<Observation> observations,
      List<String> references,
      Optional<ActionId> remediation) {

    /**
     * Creates an instance from its components.
     *
     * @param id the element's id, unique within the audit
     * @param type what it is; the criteria of this type apply
     * @param name what the city calls it
     * @param location its address, district and coordinates
     * @param street the street it belongs to, for the per-street scores; empty if none
     * @param observations what the auditor recorded, one per criterion
     * @param references photos and notes, as file names or links
     * @param remediation the action that will remedy what fails, if one is planned
     * @throws NullPointerException if an argument or a list element is null
     * @throws IllegalArgumentException if the id is blank
     */
    public Element {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(street, "street");
      Objects.requireNonNull(remediation, "remediation");
      if (id.isBlank()) {
        throw new IllegalArgumentException("element id must not be blank");
      }
      observations = List.copyOf(observations);
      references = List.copyOf(references);
    }

    /**
     * {@return the observation of {@code criterion}, if recorded}
     *
     * @param criterion the criterion id
     */
    public Optional<Observation> observation(String criterion) {
      return observations.stream().filter(o -> o.criterion().equals(criterion)).findFirst();
    }
  }

  /**
   * What the auditor recorded for one criterion: a measured value (for a threshold), a yes/no
   * observation (for a feature that must be present), or that the criterion does not apply.
   *
   * @param criterion the criterion id in the criteria catalogue
   * @param measured the measured value, in the criterion's unit
   * @param present whether the feature is present
   * @param notApplicable the criterion does not apply to this element (e.g. an entrance with no ramp)
   * @param note the auditor's note, empty if none
   */
  public record Observation(
      String criterion, Optional<BigDecimal> measured, Optional<Boolean> present, boolean notApplicable, String note) {

    /**
     * Creates an instance from its components.
     *
     * @param criterion the criterion id in the criteria catalogue
     * @param measured the measured value, in the criterion's unit
     * @param present whether the feature is present
     * @param notApplicable the criterion does not apply to this element
     * @param note the auditor's note, empty if none
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the criterion is blank
     */
    public Observation {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(measured, "measured");
      Objects.requireNonNull(present, "present");
      Objects.requireNonNull(note, "note");
      if (criterion.isBlank()) {
        throw new IllegalArgumentException("observation criterion must not be blank");
      }
    }

    /**
     * {@return a measured value of {@code criterion}}
     *
     * @param criterion the criterion id
     * @param value the measured value in the criterion's unit, as {@link BigDecimal#BigDecimal(String)} reads it
     * @throws NumberFormatException if {@code value} is not a number
     */
    public static Observation measured(String criterion, String value) {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(value, "value");
      return new Observation(criterion, Optional.of(new BigDecimal(value)), Optional.empty(), false, "");
    }

    /**
     * {@return a yes/no observation of {@code criterion}}
     *
     * @param criterion the criterion id
     * @param present whether the feature was observed present
     */
    public static Observation present(String criterion, boolean present) {
      return new Observation(criterion, Optional.empty(), Optional.of(present), false, "");
    }

    /**
     * {@return the observation that {@code criterion} does not apply to the element}
     *
     * @param criterion the criterion id
     */
    public static Observation notApplicable(String criterion) {
      return new Observation(criterion, Optional.empty(), Optional.empty(), true, "");
    }

    /**
     * {@return this observation with {@code note}}
     *
     * @param note the auditor's note, empty for none
     */
    public Observation withNote(String note) {
      return new Observation(criterion, measured, present, notApplicable, note);
    }
  }
}
