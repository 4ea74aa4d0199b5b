// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

/** Whether a social-service provider is public or private (Law 292/2011). */
public enum ProviderSector {
  /** A public provider, such as the social assistance directorate. */
  PUBLIC,
  /** A private provider: an association, foundation, religious denomination or company. */
  PRIVATE
}
