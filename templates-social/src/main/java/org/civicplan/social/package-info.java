// SPDX-License-Identifier: Apache-2.0
/**
 * The social template ({@link org.civicplan.social.SocialTemplate}, id {@code social}) and its
 * annexes: the social-service catalogue with needs ({@link org.civicplan.social.SocialServices}),
 * from which {@link org.civicplan.social.Gaps} computes the gaps per target group and district.
 */
@NullMarked
package org.civicplan.social;

import org.jspecify.annotations.NullMarked;
