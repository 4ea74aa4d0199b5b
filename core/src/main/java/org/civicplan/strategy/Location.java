package org.civicplan.strategy;

import java.util.Objects;
import java.util.Optional;
import jakarta.validation.constraints.Size;

/**
 * Where an action takes place.
 *
 * @param address a postal address
 * @param district the district or neighbourhood
 * @param coordinates a point
 */
public record Location(Optional<@Size(max = 300, message = "{org.civicplan.text.too-long}") String> address, Optional<@Size(max = 200, message = "{org.civicplan.text.too-long}") String> district, Optional<Coordinates> coordinates) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public Location {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(coordinates, "coordinates");
  }

  /** A location known by district only. */
  public static Location ofDistrict(String district) {
    return new Location(Optional.empty(), Optional.of(district), Optional.empty());
  }
}
