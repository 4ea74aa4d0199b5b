// SPDX-License-Identifier: Apache-2.0
/**
 * The integrated template ({@link org.civicplan.integrated.IntegratedTemplate}): the city's
 * integrated sustainable-development strategy over the domains of quality of life, above the
 * sectoral strategies of its portfolio ({@code org.civicplan.portfolio}).
 */
@NullMarked
package org.civicplan.integrated;

import org.jspecify.annotations.NullMarked;
