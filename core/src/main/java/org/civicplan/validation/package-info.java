/** Validation: the validator façade, findings with stable codes, JSON Pointer paths and localized messages, and the core rules. */
@NullMarked
package org.civicplan.validation;

import org.jspecify.annotations.NullMarked;
