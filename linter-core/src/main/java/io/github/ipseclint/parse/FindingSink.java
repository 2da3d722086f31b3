// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one read; the parse layer reports problems here and keeps going. */
public final class FindingSink {
  private final List<Finding> findings = new ArrayList<>();
  // Kept as findings arrive: readers ask several times per file, and a scan would walk them all.
  private boolean hasErrors;

  public void report(Finding finding) {
    findings.add(finding);
    hasErrors |= finding.severity() == Severity.ERROR;
  }

  public void report(CoreRule rule, Span span, String message) {
    report(Finding.of(rule, span, message));
  }

  public void report(CoreRule rule, Severity severity, Span span, String message) {
    report(Finding.of(rule, severity, span, message));
  }

  public boolean hasErrors() {
    return hasErrors;
  }

  /** The findings so far, in reporting order. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }
}
