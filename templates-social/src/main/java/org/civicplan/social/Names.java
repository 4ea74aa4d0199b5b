// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.util.Locale;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;

/** The localized names of the enums the template shows, from {@code labels*.properties}. */
final class Names {

  private static final MessageCatalog LABELS =
      MessageCatalog.load(Names.class::getResourceAsStream, "/org/civicplan/social/labels");

  private Names() {}

  /** {@return the labels catalogue: report texts and names} */
  static MessageCatalog labels() {
    return LABELS;
  }

  /** {@return the external label of {@code value}: lower case, {@code _} as {@code -}} */
  static String kebab(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return the localized name of {@code value}, keyed by its type: {@code type.home-based}} */
  static LocalizedText of(Enum<?> value) {
    String prefix = switch (value.getClass().getSimpleName()) {
      case "ServiceType" -> "type.";
      case "OrganisationCategory" -> "category.";
      case "CheckResult" -> "result.";
      case "FollowUp" -> "follow-up.";
      case "ServiceStatus" -> "status.";
      case "ProviderSector" -> "sector.";
      case "Dimension" -> "dimension.";
      case "Obligation" -> "obligation.";
      case "State" -> "state.";
      default -> throw new IllegalArgumentException("no names for " + value.getClass().getName());
    };
    return LABELS.text(prefix + kebab(value));
  }
}
