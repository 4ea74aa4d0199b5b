// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class StrategyLinksTest {

  private final StrategyDocuments documents = StrategyDocuments.standard();

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void linksSurviveTheDocumentRoundTrip(DocumentFormat format) {
    Strategy s = PortfolioFixture.integrated();
    String text = documents.write(s, format);
    Strategy back = documents.read(text, format).orElseThrow();
    assertEquals(PortfolioFixture.links(), StrategyLinks.of(back));
    assertEquals(text, documents.write(back, format), "byte for byte");
  }

  @Test
  void linksAnnexIsWrittenInItsDocumentedShape() {
    assertEquals("{\"delegations\":[{\"objective\":\"OS-2.1\",\"to\":\"tm-green-2026/objective/OS-2.1\"}],"
        + "\"sharedActions\":[{\"action\":\"I-1\",\"with\":\"tm-green-2026/action/A-1\"}],"
        + "\"sharedIndicators\":[{\"indicator\":\"co2-total\",\"with\":\"tm-green-2026/indicator/co2-total\"}]}",
        PortfolioFixture.links().toAnnex().json());
  }

  @Test
  void aStrategyWithoutLinksHasNone() {
    assertTrue(StrategyLinks.of(StrategyFixture.valid()).isEmpty());
  }

  @Test
  void applyToReplacesTheLinksInPlaceAndKeepsOtherAnnexes() {
    Strategy s = StrategyFixture.builder()
        .annexes(List.of(new RawAnnex(StrategyLinks.KIND, "{}"), new RawAnnex("street-survey", "{}"),
            new RawAnnex(StrategyLinks.KIND, "{\"delegations\":[]}")))
        .build();
    Strategy linked = PortfolioFixture.links().applyTo(s);
    assertEquals(List.of(StrategyLinks.KIND, "street-survey"), linked.annexes().stream().map(Annex::kind).toList());
    assertEquals(PortfolioFixture.links(), StrategyLinks.of(linked));
    assertEquals(List.of("street-survey"),
        StrategyLinks.none().applyTo(s).annexes().stream().map(Annex::kind).toList());
  }

  @Test
  void linksOfSeveralAnnexesAreMergedInDocumentOrder() {
    StrategyLinks a = new StrategyLinks(PortfolioFixture.links().delegations(), List.of(), List.of());
    StrategyLinks b = new StrategyLinks(List.of(), PortfolioFixture.links().sharedActions(),
        PortfolioFixture.links().sharedIndicators());
    Strategy s = StrategyFixture.builder().annexes(List.of(a.toAnnex(), b.toAnnex())).build();
    assertEquals(PortfolioFixture.links(), StrategyLinks.of(s));
  }
}
