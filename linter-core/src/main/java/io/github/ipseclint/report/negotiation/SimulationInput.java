// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.outcome.SimulationReport;
import java.util.List;

/**
 * What the {@code simulate} and {@code matrix} reports are rendered from: both ends as the user
 * named them, what reading their files reported, and the simulation.
 *
 * @param findings the findings of reading both ends' files (parse errors, unknown keywords, ...)
 */
public record SimulationInput(EndView left, EndView right, List<Finding> findings, SimulationReport report) {

  public SimulationInput {
    findings = List.copyOf(findings);
  }

  /**
   * @param leftReference the left end as the user named it
   * @param rightReference the right end as the user named it
   */
  public static SimulationInput of(String leftReference, String rightReference, List<Finding> findings,
      SimulationReport report) {
    return new SimulationInput(EndView.of(leftReference, report.left()), EndView.of(rightReference, report.right()),
        findings, report);
  }

  public EndView end(Side side) {
    return side == Side.LEFT ? left : right;
  }

  /** The findings that make a daemon refuse part of its files. */
  public List<Finding> errors() {
    return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
  }

  /**
   * The findings the simulation depends on, shown before it: the errors, and each file whose
   * dialect was guessed (a Libreswan file read as strongSwan is simulated as strongSwan).
   */
  public List<Finding> shown() {
    return findings.stream().filter(finding -> finding.severity() == Severity.ERROR
        || finding.rule().equals(CoreRule.AMBIGUOUS_DIALECT.id())).toList();
  }

  /** True when an end's ipsec.conf or ipsec.secrets was read in a guessed dialect. */
  public boolean guessedDialect() {
    return findings.stream().anyMatch(finding -> finding.rule().equals(CoreRule.AMBIGUOUS_DIALECT.id()));
  }

  /**
   * True when the tunnel will not work as configured: a file has errors or some direction does
   * not end {@code STABLE}. The {@code simulate} and {@code matrix} commands exit 1 then.
   */
  public boolean fails() {
    return !errors().isEmpty() || report.directions().stream()
        .anyMatch(direction -> direction.verdict().isFailure());
  }
}
