// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance indexed for the rules: projects numbered in tie order (0 wins every tie), identical
 * approval sets grouped into classes with a weight, and each project's supporting classes. Built
 * once and shared by every run on the instance (the add1 completion runs MES many times).
 */
final class Election {

  final PbInstance instance;
  final List<PbProject> projects;
  final Rational[] cost;
  final long[] weight;
  final int[][] approvals;
  final int[][] supporters;
  final long[] support;
  final long voters;

  Election(PbInstance instance, TieOrder order) {
    this.instance = instance;
    this.projects = order.arrange(instance);
    int m = projects.size();
    Map<ProjectId, Integer> index = new HashMap<>();
    cost = new Rational[m];
    for (int i = 0; i < m; i++) {
      index.put(projects.get(i).id(), i);
      cost[i] = projects.get(i).exactCost();
    }
    Map<Key, Integer> classes = new HashMap<>();
    List<int[]> sets = new ArrayList<>();
    List<Long> weights = new ArrayList<>();
    for (Ballot b : instance.ballots()) {
      int[] set = b.approvals().stream().map(index::get).filter(i -> i != null).mapToInt(Integer::intValue).sorted().toArray();
      Integer c = classes.get(new Key(set));
      if (c == null) {
        classes.put(new Key(set), sets.size());
        sets.add(set);
        weights.add(1L);
      } else {
        weights.set(c, weights.get(c) + 1);
      }
    }
    approvals = sets.toArray(int[][]::new);
    weight = weights.stream().mapToLong(Long::longValue).toArray();
    int[] count = new int[m];
    for (int[] set : approvals) {
      for (int p : set) {
        count[p]++;
      }
    }
    supporters = new int[m][];
    for (int p = 0; p < m; p++) {
      supporters[p] = new int[count[p]];
    }
    int[] fill = new int[m];
    support = new long[m];
    for (int c = 0; c < approvals.length; c++) {
      for (int p : approvals[c]) {
        supporters[p][fill[p]++] = c;
        support[p] += weight[c];
      }
    }
    voters = instance.ballots().size();
  }

  int size() {
    return projects.size();
  }

  ProjectId id(int p) {
    return projects.get(p).id();
  }

  private record Key(int[] set) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(set, k.set);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(set);
    }

    @Override
    public String toString() {
      return Arrays.toString(set);
    }
  }
}
