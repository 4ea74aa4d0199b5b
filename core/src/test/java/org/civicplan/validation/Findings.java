package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Strategy;

/** Assertions on findings, shared by the validation tests. */
final class Findings {

  static final Locale RO = Locale.forLanguageTag("ro");

  private Findings() {}

  static ValidationReport validate(Strategy strategy) {
    return StrategyValidator.coreOnly().validate(strategy);
  }

  /**
   * Asserts that exactly one finding has {@code code} and returns it, after checking its severity,
   * path, that both messages name {@code id}, and that English and Romanian texts both exist and
   * differ.
   */
  static Finding single(ValidationReport report, String code, Severity severity, String path, String id) {
    List<Finding> found = report.byCode(code);
    assertEquals(1, found.size(), () -> "expected one " + code + " in " + report.findings());
    Finding f = found.get(0);
    assertEquals(severity, f.severity(), f::toString);
    assertEquals(path, f.path(), f::toString);
    assertBilingual(f.message());
    assertTrue(f.message(Locale.ENGLISH).contains(id), () -> "English message names " + id + ": " + f);
    assertTrue(f.message(RO).contains(id), () -> "Romanian message names " + id + ": " + f.message(RO));
    return f;
  }

  static void assertBilingual(LocalizedText message) {
    assertTrue(message.has("en"), () -> "English text in " + message);
    assertTrue(message.has("ro"), () -> "Romanian text in " + message);
    assertNotEquals(message.exactly("en"), message.exactly("ro"), () -> "translated: " + message);
    assertFalse(message.get(RO).contains("{"), () -> "no unformatted placeholder: " + message);
    assertFalse(message.get(Locale.ENGLISH).contains("{"), () -> "no unformatted placeholder: " + message);
  }

  static void assertNone(ValidationReport report, String code) {
    assertFalse(report.has(code), () -> "no " + code + " expected in " + report.findings());
  }
}
