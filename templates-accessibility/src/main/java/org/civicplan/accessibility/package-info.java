/**
 * The accessibility template ({@link org.civicplan.accessibility.AccessibilityTemplate}, id {@code
 * accessibility}) and its accessibility audit annex ({@link
 * org.civicplan.accessibility.AccessibilityAudit}) with the evaluation of criteria and compliance
 * scores ({@link org.civicplan.accessibility.Compliance}).
 */
@NullMarked
package org.civicplan.accessibility;

import org.jspecify.annotations.NullMarked;
