/** Prioritisation: criteria, multi-criteria ranking, portfolio selection under budgets and sequencing. Pure functions over plain inputs. */
@NullMarked
package org.civicplan.prioritisation;

import org.jspecify.annotations.NullMarked;
