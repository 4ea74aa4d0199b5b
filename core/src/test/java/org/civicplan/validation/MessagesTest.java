package org.civicplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.civicplan.base.LocalizedText;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static Properties load(String resource, boolean utf8) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      if (utf8) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } else {
        p.load(in);
      }
    }
    return p;
  }

  @Test
  void coreCatalogLoadsThroughTheLambdaWithDiacritics() {
    LocalizedText text = CoreMessages.CATALOG.text("action.dependency.self", "A-7");
    assertEquals("Action \"A-7\" depends on itself. Remove this dependency.", text.get(Locale.ENGLISH));
    assertEquals("Acțiunea „A-7” depinde de ea însăși. Eliminați această dependență.", text.get(Findings.RO));
  }

  @Test
  void catalogFilesHaveTheSameKeys() throws IOException {
    Properties en = load("messages.properties", true);
    Properties ro = load("messages_ro.properties", true);
    assertEquals(en.stringPropertyNames(), ro.stringPropertyNames());
  }

  @Test
  void beanValidationBundlesHaveTheSameKeysAndAreEscapedAscii() throws IOException {
    Properties en = load("/ContributorValidationMessages.properties", false);
    Properties ro = load("/ContributorValidationMessages_ro.properties", false);
    assertEquals(en.stringPropertyNames(), ro.stringPropertyNames());
    // Hibernate Validator reads merged bundles as ISO-8859-1, so only escapes keep the diacritics.
    for (String name : List.of("/ContributorValidationMessages.properties", "/ContributorValidationMessages_ro.properties")) {
      try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
        byte[] bytes = in.readAllBytes();
        for (byte b : bytes) {
          assertTrue(b >= 0, name + " is ASCII with \\uXXXX escapes");
        }
      }
    }
    assertTrue(ro.getProperty("org.civicplan.budget.currency.mismatch").contains("aceeași"), "comma-below ș decoded");
    assertTrue(en.stringPropertyNames().stream().allMatch(k -> k.startsWith("org.civicplan.")), en::toString);
  }

  @Test
  void unknownKeyIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoreMessages.CATALOG.text("no.such"));
    assertTrue(e.getMessage().contains("no.such"));
  }
}
