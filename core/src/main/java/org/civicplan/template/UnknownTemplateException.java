package org.civicplan.template;

import org.civicplan.base.TemplateId;
import java.util.List;
import java.util.Objects;

/** Thrown when a template id names no installed template. */
public final class UnknownTemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final TemplateId templateId;
  private final List<TemplateId> knownIds;

  /**
   * @param templateId the id asked for
   * @param knownIds the ids installed, sorted
   */
  public UnknownTemplateException(TemplateId templateId, List<TemplateId> knownIds) {
    super(message(templateId, knownIds));
    this.templateId = Objects.requireNonNull(templateId, "templateId");
    this.knownIds = List.copyOf(knownIds);
  }

  /** The id asked for. */
  public TemplateId templateId() {
    return templateId;
  }

  /** The ids installed when the lookup failed, sorted. */
  public List<TemplateId> knownIds() {
    return knownIds;
  }

  private static String message(TemplateId id, List<TemplateId> known) {
    if (known.isEmpty()) {
      return "no template \"" + id + "\": no template is installed; add a template artifact such as"
          + " org.civicplan:civicplan-templates-climate to the class path or module path";
    }
    return "no template \"" + id + "\"; installed templates: " + known;
  }
}
