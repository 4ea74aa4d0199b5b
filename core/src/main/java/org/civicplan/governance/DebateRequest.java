// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A request for a public debate on the draft.
 *
 * @param requester who asked (name of the person or organisation)
 * @param kind what kind of requester it is; decides whether the debate becomes mandatory
 * @param receivedOn when the request was registered
 */
public record DebateRequest(String requester, RequesterKind kind, LocalDate receivedOn) {

  /**
   * Creates an instance from its components.
   *
   * @param requester who asked (name of the person or organisation)
   * @param kind what kind of requester it is; decides whether the debate becomes mandatory
   * @param receivedOn when the request was registered
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the requester is blank
   */
  public DebateRequest {
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(receivedOn, "receivedOn");
    if (requester.isBlank()) {
      throw new IllegalArgumentException("debate requester must not be blank");
    }
  }
}
