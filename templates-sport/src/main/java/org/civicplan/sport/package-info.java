// SPDX-License-Identifier: Apache-2.0
/**
 * The sport template ({@link org.civicplan.sport.SportTemplate}, id {@code sport}), its sport
 * facility inventory annex ({@link org.civicplan.sport.FacilityInventory}) with the provision of
 * facilities per 10,000 inhabitants ({@link org.civicplan.sport.Provision}), and its sport
 * partners annex ({@link org.civicplan.sport.SportPartners}).
 */
@NullMarked
package org.civicplan.sport;

import org.jspecify.annotations.NullMarked;
