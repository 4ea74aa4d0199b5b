// SPDX-License-Identifier: Apache-2.0
package org.civicplan.integrated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.stream.Stream;
import org.civicplan.testkit.ApiTypes;
import org.civicplan.testkit.SampleValues;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No null crosses the API: every public constructor and static factory of the packages this
 * module exports rejects a null argument with a {@link NullPointerException}. The types are read
 * from the module's classes, so a new public type is covered without editing this test.
 */
class NullArgumentsTest {

  /** Valid values for the parameters, so that a null is the only thing wrong with a call. */
  static SampleValues samples() {
    return SampleValues.core();
  }

  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester()
        // counts, lines, priorities and years are at least 1 wherever they are checked
        .setDefault(int.class, 1)
        .setDefault(long.class, 1L)
        // a valid id in every id syntax
        .setDefault(String.class, "A-1");
    samples().firstValues(ApiTypes.factoryParameterTypes(IntegratedTemplate.class)).forEach((type, value) -> setDefault(tester, type, value));
    return tester;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  @Test
  void theExportedPackagesAreFound() {
    assertEquals(List.of("org.civicplan.integrated"), ApiTypes.exportedPackages(IntegratedTemplate.class));
  }

  @TestFactory
  Stream<DynamicTest> publicConstructorsAndStaticFactoriesRejectNull() {
    return ApiTypes.publicTypes(IntegratedTemplate.class).stream().map(c -> DynamicTest.dynamicTest(c.getName(), () -> {
      NullPointerTester tester = tester();
      tester.testAllPublicConstructors(c);
      tester.testAllPublicStaticMethods(c);
    }));
  }
}
