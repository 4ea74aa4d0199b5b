/**
 * Reading tabular and text resources for core (CSV catalogues and imports, UTF-8 checks). Not
 * exported: its types are implementation details of the packages that read files.
 */
@NullMarked
package org.civicplan.io;

import org.jspecify.annotations.NullMarked;
