// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.Locale;

/**
 * The kind of a document in the dossier of a draft council decision; written {@code
 * approval-report}, {@code specialist-report}, {@code committee-opinion}.
 *
 * <p>Source: ../shared/reference/DOMAIN.md §5, "Council decisions" [2nd/NV]: a draft decision goes
 * with the initiator's approval report, the specialised department's report and the opinion of
 * the council's specialised committee.
 */
public enum DossierDocumentKind {
  /** The initiator's approval report (referat de aprobare). */
  APPROVAL_REPORT,
  /** The specialised department's report (raport de specialitate). */
  SPECIALIST_REPORT,
  /** The opinion of a specialised committee of the council (avizul comisiei de specialitate). */
  COMMITTEE_OPINION;

  /** {@return the kebab-case name, e.g. {@code approval-report}} */
  public String kebab() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the kind written {@code label} in kebab case}
   *
   * @param label e.g. {@code specialist-report}
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException naming the label and the allowed ones when it is none of them
   */
  public static DossierDocumentKind parse(String label) {
    java.util.Objects.requireNonNull(label, "label");
    for (DossierDocumentKind k : values()) {
      if (k.kebab().equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("dossier document kind must be one of approval-report, specialist-report,"
        + " committee-opinion but was \"" + label + "\"");
  }
}
