// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * A minimum quality standard of social services of one type (Law 197/2012 on quality assurance in
 * social services; the standards are set by ministerial order per service type, e.g. Order 27/2019
 * for day services for children). The template's catalogue ({@code quality-standards.csv}) lists
 * one per service type; a monitoring plan adds the city's own.
 *
 * @param id the id checks name, e.g. {@code MQS-DAY-CHILD}
 * @param type the type of service it applies to
 * @param name the localized name
 * @param source the order or rule it comes from
 */
public record QualityStandard(String id, ServiceType type, LocalizedText name, String source) {

  /**
   * Creates an instance from its components.
   *
   * @param id the id checks name
   * @param type the type of service it applies to
   * @param name the localized name
   * @param source the order or rule it comes from
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank
   */
  public QualityStandard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (id.isBlank()) {
      throw new IllegalArgumentException("quality standard id must not be blank");
    }
  }
}
