package org.civicplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceFrameworksTest {

  private static final String HEADER = "framework,objective_id,objective_title,source\n";

  @Test
  void standard_isReadFromTheShippedCatalogue() {
    assertFalse(ReferenceFrameworks.standard().isEmpty());
  }

  @Test
  void read_quotedFieldsWithCommas() {
    List<ReferenceFramework> read = ReferenceFrameworks.read(new StringReader(
        HEADER + "SDG,13.2,\"Integrate climate change measures into policies, strategies\",UN 2015\n"));
    assertEquals("sdg", read.get(0).id());
    assertEquals(1, read.get(0).objectives().size());
  }

  @Test
  void read_malformedQuote_namesLineAndColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReferenceFrameworks.read(new StringReader(HEADER + "SDG,13.2,\"Integrate\" x,UN\n")));
    assertTrue(e.getMessage().contains("line 2, column 10"), e.getMessage());
    IllegalArgumentException open = assertThrows(IllegalArgumentException.class,
        () -> ReferenceFrameworks.read(new StringReader(HEADER + "SDG,13.2,\"Integrate,UN\n")));
    assertTrue(open.getMessage().contains("line 2, column 10"), open.getMessage());
  }
}
