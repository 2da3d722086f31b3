// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scans one Libreswan proposal ({@code proposals.c}, algorithms.md §1.2): positional groups
 * joined by {@code -}, an optional {@code ;} group (the KE), then {@code ;TYPE=group} items; a
 * group is algorithms joined by {@code +}; an all-digits piece after {@code -} is the key length
 * of the algorithm before it ({@code aes-256}).
 */
record LibreswanGroups(
    List<List<LibreswanAlgorithm>> positional,
    Optional<List<LibreswanAlgorithm>> keGroup,
    List<Explicit> explicit,
    List<Piece> problems) {

  /** A {@code ;TYPE=group} item. */
  record Explicit(Piece type, List<LibreswanAlgorithm> group) {}

  static LibreswanGroups scan(Piece proposal) {
    List<Piece> problems = new ArrayList<>();
    List<Piece> segments = proposal.split(";");
    List<List<LibreswanAlgorithm>> positional = new ArrayList<>();
    Optional<List<LibreswanAlgorithm>> keGroup = Optional.empty();
    List<Explicit> explicit = new ArrayList<>();
    Piece first = segments.get(0);
    if (!first.isEmpty() || segments.size() == 1) {
      positional.addAll(groups(first, problems));
    }
    for (Piece segment : segments.subList(1, segments.size())) {
      int equals = segment.text().indexOf('=');
      if (equals >= 0) {
        Piece type = Piece.of(proposal.text(), segment.start() - proposal.start(),
            segment.start() - proposal.start() + equals);
        Piece group = Piece.of(proposal.text(), segment.start() - proposal.start() + equals + 1,
            segment.end() - proposal.start());
        explicit.add(new Explicit(shift(type, proposal), groups(shift(group, proposal), problems)
            .stream().flatMap(List::stream).toList()));
      } else if (keGroup.isEmpty() && explicit.isEmpty() && !segment.isEmpty()) {
        keGroup = Optional.of(groups(segment, problems).stream().flatMap(List::stream).toList());
      } else {
        problems.add(segment);
      }
    }
    return new LibreswanGroups(positional, keGroup, explicit, problems);
  }

  private static Piece shift(Piece piece, Piece within) {
    return new Piece(piece.text(), piece.start() + within.start(), piece.end() + within.start());
  }

  private static List<List<LibreswanAlgorithm>> groups(Piece text, List<Piece> problems) {
    List<List<LibreswanAlgorithm>> groups = new ArrayList<>();
    for (Piece dashed : text.split("-")) {
      if (isDigits(dashed.text()) && !groups.isEmpty()) {
        List<LibreswanAlgorithm> last = groups.get(groups.size() - 1);
        LibreswanAlgorithm previous = last.get(last.size() - 1);
        if (previous.length().isPresent()) {
          problems.add(dashed);
        } else {
          last.set(last.size() - 1, new LibreswanAlgorithm(previous.name(), Optional.of(dashed)));
        }
        continue;
      }
      List<LibreswanAlgorithm> group = new ArrayList<>();
      for (Piece name : dashed.split("+")) {
        if (name.isEmpty()) {
          problems.add(name);
        } else {
          group.add(new LibreswanAlgorithm(name, Optional.empty()));
        }
      }
      if (!group.isEmpty()) {
        groups.add(group);
      }
    }
    return groups;
  }

  private static boolean isDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
  }
}
