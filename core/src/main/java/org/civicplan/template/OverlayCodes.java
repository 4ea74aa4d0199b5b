package org.civicplan.template;

/**
 * The stable codes of the findings about overlay files: reading them ({@code
 * org.civicplan.document.OverlayDocuments}) and applying them ({@link Overlays#apply}). A code
 * never changes meaning. Every finding is an error unless its constant says otherwise; its path
 * is a JSON Pointer into the overlay file. Messages come from {@link Overlays#messages()}.
 */
public final class OverlayCodes {

  private OverlayCodes() {}

  // Applying an overlay to a template.

  /** The overlay's {@code template} is not the id of the template it is applied to. */
  public static final String TEMPLATE_MISMATCH = "overlay.template.mismatch";

  /** An objective id names no objective of the template (or of the adapted skeleton, for a parent). */
  public static final String OBJECTIVE_UNKNOWN = "overlay.objective.unknown";

  /** An indicator id names no indicator of the catalogue (or of the adapted catalogue, for a reference). */
  public static final String INDICATOR_UNKNOWN = "overlay.indicator.unknown";

  /** A criteria set id names no criteria set of the template. */
  public static final String CRITERIA_SET_UNKNOWN = "overlay.criteria-set.unknown";

  /** A criterion id names no criterion of its criteria set. */
  public static final String CRITERION_UNKNOWN = "overlay.criterion.unknown";

  /** A parameter name names no parameter of the template: overlays change parameters, never invent them. */
  public static final String PARAMETER_UNKNOWN = "overlay.parameter.unknown";

  /**
   * A parameter value is not of its default's kind: a decimal number where the default is one, or
   * {@code true}/{@code false} where the default is one.
   */
  public static final String PARAMETER_INVALID = "overlay.parameter.invalid";

  /** A weight is negative or not finite, or all weights of a criteria set would be 0. */
  public static final String WEIGHT_INVALID = "overlay.weight.invalid";

  /** An added or renamed objective or indicator takes an id the adapted template already uses. */
  public static final String DUPLICATE_ID = "overlay.duplicate-id";

  /** An objective or indicator the overlay removes is referred to by another operation. */
  public static final String REFERENCE_REMOVED = "overlay.reference.removed";

  /**
   * An item is named by two operations that cannot both hold: removed twice, changed twice, or
   * changed although it (or an objective containing it) is removed.
   */
  public static final String CONFLICT = "overlay.conflict";

  /**
   * Information: a removed indicator no longer measures the skeleton objectives that named it;
   * the path is the removal.
   */
  public static final String INDICATOR_UNLINKED = "overlay.indicator.unlinked";

  // Reading an overlay file.

  /** The file is not well-formed JSON or YAML. */
  public static final String SYNTAX = "overlay.syntax";

  /** The file exceeds a size, nesting depth, text length or number length limit. */
  public static final String LIMIT = "overlay.limit";

  /** A value has the wrong type (e.g. a list where an object is expected). */
  public static final String TYPE = "overlay.type";

  /** An object has a member the overlay format does not know. */
  public static final String MEMBER_UNKNOWN = "overlay.member.unknown";

  /** A required member is missing. */
  public static final String MEMBER_MISSING = "overlay.member.missing";

  /** An object has the same member twice. */
  public static final String MEMBER_DUPLICATE = "overlay.member.duplicate";

  /** A value has the right type but is not allowed (an id, language tag, enum value or number). */
  public static final String VALUE_INVALID = "overlay.value.invalid";

  /** The file cannot be read at all. */
  public static final String FILE_UNREADABLE = "overlay.file.unreadable";

  /** A parameter value is not of the declared type or outside the declared range. */
  public static final String PARAMETER_NOT_ALLOWED = "overlay.parameter.not-allowed";
}
