// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

/** Who asked for a public debate; Law 52/2003 makes the debate mandatory for some of them. */
public enum RequesterKind {
  /** A legally constituted association (NGO, professional association...). */
  LEGALLY_CONSTITUTED_ASSOCIATION,
  /** Another public authority. */
  PUBLIC_AUTHORITY,
  /** A citizen. */
  CITIZEN,
  /** Anyone else (a business, an informal group). */
  OTHER;

  /**
   * {@return whether a request from this kind of requester makes the public debate mandatory: a
   * legally constituted association or another public authority (Law 52/2003; expertforum.ro
   * "ghidul alesului local")}
   */
  public boolean obligesDebate() {
    return this == LEGALLY_CONSTITUTED_ASSOCIATION || this == PUBLIC_AUTHORITY;
  }
}
