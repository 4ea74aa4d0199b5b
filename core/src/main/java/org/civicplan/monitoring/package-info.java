/** Monitoring: indicator assessment, action tracking, roll-ups, alerts and monitoring reports. */
@NullMarked
package org.civicplan.monitoring;

import org.jspecify.annotations.NullMarked;
