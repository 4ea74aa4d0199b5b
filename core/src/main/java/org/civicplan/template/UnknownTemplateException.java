package org.civicplan.template;

import org.civicplan.base.Finding;
import org.civicplan.base.TemplateId;
import java.util.List;
import java.util.Objects;

/** Thrown when a template id names no installed template. */
public final class UnknownTemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final TemplateId templateId;
  private final List<TemplateId> knownIds;
  private final transient List<Finding> findings;

  /**
   * @param templateId the id asked for
   * @param knownIds the ids installed, sorted
   */
  public UnknownTemplateException(TemplateId templateId, List<TemplateId> knownIds) {
    this(templateId, knownIds, List.of());
  }

  /**
   * @param templateId the id asked for
   * @param knownIds the ids installed, sorted
   * @param findings why a template of that id was found but left out; empty when none was found
   */
  public UnknownTemplateException(TemplateId templateId, List<TemplateId> knownIds, List<Finding> findings) {
    super(message(templateId, knownIds, findings));
    this.templateId = Objects.requireNonNull(templateId, "templateId");
    this.knownIds = List.copyOf(knownIds);
    this.findings = List.copyOf(findings);
  }

  /** Why a template of the id asked for was left out of the registry; empty when none was found. */
  public List<Finding> findings() {
    return findings;
  }

  /** The id asked for. */
  public TemplateId templateId() {
    return templateId;
  }

  /** The ids installed when the lookup failed, sorted. */
  public List<TemplateId> knownIds() {
    return knownIds;
  }

  private static String message(TemplateId id, List<TemplateId> known, List<Finding> findings) {
    if (!findings.isEmpty()) {
      StringBuilder b = new StringBuilder("template \"" + id + "\" is installed but was left out because its data has errors:");
      findings.stream().limit(5).forEach(f -> b.append("\n  ").append(f.message(java.util.Locale.ENGLISH)));
      if (findings.size() > 5) {
        b.append("\n  … and ").append(findings.size() - 5).append(" more");
      }
      return b.toString();
    }
    if (known.isEmpty()) {
      return "no template \"" + id + "\": no template is installed; add a template artifact such as"
          + " org.civicplan:civicplan-templates-climate to the class path or module path";
    }
    return "no template \"" + id + "\"; installed templates: " + known;
  }
}
