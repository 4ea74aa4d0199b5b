// SPDX-License-Identifier: Apache-2.0
/**
 * Reading tabular and text resources (CSV catalogues and imports, UTF-8 checks). Exported so that
 * templates read their imports (an accessibility field survey, for one) with the same CSV reader
 * as core, with the line and column of what is malformed; {@link org.civicplan.io.Csv} is the
 * entry point.
 */
@NullMarked
package org.civicplan.io;

import org.jspecify.annotations.NullMarked;
