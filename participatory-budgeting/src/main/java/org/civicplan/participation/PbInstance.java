// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;

/**
 * A participatory-budgeting instance: the budget, the projects and the ballots, with the metadata
 * of its file and the official outcome, if the file records one.
 *
 * <p>The official outcome (the {@code selected} column of a pabulib file) is kept apart: no rule
 * reads it; it is there to compare a rule's outcome with what the city decided.
 *
 * @param meta the metadata, in file order ({@code description}, {@code country}, {@code unit},
 *     {@code budget}, {@code vote_type}…); {@code budget} and {@code vote_type} agree with the
 *     components of those names
 * @param budget the budget limit, a non-negative exact decimal
 * @param voteType the kind of ballot
 * @param projects the projects, unique by id, in file order
 * @param ballots the ballots, unique by voter id, in file order
 * @param officialSelection the {@code selected} column, by project, as written in the file ({@code
 *     1} selected, {@code 0} not); empty when the file has no such column
 * @param projectColumns the columns of the projects section, in order (empty: the writer chooses)
 * @param voteColumns the columns of the votes section, in order (empty: the writer chooses)
 */
public record PbInstance(
    Map<String, String> meta,
    BigDecimal budget,
    VoteType voteType,
    List<PbProject> projects,
    List<Ballot> ballots,
    Map<ProjectId, String> officialSelection,
    List<String> projectColumns,
    List<String> voteColumns) {

  /**
   * Creates an instance from its components.
   *
   * @param meta the metadata, in file order ({@code description}, {@code country}, {@code unit},
   *     {@code budget}, {@code vote_type}…); {@code budget} and {@code vote_type} agree with the
   *     components of those names
   * @param budget the budget limit, a non-negative exact decimal
   * @param voteType the kind of ballot
   * @param projects the projects, unique by id, in file order
   * @param ballots the ballots, unique by voter id, in file order
   * @param officialSelection the {@code selected} column, by project, as written in the file
   *     ({@code 1} selected, {@code 0} not); empty when the file has no such column
   * @param projectColumns the columns of the projects section, in order (empty: the writer chooses)
   * @param voteColumns the columns of the votes section, in order (empty: the writer chooses)
   * @throws IllegalArgumentException if the budget is negative, project or voter ids repeat, or the
   *     official selection names a project the instance does not have
   * @throws NullPointerException if an argument is null
   */
  public PbInstance {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(voteType, "voteType");
    if (budget.signum() < 0) {
      throw new IllegalArgumentException("budget must not be negative but was " + budget.toPlainString());
    }
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    projects = List.copyOf(projects);
    ballots = List.copyOf(ballots);
    officialSelection = Collections.unmodifiableMap(new LinkedHashMap<>(officialSelection));
    projectColumns = List.copyOf(projectColumns);
    voteColumns = List.copyOf(voteColumns);
    Set<ProjectId> ids = new HashSet<>();
    for (PbProject p : projects) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("project id \"" + p.id() + "\" appears twice; ids must be unique");
      }
    }
    Set<String> voters = new HashSet<>();
    for (Ballot b : ballots) {
      if (!voters.add(b.voterId())) {
        throw new IllegalArgumentException("voter id \"" + b.voterId() + "\" appears twice; ids must be unique");
      }
    }
    for (ProjectId id : officialSelection.keySet()) {
      if (!ids.contains(id)) {
        throw new IllegalArgumentException("official selection names project \"" + id + "\", which the instance does not have");
      }
    }
  }

  /**
   * An approval instance without metadata beyond the budget.
   *
   * @param budget the budget, not negative
   * @param projects the projects
   * @param ballots the approval ballots
   * @return the instance
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static PbInstance of(BigDecimal budget, List<PbProject> projects, List<Ballot> ballots) {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("num_projects", Integer.toString(projects.size()));
    meta.put("num_votes", Integer.toString(ballots.size()));
    meta.put("budget", budget.toPlainString());
    meta.put("vote_type", VoteType.APPROVAL.label());
    return new PbInstance(meta, budget, VoteType.APPROVAL, projects, ballots, Map.of(), List.of(), List.of());
  }

  /**
   * The project with id {@code id}, if any.
   *
   * @param id the project id
   * @return the project, or empty when the instance has none with that id
   */
  public Optional<PbProject> project(ProjectId id) {
    return projects.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The projects the file records as selected ({@code selected} = 1), in project order.
   *
   * @return the ids of the officially selected projects; empty when the file has no {@code
   *     selected} column
   */
  public Set<ProjectId> officialOutcome() {
    Set<ProjectId> s = new LinkedHashSet<>();
    for (PbProject p : projects) {
      if ("1".equals(officialSelection.get(p.id()))) {
        s.add(p.id());
      }
    }
    return Collections.unmodifiableSet(s);
  }

  /**
   * The budget as an exact rational.
   *
   * @return the exact budget
   */
  public Rational exactBudget() {
    return Rational.of(budget);
  }

  /**
   * The number of voters who approve each project (unknown projects not counted).
   *
   * @return the approvals of each project, by project id
   */
  public Map<ProjectId, Integer> approvalCounts() {
    Map<ProjectId, Integer> n = new LinkedHashMap<>();
    projects.forEach(p -> n.put(p.id(), 0));
    for (Ballot b : ballots) {
      for (ProjectId id : b.approvals()) {
        n.computeIfPresent(id, (k, v) -> v + 1);
      }
    }
    return n;
  }

  /**
   * What is wrong or worth knowing about the instance: errors (a ballot naming a project the
   * instance does not have) stop the rules in the command line; warnings (a project named twice in
   * one ballot, counts in the metadata that disagree with the sections) and notes (a project
   * costing more than the whole budget) do not. Paths are JSON Pointers into the sections ({@code
   * /votes/3/vote}).
   *
   * @return the findings, errors first
   */
  public List<Finding> findings() {
    List<Finding> f = new ArrayList<>();
    Map<ProjectId, Integer> index = new HashMap<>();
    for (int i = 0; i < projects.size(); i++) {
      index.put(projects.get(i).id(), i);
    }
    for (int i = 0; i < ballots.size(); i++) {
      Ballot b = ballots.get(i);
      Set<ProjectId> seen = new HashSet<>();
      Set<ProjectId> unknown = new TreeSet<>();
      for (ProjectId id : b.projects()) {
        if (!index.containsKey(id)) {
          unknown.add(id);
        } else if (!seen.add(id)) {
          f.add(new Finding(Severity.WARNING, PbCodes.REPEATED_IN_BALLOT, "/votes/" + i + "/vote",
              LocalizedText.of(
                  "voter \"" + b.voterId() + "\" names project \"" + id + "\" more than once; it counts once",
                  "votantul „" + b.voterId() + "” numește proiectul „" + id + "” de mai multe ori; contează o dată")));
        }
      }
      for (ProjectId id : unknown) {
        f.add(new Finding(Severity.ERROR, PbCodes.UNKNOWN_PROJECT, "/votes/" + i + "/vote",
            LocalizedText.of(
                "voter \"" + b.voterId() + "\" votes for project \"" + id + "\", which is not among the projects",
                "votantul „" + b.voterId() + "” votează proiectul „" + id + "”, care nu se află printre proiecte")));
      }
    }
    count(f, "num_projects", projects.size(), "projects", "proiecte");
    count(f, "num_votes", ballots.size(), "votes", "voturi");
    for (int i = 0; i < projects.size(); i++) {
      PbProject p = projects.get(i);
      if (p.cost().compareTo(budget) > 0) {
        f.add(new Finding(Severity.INFO, PbCodes.COST_OVER_BUDGET, "/projects/" + i + "/cost",
            LocalizedText.of(
                "project \"" + p.id() + "\" costs " + p.cost().toPlainString() + ", more than the whole budget "
                    + budget.toPlainString() + "; no rule can fund it",
                "proiectul „" + p.id() + "” costă " + p.cost().toPlainString() + ", mai mult decât întregul buget "
                    + budget.toPlainString() + "; nicio regulă nu îl poate finanța")));
      }
    }
    if (ballots.isEmpty()) {
      f.add(new Finding(Severity.WARNING, PbCodes.NO_VOTES, "/votes",
          LocalizedText.of("the instance has no votes", "instanța nu are voturi")));
    }
    return List.copyOf(f);
  }

  private void count(List<Finding> f, String key, int actual, String en, String ro) {
    String declared = meta.get(key);
    if (declared != null && !declared.strip().equals(Integer.toString(actual))) {
      f.add(new Finding(Severity.WARNING, PbCodes.COUNT_MISMATCH, "/meta/" + key,
          LocalizedText.of(
              "META says " + key + " is " + declared + " but the file has " + actual + " " + en,
              "META declară " + key + " = " + declared + ", dar fișierul are " + actual + " " + ro)));
    }
  }
}
