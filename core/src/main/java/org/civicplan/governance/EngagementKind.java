// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.Locale;

/** What kind of stakeholder engagement an entry of the log records; written in kebab case. */
public enum EngagementKind {
  /** An invitation sent: its organisations were invited, not yet reached. */
  INVITATION,
  /** A meeting held: its organisations and participants took part. */
  MEETING,
  /** A workshop or focus group held. */
  WORKSHOP;

  /** {@return the kebab-case name} */
  public String kebab() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return whether the organisations and participants of such an entry were reached (took part)} */
  public boolean reaches() {
    return this != INVITATION;
  }
}
