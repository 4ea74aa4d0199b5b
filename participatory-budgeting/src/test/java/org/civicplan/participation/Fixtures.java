// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Instances that read like the examples they come from. */
final class Fixtures {

  private Fixtures() {}

  static final class Builder {
    private final BigDecimal budget;
    private final List<PbProject> projects = new ArrayList<>();
    private final List<Ballot> ballots = new ArrayList<>();

    Builder(String budget) {
      this.budget = new BigDecimal(budget);
    }

    Builder project(String id, String cost) {
      projects.add(PbProject.of(id, cost));
      return this;
    }

    /** {@code times} voters approving {@code approved}. */
    Builder voters(int times, String... approved) {
      for (int i = 0; i < times; i++) {
        ballots.add(Ballot.approving("v" + (ballots.size() + 1), approved));
      }
      return this;
    }

    PbInstance build() {
      return PbInstance.of(budget, projects, ballots);
    }
  }

  static Builder budget(String budget) {
    return new Builder(budget);
  }

  static List<String> ids(List<ProjectId> ids) {
    return ids.stream().map(ProjectId::value).toList();
  }

  static List<String> selected(PbInstance instance, PbRule rule) {
    return ids(PbRules.run(instance, rule).selected());
  }

  static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().toList();
  }

  static PbRule mes(PbRule.Utility u) {
    return PbRule.EqualShares.of(u);
  }

  static PbRule mes(PbRule.Utility u, PbRule.Completion c) {
    return new PbRule.EqualShares(u, c, PbRule.Fill.NONE);
  }
}
