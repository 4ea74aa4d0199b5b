// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One voter's ballot.
 *
 * @param voterId the voter's id, unique in the instance
 * @param projects the projects named, in ballot order (the order of preference for ordinal
 *     ballots)
 * @param points the points given to each of {@code projects}, in the same order, for cumulative
 *     and scoring ballots; empty otherwise
 * @param attributes every other column of the file ({@code age}, {@code sex}, {@code
 *     neighborhood}, {@code voting_method}), in file order
 */
public record Ballot(String voterId, List<ProjectId> projects, List<BigDecimal> points, Map<String, String> attributes) {

  /**
   * Creates an instance from its components.
   *
   * @param voterId the voter's id, unique in the instance
   * @param projects the projects named, in ballot order (the order of preference for ordinal
   *     ballots)
   * @param points the points given to each of {@code projects}, in the same order, for cumulative
   *     and scoring ballots; empty otherwise
   * @param attributes every other column of the file ({@code age}, {@code sex}, {@code
   *     neighborhood}, {@code voting_method}), in file order
   * @throws IllegalArgumentException if {@code voterId} is blank or {@code points} is neither empty
   *     nor as long as {@code projects}
   * @throws NullPointerException if an argument is null
   */
  public Ballot {
    Objects.requireNonNull(voterId, "voterId");
    if (voterId.isBlank()) {
      throw new IllegalArgumentException("voter id must not be blank");
    }
    projects = List.copyOf(projects);
    points = List.copyOf(points);
    if (!points.isEmpty() && points.size() != projects.size()) {
      throw new IllegalArgumentException(
          "a ballot gives points to each project it names or to none, but voter \"" + voterId + "\" names "
              + projects.size() + " projects with " + points.size() + " points");
    }
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /**
   * An approval ballot of {@code voterId} for {@code projects}.
   *
   * @param voterId the voter's id
   * @param projects the ids of the projects approved
   * @return the ballot
   */
  public static Ballot approving(String voterId, String... projects) {
    return new Ballot(voterId, java.util.Arrays.stream(projects).map(ProjectId::of).toList(), List.of(), Map.of());
  }

  /**
   * The projects this ballot approves, as the rules read it: every project named, or for a ballot
   * with points every project given positive points; each once, in ballot order.
   *
   * @return the approved projects, each once, in ballot order
   */
  public Set<ProjectId> approvals() {
    Set<ProjectId> s = new LinkedHashSet<>();
    for (int i = 0; i < projects.size(); i++) {
      if (points.isEmpty() || points.get(i).signum() > 0) {
        s.add(projects.get(i));
      }
    }
    return Collections.unmodifiableSet(s);
  }
}
