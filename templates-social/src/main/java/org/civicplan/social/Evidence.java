// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

/** How a consultation reached an organisation, besides a proposal it sent. */
public enum Evidence {
  /** It was invited to take part (a letter, an e-mail, a registered invitation). */
  INVITED,
  /** It took part: in the debate, a working meeting or a focus group. */
  PARTICIPATED
}
