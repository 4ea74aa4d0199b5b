// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicplan.base.StrategyId;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;

/**
 * The strategies of one municipality taken together: an integrated strategy and the sectoral
 * strategies that implement it, as documents read from files or as values given by the host.
 *
 * <p>Members are in the order given (files of a directory by name), which is the order of every
 * output. Documents that could not be read are kept, with their problems, in {@link #unread()}: a
 * portfolio with unread files still checks and reports what it has.
 *
 * @param members the strategies read, in order
 * @param unread the files that could not be read, with their problems, in order
 */
public record Portfolio(List<Member> members, List<ReadResult> unread) {

  /**
   * One strategy of the portfolio and where it came from.
   *
   * @param source the file it was read from, or the strategy's id when the host gave it
   * @param strategy the strategy
   */
  public record Member(String source, Strategy strategy) {

    /**
     * Creates an instance from its components.
     *
     * @param source the file it was read from, or the strategy's id when the host gave it
     * @param strategy the strategy
     * @throws NullPointerException if an argument is null
     */
    public Member {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(strategy, "strategy");
    }
  }

  /**
   * Creates an instance from its components.
   *
   * @param members the strategies read, in order
   * @param unread the files that could not be read, with their problems, in order
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if an element of {@code unread} holds a strategy
   */
  public Portfolio {
    members = List.copyOf(members);
    unread = List.copyOf(unread);
    for (ReadResult r : unread) {
      if (r.isSuccess()) {
        throw new IllegalArgumentException("unread documents must have failed but \"" + r.source() + "\" was read");
      }
    }
  }

  /**
   * {@return a portfolio of strategies the host holds; each member's source is its strategy's id}
   *
   * @param strategies the strategies, in the order of every output
   * @throws NullPointerException if the list or an element is null
   */
  public static Portfolio of(List<Strategy> strategies) {
    return new Portfolio(strategies.stream().map(s -> new Member(s.id().value(), s)).toList(), List.of());
  }

  /**
   * Reads a portfolio from files and directories. A directory contributes its {@code .json},
   * {@code .yaml} and {@code .yml} files (not those of its sub-directories), by file name; a file
   * is read whatever its name, so a wrong extension is reported as a read problem. Never throws on
   * what the files hold.
   *
   * @param documents the reader, which knows the installed templates' annexes
   * @param paths files and directories, in the order of every output
   * @return the portfolio, with the files that could not be read in {@link #unread()}
   * @throws NullPointerException if an argument or an element is null
   * @throws UncheckedIOException if a directory cannot be listed
   */
  public static Portfolio read(StrategyDocuments documents, List<Path> paths) {
    Objects.requireNonNull(documents, "documents");
    List<Member> members = new ArrayList<>();
    List<ReadResult> unread = new ArrayList<>();
    for (Path file : files(paths)) {
      ReadResult r = documents.read(file);
      if (r.isSuccess()) {
        members.add(new Member(r.source(), r.orElseThrow()));
      } else {
        unread.add(r);
      }
    }
    return new Portfolio(members, unread);
  }

  /**
   * {@return the files a list of files and directories stands for, in the order {@link #read}
   * reads them}
   *
   * @param paths files and directories
   * @throws UncheckedIOException if a directory cannot be listed
   */
  public static List<Path> files(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      Objects.requireNonNull(p, "path");
      if (Files.isDirectory(p)) {
        try (Stream<Path> list = Files.list(p)) {
          list.filter(f -> Files.isRegularFile(f) && DocumentFormat.fromFileName(f).isPresent())
              .sorted(Comparator.comparing(f -> f.getFileName().toString()))
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list directory " + p, e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** {@return the strategies, in order} */
  public List<Strategy> strategies() {
    return members.stream().map(Member::strategy).toList();
  }

  /**
   * {@return the first member with this strategy id}
   *
   * @param id the strategy's id
   */
  public Optional<Member> member(StrategyId id) {
    Objects.requireNonNull(id, "id");
    return members.stream().filter(m -> m.strategy().id().equals(id)).findFirst();
  }
}
