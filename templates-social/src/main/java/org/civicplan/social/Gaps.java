// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The gaps between the estimated need and the capacity of the operating services, per target group
 * and district and per target group: part of the strategy's diagnostic.
 *
 * <p>The capacity of a target group in a district is the sum of the capacities of the {@linkplain
 * SocialServices.Service#operating() operating} services for that group in that district; planned,
 * suspended and closed services do not count. The gap of a cell is {@code max(0, need − capacity)}:
 * spare places in one district do not cover the need of another. The gap of a target group is the
 * sum of the gaps of its cells, and its share is {@code gap / need × 100} (zero when the need is zero).
 *
 * @param cells one per target group and district with a need or a service, ordered by target group
 *     and district
 * @param groups one per target group, ordered by id
 */
public record Gaps(List<Cell> cells, List<Group> groups) {

  /**
   * Creates an instance from its components.
   *
   * @param cells one per target group and district
   * @param groups one per target group
   * @throws NullPointerException if an argument or a list element is null
   */
  public Gaps {
    cells = List.copyOf(cells);
    groups = List.copyOf(groups);
  }

  /**
   * {@return the gaps of {@code annex}}
   *
   * @param annex the social-services annex
   */
  public static Gaps of(SocialServices annex) {
    Objects.requireNonNull(annex, "annex");
    Map<String, Map<String, int[]>> byGroup = new TreeMap<>();
    for (SocialServices.Need n : annex.needs()) {
      byGroup.computeIfAbsent(n.targetGroup(), g -> new TreeMap<>())
          .computeIfAbsent(n.district(), d -> new int[2])[0] += n.places();
    }
    for (SocialServices.Service s : annex.services()) {
      if (s.operating()) {
        byGroup.computeIfAbsent(s.targetGroup(), g -> new TreeMap<>())
            .computeIfAbsent(s.district(), d -> new int[2])[1] += s.capacity();
      }
    }
    List<Cell> cells = new ArrayList<>();
    List<Group> groups = new ArrayList<>();
    byGroup.forEach((group, districts) -> {
      int need = 0;
      int capacity = 0;
      int gap = 0;
      for (Map.Entry<String, int[]> e : districts.entrySet()) {
        Cell c = new Cell(group, e.getKey(), e.getValue()[0], e.getValue()[1]);
        cells.add(c);
        need += c.need();
        capacity += c.capacity();
        gap += c.gap();
      }
      groups.add(new Group(group, need, capacity, gap));
    });
    return new Gaps(cells, groups);
  }

  /**
   * {@return the target group {@code id}, if it has a need or a service}
   *
   * @param id the target group's id
   */
  public Optional<Group> group(String id) {
    return groups.stream().filter(g -> g.targetGroup().equals(id)).findFirst();
  }

  /**
   * {@return the districts with a need or a service, sorted}
   */
  public List<String> districts() {
    return List.copyOf(new TreeSet<>(cells.stream().map(Cell::district).toList()));
  }

  /**
   * {@return the cells by target group and then district}
   */
  public Map<String, Map<String, Cell>> byGroup() {
    Map<String, Map<String, Cell>> out = new LinkedHashMap<>();
    for (Cell c : cells) {
      out.computeIfAbsent(c.targetGroup(), g -> new LinkedHashMap<>()).put(c.district(), c);
    }
    return out;
  }

  /**
   * The need and capacity of one target group in one district.
   *
   * @param targetGroup the target group
   * @param district the district
   * @param need the places needed
   * @param capacity the places of the operating services
   */
  public record Cell(String targetGroup, String district, int need, int capacity) {

    /**
     * Creates an instance from its components.
     *
     * @param targetGroup the target group
     * @param district the district
     * @param need the places needed
     * @param capacity the places of the operating services
     * @throws NullPointerException if an argument is null
     */
    public Cell {
      Objects.requireNonNull(targetGroup, "targetGroup");
      Objects.requireNonNull(district, "district");
    }

    /** {@return the unmet need: {@code max(0, need − capacity)}} */
    public int gap() {
      return Math.max(0, need - capacity);
    }
  }

  /**
   * The need and capacity of one target group over all districts.
   *
   * @param targetGroup the target group
   * @param need the places needed
   * @param capacity the places of its operating services
   * @param gap the sum of the gaps of its districts
   */
  public record Group(String targetGroup, int need, int capacity, int gap) {

    /**
     * Creates an instance from its components.
     *
     * @param targetGroup the target group
     * @param need the places needed
     * @param capacity the places of its operating services
     * @param gap the sum of the gaps of its districts
     * @throws NullPointerException if {@code targetGroup} is null
     */
    public Group {
      Objects.requireNonNull(targetGroup, "targetGroup");
    }

    /** {@return the gap as a percentage of the need, exact to 4 decimals (half up); zero when there is no need} */
    public BigDecimal gapPercent() {
      if (need == 0) {
        return BigDecimal.ZERO;
      }
      return BigDecimal.valueOf(gap).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(need), 4, RoundingMode.HALF_UP);
    }
  }
}
