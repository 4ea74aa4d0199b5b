// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.AnnexType;
import org.junit.jupiter.api.Test;

/** Convenience methods named like getters on a record never become document members. */
class RecordConvenienceMethodsTest {

  /** A typed annex with methods a bean-minded mapper would take for properties. */
  public record Tally(int planned, int done) implements Annex {
    @Override
    public String kind() {
      return "tally";
    }

    public boolean isFinished() {
      return done >= planned;
    }

    public int getRemaining() {
      return planned - done;
    }
  }

  @Test
  void isAndGetMethodsAreNotWritten_andTheDocumentReadsBack() {
    StrategyDocuments docs =
        StrategyDocuments.builder()
            .annexTypes(List.of(AnnexType.of("tally", Tally.class, StrategyFixture.text("Tally", "Numărătoare"))))
            .build();
    Strategy s = StrategyFixture.builder().annex(new Tally(4, 1)).build();
    String json = docs.write(s, DocumentFormat.JSON);
    assertFalse(json.contains("finished"), json);
    assertFalse(json.contains("remaining"), json);
    assertEquals(s, docs.read(json, DocumentFormat.JSON).strategy().orElseThrow());
  }
}
