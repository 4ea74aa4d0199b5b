// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.civicplan.base.ActionId;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.report.PriorityList;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * The council's priority list of the sample's sport investments, rendered by core's {@link
 * PriorityList}: reproducible byte for byte, names not ids, and a weight change that swaps the
 * first two reported by its stability section.
 */
class SportPriorityListTest {

  private static final Locale RO = Locale.forLanguageTag("ro");

  private final CriteriaSet criteria = new SportTemplate().criteriaSets().get(0);
  private final Strategy sample = SportSample.valid();
  private final PrioritisationRecord record = sample.prioritisations().get(0);

  @Test
  void isReproducibleByteForByteFromTheSampleFile() {
    Strategy read = SampleFileTest.DOCUMENTS.read(SampleFileTest.SAMPLE).orElseThrow();
    PriorityList fromFile = PriorityList.of(read, read.prioritisations().get(0), criteria);
    PriorityList fromFixture = PriorityList.of(sample, record, criteria);
    for (Locale locale : List.of(Locale.ENGLISH, RO)) {
      assertEquals(fromFixture.toMarkdown(locale), fromFile.toMarkdown(locale));
      assertEquals(fromFixture.toHtml(locale), fromFile.toHtml(locale));
    }
  }

  @Test
  void namesTheInvestmentsInTheReadersLanguage() {
    PriorityList list = PriorityList.of(sample, record, criteria);
    assertTrue(list.toMarkdown(Locale.ENGLISH).contains("Energy retrofit of the multi-purpose hall"));
    assertTrue(list.toMarkdown(RO).contains("Reabilitarea energetică a Sălii Polivalente"));
    assertEquals(11, list.selected().size());
  }

  @Test
  void stabilityReportsTheWeightChangeThatSwapsTheFirstTwo() {
    PriorityList.Stability stability = PriorityList.of(sample, record, criteria).stability();
    assertEquals(PriorityList.StabilityStatus.AVAILABLE, stability.status());
    // more weight on the energy and climate co-benefit puts I-02 (900 MWh saved a year) before I-03 (400)
    PriorityList.OrderChange swap = stability.swaps().stream()
        .filter(c -> c.criterion().equals("energy-climate") && c.raised()).findFirst().orElseThrow(() -> new AssertionError(stability.toString()));
    assertEquals(List.of(ActionId.of("I-03"), ActionId.of("I-02")), swap.before());
    assertEquals(List.of(ActionId.of("I-02"), ActionId.of("I-03")), swap.after());
    assertTrue(swap.at() > 0.10 && swap.at() < 1, swap::toString);
  }
}
