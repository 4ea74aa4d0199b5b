// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

/**
 * A typed id: a record of one {@code String} component, {@code value}, following {@link IdSyntax}
 * and checked by its canonical constructor ({@link ActionId}, {@link ObjectiveId}, …).
 *
 * <p>Documents write every identifier as its text ({@code "A-1"}) and read it back through the
 * record's canonical constructor, so a template can declare ids of its own kind (a hazard of the
 * climate template's catalogue, for example) and use them in its annexes without any code for
 * reading and writing them: the record must be public, in a package its module exports, and
 * implement this interface.
 */
public interface Identifier {

  /** {@return the id's text, following {@link IdSyntax}} */
  String value();
}
