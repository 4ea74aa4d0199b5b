/** Governance: organisations, the bodies a strategy is made and followed with, council decisions and the lifecycle. */
@NullMarked
package org.civicplan.governance;

import org.jspecify.annotations.NullMarked;
