/** Reading and writing strategy documents as JSON and YAML. */
@NullMarked
package org.civicplan.document;

import org.jspecify.annotations.NullMarked;
