// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.validation.AlignmentRules;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceFrameworks;
import org.civicplan.alignment.ReferenceObjective;
import org.civicplan.validation.ConsultationTerms;
import org.civicplan.validation.DecisionRules;
import org.civicplan.validation.GovernanceRules;
import org.civicplan.governance.LifecycleState;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Finding;
import org.civicplan.validation.StrategyValidator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What the governance commands and demo stages share: the consultation terms and reference
 * frameworks that apply to a strategy, the governance and alignment findings, and the converters
 * for lifecycle states and dates.
 */
final class GovernanceOptions {

  private GovernanceOptions() {}

  /**
   * The consultation terms of the strategy's template parameters (so an overlay can change them),
   * or {@link ConsultationTerms#standard()} when the template is not installed.
   */
  static ConsultationTerms terms(TemplateRegistry registry, Strategy strategy) {
    return registry.find(strategy.templateId())
        .map(t -> ConsultationTerms.from(t.parameters()))
        .orElseGet(ConsultationTerms::standard);
  }

  /**
   * The council decision rules of the strategy's template parameters (what a dossier must hold, the
   * majorities, the terms for the prefect and publication; so an overlay can change them), or
   * {@link DecisionRules#standard()} when the template is not installed.
   */
  static DecisionRules decisionRules(TemplateRegistry registry, Strategy strategy) {
    return registry.find(strategy.templateId())
        .map(t -> DecisionRules.from(t.parameters()))
        .orElseGet(DecisionRules::standard);
  }

  /**
   * The frameworks a strategy can be aligned to, by id: its template's first (in the template's
   * order), then the frameworks shipped with core that the template does not redefine.
   */
  static Map<String, ReferenceFramework> frameworks(TemplateRegistry registry, Strategy strategy) {
    Map<String, ReferenceFramework> all = new LinkedHashMap<>();
    registry.find(strategy.templateId()).map(StrategyTemplate::referenceFrameworks).orElse(List.of())
        .forEach(f -> all.putIfAbsent(f.id().value(), f));
    ReferenceFrameworks.standard().forEach(f -> all.putIfAbsent(f.id().value(), f));
    return all;
  }

  /**
   * The frameworks an alignment report covers when none is asked for: those the strategy's links
   * name; when it has no link, its template's frameworks, or every shipped framework when the
   * template brings none. So a strategy not aligned yet gets every reference objective as a gap.
   */
  static List<ReferenceFramework> defaultFrameworks(TemplateRegistry registry, Strategy strategy) {
    Map<String, ReferenceFramework> all = frameworks(registry, strategy);
    if (!strategy.alignments().isEmpty()) {
      return all.values().stream()
          .filter(f -> strategy.alignments().stream().anyMatch(l -> l.framework().equals(f.id())))
          .toList();
    }
    List<ReferenceFramework> fromTemplate =
        registry.find(strategy.templateId()).map(StrategyTemplate::referenceFrameworks).orElse(List.of());
    return fromTemplate.isEmpty() ? List.copyOf(all.values()) : fromTemplate;
  }

  /**
   * The errors in the strategy's alignment links: links from an objective or action that does not
   * exist ({@link AlignmentRules}), and links to a reference objective none of the available
   * frameworks has ({@value #UNKNOWN_REFERENCE}).
   */
  static List<String> alignmentErrors(TemplateRegistry registry, Strategy strategy, Locale locale) {
    List<String> errors = new ArrayList<>();
    StrategyValidator validator = StrategyValidator.coreOnly();
    for (Finding f : validator.validate(strategy).findings()) {
      if (f.isError() && f.code().startsWith("alignment.")) {
        errors.add(describe(f, locale));
      }
    }
    Map<String, ReferenceFramework> all = frameworks(registry, strategy);
    List<AlignmentLink> links = strategy.alignments();
    for (int i = 0; i < links.size(); i++) {
      AlignmentLink l = links.get(i);
      ReferenceFramework f = all.get(l.framework().value());
      boolean known = f != null && f.objectives().stream().map(ReferenceObjective::id).anyMatch(l.reference()::equals);
      if (!known) {
        boolean ro = "ro".equals(locale.getLanguage());
        String names = String.join(", ", all.keySet());
        String message = f == null
            ? ro
                ? "niciun cadru de referință instalat nu se numește „" + l.framework() + "”; cunoscute: " + names
                : "no installed framework is called \"" + l.framework() + "\"; known: " + names
            : ro
                ? "cadrul „" + l.framework() + "” nu are obiectivul „" + l.reference() + "”"
                : "framework \"" + l.framework() + "\" has no objective \"" + l.reference() + "\"";
        errors.add(UNKNOWN_REFERENCE + " at /alignments/" + i + ": " + message);
      }
    }
    return errors;
  }

  /** The code the command line gives a link to a reference objective no framework has. */
  static final String UNKNOWN_REFERENCE = "alignment.link.reference-unknown";

  /**
   * The error findings on the strategy's public consultation and council decisions ({@link
   * GovernanceRules}, codes {@code governance.consultation.*} and {@code governance.decision.*}),
   * under its template's parameters.
   */
  static List<Finding> consultationErrors(TemplateRegistry registry, Strategy strategy) {
    StrategyValidator validator = StrategyValidator.of(registry);
    return validator.validate(strategy).findings().stream()
        .filter(Finding::isError)
        .filter(f -> f.code().startsWith("governance.consultation.") || f.code().startsWith("governance.decision."))
        .toList();
  }

  /** A finding as {@code CODE at PATH: message}. */
  static String describe(Finding f, Locale locale) {
    return f.code() + " at " + (f.path().isEmpty() ? "/" : f.path()) + ": " + f.message(locale);
  }

  /** Prints each line on {@code err} as {@code civicplan: FILE: line}. */
  static void printAll(PrintWriter err, Path file, List<String> lines) {
    lines.forEach(l -> err.println("civicplan: " + file + ": " + l));
  }

  /** The lifecycle state names, in lifecycle order, for messages and help. */
  static String stateNames() {
    return String.join(", ", Arrays.stream(LifecycleState.values()).map(LifecycleState::kebab).toList());
  }

  /** Reads a lifecycle state in kebab form ({@code public-consultation}), any case. */
  static final class StateConverter implements ITypeConverter<LifecycleState> {
    @Override
    public LifecycleState convert(String value) {
      for (LifecycleState s : LifecycleState.values()) {
        if (s.kebab().equals(value.toLowerCase(Locale.ROOT))) {
          return s;
        }
      }
      throw new TypeConversionException(
          "the state must be one of " + stateNames() + " but was \"" + value + "\"");
    }
  }

  /** Reads an ISO date {@code YYYY-MM-DD}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("a date must be written YYYY-MM-DD but was \"" + value + "\"");
      }
    }
  }
}
