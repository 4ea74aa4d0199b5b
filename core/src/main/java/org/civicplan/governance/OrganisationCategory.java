// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

/** The kind of organisation a stakeholder is. */
public enum OrganisationCategory {
  /** A directorate or service of the city hall. */
  CITY_DIRECTORATE,
  /** A company owned by the municipality. */
  MUNICIPAL_COMPANY,
  /** Another public institution (county, agency, deconcentrated service). */
  PUBLIC_INSTITUTION,
  /** A non-governmental organisation. */
  NGO,
  /** A Local Action Group (GAL). */
  LOCAL_ACTION_GROUP,
  /** A business. */
  BUSINESS,
  /** A university or research institute. */
  ACADEMIA,
  /** A professional association. */
  PROFESSIONAL_ASSOCIATION,
  /** An organisation of beneficiaries, e.g. of persons with disabilities. */
  BENEFICIARIES_ORGANISATION,
  /** A public provider of social services. */
  SOCIAL_SERVICE_PROVIDER_PUBLIC,
  /** A private provider of social services. */
  SOCIAL_SERVICE_PROVIDER_PRIVATE,
  /** A sport club or federation. */
  SPORT_CLUB_OR_FEDERATION,
  /** A school. */
  SCHOOL,
  /** An informal citizen group. */
  CITIZEN_GROUP,
  /** Anything else. */
  OTHER;

  /**
   * {@return whether organisations of this category belong to civil society (not public
   * authorities)}
   */
  public boolean isCivilSociety() {
    return switch (this) {
      case NGO,
          LOCAL_ACTION_GROUP,
          PROFESSIONAL_ASSOCIATION,
          BENEFICIARIES_ORGANISATION,
          SOCIAL_SERVICE_PROVIDER_PRIVATE,
          SPORT_CLUB_OR_FEDERATION,
          CITIZEN_GROUP -> true;
      default -> false;
    };
  }
}
