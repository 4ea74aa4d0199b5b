/** The template SPI: {@link org.civicplan.template.StrategyTemplate}, the registry that finds templates, and overlays that adapt a template as data. */
@NullMarked
package org.civicplan.template;

import org.jspecify.annotations.NullMarked;
