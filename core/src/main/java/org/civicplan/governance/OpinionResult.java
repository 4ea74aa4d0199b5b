// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.Locale;

/**
 * The result of a specialised committee's opinion on a draft decision; written {@code favourable},
 * {@code favourable-with-amendments}, {@code unfavourable}.
 */
public enum OpinionResult {
  /** Favourable (aviz favorabil). */
  FAVOURABLE,
  /** Favourable with amendments (aviz favorabil cu amendamente). */
  FAVOURABLE_WITH_AMENDMENTS,
  /** Unfavourable (aviz nefavorabil). */
  UNFAVOURABLE;

  /** {@return the kebab-case name} */
  public String kebab() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
