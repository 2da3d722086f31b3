// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.testing;

import io.github.ipseclint.model.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a fixture's markers with the findings, exactly in both directions: every marker needs
 * a finding of that rule on its line (containing the message part, if given), and every finding
 * needs a marker. On a mismatch it renders the fixture with expectations and findings interleaved.
 */
public final class FixtureVerdict {
  private FixtureVerdict() {}

  /** Empty when markers and findings agree; otherwise the annotated fixture. */
  public static String mismatches(Fixture fixture, List<Finding> findings) {
    List<Finding> unmatched = new ArrayList<>(findings);
    List<ExpectedFinding> missing = new ArrayList<>();
    for (ExpectedFinding expected : fixture.expected()) {
      Finding match = unmatched.stream()
          .filter(finding -> matches(fixture, expected, finding))
          .findFirst()
          .orElse(null);
      if (match == null) {
        missing.add(expected);
      } else {
        unmatched.remove(match);
      }
    }
    if (missing.isEmpty() && unmatched.isEmpty()) {
      return "";
    }
    return render(fixture, missing, unmatched);
  }

  private static boolean matches(Fixture fixture, ExpectedFinding expected, Finding finding) {
    return finding.span().line() == expected.line()
        && finding.span().file().equals(fixture.source())
        && finding.rule().value().equals(expected.ruleId())
        && expected.messagePart().map(part -> finding.message().contains(part)).orElse(true);
  }

  private static String render(Fixture fixture, List<ExpectedFinding> missing, List<Finding> unexpected) {
    StringBuilder out = new StringBuilder("fixture " + fixture.path() + " does not match its markers:\n");
    int lines = fixture.source().lineCount();
    for (int line = 1; line <= lines; line++) {
      out.append(String.format("%4d | %s%n", line, fixture.source().line(line).display()));
      for (ExpectedFinding expected : missing) {
        if (expected.line() == line) {
          out.append("     ! expected but not reported: ").append(expected).append('\n');
        }
      }
      for (Finding finding : unexpected) {
        if (finding.span().line() == line && finding.span().file().equals(fixture.source())) {
          out.append("     ! reported but not expected: ").append(finding.toLine()).append('\n');
        }
      }
    }
    for (Finding finding : unexpected) {
      if (!finding.span().file().equals(fixture.source())) {
        out.append("     ! reported in another file: ").append(finding.toLine()).append('\n');
      }
    }
    return out.toString();
  }
}
