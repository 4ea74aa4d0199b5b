// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.civicplan.report.StrategyPublication;
import org.civicplan.report.StrategyPublication.Section;
import org.civicplan.report.StrategyPublication.Table;
import org.civicplan.template.MonitoringContribution;
import org.junit.jupiter.api.Test;

/** The needs and gaps table the social template adds to the strategy document of its sample. */
class SocialDocumentSectionTest {

  @Test
  void isTheGapTableOfTheMonitoringReport_inRomanian() {
    var strategy = SocialSample.valid();
    SocialTemplate template = new SocialTemplate();
    StrategyPublication d = StrategyPublication.of(strategy, template, Locale.forLanguageTag("ro"));
    Section last = d.sections().get(d.sections().size() - 1);
    assertEquals("social.gaps", last.id());
    assertEquals("Nevoi și deficite pe grupuri țintă", last.heading());
    MonitoringContribution gaps = template.monitoring(strategy, java.time.LocalDate.of(2026, 6, 30), template.parameters())
        .stream().filter(c -> c.id().equals("social.gaps")).findFirst().orElseThrow();
    Table t = (Table) last.blocks().get(1);
    assertEquals(gaps.tables().get(0).rows().size(), t.rows().size());
    List<String> groups = gaps.tables().get(0).rows().stream()
        .map(r -> ((MonitoringContribution.Cell.Text) r.get(0)).text().get(Locale.forLanguageTag("ro"))).toList();
    assertEquals(groups, t.rows().stream().map(r -> r.get(0).text()).toList());
  }
}
