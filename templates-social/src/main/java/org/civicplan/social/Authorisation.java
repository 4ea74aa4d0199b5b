// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An accreditation of a provider or a licence of a service (Law 197/2012 on quality assurance in
 * social services): its number and the last day it is valid.
 *
 * @param number the number of the certificate or licence, e.g. {@code "L-1234/2024"}
 * @param validUntil the last day it is valid; empty when it has no end
 */
public record Authorisation(String number, Optional<LocalDate> validUntil) {

  /**
   * Creates an instance from its components.
   *
   * @param number the number of the certificate or licence
   * @param validUntil the last day it is valid; empty when it has no end
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number is blank
   */
  public Authorisation {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(validUntil, "validUntil");
    if (number.isBlank()) {
      throw new IllegalArgumentException("the number of an accreditation or licence must not be blank");
    }
  }

  /**
   * {@return an authorisation valid until {@code validUntil}}
   *
   * @param number the number of the certificate or licence
   * @param validUntil the last day it is valid
   */
  public static Authorisation of(String number, LocalDate validUntil) {
    return new Authorisation(number, Optional.of(validUntil));
  }

  /**
   * {@return whether it is no longer valid on {@code date}: its last valid day is before it}
   *
   * @param date the day to check
   */
  public boolean expiredOn(LocalDate date) {
    return validUntil.map(d -> d.isBefore(date)).orElse(false);
  }
}
