// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.negotiation.outcome.LogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches the log lines a case file expects against the lines the simulator predicts, following
 * the conventions of negotiation.md §16: the lines must appear in order among that role's lines;
 * {@code <...>} placeholders and {@code ...} elisions match anything; a remark in parentheses after
 * three spaces is not part of the line; a {@code (rekey)}-style prefix ties the line to a later
 * event of the lifecycle. The simulator's own placeholders ({@code #<n>}) match whatever the case
 * wrote there. The result is a measured figure, not a verdict: wording is secondary.
 */
final class LogMatcher {
  /** A placeholder such as {@code <spi>} or an elision {@code ...}. */
  private static final Pattern WILDCARD = Pattern.compile("<[^<>]*>|\\.\\.\\.");
  /** A lifecycle prefix: {@code (rekey)}, {@code (Libreswan rekey)}, {@code (right-initiated)}. */
  private static final Pattern EVENT_PREFIX = Pattern.compile("^\\((rekey|Libreswan rekey|right-initiated)\\)\\s*");
  private static final String REMARK = "   (";

  private LogMatcher() {}

  /** How many expected lines were found, and which were not. */
  record Result(int matched, int expected, List<String> missing) {

    Result {
      missing = List.copyOf(missing);
    }

    static Result none() {
      return new Result(0, 0, List.of());
    }

    Result plus(Result other) {
      List<String> all = new ArrayList<>(missing);
      all.addAll(other.missing);
      return new Result(matched + other.matched, expected + other.expected, all);
    }
  }

  /** One expected line: its pattern and, for a prefixed line, the lifecycle event it belongs to. */
  record Expected(String text, Optional<LogLine.Event> event) {

    /** The line as the case writes it; empty for a line that is only a remark. */
    static Optional<Expected> parse(String written) {
      String line = written.strip();
      int remark = line.indexOf(REMARK);
      if (remark >= 0) {
        line = line.substring(0, remark).strip();
      }
      Optional<LogLine.Event> event = Optional.empty();
      Matcher prefix = EVENT_PREFIX.matcher(line);
      if (prefix.find()) {
        event = Optional.of(LogLine.Event.REKEY);
        line = line.substring(prefix.end());
      } else if (line.startsWith("(") && line.endsWith(")")) {
        return Optional.empty();
      }
      return line.isEmpty() ? Optional.empty() : Optional.of(new Expected(line, event));
    }

    boolean matches(LogLine actual) {
      if (event.isPresent() && actual.event() != event.get()) {
        return false;
      }
      return pattern(text).matcher(actual.text()).find() || pattern(actual.text()).matcher(text).matches();
    }
  }

  /**
   * Finds the expected lines, in order, among the actual ones: each expected line is looked for
   * after the previous match, and a line not found does not move the position.
   */
  static Result match(List<String> expectedLines, List<LogLine> actual) {
    List<Expected> expected = expectedLines.stream().map(Expected::parse).flatMap(Optional::stream).toList();
    int position = 0;
    int matched = 0;
    List<String> missing = new ArrayList<>();
    for (Expected line : expected) {
      int found = -1;
      for (int i = position; i < actual.size() && found < 0; i++) {
        if (line.matches(actual.get(i))) {
          found = i;
        }
      }
      if (found >= 0) {
        matched++;
        position = found + 1;
      } else {
        missing.add(line.event().map(event -> "(" + event.label() + ") ").orElse("") + line.text());
      }
    }
    return new Result(matched, expected.size(), missing);
  }

  /** A line's text as a pattern: literal, except that placeholders and elisions match anything. */
  private static Pattern pattern(String text) {
    StringBuilder regex = new StringBuilder();
    Matcher wildcard = WILDCARD.matcher(text);
    int last = 0;
    while (wildcard.find()) {
      regex.append(Pattern.quote(text.substring(last, wildcard.start()))).append(".*?");
      last = wildcard.end();
    }
    regex.append(Pattern.quote(text.substring(last)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
