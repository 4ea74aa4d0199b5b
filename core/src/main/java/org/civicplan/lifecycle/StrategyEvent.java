package org.civicplan.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * Something that happened to a strategy on a day, for a host application to act on (send an
 * e-mail, open a ticket). The library only computes events; it sends and stores nothing.
 *
 * @param kind what happened
 * @param on the day it happened
 * @param path a JSON Pointer to what it concerns in the document
 * @param message what happened, in English and Romanian
 */
public record StrategyEvent(EventKind kind, LocalDate on, String path, LocalizedText message) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public StrategyEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }
}
