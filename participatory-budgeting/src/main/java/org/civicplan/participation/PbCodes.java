// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

/** The stable codes of the findings and reading problems of participatory budgeting. */
public final class PbCodes {

  private PbCodes() {}

  /** A ballot names a project the instance does not have (error). */
  public static final String UNKNOWN_PROJECT = "pb.unknown-project";
  /** A ballot names a project more than once (warning). */
  public static final String REPEATED_IN_BALLOT = "pb.repeated-in-ballot";
  /** META's num_projects or num_votes disagrees with the sections (warning). */
  public static final String COUNT_MISMATCH = "pb.count-mismatch";
  /** A project costs more than the whole budget (info). */
  public static final String COST_OVER_BUDGET = "pb.cost-over-budget";
  /** The instance has no votes (warning). */
  public static final String NO_VOTES = "pb.no-votes";

  /** A section (META, PROJECTS, VOTES) is missing. */
  public static final String MISSING_SECTION = "pabulib.missing-section";
  /** A line outside any section, or a section repeated or out of order. */
  public static final String UNEXPECTED_LINE = "pabulib.unexpected-line";
  /** A required column or META key is missing. */
  public static final String MISSING_COLUMN = "pabulib.missing-column";
  /** A row has more or fewer fields than its header. */
  public static final String FIELD_COUNT = "pabulib.field-count";
  /** A number that is not a decimal, or a negative cost or budget. */
  public static final String BAD_NUMBER = "pabulib.bad-number";
  /** A project or voter id repeated, or not a valid id. */
  public static final String BAD_ID = "pabulib.bad-id";
  /** An unknown vote type. */
  public static final String BAD_VOTE_TYPE = "pabulib.bad-vote-type";
  /** The points of a ballot do not match the projects it names. */
  public static final String POINTS_MISMATCH = "pabulib.points-mismatch";
  /**
   * A file past a limit of its {@link org.civicplan.io.CsvLimits}: longer than its bytes, more lines
   * than its rows, a field longer than its field length; the file is not read further.
   */
  public static final String LIMIT = "pabulib.limit";
  /** Malformed quoting or an unreadable file. */
  public static final String SYNTAX = "pabulib.syntax";
}
