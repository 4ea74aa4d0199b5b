package org.civicplan.template;

import org.civicplan.base.Finding;



/** What a {@link ValidationRule} gets besides the document: its parameters and a place to report. */
public interface RuleContext {

  /** The rule parameters in force: the template's defaults, as changed by any overlay. */
  Parameters parameters();

  /** Records a finding. */
  void report(Finding finding);
}
