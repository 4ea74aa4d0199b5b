package org.civicplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JacksonMessagesTest {

  @Test
  void clean_turnsSourceDescriptionsIntoLineAndColumn() {
    assertEquals("Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)",
        JacksonMessages.clean("Unexpected end-of-input: expected close marker for Object (start marker at [Source:"
            + " REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])\n at [Source:"
            + " REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); byte offset: #UNKNOWN]"));
  }

  @Test
  void clean_ofNull_isEmpty() {
    assertEquals("", JacksonMessages.clean(null));
  }
}
