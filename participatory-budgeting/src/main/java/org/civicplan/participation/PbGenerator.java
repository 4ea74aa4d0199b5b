// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of participatory-budgeting instances, for tests and benchmarks: the same seed
 * gives the same instance. Projects have popularities drawn at random, so approvals concentrate on
 * some projects and identical ballots occur as in real votes; projects have a category and a
 * district, voters a district.
 */
public final class PbGenerator {

  private PbGenerator() {}

  /**
   * The shape of a generated instance.
   *
   * @param projects how many projects
   * @param voters how many voters
   * @param meanApprovals the mean number of projects a ballot approves (at least 1 each)
   * @param maxCost costs are integers in {@code [0, maxCost]} (zero rarely)
   * @param budgetShare the budget as a share of the total cost, in {@code (0, 1]}
   * @param districts how many districts
   */
  public record Shape(int projects, int voters, double meanApprovals, int maxCost, double budgetShare, int districts) {
    /**
     * Creates an instance from its components.
     *
     * @param projects how many projects
     * @param voters how many voters
     * @param meanApprovals the mean number of projects a ballot approves (at least 1 each)
     * @param maxCost costs are integers in {@code [0, maxCost]} (zero rarely)
     * @param budgetShare the budget as a share of the total cost, in {@code (0, 1]}
     * @param districts how many districts
     * @throws IllegalArgumentException if a count is not positive or the share is outside (0, 1]
     */
    public Shape {
      if (projects < 1 || voters < 0 || maxCost < 1 || districts < 1 || !(meanApprovals >= 1)) {
        throw new IllegalArgumentException("counts must be positive and meanApprovals at least 1 but were " + projects + ", " + voters
            + ", " + meanApprovals + ", " + maxCost + ", " + districts);
      }
      if (!(budgetShare > 0 && budgetShare <= 1)) {
        throw new IllegalArgumentException("budgetShare must be in (0, 1] but was " + budgetShare);
      }
    }
  }

  /**
   * An approval instance of {@code shape}, drawn with {@code random}.
   *
   * @param random the source of randomness; the same seed gives the same instance
   * @param shape the size and proportions of the instance
   * @return the generated instance
   * @throws NullPointerException if an argument is null
   */
  public static PbInstance generate(RandomGenerator random, Shape shape) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(shape, "shape");
    int m = shape.projects();
    List<PbProject> projects = new ArrayList<>();
    double[] popularity = new double[m];
    double totalPopularity = 0;
    long total = 0;
    String[] categories = {"education", "greenery", "mobility", "culture", "sport"};
    for (int i = 0; i < m; i++) {
      int cost = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(shape.maxCost());
      total += cost;
      popularity[i] = Math.pow(random.nextDouble(), 2) + 0.02;
      totalPopularity += popularity[i];
      Map<String, String> attributes = new LinkedHashMap<>();
      projects.add(new PbProject(
          ProjectId.of("p" + (i + 1)), BigDecimal.valueOf(cost), "Project " + (i + 1),
          List.of(categories[random.nextInt(categories.length)]), List.of("district-" + (1 + random.nextInt(shape.districts()))),
          attributes));
    }
    long budget = Math.max(1, Math.round(total * shape.budgetShare()));
    List<Ballot> ballots = new ArrayList<>();
    for (int v = 0; v < shape.voters(); v++) {
      int k = Math.min(m, 1 + (int) Math.round(random.nextDouble() * 2 * (shape.meanApprovals() - 1)));
      Set<ProjectId> chosen = new LinkedHashSet<>();
      while (chosen.size() < k) {
        double x = random.nextDouble() * totalPopularity;
        int i = 0;
        while (i < m - 1 && x >= popularity[i]) {
          x -= popularity[i];
          i++;
        }
        chosen.add(projects.get(i).id());
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("district", "district-" + (1 + random.nextInt(shape.districts())));
      ballots.add(new Ballot("v" + (v + 1), new ArrayList<>(chosen), List.of(), attributes));
    }
    return PbInstance.of(BigDecimal.valueOf(budget), projects, ballots);
  }
}
