// SPDX-License-Identifier: Apache-2.0
/**
 * The social template ({@link org.civicplan.social.SocialTemplate}, id {@code social}) and its
 * annexes: the social-service catalogue with needs ({@link org.civicplan.social.SocialServices}),
 * from which {@link org.civicplan.social.Gaps} computes the gaps per target group and district,
 * and the independent monitoring of services ({@link org.civicplan.social.ServicesMonitoring})
 * with its annual report ({@link org.civicplan.social.ServicesMonitoringReport}), and the
 * marginalised areas ({@link org.civicplan.social.MarginalisedAreas}) with their classification,
 * ranking and coverage by projects ({@link org.civicplan.social.AreaAnalysis}).
 */
@NullMarked
package org.civicplan.social;

import org.jspecify.annotations.NullMarked;
