/** Alignment: reference frameworks (EU, national, SDG, CRPD) and the links from local objectives. */
@NullMarked
package org.civicplan.alignment;

import org.jspecify.annotations.NullMarked;
