// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

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
    PbInstance instance = PbGenerator.generate(java.util.random.RandomGeneratorFactory.of("L64X128MixRandom").create(7), new PbGenerator.Shape(4, 10, 2, 60, 0.5, 1));
    PbOutcome greedy = PbRules.run(instance, new PbRule.Greedy(PbRule.GreedyOrder.APPROVALS));
    PbOutcome shares = PbRules.run(instance, PbRule.EqualShares.of(PbRule.Utility.values()[0]));
    return SampleValues.core()
        .with(ProjectId.class, ProjectId.of("1"), ProjectId.of("2"))
        .with(Rational.class, Rational.of(1), Rational.of(2))
        .with(PbGenerator.Shape.class, new PbGenerator.Shape(4, 10, 2, 60, 0.5, 1), new PbGenerator.Shape(5, 20, 2, 60, 0.5, 2))
        .with(PbInstance.class, instance,
            PbGenerator.generate(java.util.random.RandomGeneratorFactory.of("L64X128MixRandom").create(8), new PbGenerator.Shape(5, 20, 2, 60, 0.5, 2)))
        .with(PbOutcome.class, greedy, shares)
        .with(Proportionality.class, greedy.proportionality(),
            PbRules.run(PbGenerator.generate(java.util.random.RandomGeneratorFactory.of("L64X128MixRandom").create(8),
                new PbGenerator.Shape(5, 20, 2, 60, 0.5, 2)), new PbRule.Greedy(PbRule.GreedyOrder.APPROVALS)).proportionality())
        .with(PbRule.class, greedy.rule(), shares.rule())
        .with(PbRule.Completion.class, new PbRule.Completion.None(), new PbRule.Completion.Add1(Rational.of(1)))
        .with(Reason.class, new Reason.PhragmenBought(1, Rational.of(1)), new Reason.PhragmenBought(2, Rational.of(1)));
  }

  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester()
        // counts, lines, priorities and years are at least 1 wherever they are checked
        .setDefault(int.class, 1)
        .setDefault(long.class, 1L)
        // a valid id in every id syntax
        .setDefault(String.class, "A-1");
    samples().firstValues(ApiTypes.factoryParameterTypes(PbInstance.class)).forEach((type, value) -> setDefault(tester, type, value));
    return tester;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  @Test
  void theExportedPackagesAreFound() {
    assertEquals(List.of("org.civicplan.participation"), ApiTypes.exportedPackages(PbInstance.class));
  }

  @TestFactory
  Stream<DynamicTest> publicConstructorsAndStaticFactoriesRejectNull() {
    return ApiTypes.publicTypes(PbInstance.class).stream().map(c -> DynamicTest.dynamicTest(c.getName(), () -> {
      NullPointerTester tester = tester();
      tester.testAllPublicConstructors(c);
      tester.testAllPublicStaticMethods(c);
    }));
  }
}
