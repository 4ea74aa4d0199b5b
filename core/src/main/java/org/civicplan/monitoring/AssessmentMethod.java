// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.util.Objects;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How an indicator's progress is assessed. */
public enum AssessmentMethod {
  /** Distance covered compared with a linear trajectory from baseline to target (see {@link LinearThresholds}). */
  LINEAR,
  /** The Eurostat SDG progress assessment by compound annual growth rates (see {@link EurostatThresholds}). */
  EUROSTAT,
  /** The Statistics Canada variant used by Open SDG (see {@link OpenSdgThresholds}). */
  OPEN_SDG;

  private final String label;

  AssessmentMethod() {
    this.label = name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return the lower-case kebab label: {@code linear}, {@code eurostat}, {@code open-sdg}} */
  public String label() {
    return label;
  }

  /**
   * Reads a label written by {@link #label()}.
   *
   * @param label the label
   * @return the method
   * @throws IllegalArgumentException naming the text and the known labels
   */
  public static AssessmentMethod parse(String label) {
    Objects.requireNonNull(label, "label");
    for (AssessmentMethod m : values()) {
      if (m.label().equals(label)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "method must be one of "
            + Arrays.stream(values()).map(AssessmentMethod::label).collect(Collectors.joining(", "))
            + " but was \"" + label + "\"");
  }
}
